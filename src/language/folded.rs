//! A folded copy of a text for literal phrase matching: lowercase (Turkish-aware),
//! accents removed, `ı` → `i`, typographic apostrophes straight, runs of whitespace one
//! space. Every byte of the copy maps back to the source range it came from, so matches
//! found in the copy (with Aho–Corasick, see `checks::forbid`) are reported in the
//! source. Phrases are folded with the same function, so "VOCÊ  NÃO" finds "voce nao".

use super::{lowercase, Lang};
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// The folded text and, per byte, the source range (`starts[i]..ends[i]`).
pub struct Folded {
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

/// Fold one character into `out` (possibly nothing, possibly several characters).
fn fold_char(c: char, lang: Lang, out: &mut String) {
    match c {
        '’' | '‘' | 'ʼ' => out.push('\''),
        'ı' | 'I' if lang == Lang::Tr => out.push('i'),
        'İ' => out.push('i'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            let mut buf = [0u8; 4];
            for l in lowercase(c.encode_utf8(&mut buf), lang).nfd() {
                if !('\u{300}'..='\u{36f}').contains(&l) {
                    out.push(if l == 'ı' { 'i' } else { l });
                }
            }
        }
    }
}

/// Fold a phrase (no offsets kept).
pub fn fold_phrase(s: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        fold_char(c, lang, &mut out);
    }
    out
}

impl Folded {
    /// Fold `text[range]`.
    pub fn new(text: &str, range: Range<usize>, lang: Lang) -> Folded {
        let slice = &text[range.clone()];
        let mut f = Folded {
            text: String::with_capacity(slice.len()),
            starts: Vec::with_capacity(slice.len()),
            ends: Vec::with_capacity(slice.len()),
        };
        let mut in_space = false;
        let mut buf = String::new();
        let bytes = slice.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII other than whitespace: one lowercase byte (Turkish I → i too)
            if b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b {
                let at = range.start + i;
                f.text.push(b.to_ascii_lowercase() as char);
                f.starts.push(at);
                f.ends.push(at + 1);
                in_space = false;
                i += 1;
                continue;
            }
            let c = slice[i..].chars().next().expect("not at the end");
            let (start, end) = (range.start + i, range.start + i + c.len_utf8());
            i += c.len_utf8();
            if c.is_whitespace() {
                if !in_space {
                    f.push(" ", start, end);
                } else if let Some(e) = f.ends.last_mut() {
                    *e = end;
                }
                in_space = true;
                continue;
            }
            in_space = false;
            buf.clear();
            fold_char(c, lang, &mut buf);
            f.push(&buf, start, end);
        }
        f
    }

    fn push(&mut self, s: &str, start: usize, end: usize) {
        self.text.push_str(s);
        self.starts.extend(std::iter::repeat_n(start, s.len()));
        self.ends.extend(std::iter::repeat_n(end, s.len()));
    }

    /// The source range of the folded range `r` (non-empty).
    pub fn source(&self, r: Range<usize>) -> Range<usize> {
        self.starts[r.start]..self.ends[r.end - 1]
    }

    /// Whether a match at `r` of the folded text stands as whole words: no letter or
    /// digit touches it where the phrase itself begins or ends with one.
    pub fn whole_words(&self, r: Range<usize>) -> bool {
        let inner = &self.text[r.clone()];
        let starts_word = inner.chars().next().is_some_and(char::is_alphanumeric);
        let ends_word = inner.chars().next_back().is_some_and(char::is_alphanumeric);
        let before = self.text[..r.start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after = self.text[r.end..].chars().next().is_some_and(char::is_alphanumeric);
        !(starts_word && before || ends_word && after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let t = "Bem,  VOCÊ\nNÃO leu?";
        let f = Folded::new(t, 0..t.len(), Lang::Pt);
        assert_eq!(f.text, "bem, voce nao leu?");
        let at = f.text.find("voce nao").unwrap();
        let r = f.source(at..at + "voce nao".len());
        assert_eq!(&t[r], "VOCÊ\nNÃO");
        assert_eq!(fold_phrase("você  não", Lang::Pt), "voce nao");
        assert_eq!(fold_phrase("İPTAL ETTİK", Lang::Tr), "iptal ettik");
        assert_eq!(Folded::new("KIRMIZI", 0..7, Lang::Tr).text, "kirmizi");
        assert_eq!(fold_phrase("that’s", Lang::En), "that's");
    }

    #[test]
    fn whole_words_only() {
        let t = "supervisor, not my problem";
        let f = Folded::new(t, 0..t.len(), Lang::En);
        let i = f.text.find("visor").unwrap();
        assert!(!f.whole_words(i..i + 5));
        let j = f.text.find("not my problem").unwrap();
        assert!(f.whole_words(j..j + 14));
    }

    #[test]
    fn ascii_bytes_fold_like_characters() {
        for lang in [Lang::En, Lang::Tr] {
            let t = "Hi  IRMAK,\u{b}\tYOU’RE\r\n late";
            let f = Folded::new(t, 0..t.len(), lang);
            assert_eq!(f.text, "hi irmak, you're late");
            assert_eq!(f.source(0..2), 0..2);
            // one space stands for the whole run of whitespace
            assert_eq!(f.source(9..10), 10..12);
            assert_eq!(&t[f.source(14..16)], "RE");
        }
    }
}
