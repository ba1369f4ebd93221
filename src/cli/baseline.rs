//! `--write-baseline FILE` records today's findings; `--baseline FILE` then hides them, so
//! an audit or a CI job reports only what is new. Findings are matched by rule, file and
//! the text they point at, not by line number, so edits elsewhere in a file do not bring
//! old findings back. Each recorded finding hides one finding (duplicates count).

use crate::diagnostic::FileReport;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

#[derive(Serialize, Deserialize, PartialEq, Eq, Hash, Clone, Debug)]
pub struct Entry {
    pub rule: String,
    pub path: String,
    pub text: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// A finding about the document as a whole (a missing greeting) is keyed by its message,
/// one about a passage by that passage's text.
pub fn entries(report: &FileReport) -> impl Iterator<Item = Entry> + '_ {
    report.diagnostics.iter().map(|d| {
        let text = if d.about_document {
            &d.message
        } else {
            &report.text[d.byte_start..d.byte_end]
        };
        Entry {
            rule: d.rule.clone(),
            path: report.path.clone(),
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
        }
    })
}

/// A baseline being applied.
pub struct Baseline {
    remaining: HashMap<Entry, usize>,
    pub hidden: usize,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "{}: cannot read baseline: {} (write one with --write-baseline)",
                path.display(),
                crate::input::io_message(&e)
            )
        })?;
        let file: File =
            serde_json::from_str(&text).map_err(|e| format!("{}: not a baseline file: {e}", path.display()))?;
        let mut remaining = HashMap::new();
        for e in file.findings {
            *remaining.entry(e).or_insert(0) += 1;
        }
        Ok(Baseline { remaining, hidden: 0 })
    }

    /// Remove the findings the baseline records.
    pub fn filter(&mut self, report: &mut FileReport) {
        let keys: Vec<Entry> = entries(report).collect();
        let mut i = 0;
        report.diagnostics.retain(|_| {
            let key = &keys[i];
            i += 1;
            match self.remaining.get_mut(key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    self.hidden += 1;
                    false
                }
                _ => true,
            }
        });
    }
}

/// Write a baseline file (atomically).
pub fn write(path: &Path, findings: Vec<Entry>) -> Result<(), String> {
    let json = serde_json::to_string_pretty(&File { version: 1, findings }).map_err(|e| e.to_string())?;
    crate::fix::write::atomic(path, format!("{json}\n").as_bytes())
}
