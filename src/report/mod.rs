//! Output formats, one file each. A reporter receives finished [`FileReport`]s one at a
//! time, in input order, so output streams and is the same whatever the number of
//! threads.

pub mod audit;
pub mod compact;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;

use crate::diagnostic::{FileReport, Severity};
use serde::Serialize;
use std::io::{self, Write};

/// Counts over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// Whether any finding is at or above `level`.
    pub fn fails(&self, level: Severity) -> bool {
        match level {
            Severity::Error => self.errors > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Info => self.errors + self.warnings + self.infos > 0,
        }
    }
}

/// An output format.
pub trait Reporter {
    /// One checked document.
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()>;
    /// After the last document; `skipped` counts inputs that were not checked.
    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, skipped: usize) -> io::Result<()>;
}
