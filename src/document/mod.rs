//! From a source text to a [`Document`]: channel detection, front matter, and the
//! structure (salutation, opening, body, closing, sign-off, signature, speaker turns,
//! quoted text) that rule scopes refer to.

pub mod channel;
pub mod front_matter;
pub mod lines;
pub mod structure;

use crate::language::Lang;
pub use channel::Channel;

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
        }
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
