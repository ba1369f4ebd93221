//! The rule-file format, as written in TOML. Every key is listed here; an unknown key
//! is an error that names its line and column.

use serde::Deserialize;
use toml::Spanned;

/// A rule file: optional file-wide defaults and a list of `[[rule]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// The language these rules are for (`en`, `pt`, `it`, `tr`). Built-in packs take it
    /// from their folder; a file without it applies to every language.
    pub language: Option<Spanned<String>>,
    /// Channels for rules that do not name their own.
    pub channels: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
}

/// One `[[rule]]` table.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: Spanned<String>,
    pub severity: Spanned<String>,
    pub check: Spanned<String>,
    pub message: String,
    /// A one-line description for `tact rules` (default: the message).
    pub title: Option<String>,
    pub help: Option<String>,
    pub source: Option<String>,
    /// Longer rationale shown by `tact explain`.
    pub why: Option<String>,
    pub scope: Option<Spanned<String>>,
    pub channels: Option<Vec<Spanned<String>>>,
    /// Opt-in rules set this to false; they run only when selected.
    pub enabled: Option<bool>,

    // ---- check parameters (which ones a check kind takes is checked by the loader) ----
    /// forbid: literal phrases, each a string or `{ text, suggest }`.
    pub phrases: Option<Vec<Spanned<PhraseSpec>>>,
    /// forbid / placeholder: regexes.
    pub patterns: Option<Vec<Spanned<String>>>,
    /// require: at least one of these regexes must match.
    pub any: Option<Vec<Spanned<String>>>,
    /// require: every group must have a match.
    pub all: Option<Vec<Spanned<Vec<String>>>>,
    /// require: the rule applies only when one of these matches somewhere in the text.
    pub when: Option<Vec<Spanned<String>>>,
    /// require: text matching these is blanked out before `any`/`all` are matched (a
    /// greeting word must not count as an organization's name, say).
    pub mask: Option<Vec<Spanned<String>>>,
    /// limit: which measure (`caps-run`, `repeated-punctuation`, `sentence-words`).
    pub measure: Option<Spanned<String>>,
    /// limit: the largest value that passes.
    pub max: Option<Spanned<i64>>,
    /// limit (caps-run): words that are allowed in capitals (acronyms).
    pub allow: Option<Vec<String>>,
    /// limit (caps-run): a single capitalized word this long or longer counts as shouting.
    pub min_single: Option<Spanned<i64>>,
    /// questions: per-language parameters (see the `questions` check).
    pub question_cues: Option<Vec<Spanned<String>>>,
    pub not_questions: Option<Vec<Spanned<String>>>,
    pub stopwords: Option<Vec<String>>,
    pub splitters: Option<Vec<String>>,
    pub min_overlap: Option<Spanned<f64>>,

    pub examples: Option<Examples>,
}

/// A phrase of a `forbid` rule.
#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub enum PhraseSpec {
    Text(String),
    WithSuggestion { text: String, suggest: Option<String> },
}

impl PhraseSpec {
    pub fn text(&self) -> &str {
        match self {
            PhraseSpec::Text(t) | PhraseSpec::WithSuggestion { text: t, .. } => t,
        }
    }

    pub fn suggest(&self) -> Option<&str> {
        match self {
            PhraseSpec::Text(_) => None,
            PhraseSpec::WithSuggestion { suggest, .. } => suggest.as_deref(),
        }
    }
}

/// Texts that prove a rule: `bad` ones must make it fire, `good` ones must not.
#[derive(Debug, Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub bad: Vec<String>,
    #[serde(default)]
    pub good: Vec<String>,
    /// The date the examples are checked on (for date rules), YYYY-MM-DD.
    pub today: Option<String>,
}

impl RuleSpec {
    /// The check parameters present in this rule, with the byte span of each (for
    /// "key not used by this check kind" errors).
    pub fn present_params(&self) -> Vec<(&'static str, Option<std::ops::Range<usize>>)> {
        fn span<T>(v: &Option<Vec<Spanned<T>>>) -> Option<std::ops::Range<usize>> {
            v.as_ref().map(|l| l.first().map_or(0..0, |s| s.span()))
        }
        let mut out = Vec::new();
        let mut add = |name: &'static str, present: bool, sp: Option<std::ops::Range<usize>>| {
            if present {
                out.push((name, sp));
            }
        };
        add("phrases", self.phrases.is_some(), span(&self.phrases));
        add("patterns", self.patterns.is_some(), span(&self.patterns));
        add("any", self.any.is_some(), span(&self.any));
        add("all", self.all.is_some(), span(&self.all));
        add("when", self.when.is_some(), span(&self.when));
        add("mask", self.mask.is_some(), span(&self.mask));
        add(
            "measure",
            self.measure.is_some(),
            self.measure.as_ref().map(|s| s.span()),
        );
        add("max", self.max.is_some(), self.max.as_ref().map(|s| s.span()));
        add("allow", self.allow.is_some(), None);
        add(
            "min_single",
            self.min_single.is_some(),
            self.min_single.as_ref().map(|s| s.span()),
        );
        add("question_cues", self.question_cues.is_some(), span(&self.question_cues));
        add("not_questions", self.not_questions.is_some(), span(&self.not_questions));
        add("stopwords", self.stopwords.is_some(), None);
        add("splitters", self.splitters.is_some(), None);
        add(
            "min_overlap",
            self.min_overlap.is_some(),
            self.min_overlap.as_ref().map(|s| s.span()),
        );
        out
    }
}
