//! `--format sarif`: SARIF 2.1.0 for code-scanning UIs (GitHub code scanning, VS Code's
//! SARIF viewer). One run; the driver lists every rule that can run, with its
//! description, help and source; results stream as files are checked. Columns are
//! Unicode code points (`columnKind`), as in Tact's own output.

use super::{Reporter, Summary};
use crate::diagnostic::{Diagnostic, FileReport, Severity};
use crate::RuleMeta;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{self, Write};

pub struct Sarif {
    rules: Vec<Value>,
    index: BTreeMap<String, usize>,
    started: bool,
    first: bool,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path or `file#n` as a URI reference: percent-encode what URIs do not allow.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b'#' | b':' => {
                out.push(b as char)
            }
            b'\\' => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl Sarif {
    /// `rules`: every rule definition (all languages); one entry per id.
    pub fn new<'a>(rules: impl Iterator<Item = &'a RuleMeta>) -> Sarif {
        let mut index = BTreeMap::new();
        let mut list = Vec::new();
        for m in rules {
            if index.contains_key(&m.id) {
                continue;
            }
            index.insert(m.id.clone(), list.len());
            let mut help = m.help.clone().unwrap_or_default();
            if let Some(src) = &m.source {
                help.push_str(&format!("\nSource: {src}"));
            }
            list.push(json!({
                "id": m.id,
                "shortDescription": {"text": m.title},
                "fullDescription": {"text": m.why.clone().unwrap_or_else(|| m.title.clone())},
                "help": {"text": help.trim()},
                "defaultConfiguration": {"level": level(m.severity), "enabled": m.enabled},
                "properties": {"tags": [m.id.split('.').next().unwrap_or_default()]},
            }));
        }
        Sarif {
            rules: list,
            index,
            started: false,
            first: true,
        }
    }

    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let driver = json!({
            "name": "tact",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://github.com/tact-linter/tact",
            "rules": self.rules,
        });
        write!(
            out,
            "{{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":{driver}}},\"columnKind\":\"unicodeCodePoints\",\"results\":["
        )
    }

    fn result(&self, file: &FileReport, d: &Diagnostic) -> Value {
        let region = |l: usize, c: usize, el: usize, ec: usize| json!({"startLine": l, "startColumn": c, "endLine": el, "endColumn": ec});
        let location = json!({"physicalLocation": {
            "artifactLocation": {"uri": uri(&file.path)},
            "region": region(d.line, d.column, d.end_line, d.end_column),
        }});
        let mut result = json!({
            "ruleId": d.rule,
            "level": level(d.severity),
            "message": {"text": d.message},
            "locations": [location],
            "properties": {"channel": file.channel, "language": file.language},
        });
        if let Some(i) = self.index.get(&d.rule) {
            result["ruleIndex"] = json!(i);
        }
        if !d.related.is_empty() {
            result["relatedLocations"] = Value::Array(
                d.related
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        json!({
                            "id": i,
                            "message": {"text": format!("{}: {}", r.message, r.quote)},
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri(&r.path)},
                                "region": {"startLine": r.line, "startColumn": r.column},
                            },
                        })
                    })
                    .collect(),
            );
        }
        if let Some(f) = &d.fix {
            result["fixes"] = json!([{
                "description": {"text": format!("Replace with \"{}\"", f.replacement)},
                "artifactChanges": [{
                    "artifactLocation": {"uri": uri(&file.path)},
                    "replacements": [{
                        "deletedRegion": region(d.line, d.column, d.end_line, d.end_column),
                        "insertedContent": {"text": f.replacement},
                    }],
                }],
            }]);
        }
        result
    }
}

impl Reporter for Sarif {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        self.start(out)?;
        for d in &report.diagnostics {
            if !self.first {
                write!(out, ",")?;
            }
            self.first = false;
            write!(out, "\n{}", self.result(report, d))?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _summary: &Summary, _skipped: usize) -> io::Result<()> {
        self.start(out)?;
        writeln!(out, "\n]}}]}}")
    }
}
