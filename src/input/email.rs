//! Reading email: one .eml message (RFC 5322 + MIME, with mail-parser) becomes a document
//! whose text is a decoded view of the message: a `Subject:` line, a blank line, and the
//! first text body (HTML-only bodies are turned into text). Positions in diagnostics
//! refer to this decoded view, not to the raw MIME bytes.

use crate::document::{Document, MessageInfo};
use mail_parser::{Message, MessageParser};

/// A message turned into a document, with a warning when part of it could not be read.
pub struct ParsedEmail {
    pub document: Document,
    pub warning: Option<String>,
}

/// Parse one RFC 5322 message. `name` is what diagnostics show.
pub fn parse(name: &str, bytes: &[u8], index: Option<usize>) -> Result<ParsedEmail, String> {
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| "not an email message (no headers or body found)".to_string())?;
    if message.headers().is_empty() {
        return Err("not an email message (no headers found)".into());
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
    let mut document = Document::new(name, text);
    document.message = Some(info);
    document.decoded = true;
    document.channel = Some(crate::Channel::Email);
    Ok(ParsedEmail { document, warning })
}

/// "Subject: …", a blank line, then the body text.
fn decoded_view(message: &Message) -> (String, Option<String>) {
    let subject = message.subject().unwrap_or("").replace(['\r', '\n'], " ");
    let mut text = format!("Subject: {}\n\n", subject.trim());
    let mut warning = None;
    match message.body_text(0) {
        Some(body) => {
            let body = body.replace("\r\n", "\n");
            if body.contains('\u{FFFD}') {
                warning = Some(
                    "part of the body could not be decoded (bad encoding or unknown charset)"
                        .to_string(),
                );
            }
            text.push_str(body.trim_end());
            text.push('\n');
        }
        None => warning = Some("no readable text in the message body".to_string()),
    }
    (text, warning)
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
        assert!(
            parsed.document.text.contains("Dear Sam,"),
            "{}",
            parsed.document.text
        );
        assert!(!parsed.document.text.contains("<p>"));
    }
}
