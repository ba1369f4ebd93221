//! An ASCII copy of a text, same case, for running regex patterns fast: the regex
//! crate's fast engines give up at the first non-ASCII byte when a pattern has a Unicode
//! word boundary, and every Portuguese, Italian and Turkish draft has many. Accented
//! letters lose their accents (`Ç` → `C`, `ş` → `s`, `ı` → `i`, `İ` → `I`), typographic
//! quotes and dashes become ASCII ones, other letters become `x` (still a letter) and
//! other symbols `~`. Rule patterns are folded to match the bare letters anyway (see
//! `language::fold`), so they mean the same on the copy. Only matching uses it: findings
//! point into the source through `range`.

use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

pub struct AsciiView {
    pub text: String,
    /// For every source byte offset (and the end), the offset in `text`.
    back: Vec<u32>,
}

fn push_ascii(c: char, out: &mut String) {
    match c {
        c if c.is_ascii() => out.push(c),
        'ı' => out.push('i'),
        'İ' => out.push('I'),
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'Æ' => out.push_str("AE"),
        'œ' => out.push_str("oe"),
        'Œ' => out.push_str("OE"),
        'ø' => out.push('o'),
        'Ø' => out.push('O'),
        '‘' | '’' | 'ʼ' | '′' => out.push('\''),
        '“' | '”' | '„' | '«' | '»' => out.push('"'),
        '–' | '—' | '‐' | '‑' | '−' => out.push('-'),
        '…' => out.push_str("..."),
        c if c.is_whitespace() => out.push(' '),
        c if c.is_alphabetic() => match c.nfd().next() {
            Some(b) if b.is_ascii_alphabetic() => out.push(b),
            _ => out.push('x'),
        },
        c if c.is_numeric() => out.push('0'),
        _ => out.push('~'),
    }
}

impl AsciiView {
    pub fn new(source: &str) -> AsciiView {
        let mut text = String::with_capacity(source.len());
        let mut back = vec![0u32; source.len() + 1];
        for (i, c) in source.char_indices() {
            let at = text.len() as u32;
            back[i..i + c.len_utf8()].fill(at);
            push_ascii(c, &mut text);
        }
        back[source.len()] = text.len() as u32;
        AsciiView { text, back }
    }

    /// The copy of `source[r]`.
    pub fn slice(&self, r: Range<usize>) -> &str {
        &self.text[self.back[r.start] as usize..self.back[r.end] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_case_no_accents_same_words() {
        let t = "Olá, AÇÃO — “İPTAL” ışık…";
        let v = AsciiView::new(t);
        assert_eq!(v.text, "Ola, ACAO - \"IPTAL\" isik...");
        assert!(v.text.is_ascii());
        let at = t.find("AÇÃO").unwrap();
        assert_eq!(v.slice(at..at + "AÇÃO".len()), "ACAO");
    }
}
