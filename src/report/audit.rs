//! `tact audit`: a supervisor's summary of saved correspondence instead of a list of
//! diagnostics: findings per rule, channel, language and sender (the email `From:`), and
//! the share of messages with no finding. `--format json` prints the same numbers as
//! JSON; `--html FILE` also writes a self-contained page (see `report::html`).

use super::{Reporter, Summary};
use crate::diagnostic::{FileReport, Severity};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// One finding, as the HTML page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub path: String,
    pub sender: Option<String>,
    pub channel: String,
    pub language: String,
    pub rule: String,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The line the finding is on, shortened.
    pub snippet: String,
}

/// The numbers of an audit.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub messages: usize,
    pub clean: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub per_rule: BTreeMap<String, usize>,
    pub per_channel: BTreeMap<String, usize>,
    pub per_language: BTreeMap<String, usize>,
    /// Findings per sender; messages without a `From:` are counted under "(unknown)".
    pub per_sender: BTreeMap<String, usize>,
}

impl Totals {
    /// The share of messages with no finding, in percent.
    pub fn clean_share(&self) -> f64 {
        if self.messages == 0 {
            100.0
        } else {
            100.0 * self.clean as f64 / self.messages as f64
        }
    }
}

/// Where the summary goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditFormat {
    Text,
    Json,
}

pub struct Audit {
    pub format: AuditFormat,
    pub html: Option<std::path::PathBuf>,
    pub totals: Totals,
    pub rows: Vec<Row>,
    /// Rule id → title, for the page.
    pub titles: BTreeMap<String, String>,
}

pub const UNKNOWN_SENDER: &str = "(unknown)";

impl Reporter for Audit {
    fn file(&mut self, _out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        let t = &mut self.totals;
        t.messages += 1;
        if report.diagnostics.is_empty() {
            t.clean += 1;
        }
        let sender = report.message.as_ref().and_then(|m| m.from.clone());
        for d in &report.diagnostics {
            t.findings += 1;
            match d.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Info => t.infos += 1,
            }
            *t.per_rule.entry(d.rule.clone()).or_default() += 1;
            *t.per_channel.entry(report.channel.to_string()).or_default() += 1;
            *t.per_language.entry(report.language.to_string()).or_default() += 1;
            *t.per_sender
                .entry(sender.clone().unwrap_or_else(|| UNKNOWN_SENDER.into()))
                .or_default() += 1;
            if self.html.is_some() {
                let line_start = report.text[..d.byte_start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = report.text[d.byte_start..]
                    .find('\n')
                    .map_or(report.text.len(), |i| d.byte_start + i);
                let snippet: String = report.text[line_start..line_end].chars().take(160).collect();
                self.rows.push(Row {
                    path: report.path.clone(),
                    sender: sender.clone(),
                    channel: report.channel.to_string(),
                    language: report.language.to_string(),
                    rule: d.rule.clone(),
                    severity: d.severity,
                    line: d.line,
                    column: d.column,
                    message: d.message.clone(),
                    snippet,
                });
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _summary: &Summary, skipped: usize) -> io::Result<()> {
        if let Some(path) = &self.html {
            let page = super::html::page(&self.totals, &self.rows, &self.titles);
            crate::fix::write::atomic(path, page.as_bytes()).map_err(io::Error::other)?;
        }
        match self.format {
            AuditFormat::Json => {
                let json = serde_json::json!({"version": 1, "totals": self.totals, "clean_share": self.totals.clean_share(), "skipped": skipped});
                writeln!(out, "{json}")
            }
            AuditFormat::Text => text(out, &self.totals, skipped),
        }
    }
}

fn text(out: &mut dyn Write, t: &Totals, skipped: usize) -> io::Result<()> {
    writeln!(
        out,
        "{} messages checked, {} with no finding ({:.1}%); {} findings: {} errors, {} warnings, {} infos{}",
        t.messages,
        t.clean,
        t.clean_share(),
        t.findings,
        t.errors,
        t.warnings,
        t.infos,
        if skipped > 0 {
            format!(" ({skipped} not checked)")
        } else {
            String::new()
        }
    )?;
    for (title, map) in [
        ("rule", &t.per_rule),
        ("channel", &t.per_channel),
        ("language", &t.per_language),
        ("sender", &t.per_sender),
    ] {
        if map.is_empty() {
            continue;
        }
        writeln!(out, "\nfindings per {title}:")?;
        let mut rows: Vec<(&String, &usize)> = map.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let width = rows.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
        for (k, v) in rows {
            writeln!(out, "  {k:width$}  {v:>6}")?;
        }
    }
    Ok(())
}
