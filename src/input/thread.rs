//! Thread files: a JSON conversation whose last agent message is the draft to check and
//! whose customer messages before it are what the draft answers.
//!
//! ```json
//! {"channel": "email", "lang": "en",
//!  "messages": [{"role": "customer", "body": "When will my refund arrive?"},
//!               {"role": "agent", "body": "Hi Ana, …"}]}
//! ```
//! `role` is `customer` or `agent`; `channel` (default `email`) and `lang` are optional.

use crate::document::{CustomerMessage, Document};
use serde::Deserialize;
use std::sync::Arc;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Thread {
    channel: Option<String>,
    lang: Option<String>,
    messages: Vec<Message>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    role: Role,
    body: String,
    #[allow(dead_code)]
    from: Option<String>,
}

#[derive(Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Role {
    Customer,
    Agent,
}

/// The customer messages of a thread, joined by blank lines.
fn customer_text(name: &str, messages: &[Message]) -> Option<CustomerMessage> {
    let mut text = String::new();
    let mut segments = Vec::new();
    for m in messages.iter().filter(|m| m.role == Role::Customer) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(m.body.trim_end());
        segments.push(start..text.len());
    }
    (!segments.is_empty()).then(|| CustomerMessage {
        name: name.to_string(),
        text,
        segments,
    })
}

/// Parse a thread file into the draft document (with the customer's messages attached).
pub fn parse(name: &str, text: &str) -> Result<Document, String> {
    let thread: Thread = serde_json::from_str(text).map_err(|e| format!("not a thread file: {e}"))?;
    let last_agent = thread
        .messages
        .iter()
        .rposition(|m| m.role == Role::Agent)
        .ok_or("the thread has no agent message to check")?;
    let draft = &thread.messages[last_agent];
    let mut doc = Document::new(name, draft.body.clone());
    doc.decoded = true;
    doc.channel = Some(match &thread.channel {
        Some(c) => c.parse()?,
        None => crate::Channel::Email,
    });
    if let Some(l) = &thread.lang {
        doc.lang = Some(l.parse()?);
    }
    doc.customer = customer_text(name, &thread.messages[..last_agent]).map(Arc::new);
    Ok(doc)
}

/// Read a `--reply-to` file: a thread (its customer messages), an .eml (its decoded body)
/// or plain text (all of it).
pub fn customer_message(name: &str, bytes: &[u8]) -> Result<CustomerMessage, String> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") {
        let text = std::str::from_utf8(bytes).map_err(|_| "not valid UTF-8".to_string())?;
        let thread: Thread = serde_json::from_str(text).map_err(|e| format!("not a thread file: {e}"))?;
        return customer_text(name, &thread.messages).ok_or_else(|| "the thread has no customer message".into());
    }
    if lower.ends_with(".eml") {
        let parsed = super::email::parse(name, bytes, None)?;
        let text = parsed.document.text;
        return Ok(CustomerMessage::whole(name, text));
    }
    let (text, _) = super::decode::decode(name, bytes).map_err(|p| p.message)?;
    Ok(CustomerMessage::whole(name, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_agent_message_is_the_draft() {
        let json = r#"{"messages":[{"role":"customer","body":"Where is my order?"},{"role":"agent","body":"Hi Ana"}]}"#;
        let doc = parse("t.json", json).unwrap();
        assert_eq!(doc.text, "Hi Ana");
        assert_eq!(doc.customer.unwrap().text, "Where is my order?");
        assert!(parse("t.json", r#"{"messages":[]}"#).is_err());
    }
}
