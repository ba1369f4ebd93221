//! From a source text to a [`Document`]: channel detection, front matter, and the
//! structure (salutation, opening, body, closing, sign-off, signature, speaker turns,
//! quoted text) that rule scopes refer to.

pub mod channel;
pub mod front_matter;
pub mod lines;
pub mod structure;
pub mod suppress;
pub mod template;

use crate::language::Lang;
pub use channel::Channel;
use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// Where a document came from when it is one message of a mail file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MessageInfo {
    /// 1-based position in an .mbox archive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// The `From:` header (address, or name and address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// The customer's message a draft answers: its text, and which parts of it are the
/// customer's own words (quoted lines without their `> ` markers, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerMessage {
    /// Shown in related labels: the file the message is in.
    pub name: String,
    pub text: String,
    /// Byte ranges of `text` that are the customer's words.
    pub segments: Vec<Range<usize>>,
}

impl CustomerMessage {
    /// A whole text as the customer's message.
    pub fn whole(name: impl Into<String>, text: impl Into<String>) -> CustomerMessage {
        let text = text.into();
        CustomerMessage {
            name: name.into(),
            segments: std::iter::once(0..text.len()).collect(),
            text,
        }
    }
}

/// One text to check: a draft, a template or a message from an archive.
#[derive(Debug, Clone)]
pub struct Document {
    /// The name shown in diagnostics: a path, `<stdin>`, or `archive.mbox#3`.
    pub name: String,
    /// The decoded text. Diagnostics point into it.
    pub text: String,
    /// The channel, when the caller knows it; otherwise it is detected.
    pub channel: Option<Channel>,
    /// The language, when the caller knows it; otherwise it is detected.
    pub lang: Option<Lang>,
    /// The customer's message this draft answers (`--reply-to`, a thread file). When
    /// absent, the quoted part of the draft is used, if any.
    pub customer: Option<Arc<CustomerMessage>>,
    /// Set for messages read from .eml and .mbox files.
    pub message: Option<MessageInfo>,
    /// True when `text` is decoded from another form (an email's MIME body, a JSON
    /// string), so positions refer to the decoded text, not to the file's bytes.
    pub decoded: bool,
    /// The placeholder syntax, when the document is a template (else from `tact.toml`).
    pub template: Option<template::TemplateSyntax>,
    /// Read the text as markup (HTML), whatever the name says.
    pub markup: Option<crate::input::markup::Markup>,
}

impl Document {
    /// A document named `name` (usually its path: the file name and folders help to
    /// tell its channel).
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            name: name.into(),
            text: text.into(),
            channel: None,
            lang: None,
            customer: None,
            message: None,
            decoded: false,
            template: None,
            markup: None,
        }
    }

    /// Set the customer's message this draft answers.
    pub fn with_customer(mut self, customer: Arc<CustomerMessage>) -> Document {
        self.customer = Some(customer);
        self
    }

    /// Set the channel instead of detecting it.
    pub fn with_channel(mut self, channel: Channel) -> Document {
        self.channel = Some(channel);
        self
    }

    /// Set the language instead of detecting it.
    pub fn with_lang(mut self, lang: Lang) -> Document {
        self.lang = Some(lang);
        self
    }
}
