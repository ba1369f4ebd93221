//! Header lines at the top of a draft: either a `---` block or plain `key: value`
//! lines. Recognized keys are `channel`, `lang` (or `language`) and `subject` (or
//! `assunto`, `oggetto`, `konu`); the header ends at the first line that is not one of
//! them.

use super::lines::line_ranges;
use std::ops::Range;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct FrontMatter {
    pub channel: Option<String>,
    pub lang: Option<String>,
    /// The byte range of the subject's value, when a `Subject:` line is present.
    pub subject: Option<Range<usize>>,
    /// Byte offset where the content starts.
    pub end: usize,
}

fn key_value(line: &str) -> Option<(String, usize)> {
    let colon = line.find(':')?;
    let key = line[..colon].trim().to_ascii_lowercase();
    if !matches!(
        key.as_str(),
        "channel" | "lang" | "language" | "subject" | "assunto" | "oggetto" | "konu"
    ) {
        return None;
    }
    let rest = &line[colon + 1..];
    let value_start = colon + 1 + (rest.len() - rest.trim_start().len());
    Some((key, value_start))
}

pub fn parse(text: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    let lines = line_ranges(text);
    let mut next = 0;
    if lines.first().is_some_and(|l| text[l.clone()].trim() == "---") {
        let Some(close) = lines.iter().skip(1).position(|l| text[l.clone()].trim() == "---") else {
            return fm; // an unterminated fence is not front matter
        };
        for l in &lines[1..=close] {
            record(text, l, &mut fm); // other YAML keys are allowed inside the fence
        }
        next = close + 2;
        fm.end = next_line_start(text, lines[close + 1].end);
    }
    for l in &lines[next.min(lines.len())..] {
        if !record(text, l, &mut fm) {
            break;
        }
        fm.end = next_line_start(text, l.end);
    }
    fm
}

/// Record a `key: value` header line; false when the line is not one.
fn record(text: &str, l: &Range<usize>, fm: &mut FrontMatter) -> bool {
    let line = &text[l.clone()];
    let Some((key, value_start)) = key_value(line) else {
        return false;
    };
    let value = text[l.start + value_start..l.end].trim_end();
    match key.as_str() {
        "channel" => fm.channel = Some(value.to_string()),
        "lang" | "language" => fm.lang = Some(value.to_string()),
        _ => fm.subject = Some(l.start + value_start..l.start + value_start + value.len()),
    }
    true
}

fn next_line_start(text: &str, line_end: usize) -> usize {
    match text[line_end..].find('\n') {
        Some(i) => line_end + i + 1,
        None => text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_headers() {
        let t = "channel: phone\nlang: en\nAgent: Hello\n";
        let fm = parse(t);
        assert_eq!(fm.channel.as_deref(), Some("phone"));
        assert_eq!(fm.lang.as_deref(), Some("en"));
        assert_eq!(&t[fm.end..], "Agent: Hello\n");
    }

    #[test]
    fn reads_fenced_block_and_subject() {
        let t = "---\nchannel: email\ntitle: x\n---\nSubject: Your order\nHi";
        let fm = parse(t);
        assert_eq!(fm.channel.as_deref(), Some("email"));
        assert_eq!(&t[fm.end..], "Hi");
        assert_eq!(&t[fm.subject.unwrap()], "Your order");
        let t2 = "Subject: Your order\nHi";
        assert_eq!(&t2[parse(t2).subject.unwrap()], "Your order");
    }

    #[test]
    fn ordinary_text_has_no_header() {
        assert_eq!(parse("Dear Sam,\nThanks").end, 0);
    }
}
