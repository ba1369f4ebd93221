//! `--format github`: GitHub Actions workflow commands, one per diagnostic, which the
//! runner turns into annotations on the pull request
//! (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).

use super::{human::summary_line, Reporter, Summary};
use crate::diagnostic::{FileReport, Severity};
use std::io::{self, Write};

pub struct Github;

/// Escape a workflow-command message.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a workflow-command property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for Github {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        for d in &report.diagnostics {
            let kind = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut message = d.message.clone();
            if let Some(h) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(h);
            }
            writeln!(
                out,
                "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&report.path),
                d.line,
                d.column,
                d.end_line,
                d.end_column,
                property(&format!("tact {} ({})", d.rule, report.language)),
                data(&message)
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, skipped: usize) -> io::Result<()> {
        writeln!(out, "{}", summary_line(summary, skipped))
    }
}
