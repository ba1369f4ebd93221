//! What a check reports, and the per-file result the reporters print.

use crate::document::Channel;
use crate::language::Lang;
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            "info" => Ok(Severity::Info),
            other => Err(format!("unknown severity `{other}` (expected error, warning or info)")),
        }
    }
}

/// A safe, single replacement of a byte range of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub replacement: String,
    pub byte_start: usize,
    pub byte_end: usize,
}

/// A secondary location, such as the customer's question that went unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    pub message: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub quote: String,
}

/// One finding. Lines and columns are 1-based, columns in Unicode scalar values;
/// `byte_start..byte_end` is the span in the checked (decoded) text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub help: Option<String>,
    pub fix: Option<Fix>,
    pub related: Vec<Related>,
    /// True when the finding is about the document as a whole (a missing greeting, an
    /// unanswered question) rather than about the text it points at.
    #[serde(skip)]
    pub about_document: bool,
}

/// The result of checking one document.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    pub channel: Channel,
    pub language: Lang,
    pub diagnostics: Vec<Diagnostic>,
    /// For messages from .eml/.mbox files: index, Message-ID and sender.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<crate::document::MessageInfo>,
    /// True when positions refer to decoded text (an email's MIME body, a thread's
    /// JSON string) rather than to the file's bytes.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub decoded: bool,
    /// The checked text, for reporters that show snippets.
    #[serde(skip)]
    pub text: String,
}
