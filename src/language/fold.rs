//! Make rule patterns tolerant of how people really type, without touching the text
//! being searched (so byte offsets stay exact):
//!
//! * an accented letter in a pattern also matches its bare form (`você` matches `voce`,
//!   `perché` matches `perche`), because natives often drop accents in email;
//! * in Turkish, any of `i ı I İ` matches all four, because stock case-insensitive
//!   matching gets `İ`/`ı` wrong (`(?i)iptal` would miss `İPTAL`), and a bare `a`, `i`,
//!   `u` also matches the optional circumflex (`hala` matches `hâlâ`);
//! * a straight apostrophe matches a typographic one (`that's` matches `that’s`).
//!
//! The rewrite is applied to regex source text, so it skips escapes, flag groups and
//! `{n,m}` repetitions.

use super::Lang;
use unicode_normalization::UnicodeNormalization;

/// Rewrite a regex pattern so that it folds accents, apostrophes and (for Turkish)
/// dotted/dotless i.
pub fn fold_pattern(pattern: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut class_depth = 0usize;
    let mut class_extras = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                // a word boundary next to an ASCII letter is written as an ASCII one: the
                // regex crate's fast engines give up on Unicode boundaries in non-ASCII
                // text (every pt/it/tr draft), which made matching many times slower.
                // Next to an ASCII letter or digit the two agree, except after an
                // accented letter ("écom" has an ASCII boundary before "com"), a rare extra
                // match accepted for speed (phrase lists use their own folded matcher).
                if class_depth == 0 && chars.peek() == Some(&'b') {
                    let rest: String = chars.clone().skip(1).collect();
                    let before_ascii = out.chars().next_back().is_some_and(|p| p.is_ascii_alphanumeric())
                        && !out.ends_with(['\\'])
                        && !out[..out.len() - 1].ends_with('\\');
                    if before_ascii || starts_ascii_word(&rest) {
                        chars.next();
                        out.push_str("(?-u:\\b)");
                        continue;
                    }
                }
                out.push(c);
                if let Some(n) = chars.next() {
                    out.push(n);
                    // \p{..}, \x{..}, \u{..}: copy the braces untouched
                    if matches!(n, 'p' | 'P' | 'x' | 'u') && chars.peek() == Some(&'{') {
                        for b in chars.by_ref() {
                            out.push(b);
                            if b == '}' {
                                break;
                            }
                        }
                    }
                }
            }
            '[' => {
                if class_depth == 0 {
                    class_extras.clear();
                }
                class_depth += 1;
                out.push(c);
                // a leading `]` or `^]` is literal
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap());
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap());
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                if class_depth == 0 {
                    out.push_str(&class_extras);
                }
                out.push(c);
            }
            '(' if class_depth == 0 && chars.peek() == Some(&'?') => {
                // flag group or non-capturing group header: copy up to `:` or `)`
                out.push(c);
                for f in chars.by_ref() {
                    out.push(f);
                    if f == ':' || f == ')' || f == '>' {
                        break;
                    }
                }
            }
            '{' if class_depth == 0 => {
                // repetition such as {2,3}
                out.push(c);
                for f in chars.by_ref() {
                    out.push(f);
                    if f == '}' {
                        break;
                    }
                }
            }
            c => {
                let variants = variants(c, lang);
                if variants.is_empty() {
                    out.push(c);
                } else if class_depth > 0 {
                    out.push(c);
                    for v in variants {
                        if !class_extras.contains(v) {
                            class_extras.push(v);
                        }
                    }
                } else {
                    out.push('[');
                    out.push(c);
                    for v in variants {
                        out.push(v);
                    }
                    out.push(']');
                }
            }
        }
    }
    out
}

