//! Check kinds: the small set of operations rule files are built from. One file per kind.
//! A check is compiled once per rule and language and then run over the byte ranges
//! of the rule's scope in each document.

pub mod forbid;
pub mod limit;
pub mod pattern;
pub mod placeholder;
pub mod present;
pub mod questions;
pub mod require;
pub mod stale_date;
pub mod unused_suppression;

use crate::document::structure::Structure;
use crate::language::dates::DateFinder;
use crate::language::profile::Profile;
use crate::language::Lang;
use crate::rules::schema::RuleSpec;
use std::collections::BTreeMap;
use std::ops::Range;

/// Every check kind and the parameters it takes.
pub const KINDS: &[(&str, &[&str])] = &[
    ("forbid", &["phrases", "patterns"]),
    ("require", &["any", "all", "when", "mask"]),
    ("limit", &["measure", "max", "allow", "min_single"]),
    ("placeholder", &["patterns"]),
    ("stale-date", &[]),
    ("present", &[]),
    ("unused-suppression", &[]),
    (
        "questions",
        &[
            "question_cues",
            "not_questions",
            "stopwords",
            "splitters",
            "min_overlap",
        ],
    ),
];

/// What a check needs to know about the document it runs on.
pub struct Context<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub lang: Lang,
    pub profile: &'a Profile,
    pub dates: &'a std::sync::OnceLock<DateFinder>,
    pub today: &'a crate::Today,
    /// The customer's message the document answers, if known.
    pub customer: Option<&'a crate::document::CustomerMessage>,
    /// The placeholder syntax, when the document is a template.
    pub template: Option<crate::document::template::TemplateSyntax>,
    /// Suppression comments that silenced nothing (for `unused-suppression`).
    pub unused_suppressions: &'a [Range<usize>],
    /// The ASCII copy of `text`, made on first use.
    pub ascii: &'a std::sync::OnceLock<crate::language::ascii::AsciiView>,
}

impl Context<'_> {
    /// The ASCII copy of the text (see `language::ascii`).
    pub fn ascii(&self) -> &crate::language::ascii::AsciiView {
        self.ascii
            .get_or_init(|| crate::language::ascii::AsciiView::new(self.text))
    }
}

/// What a check found: a span and, optionally, a more specific message or help, and a
/// safe replacement.
#[derive(Debug, Clone, Default)]
pub struct Finding {
    pub span: Range<usize>,
    pub message: Option<String>,
    pub help: Option<String>,
    pub replacement: Option<String>,
    /// A courteous alternative, appended to the rule's help.
    pub suggestion: Option<String>,
    /// Replaces `{question}` in the rule's message.
    pub quote: Option<String>,
    pub related: Vec<crate::diagnostic::Related>,
}

/// Where a compile error is, and what it is.
#[derive(Debug)]
pub struct CompileError {
    pub span: Option<Range<usize>>,
    pub message: String,
}

/// What compiling a check needs: the language, the rule variables and the words each
/// variable must not start with.
pub struct CompileContext<'a> {
    pub lang: Lang,
    pub variables: &'a BTreeMap<String, String>,
    pub exclusions: &'a BTreeMap<String, Vec<String>>,
    /// Compile everything now, to report every error at load (a user's rule files).
    pub eager: bool,
    /// What the matchers are built for (one draft or many files).
    pub tuning: crate::language::ascii_regex::Tuning,
}

/// A compiled check.
#[derive(Debug)]
pub enum Check {
    Forbid(forbid::Forbid),
    Require(require::Require),
    Limit(limit::Limit),
    Placeholder(placeholder::Placeholder),
    StaleDate(stale_date::StaleDate),
    Present(present::Present),
    Questions(questions::Questions),
    UnusedSuppression(unused_suppression::UnusedSuppression),
}

impl Check {
    pub fn compile(spec: &RuleSpec, cx: &CompileContext) -> Result<Check, CompileError> {
        Ok(match spec.check.get_ref().as_str() {
            "forbid" => Check::Forbid(forbid::Forbid::compile(spec, cx)?),
            "require" => Check::Require(require::Require::compile(spec, cx)?),
            "limit" => Check::Limit(limit::Limit::compile(spec, cx)?),
            "placeholder" => Check::Placeholder(placeholder::Placeholder::compile(spec, cx)?),
            "stale-date" => Check::StaleDate(stale_date::StaleDate),
            "present" => Check::Present(present::Present::compile(spec)),
            "questions" => Check::Questions(questions::Questions::compile(spec, cx)?),
            "unused-suppression" => Check::UnusedSuppression(unused_suppression::UnusedSuppression),
            other => {
                return Err(CompileError {
                    span: Some(spec.check.span()),
                    message: format!("unknown check kind `{other}`"),
                })
            }
        })
    }

    /// Run over the scope's ranges. `ranges` may be empty (the part is missing).
    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        match self {
            Check::Forbid(c) => c.run(cx, ranges, out),
            Check::Require(c) => c.run(cx, ranges, out),
            Check::Limit(c) => c.run(cx, ranges, out),
            Check::Placeholder(c) => c.run(cx, ranges, out),
            Check::StaleDate(c) => c.run(cx, ranges, out),
            Check::Present(c) => c.run(cx, ranges, out),
            Check::Questions(c) => c.run(cx, ranges, out),
            Check::UnusedSuppression(c) => c.run(cx, ranges, out),
        }
    }
}
