//! `forbid`: phrases or patterns that must not appear in the scope. A phrase may carry
//! a suggested replacement, which becomes the finding's fix and help.
//!
//! All phrases of a rule are matched by one case-insensitive alternation; the phrase
//! that matched is found by comparing folded text (no regex per phrase).

use super::pattern::{build, compile_all};
use super::{CompileContext, CompileError, Context, Finding};
use crate::language::fold::{phrase_pattern, unicode_boundaries};
use crate::language::stem::fold;
use crate::rules::schema::RuleSpec;
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug)]
pub struct Forbid {
    phrases: Option<Phrases>,
    patterns: Vec<Regex>,
    lang: crate::Lang,
}

#[derive(Debug)]
struct Phrases {
    any: Regex,
    /// Folded phrase → its suggestion, to tell which phrase matched without a regex per
    /// phrase (compiling hundreds of them was most of the start-up time).
    suggestions: HashMap<String, String>,
}

/// A phrase or matched text in the form phrases are compared in: lowercase, no
/// accents, straight apostrophes, single spaces.
fn phrase_key(s: &str, lang: crate::Lang) -> String {
    s.split_whitespace()
        .map(|w| fold(&w.replace('’', "'"), lang))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Forbid {
    pub fn compile(spec: &RuleSpec, cx: &CompileContext) -> Result<Forbid, CompileError> {
        let phrases = match &spec.phrases {
            Some(list) if !list.is_empty() => {
                let mut sources = Vec::new();
                let mut suggestions = HashMap::new();
                for p in list {
                    let text = p.get_ref().text();
                    if text.trim().is_empty() {
                        return Err(CompileError {
                            span: Some(p.span()),
                            message: "empty phrase".into(),
                        });
                    }
                    if let Some(s) = p.get_ref().suggest() {
                        suggestions.insert(phrase_key(text, cx.lang), s.to_string());
                    }
                    sources.push(phrase_pattern(text, cx.lang));
                }
                // longest phrases first, so that "you failed to" wins over "you failed"
                let mut order: Vec<usize> = (0..sources.len()).collect();
                order.sort_by_key(|&i| std::cmp::Reverse(list[i].get_ref().text().len()));
                let alternation = order
                    .iter()
                    .map(|&i| format!("(?:{})", sources[i]))
                    .collect::<Vec<_>>()
                    .join("|");
                let any = build(&alternation).map_err(|e| CompileError {
                    span: Some(list[0].span()),
                    message: format!("phrases do not compile: {e}"),
                })?;
                Some(Phrases { any, suggestions })
            }
            _ => None,
        };
        let patterns = compile_all(spec.patterns.as_deref().unwrap_or_default(), cx)?;
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
            let slice = &cx.text[r.clone()];
            if let Some(ph) = &self.phrases {
                for m in ph.any.find_iter(slice) {
                    let span = r.start + m.start()..r.start + m.end();
                    if !unicode_boundaries(cx.text, span.clone()) {
                        continue;
                    }
                    let suggestion = ph.suggestions.get(&phrase_key(m.as_str(), self.lang));
                    let replacement = suggestion.map(|s| match_case(m.as_str(), s, cx.lang));
                    out.push(Finding {
                        span,
                        suggestion: replacement.clone(),
                        replacement,
                        ..Finding::default()
                    });
                }
            }
            for re in &self.patterns {
                for m in re.find_iter(slice) {
                    out.push(Finding {
                        span: r.start + m.start()..r.start + m.end(),
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