/// Whether every match of the regex source `s` starts with an ASCII letter or digit
/// (looking through groups and alternations; anything unclear is "no").
fn starts_ascii_word(s: &str) -> bool {
    let s = s.trim_start_matches("(?i)");
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphanumeric() => true,
        Some('(') => {
            // skip a non-capturing or flag group header: (?:  (?i:  (?P<name>
            let mut body = &s[1..];
            if let Some(rest) = body.strip_prefix('?') {
                match rest.find([':', '>', ')']) {
                    Some(i) if rest.as_bytes()[i] != b')' => body = &rest[i + 1..],
                    _ => return false,
                }
            }
            // the group's top-level alternatives
            let mut depth = 0usize;
            let mut in_class = false;
            let mut escaped = false;
            let mut start = 0;
            for (i, c) in body.char_indices() {
                if escaped {
                    escaped = false;
                    continue;
                }
                match c {
                    '\\' => escaped = true,
                    '[' if !in_class => in_class = true,
                    ']' if in_class => in_class = false,
                    '(' if !in_class => depth += 1,
                    ')' if !in_class && depth == 0 => return starts_ascii_word(&body[start..i]),
                    ')' if !in_class => depth -= 1,
                    '|' if !in_class && depth == 0 => {
                        if !starts_ascii_word(&body[start..i]) {
                            return false;
                        }
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// Other characters that should match `c`.
fn variants(c: char, lang: Lang) -> Vec<char> {
    match c {
        '\'' => return vec!['’'],
        '’' => return vec!['\''],
        _ => {}
    }
    if lang == Lang::Tr {
        // circumflexes are optional in Turkish: "hala" also matches "hâlâ"
        match c {
            'i' | 'ı' | 'I' | 'İ' => {
                return ['i', 'ı', 'I', 'İ', 'î'].into_iter().filter(|&v| v != c).collect();
            }
            'a' => return vec!['â'],
            'u' => return vec!['û'],
            _ => {}
        }
    }
    if c.is_ascii() || !c.is_alphabetic() {
        return Vec::new();
    }
    let base: Vec<char> = c.nfd().collect();
    match base.first() {
        Some(&b) if base.len() > 1 && b.is_ascii_alphabetic() => vec![b],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn m(pattern: &str, lang: Lang, text: &str) -> bool {
        Regex::new(&fold_pattern(pattern, lang)).unwrap().is_match(text)
    }

    #[test]
    fn accents_fold_one_way() {
        assert!(m("(?i)você", Lang::Pt, "VOCE pode"));
        assert!(m("(?i)você", Lang::Pt, "você pode"));
        assert!(m("(?i)perché", Lang::It, "perche no"));
    }

    #[test]
    fn turkish_i_matches_every_case() {
        assert!(m("(?i)iptal", Lang::Tr, "İPTAL"));
        assert!(m("(?i)ıspanak", Lang::Tr, "ISPANAK"));
        assert!(m("(?i)istanbul", Lang::Tr, "İstanbul"));
        assert!(m("(?i)teşekkürler", Lang::Tr, "tesekkurler"));
        assert!(m("(?i)hala", Lang::Tr, "hâlâ"));
        assert!(m("(?i)şikayet", Lang::Tr, "şikâyet"));
        assert!(m("(?i)hala", Lang::Tr, "hâlâ"));
        assert!(m("(?i)şikayet", Lang::Tr, "şikâyet"));
    }

    #[test]
    fn escapes_classes_and_repetitions_are_kept() {
        assert_eq!(fold_pattern(r"\d{2,3}\p{Lu}", Lang::Tr), r"\d{2,3}\p{Lu}");
        assert_eq!(fold_pattern("(?i)[é]", Lang::It), "(?i)[ée]");
        assert!(m(r"(?i)\bthat's\b", Lang::En, "that’s it"));
        assert!(m("(?i:ciao)", Lang::It, "CIAO"));
    }

    #[test]
    fn boundaries_next_to_ascii_letters_are_ascii() {
        assert_eq!(fold_pattern(r"\bthe\b", Lang::En), r"(?-u:\b)the(?-u:\b)");
        assert_eq!(
            fold_pattern(r"(?i)\b(?:how|what) can", Lang::En),
            r"(?i)(?-u:\b)(?:how|what) can"
        );
        // an alternative starting with an accented letter keeps the Unicode boundary
        assert!(fold_pattern(r"\b(?:é uma|is)", Lang::Pt).starts_with(r"\b"));
        assert!(m(r"(?i)\bé uma empresa", Lang::Pt, "A XYZ é uma empresa"));
        assert!(m(r"(?i)\bşikayet", Lang::Tr, "Kanepe için şikâyetinizi"));
    }
}
