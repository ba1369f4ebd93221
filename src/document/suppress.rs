//! Suppression comments: a comment in a template's own syntax, which renders to nothing,
//! silences rules on the next line or in the whole file.
//!
//! ```text
//! {{!-- tact-ignore tone.shouting --}}          Handlebars / Mustache ({{! … }} too)
//! {# tact-ignore template.placeholder #}        Jinja / Liquid
//! <!-- tact-ignore-file tone -->                HTML
//! ```
//! `tact-ignore` applies to the line after the comment, `tact-ignore-file` to the file;
//! rules are named by id or prefix, separated by spaces or commas. A suppression that
//! silences nothing is reported (`tact.unused-suppression`).

use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// One suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The comment's byte range.
    pub span: Range<usize>,
    /// Rule ids or prefixes.
    pub rules: Vec<String>,
    /// The byte range it silences: the next line, or the whole text.
    pub applies_to: Range<usize>,
}

impl Suppression {
    /// Whether this suppression silences `rule` at byte `at`.
    pub fn covers(&self, rule: &str, at: usize) -> bool {
        self.applies_to.contains(&at) && self.rules.iter().any(|r| crate::rule_matches(r, rule))
    }
}

/// The suppressions in `text`.
pub fn find(text: &str) -> Vec<Suppression> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?s)(?:\{\{!(?:--)?|\{#|<!--)\s*tact-ignore(?P<file>-file)?\s+(?P<rules>[\w.\-, ]+?)\s*(?:--\}\}|\}\}|#\}|-->)")
            .expect("suppression pattern compiles")
    });
    if !text.contains("tact-ignore") {
        return Vec::new();
    }
    re.captures_iter(text)
        .map(|c| {
            let whole = c.get(0).unwrap();
            let rules = c["rules"]
                .split([' ', ','])
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect();
            let applies_to = if c.name("file").is_some() {
                0..text.len()
            } else {
                next_line(text, whole.end())
            };
            Suppression {
                span: whole.range(),
                rules,
                applies_to,
            }
        })
        .collect()
}

/// The first non-blank line after byte `end` (the comment's end).
fn next_line(text: &str, end: usize) -> Range<usize> {
    let mut start = match text[end..].find('\n') {
        Some(i) => end + i + 1,
        None => return text.len()..text.len(),
    };
    while start < text.len() {
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        if !text[start..line_end].trim().is_empty() {
            return start..line_end + 1;
        }
        start = line_end + 1;
    }
    text.len()..text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_comments_in_three_syntaxes() {
        let t = "{{!-- tact-ignore tone.shouting --}}\nPLEASE NOTE\n{# tact-ignore-file template #}\n<!-- tact-ignore tone.exclamation, tone.shouting -->\n\nWow!!\n";
        let s = find(t);
        assert_eq!(s.len(), 3);
        assert_eq!(&t[s[0].applies_to.clone()], "PLEASE NOTE\n");
        assert!(s[0].covers("tone.shouting", t.find("PLEASE").unwrap()));
        assert!(!s[0].covers("tone.shouting", t.find("Wow").unwrap()));
        assert_eq!(s[1].applies_to, 0..t.len());
        assert!(s[1].covers("template.placeholder", 0));
        assert_eq!(s[2].rules, ["tone.exclamation", "tone.shouting"]);
        assert_eq!(&t[s[2].applies_to.clone()], "Wow!!\n");
    }
}
