//! Reading email: one .eml message (RFC 5322 + MIME, with mail-parser) becomes a document
//! whose text is a decoded view of the message: a `Subject:` line, a blank line, and the
//! first text body (HTML-only bodies are turned into text). Positions in diagnostics
//! refer to this decoded view, not to the raw MIME bytes.

use crate::document::{Document, MessageInfo};
use mail_parser::{Message, MessageParser, MimeHeaders};

/// A message turned into a document, with a warning when part of it could not be read.
pub struct ParsedEmail {
    pub document: Document,
    pub warning: Option<String>,
    /// When the message has both a text and an HTML body, the HTML one (named
    /// `NAME#html`), checked as a version of its own.
    pub html: Option<Document>,
}

/// Parse one RFC 5322 message. `name` is what diagnostics show.
pub fn parse(name: &str, bytes: &[u8], index: Option<usize>) -> Result<ParsedEmail, String> {
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| "not an email message (no headers or body found)".to_string())?;
    let has_headers = message.from().is_some()
        || message.to().is_some()
        || message.subject().is_some()
        || message.date().is_some()
        || message.message_id().is_some()
        || message.content_type().is_some();
    if !has_headers {
        return Err("not an email message (no From, To, Subject, Date or Content-Type header)".into());
    }
    let (text, warning) = decoded_view(&message);
    let info = MessageInfo {
        index,
        message_id: message.message_id().map(str::to_string),
        from: message
            .from()
            .and_then(|a| a.first())
            .map(|a| match (a.name(), a.address()) {
                (Some(n), Some(addr)) => format!("{n} <{addr}>"),
                (None, Some(addr)) => addr.to_string(),
                (Some(n), None) => n.to_string(),
                (None, None) => String::new(),
            }),
    };
    let html = html_version(&message).map(|html| {
        let mut d = Document::new(format!("{name}#html"), format!("{}{}", subject_line(&message), html));
        d.message = Some(info.clone());
        d.decoded = true;
        d.channel = Some(crate::Channel::Email);
        d.markup = Some(super::markup::Markup::Html);
        d
    });
    let mut document = Document::new(name, text);
    document.message = Some(info);
    document.decoded = true;
    document.channel = Some(crate::Channel::Email);
    Ok(ParsedEmail {
        document,
        warning,
        html,
    })
}

/// The HTML body, when the message also has a plain-text one.
fn html_version(message: &Message) -> Option<String> {
    let text = message.text_part(0)?;
    let html = message.html_part(0)?;
    match (&text.body, &html.body) {
        (mail_parser::PartType::Text(_), mail_parser::PartType::Html(h)) => Some(h.replace("\r\n", "\n")),
        _ => None,
    }
}

fn subject_line(message: &Message) -> String {
    format!(
        "Subject: {}\n\n",
        message.subject().unwrap_or("").replace(['\r', '\n'], " ").trim()
    )
}

/// "Subject: …", a blank line, then the body text.
fn decoded_view(message: &Message) -> (String, Option<String>) {
    let mut text = subject_line(message);
    let mut warning = None;
    let encoding_problem = message
        .text_part(0)
        .or_else(|| message.html_part(0))
        .is_some_and(|p| p.is_encoding_problem || bad_base64(message, p));
    match message.body_text(0) {
        Some(body) => {
            let body = body.replace("\r\n", "\n");
            if encoding_problem {
                warning = Some(
                    "the body's transfer encoding is broken (bad base64 or quoted-printable); checked as it is"
                        .to_string(),
                );
            } else if body.contains('\u{FFFD}') {
                warning = Some("part of the body could not be decoded (bad encoding or unknown charset)".to_string());
            }
            text.push_str(body.trim_end());
            text.push('\n');
        }
        None => warning = Some("no readable text in the message body".to_string()),
    }
    (text, warning)
}

/// A base64 part whose raw body has characters base64 does not use (mail-parser then
/// keeps the raw text without saying so).
fn bad_base64(message: &Message, part: &mail_parser::MessagePart) -> bool {
    if part.encoding != mail_parser::Encoding::Base64 {
        return false;
    }
    let raw = message.raw_message();
    let (start, end) = (part.offset_body as usize, (part.offset_end as usize).min(raw.len()));
    raw.get(start..end).is_some_and(|body| {
        body.iter()
            .any(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'\r' | b'\n' | b' ' | b'\t')))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_quoted_printable_latin1() {
        let raw = b"From: Ana <ana@example.com>\r\nSubject: =?ISO-8859-1?Q?Reembolso_n=E3o_recebido?=\r\nMessage-ID: <1@x>\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nOl=E1, voc=EA j=E1 recebeu?\r\n";
        let parsed = parse("m.eml", raw, None).unwrap();
        assert_eq!(
            parsed.document.text,
            "Subject: Reembolso não recebido\n\nOlá, você já recebeu?\n"
        );
        let info = parsed.document.message.unwrap();
        assert_eq!(info.from.as_deref(), Some("Ana <ana@example.com>"));
        assert_eq!(info.message_id.as_deref(), Some("1@x"));
    }

    #[test]
    fn html_only_bodies_become_text() {
        let raw = b"Subject: Hi\r\nContent-Type: text/html\r\n\r\n<p>Dear Sam,</p><p>Thanks!</p>";
        let parsed = parse("m.eml", raw, None).unwrap();
        assert!(parsed.document.text.contains("Dear Sam,"), "{}", parsed.document.text);
        assert!(!parsed.document.text.contains("<p>"));
    }
}
