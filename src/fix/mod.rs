//! `--fix` and `--diff`: applying the fixes diagnostics carry (each a single safe
//! replacement: a collapsed `!!!`, a listed courteous phrase, a shouted run in normal
//! case), showing them as a unified diff, and writing files atomically.

pub mod write;

use crate::diagnostic::Diagnostic;

/// `text` with every non-overlapping fix applied (earlier fixes win an overlap), and the
/// number applied.
pub fn apply(text: &str, diagnostics: &[Diagnostic]) -> (String, usize) {
    let mut fixes: Vec<_> = diagnostics.iter().filter_map(|d| d.fix.as_ref()).collect();
    fixes.sort_by_key(|f| (f.byte_start, f.byte_end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut applied = 0;
    for f in fixes {
        if f.byte_start < at || f.byte_end > text.len() || text[f.byte_start..f.byte_end] == *f.replacement {
            continue;
        }
        out.push_str(&text[at..f.byte_start]);
        out.push_str(&f.replacement);
        at = f.byte_end;
        applied += 1;
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// A unified diff between `old` and `new`, labelled with `path`.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Fix, Severity};

    fn d(start: usize, end: usize, replacement: &str) -> Diagnostic {
        Diagnostic {
            rule: "x.y".into(),
            severity: Severity::Warning,
            message: String::new(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            byte_start: start,
            byte_end: end,
            help: None,
            fix: Some(Fix {
                replacement: replacement.into(),
                byte_start: start,
                byte_end: end,
            }),
            related: Vec::new(),
            about_document: false,
        }
    }

    #[test]
    fn applies_in_order_and_skips_overlaps() {
        let text = "Hi!!! It is DONE.";
        let (fixed, n) = apply(text, &[d(12, 16, "done"), d(2, 5, "!"), d(3, 5, "?")]);
        assert_eq!((fixed.as_str(), n), ("Hi! It is done.", 2));
        assert_eq!(apply(&fixed, &[]).0, fixed);
    }

    #[test]
    fn diffs_are_unified() {
        let out = diff("a.txt", "one\ntwo!!\n", "one\ntwo!\n");
        assert!(
            out.starts_with("--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n one\n-two!!\n+two!\n"),
            "{out}"
        );
    }
}
