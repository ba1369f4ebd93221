//! `--format jsonl`: one JSON object per diagnostic and line, written as each file is
//! checked: the diagnostic's fields of the JSON format plus `path`, `channel` and
//! `language`. No summary line, so every line has the same shape.

use super::{Reporter, Summary};
use crate::diagnostic::FileReport;
use std::io::{self, Write};

pub struct Jsonl;

impl Reporter for Jsonl {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        for d in &report.diagnostics {
            let mut value = serde_json::to_value(d).map_err(io::Error::other)?;
            value["path"] = report.path.clone().into();
            value["channel"] = serde_json::to_value(report.channel).map_err(io::Error::other)?;
            value["language"] = serde_json::to_value(report.language).map_err(io::Error::other)?;
            if let Some(m) = &report.message {
                value["message_info"] = serde_json::to_value(m).map_err(io::Error::other)?;
            }
            writeln!(out, "{value}")?;
        }
        out.flush()
    }

    fn finish(&mut self, out: &mut dyn Write, _summary: &Summary, _skipped: usize) -> io::Result<()> {
        out.flush()
    }
}
