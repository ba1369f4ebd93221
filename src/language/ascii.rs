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
    /// For every byte of `text` (and the end), the source offset of the character it
    /// stands for.
    fwd: Vec<u32>,
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
        let bytes = source.as_bytes();
        let mut text = String::with_capacity(source.len());
        let mut back = Vec::with_capacity(source.len() + 1);
        let mut fwd = Vec::with_capacity(source.len() + 1);
        let mut i = 0;
        while i < bytes.len() {
            // a run of ASCII is copied as it is
            let run = bytes[i..].iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len() - i);
            if run > 0 {
                let at = text.len() as u32;
                text.push_str(&source[i..i + run]);
                back.extend(at..at + run as u32);
                fwd.extend(i as u32..(i + run) as u32);
                i += run;
                continue;
            }
            let c = source[i..].chars().next().expect("not at the end");
            back.extend(std::iter::repeat_n(text.len() as u32, c.len_utf8()));
            push_ascii(c, &mut text);
            fwd.resize(text.len(), i as u32);
            i += c.len_utf8();
        }
        back.push(text.len() as u32);
        fwd.push(source.len() as u32);
        AsciiView { text, back, fwd }
    }

    /// The copy of `source[r]`.
    pub fn slice(&self, r: Range<usize>) -> &str {
        &self.text[self.back[r.start] as usize..self.back[r.end] as usize]
    }

    /// The source range of `text[r]`, widened to whole characters (a match ending inside
    /// the `ss` of `ß` ends after the `ß`).
    pub fn source(&self, r: Range<usize>) -> Range<usize> {
        let start = self.fwd[r.start] as usize;
        let mut end = r.end;
        if end > r.start {
            let last = self.fwd[end - 1];
            while self.fwd[end] == last {
                end += 1;
            }
        }
        start..self.fwd[end] as usize
    }

    /// The source ranges of `re`'s matches in the copy of `source[r]`.
    pub fn find_iter<'a>(
        &'a self,
        re: &'a super::ascii_regex::AsciiRegex,
        r: Range<usize>,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let offset = self.back[r.start] as usize;
        re.find_iter(self.slice(r).as_bytes())
            .map(move |m| self.source(offset + m.start..offset + m.end))
    }
}

/// The ASCII copy of a short text (a line), without the offset maps.
pub fn ascii_copy(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_ascii(c, &mut out);
    }
    out.into()
}

/// After `\p`, `\x` or `\u`: the `{…}` argument, or the next `bare` characters.
fn braced(chars: &mut std::iter::Peekable<std::str::Chars>, bare: usize) -> String {
    if chars.peek() == Some(&'{') {
        chars.next();
        chars.by_ref().take_while(|&b| b != '}').collect()
    } else {
        chars.by_ref().take(bare).collect()
    }
}

