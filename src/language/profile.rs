//! Language profiles: the per-language data the engine needs to read a document
//! (abbreviations, salutations, sign-offs, speaker labels, quote introductions, month
//! names, question cues). They live in `rules/<lang>/language.toml`, so adding a
//! language is a data change.

use super::ascii::{ascii_copy, ascii_pattern};
use super::ascii_regex::{AsciiRegex, Tuning};
use super::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The `[language]` table of a `language.toml` file, as written.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    pub language: ProfileSpec,
    /// Default patterns for rule variables such as `{organization}` and `{name}`.
    #[serde(default)]
    pub variables: BTreeMap<String, String>,
    /// Words a variable's match must not start with: a greeting is not an organization
    /// ("Hello, this is Sam"), an apology is not a name ("I'm Sorry").
    #[serde(default)]
    pub exclude: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ProfileSpec {
    pub code: String,
    pub name: String,
    /// Abbreviations that end with a period but do not end a sentence ("Mr.", "Sr.").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Patterns for a salutation line ("Dear Ms Lee,").
    #[serde(default)]
    pub salutations: Vec<String>,
    /// Patterns for a sign-off line ("Kind regards,").
    #[serde(default)]
    pub signoffs: Vec<String>,
    /// Patterns for a line that introduces a quoted earlier message ("On … wrote:").
    #[serde(default)]
    pub quote_intros: Vec<String>,
    /// Speaker labels for the agent in a dialogue script ("Agent", "Rep").
    #[serde(default)]
    pub agent_labels: Vec<String>,
    /// Speaker labels for the other party ("Customer", "Caller").
    #[serde(default)]
    pub customer_labels: Vec<String>,
    /// Twelve entries, January first; each lists the spellings of that month.
    #[serde(default)]
    pub months: Vec<Vec<String>>,
    /// Seven entries, Monday first; each lists the spellings of that weekday. With them,
    /// a date without a year ("lunedì 2 marzo") is placed in the year where that day
    /// falls on that weekday.
    #[serde(default)]
    pub weekdays: Vec<Vec<String>>,
    /// Whether a number followed by a period is an ordinal, not a sentence end
    /// (Turkish: "3. Kat").
    #[serde(default)]
    pub ordinal_dot: bool,
    /// Order of numeric dates such as 03/02/2026: "dmy", "mdy", or "either" (English,
    /// where both are in use: the later reading is taken, so a date is stale only when
    /// both readings are past).
    #[serde(default = "default_order")]
    pub date_order: String,
}

fn default_order() -> String {
    "dmy".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    Dmy,
    Mdy,
    Either,
}

/// A compiled profile.
#[derive(Debug)]
pub struct Profile {
    pub lang: Lang,
    pub name: String,
    pub abbreviations: super::segment::Abbreviations,
    /// Line patterns, matched on the line's ASCII copy (`language::ascii`).
    pub salutations: Vec<AsciiRegex>,
    pub signoffs: Vec<AsciiRegex>,
    pub quote_intros: Vec<AsciiRegex>,
    pub agent_labels: Vec<String>,
    pub customer_labels: Vec<String>,
    pub months: Vec<Vec<String>>,
    pub weekdays: Vec<Vec<String>>,
    pub date_order: DateOrder,
    pub variables: BTreeMap<String, String>,
    pub exclude: BTreeMap<String, Vec<String>>,
}

impl Profile {
    /// Compile a profile file's text. Errors are returned as messages; the caller adds
    /// the file name.
    pub fn parse(lang: Lang, text: &str, tuning: Tuning) -> Result<Profile, String> {
        let file: ProfileFile = toml::from_str(text).map_err(|e| crate::rules::toml_error(text, &e))?;
        let spec = file.language;
        if spec.code != lang.code() {
            return Err(format!(
                "language code `{}` does not match the folder `{}`",
                spec.code, lang
            ));
        }
        if !spec.months.is_empty() && spec.months.len() != 12 {
            return Err(format!("`months` needs 12 entries, found {}", spec.months.len()));
        }
        if !spec.weekdays.is_empty() && spec.weekdays.len() != 7 {
            return Err(format!(
                "`weekdays` needs 7 entries (Monday first), found {}",
                spec.weekdays.len()
            ));
        }
        let compile = |list: &[String]| -> Result<Vec<AsciiRegex>, String> {
            list.iter()
                .map(|p| AsciiRegex::new(&ascii_pattern(p), tuning).map_err(|e| format!("invalid pattern `{p}`: {e}")))
                .collect()
        };
        let lower = |v: Vec<String>| -> Vec<String> { v.into_iter().map(|s| super::lowercase(&s, lang)).collect() };
        Ok(Profile {
            lang,
            name: spec.name,
            salutations: compile(&spec.salutations)?,
            signoffs: compile(&spec.signoffs)?,
            quote_intros: compile(&spec.quote_intros)?,
            abbreviations: super::segment::Abbreviations::new(lang, &spec.abbreviations, spec.ordinal_dot),
            // compared folded (no case, no accents): "Usuario" is "usuário"
            agent_labels: spec.agent_labels.iter().map(|l| super::stem::fold(l, lang)).collect(),
            customer_labels: spec
                .customer_labels
                .iter()
                .map(|l| super::stem::fold(l, lang))
                .collect(),
            months: spec.months.into_iter().map(lower).collect(),
            weekdays: spec.weekdays.into_iter().map(lower).collect(),
            date_order: match spec.date_order.as_str() {
                "dmy" => DateOrder::Dmy,
                "mdy" => DateOrder::Mdy,
                "either" => DateOrder::Either,
                other => return Err(format!("`date_order` must be dmy, mdy or either, not `{other}`")),
            },
            variables: file.variables,
            exclude: file.exclude,
        })
    }

    pub fn is_salutation(&self, line: &str) -> bool {
        any_match(&self.salutations, line)
    }

    pub fn is_signoff(&self, line: &str) -> bool {
        any_match(&self.signoffs, line)
    }

    pub fn is_quote_intro(&self, line: &str) -> bool {
        any_match(&self.quote_intros, line)
    }
}

fn any_match(patterns: &[AsciiRegex], line: &str) -> bool {
    let copy = ascii_copy(line);
    patterns.iter().any(|r| r.is_match(copy.as_bytes()))
}
