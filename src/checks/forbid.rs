//! `forbid`: phrases or patterns that must not appear in the scope. A phrase may carry
//! a suggested replacement, which becomes the finding's fix and help.
//!
//! All phrases of a rule are matched at once, with Aho–Corasick over a folded copy of
//! the text (no case, no accents, straight apostrophes, single spaces), whole words only.

use super::pattern::{compile_all_ascii, AsciiRegex};
use super::{CompileContext, CompileError, Context, Finding};
use crate::language::ascii_regex::Tuning;
use crate::language::folded::{fold_phrase, Folded};
use crate::rules::schema::RuleSpec;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::ops::Range;

#[derive(Debug)]
pub struct Forbid {
    phrases: Option<Phrases>,
    /// Matched on the ASCII copy (`language::ascii`).
    patterns: Vec<AsciiRegex>,
    lang: crate::Lang,
}

/// A rule's phrases, folded and matched in one Aho–Corasick pass over a folded copy of
/// the text (case, accents, apostrophes and spacing do not matter; see
/// `language::folded`). One regex alternation of hundreds of accent-tolerant phrases was
/// the slowest part of a run.
#[derive(Debug)]
struct Phrases {
    automaton: AhoCorasick,
    /// Per automaton pattern: the phrase's suggestion.
    suggestions: Vec<Option<String>>,
}

impl Forbid {
    pub fn compile(spec: &RuleSpec, cx: &CompileContext) -> Result<Forbid, CompileError> {
        let phrases = match &spec.phrases {
            Some(list) if !list.is_empty() => {
                let mut folded: Vec<String> = Vec::new();
                let mut suggestions = Vec::new();
                for p in list {
                    let text = p.get_ref().text();
                    let f = fold_phrase(text, cx.lang);
                    if f.is_empty() {
                        return Err(CompileError {
                            span: Some(p.span()),
                            message: "empty phrase".into(),
                        });
                    }
                    if !folded.contains(&f) {
                        folded.push(f);
                        suggestions.push(p.get_ref().suggest().map(str::to_string));
                    }
                }
                // a DFA searches fastest but takes long to build: only for many documents
                let kind = match cx.tuning {
                    Tuning::Throughput => None,
                    Tuning::Latency => Some(AhoCorasickKind::ContiguousNFA),
                };
                let automaton = AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(kind)
                    .build(&folded)
                    .map_err(|e| CompileError {
                        span: Some(list[0].span()),
                        message: format!("phrases do not compile: {e}"),
                    })?;
                Some(Phrases { automaton, suggestions })
            }
            _ => None,
        };
        let patterns = compile_all_ascii(spec.patterns.as_deref().unwrap_or_default(), cx)?;
        if phrases.is_none() && patterns.is_empty() {
            return Err(CompileError {
                span: Some(spec.check.span()),
                message: "a `forbid` rule needs `phrases` or `patterns`".into(),
            });
        }
        Ok(Forbid {
            phrases,
            patterns,
            lang: cx.lang,
        })
    }

    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        for r in ranges {
            if let Some(ph) = &self.phrases {
                let folded = Folded::new(cx.text, r.clone(), self.lang);
                for m in ph.automaton.find_iter(&folded.text) {
                    if !folded.whole_words(m.range()) {
                        continue;
                    }
                    let span = folded.source(m.range());
                    let matched = &cx.text[span.clone()];
                    let replacement = ph.suggestions[m.pattern().as_usize()]
                        .as_ref()
                        .map(|s| match_case(matched, s, cx.lang));
                    out.push(Finding {
                        span,
                        suggestion: replacement.clone(),
                        replacement,
                        ..Finding::default()
                    });
                }
            }
            for re in &self.patterns {
                for span in cx.ascii().find_iter(re, r.clone()) {
                    out.push(Finding {
                        span,
                        ..Finding::default()
                    });
                }
            }
        }
    }
}

/// Give `replacement` the capitalization of `original`'s first letter (Turkish: i → İ).
fn match_case(original: &str, replacement: &str, lang: crate::Lang) -> String {
    let upper = original.chars().next().is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some('i') if upper && lang == crate::Lang::Tr => std::iter::once('İ').chain(chars).collect(),
        Some(first) if upper => first.to_uppercase().chain(chars).collect(),
        _ => replacement.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::match_case;
    use crate::Lang;

    #[test]
    fn keeps_sentence_case() {
        let en = |o, r| match_case(o, r, Lang::En);
        assert_eq!(en("Per my last email", "as I mentioned"), "As I mentioned");
        assert_eq!(en("per my last email", "as I mentioned"), "as I mentioned");
        assert_eq!(match_case("Bu benim işim değil", "izin verin", Lang::Tr), "İzin verin");
    }
}
