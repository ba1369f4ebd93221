//! `--format compact`: one line per diagnostic, `path:line:col: severity [rule] message`,
//! the format editors' "problem matchers" and grep understand.

use super::{human::summary_line, Reporter, Summary};
use crate::diagnostic::FileReport;
use std::io::{self, Write};

pub struct Compact;

impl Reporter for Compact {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        for d in &report.diagnostics {
            writeln!(
                out,
                "{}:{}:{}: {} [{}] {}",
                report.path,
                d.line,
                d.column,
                d.severity,
                d.rule,
                d.message.replace('\n', " ")
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, skipped: usize) -> io::Result<()> {
        writeln!(out, "{}", summary_line(summary, skipped))
    }
}
