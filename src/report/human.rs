//! Human output: rustc-style snippets with codespan-reporting: the rule id, the line
//! with the span underlined, a `help:` line and the suggested fix.

use super::{Reporter, Summary};
use crate::diagnostic::{FileReport, Severity};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::Buffer;
use codespan_reporting::term::{self, Config, Styles, StylesWriter};
use std::io::{self, Write};

/// Human output, with or without colour.
pub struct Human {
    pub color: bool,
}

impl Reporter for Human {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        if !report.diagnostics.is_empty() {
            writeln!(out, "{} ({}, {})", report.path, report.channel, report.language)?;
        }
        out.write_all(&render(report, self.color))?;
        if report.decoded && !report.diagnostics.is_empty() {
            writeln!(
                out,
                "note: {}: positions refer to the decoded message text
",
                report.path
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary, skipped: usize) -> io::Result<()> {
        writeln!(out, "{}", summary_line(summary, skipped))
    }
}

/// Render one file's diagnostics.
pub fn render(report: &FileReport, color: bool) -> Vec<u8> {
    let file = SimpleFile::new(report.path.as_str(), report.text.as_str());
    let config = Config::default();
    let styles = Styles::default();
    let mut buffer = if color { Buffer::ansi() } else { Buffer::no_color() };
    for d in &report.diagnostics {
        let base = match d.severity {
            Severity::Error => Diagnostic::error(),
            Severity::Warning => Diagnostic::warning(),
            Severity::Info => Diagnostic::note(),
        };
        let mut notes = Vec::new();
        if let Some(h) = &d.help {
            notes.push(format!("help: {h}"));
        }
        if let Some(f) = &d.fix {
            if d.help.as_deref().is_none_or(|h| !h.contains(&f.replacement)) || f.replacement.is_empty() {
                notes.push(format!("fix: replace with \"{}\"", f.replacement));
            }
        }
        for r in &d.related {
            notes.push(format!(
                "{}: {}:{}:{}: “{}”",
                r.message, r.path, r.line, r.column, r.quote
            ));
        }
        let label = Label::primary((), d.byte_start..d.byte_end.max(d.byte_start));
        let diag = base
            .with_message(&d.message)
            .with_code(&d.rule)
            .with_labels(vec![label])
            .with_notes(notes);
        let mut writer = StylesWriter::new(&mut buffer, &styles);
        // writing into memory cannot fail; a bad span would be a bug in a check
        let _ = term::emit_to_write_style(&mut writer, &config, &file, &diag);
    }
    buffer.into_inner()
}

/// The last line of human output.
pub fn summary_line(summary: &Summary, skipped: usize) -> String {
    let plural = |n: usize, w: &str| {
        if n == 1 {
            format!("{n} {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    let mut s = format!(
        "{} checked: {}, {}, {}",
        plural(summary.files, "file"),
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.infos, "info"),
    );
    if skipped > 0 {
        s.push_str(&format!(" ({} skipped)", skipped));
    }
    s
}