/// Rewrite a rule pattern for matching on an [`AsciiView`]: literals get the same
/// mapping as the text (`ç` → `c`, `ı` → `i`, `’` → `'`), Unicode classes become their
/// ASCII counterparts (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\w`, `\d`) and word boundaries ASCII
/// ones. On ASCII text they mean the same, compile many times faster (case-insensitive
/// Unicode classes were most of the start-up time) and keep the regex crate on its fast
/// engines. A negated class inside a bracket class (`[^\P{L}my]`) becomes its complement
/// within ASCII; other Unicode classes (scripts) are kept.
pub fn ascii_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    let mut buf = String::new();
    // a literal of the pattern, mapped like the text
    let literal = |c: char, in_class: bool, out: &mut String, buf: &mut String| {
        buf.clear();
        push_ascii(c, buf);
        if in_class {
            out.push_str(&regex::escape(&buf[..1]));
        } else if buf.len() == 1 {
            out.push_str(&regex::escape(buf));
        } else {
            out.push_str("(?:");
            out.push_str(&regex::escape(buf));
            out.push(')');
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    out.push(c);
                    break;
                };
                let class = |set: &str, out: &mut String| {
                    if in_class {
                        out.push_str(set);
                    } else {
                        out.push('[');
                        out.push_str(set);
                        out.push(']');
                    }
                };
                match n {
                    'p' | 'P' => {
                        let name = braced(&mut chars, 1);
                        // the ASCII set and, for `\P` inside a bracket class, its
                        // complement within ASCII
                        let ascii = match name.as_str() {
                            "L" | "Letter" | "Alphabetic" => Some(("A-Za-z", r"\x00-\x40\x5B-\x60\x7B-\x7F")),
                            "Lu" | "Uppercase_Letter" | "Uppercase" => Some(("A-Z", r"\x00-\x40\x5B-\x7F")),
                            "Ll" | "Lowercase_Letter" | "Lowercase" => Some(("a-z", r"\x00-\x60\x7B-\x7F")),
                            "N" | "Nd" => Some(("0-9", r"\x00-\x2F\x3A-\x7F")),
                            _ => None,
                        };
                        match (n, ascii) {
                            ('p', Some((set, _))) => class(set, &mut out),
                            ('P', Some((_, complement))) if in_class => out.push_str(complement),
                            ('P', Some((set, _))) => {
                                out.push_str("[^");
                                out.push_str(set);
                                out.push(']');
                            }
                            _ => {
                                out.push('\\');
                                out.push(n);
                                out.push('{');
                                out.push_str(&name);
                                out.push('}');
                            }
                        }
                    }
                    'w' => class("0-9A-Za-z_", &mut out),
                    'd' => class("0-9", &mut out),
                    'W' if !in_class => out.push_str("[^0-9A-Za-z_]"),
                    'b' if !in_class => out.push_str("(?-u:\\b)"),
                    'B' if !in_class => out.push_str("(?-u:\\B)"),
                    'x' | 'u' => {
                        // \x{131}, \x41: the character, mapped like the text
                        let hex = braced(&mut chars, if n == 'x' { 2 } else { 4 });
                        match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                            Some(ch) => literal(ch, in_class, &mut out, &mut buf),
                            None => {
                                out.push('\\');
                                out.push(n);
                                out.push('{');
                                out.push_str(&hex);
                                out.push('}');
                            }
                        }
                    }
                    other => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap());
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap());
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '(' if !in_class && chars.peek() == Some(&'?') => {
                out.push(c);
                for f in chars.by_ref() {
                    out.push(f);
                    if f == ':' || f == ')' || f == '>' {
                        break;
                    }
                }
            }
            '{' if !in_class => {
                out.push(c);
                for f in chars.by_ref() {
                    out.push(f);
                    if f == '}' {
                        break;
                    }
                }
            }
            c if c.is_ascii() => out.push(c),
            c => literal(c, in_class, &mut out, &mut buf),
        }
    }
    out
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
        let re = crate::language::ascii_regex::AsciiRegex::new(r"(?i)acao|ss|p", Default::default()).unwrap();
        let found: Vec<&str> = v.find_iter(&re, at..t.len()).map(|r| &t[r]).collect();
        assert_eq!(found, ["AÇÃO", "P"]);
        let g = "Straße …p";
        let v = AsciiView::new(g);
        let found: Vec<&str> = v.find_iter(&re, 0..g.len()).map(|r| &g[r]).collect();
        assert_eq!(found, ["ß", "p"]);
        let half = crate::language::ascii_regex::AsciiRegex::new("as|s[.]", Default::default()).unwrap();
        let found: Vec<&str> = v.find_iter(&half, 0..g.len()).map(|r| &g[r]).collect();
        assert_eq!(found, ["aß"]);
    }

    #[test]
    fn patterns_for_the_copy() {
        assert_eq!(
            ascii_pattern(r"(?i)\bnão\s+\p{Lu}[\p{Ll}\-]+"),
            r"(?i)(?-u:\b)nao\s+[A-Z][a-z\-]+"
        );
        assert_eq!(
            ascii_pattern(r"[^\P{L}\x{131}i]m"),
            r"[^\x00-\x40\x5B-\x60\x7B-\x7Fii]m"
        );
        let letter_not_i = regex::bytes::RegexBuilder::new(&ascii_pattern(r"^[^\P{L}i]+$"))
            .unicode(false)
            .build()
            .unwrap();
        assert!(letter_not_i.is_match(b"abc") && !letter_not_i.is_match(b"aic") && !letter_not_i.is_match(b"a-c"));
        assert_eq!(ascii_pattern(r"\d{2,3}\w+ that’s"), r"[0-9]{2,3}[0-9A-Za-z_]+ that's");
        let re = regex::Regex::new(&ascii_pattern(r"(?i)\bşikayet\p{L}*")).unwrap();
        assert!(re.is_match(&AsciiView::new("Şikâyetiniz için").text));
    }
}
