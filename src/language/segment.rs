//! Sentence and word segmentation (UAX #29; fast paths for ASCII words and for lines of
//! Latin text, checked against unicode-segmentation) with the corrections customer mail needs:
//! no sentence break after an abbreviation from the language profile ("Sr.", "Dott.",
//! "3 apr. 2026"), and words split at apostrophes ("Acme'yi" → "Acme", "yi";
//! "dell'ordine" → "dell", "ordine").

use super::{lowercase, Lang};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What does not end a sentence in a language: abbreviations with a period, and (in
/// Turkish) ordinal numbers, written with a period ("3. Kat", "2. Hatırlatma").
#[derive(Debug, Clone)]
pub struct Abbreviations {
    lang: Lang,
    /// Lowercased (language-aware).
    list: Vec<String>,
    ordinal_dot: bool,
}

impl Abbreviations {
    pub fn new(lang: Lang, list: &[String], ordinal_dot: bool) -> Abbreviations {
        Abbreviations {
            lang,
            list: list.iter().map(|a| lowercase(a, lang)).collect(),
            ordinal_dot,
        }
    }

    /// None: every period may end a sentence.
    pub fn none() -> Abbreviations {
        Abbreviations::new(Lang::En, &[], false)
    }
}

/// Sentences of `text[range]`, as trimmed byte ranges into `text`.
pub fn sentences(text: &str, range: Range<usize>, abbreviations: &Abbreviations) -> Vec<Range<usize>> {
    let slice = &text[range.clone()];
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut pending: Option<Range<usize>> = None;
    for (i, s) in sentence_bounds(slice) {
        let start = range.start + i;
        let r = trim(text, start..start + s.len());
        if r.is_empty() {
            // whitespace-only pieces (blank lines) end any pending sentence
            if let Some(p) = pending.take() {
                out.push(p);
            }
            continue;
        }
        let joined = match pending.take() {
            Some(p) if !ends_line(text, &p) => p.start..r.end,
            Some(p) => {
                out.push(p);
                r
            }
            None => r,
        };
        if ends_with_abbreviation(&text[joined.clone()], abbreviations) {
            pending = Some(joined);
        } else {
            out.push(joined);
        }
    }
    if let Some(p) = pending {
        out.push(p);
    }
    out
}

/// UAX #29 sentence-bound pieces of `s`. A sentence always ends after a line feed (SB4)
/// and no rule looks across one, so each line is segmented on its own: lines of the
/// characters [`class`] knows (ASCII, Latin letters, typographic quotes and dashes) by
/// [`known_sentence_bounds`], others by unicode-segmentation.
fn sentence_bounds(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut classes = Vec::new();
    for line in s.split_inclusive('\n') {
        classes.clear();
        let known = line
            .char_indices()
            .all(|(i, c)| class(c).map(|k| classes.push((i, k))).is_some());
        if known {
            let mut start = 0;
            for end in known_sentence_bounds(&classes, line.len()) {
                out.push((line_start + start, &line[start..end]));
                start = end;
            }
        } else {
            out.extend(line.split_sentence_bound_indices().map(|(i, p)| (line_start + i, p)));
        }
        line_start += line.len();
    }
    out
}

/// Sentence_Break classes (UAX #29) of the characters drafts are mostly made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

/// The class of `c`, or `None` for a character this table does not cover.
fn class(c: char) -> Option<Sb> {
    Some(match c {
        '\r' => Sb::Cr,
        '\n' => Sb::Lf,
        ' ' | '\t' | '\u{b}' | '\u{c}' | '\u{a0}' => Sb::Sp,
        'a'..='z' => Sb::Lower,
        'A'..='Z' => Sb::Upper,
        '0'..='9' => Sb::Numeric,
        '.' => Sb::ATerm,
        '!' | '?' => Sb::STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '‘' | '’' | '“' | '”' | '«' | '»' => Sb::Close,
        ',' | '-' | ':' | ';' | '–' | '—' => Sb::SContinue,
        c if c.is_ascii() => Sb::Other,
        // Latin-1 and Latin Extended-A letters (accents, ç, ş, ğ, ı, İ)
        '\u{c0}'..='\u{17f}' if c != '×' && c != '÷' => {
            if c.is_lowercase() {
                Sb::Lower
            } else if c.is_uppercase() {
                Sb::Upper
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// The end offsets of UAX #29 sentences in a line of known classes (`(offset, class)`
/// per character; rules SB3–SB11; these classes hold no OLetter, Sep, Extend or Format).
fn known_sentence_bounds(chars: &[(usize, Sb)], len: usize) -> Vec<usize> {
    use Sb::*;
    let para = |c: Sb| c == Cr || c == Lf;
    let saterm = |c: Sb| c == ATerm || c == STerm;
    let letter = |c: Sb| c == Lower || c == Upper;
    let mut ends = Vec::new();
    for i in 1..chars.len() {
        let (a, c) = (chars[i - 1].1, chars[i].1);
        let sb7 = i >= 2 && letter(chars[i - 2].1) && a == ATerm && c == Upper;
        let keep = if a == Cr && c == Lf {
            true // SB3
        } else if para(a) {
            false // SB4
        } else if (a == ATerm && c == Numeric) || sb7 {
            true // SB6, SB7
        } else {
            // SATerm Close* Sp* just before i?
            let mut j = i;
            while j > 0 && chars[j - 1].1 == Sp {
                j -= 1;
            }
            let spaces = j < i;
            while j > 0 && chars[j - 1].1 == Close {
                j -= 1;
            }
            if j > 0 && saterm(chars[j - 1].1) {
                let lower_follows = || {
                    chars[i..]
                        .iter()
                        .map(|&(_, k)| k)
                        .find(|&k| letter(k) || para(k) || saterm(k))
                        == Some(Lower)
                };
                (chars[j - 1].1 == ATerm && lower_follows()) // SB8
                    || c == SContinue || saterm(c) // SB8a
                    || (!spaces && c == Close) // SB9
                    || c == Sp || para(c) // SB9, SB10
                                          // otherwise SB11: a break
            } else {
                true // SB998
            }
        };
        if !keep {
            ends.push(chars[i].0);
        }
    }
    if len > 0 {
        ends.push(len);
    }
    ends
}

fn ends_line(text: &str, r: &Range<usize>) -> bool {
    text[r.end..].starts_with(['\n', '\r'])
}

fn ends_with_abbreviation(sentence: &str, abbreviations: &Abbreviations) -> bool {
    let Some(last) = sentence.split_whitespace().last() else {
        return false;
    };
    if !last.ends_with('.') {
        return false;
    }
    let word = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    // an initial such as "J."
    let letters: Vec<char> = word.trim_end_matches('.').chars().collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    if abbreviations.ordinal_dot && word.len() > 1 && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let word = lowercase(word, abbreviations.lang);
    abbreviations.list.contains(&word)
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    if start >= end {
        start..start
    } else {
        start..end
    }
}

/// Words of `text[range]` as byte ranges into `text`, split at apostrophes.
pub fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    word_bounds(&text[range.clone()], |i, w| {
        if !w.chars().any(char::is_alphanumeric) {
            return;
        }
        let base = range.start + i;
        let mut start = 0;
        for (j, c) in w.char_indices() {
            if c == '\'' || c == '’' {
                if j > start {
                    out.push(base + start..base + j);
                }
                start = j + c.len_utf8();
            }
        }
        if start < w.len() {
            out.push(base + start..base + w.len());
        }
    });
    out
}

/// The UAX #29 word-bound pieces of `s` that contain a letter, digit or `_`, with
/// their offsets. A word bound always falls on both sides of ASCII whitespace, so `s`
/// is cut there first; the ASCII pieces (most of them, in all four languages) are
/// segmented by [`ascii_word_bounds`], the others by unicode-segmentation.
fn word_bounds<'s>(s: &'s str, mut f: impl FnMut(usize, &'s str)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let piece = &s[start..i];
        if piece.is_ascii() {
            ascii_word_bounds(piece, |j, w| f(start + j, w));
        } else {
            for (j, w) in piece.split_word_bound_indices() {
                f(start + j, w);
            }
        }
    }
}

/// UAX #29 word bounds within ASCII text, for the pieces with a letter, digit or `_`:
/// runs of `[A-Za-z0-9_]` (WB5, WB8–WB10, WB13a/b), joined across one `:` `.` `'`
/// between letters (WB6/7) and one `,` `;` `.` `'` between digits (WB11/12).
fn ascii_word_bounds<'s>(s: &'s str, mut f: impl FnMut(usize, &'s str)) {
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < b.len() {
        if !word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            // b[i] is part of the word
            i += 1;
            if i < b.len() && word(b[i]) {
                continue;
            }
            if i + 1 < b.len() {
                let (prev, mid, next) = (b[i - 1], b[i], b[i + 1]);
                let letters =
                    prev.is_ascii_alphabetic() && next.is_ascii_alphabetic() && matches!(mid, b':' | b'.' | b'\'');
                let digits =
                    prev.is_ascii_digit() && next.is_ascii_digit() && matches!(mid, b',' | b';' | b'.' | b'\'');
                if letters || digits {
                    i += 1;
                    continue;
                }
            }
            break;
        }
        f(start, &s[start..i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, abbr: &[&str]) -> Vec<&'a str> {
        let abbr: Vec<String> = abbr.iter().map(|s| s.to_string()).collect();
        sentences(text, 0..text.len(), &Abbreviations::new(Lang::Tr, &abbr, true))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            texts("Falei com o Sr. Silva ontem. Tudo certo.", &["Sr."]),
            ["Falei com o Sr. Silva ontem.", "Tudo certo."]
        );
        assert_eq!(
            texts("Il Dott. Rossi la chiamerà. Grazie.", &["Dott."]),
            ["Il Dott. Rossi la chiamerà.", "Grazie."]
        );
    }

    #[test]
    fn turkish_ordinals_and_capitalized_abbreviations() {
        assert_eq!(
            texts("Toplantı 3. Kat salonunda. Gelin.", &[]),
            ["Toplantı 3. Kat salonunda.", "Gelin."]
        );
        assert_eq!(texts("ACME LTD. ŞTİ. Ankara şubesi.", &["Şti."]).len(), 2);
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(
            texts("Dear Sam,\nThanks for writing.\n\nKind regards,\nAna", &[]).len(),
            4
        );
    }

    /// `count` texts of 1 to 32 characters drawn from `alphabet` (a fixed-seed LCG).
    fn generated(alphabet: &str, mut seed: u64, count: usize) -> impl Iterator<Item = String> {
        let alphabet: Vec<char> = alphabet.chars().collect();
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            seed
        };
        (0..count).map(move |_| {
            let len = (next() >> 59) as usize + 1;
            (0..len)
                .map(|_| alphabet[(next() >> 33) as usize % alphabet.len()])
                .collect()
        })
    }

    /// The sentence bounds are unicode-segmentation's (generated texts: ASCII, Latin
    /// letters, typographic quotes and dashes, and characters the fast path leaves to
    /// unicode-segmentation).
    #[test]
    fn sentence_bounds_agree_with_unicode_segmentation() {
        let alphabet = "aZq09#  .!?\"'()[],-:;\n\n\r\t\u{b}é’‘“”«»–—\u{a0}\u{2028}ÇŞıİğ×\u{301}…";
        for s in generated(alphabet, 0x2545f4914f6cdd1d, 60_000) {
            let reference: Vec<(usize, &str)> = s.split_sentence_bound_indices().collect();
            assert_eq!(sentence_bounds(&s), reference, "{s:?}");
        }
    }

    /// The fast path finds the words unicode-segmentation finds (a reference run over
    /// generated texts of word characters, joiners, spaces and some non-ASCII).
    #[test]
    fn word_bounds_agree_with_unicode_segmentation() {
        let alphabet = "aZq09_ .,;:'\"-\n\r\t!?é’\u{a0}\u{301}😀ı";
        for s in generated(alphabet, 0x9e3779b97f4a7c15, 20_000) {
            let mut fast = Vec::new();
            word_bounds(&s, |i, w| {
                if w.chars().any(char::is_alphanumeric) {
                    fast.push((i, w))
                }
            });
            let reference: Vec<(usize, &str)> = s
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .collect();
            assert_eq!(fast, reference, "{s:?}");
        }
    }

    #[test]
    fn words_split_at_apostrophes() {
        let t = "Acme'yi ve dell’ordine";
        let w: Vec<&str> = words(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(w, ["Acme", "yi", "ve", "dell", "ordine"]);
    }
}
