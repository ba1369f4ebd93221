//! `--format json`: one JSON object for the whole run, as in the output contract:
//! `{"version":1,"files":[{"path","channel","language","diagnostics":[…]}],"summary":{…}}`.
//! Files are written as they are checked (one per line), so memory stays flat on large
//! archives.

use super::{Reporter, Summary};
use crate::diagnostic::FileReport;
use std::io::{self, Write};

#[derive(Default)]
pub struct Json {
    started: bool,
}

impl Json {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.started {
            self.started = true;
            write!(out, "{{\"version\":1,\"files\":[")?;
            return Ok(());
        }
        write!(out, ",")
    }
}

impl Reporter for Json {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        self.start(out)?;
        writeln!(out)?;
        serde_json::to_writer(&mut *out, report).map_err(io::Error::other)
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, _skipped: usize) -> io::Result<()> {
        if !self.started {
            write!(out, "{{\"version\":1,\"files\":[")?;
        }
        writeln!(
            out,
            "\n],\"summary\":{}}}",
            serde_json::to_string(summary).map_err(io::Error::other)?
        )
    }
}
