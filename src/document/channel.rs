//! Channels and how a document's channel is told: `--channel`, then a `channel:` line
//! of front matter, then the file name (`*.phone.txt`, `.eml`), then a parent folder
//! named after the channel (`calls/`, `letters/`). The first that answers wins.

use serde::Serialize;
use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// The kind of correspondence a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Letter,
    Phone,
    Voicemail,
    /// A customer-service charter (seeds 001, 002): the policy document itself.
    Charter,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Email,
        Channel::Letter,
        Channel::Phone,
        Channel::Voicemail,
        Channel::Charter,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Letter => "letter",
            Channel::Phone => "phone",
            Channel::Voicemail => "voicemail",
            Channel::Charter => "charter",
        }
    }

    /// The channel a word stands for in a file or folder name ("calls" → phone).
    pub fn from_word(word: &str) -> Option<Channel> {
        Some(match word.to_ascii_lowercase().as_str() {
            "email" | "emails" | "e-mail" | "e-mails" | "mail" | "mails" | "eml" | "eposta" | "e-posta"
            | "epostalar" => Channel::Email,
            "letter" | "letters" | "carta" | "cartas" | "lettera" | "lettere" | "mektup" | "mektuplar" => {
                Channel::Letter
            }
            "phone" | "phones" | "call" | "calls" | "script" | "scripts" | "telefone" | "chamadas" | "ligacoes"
            | "telefono" | "chiamate" | "telefon" | "aramalar" => Channel::Phone,
            "voicemail" | "voicemails" | "vm" | "correio-de-voz" | "segreteria" | "sesli-mesaj" | "telesekreter" => {
                Channel::Voicemail
            }
            "charter" | "charters" | "carta-de-servicos" | "carta-dei-servizi" | "taahhutname" => Channel::Charter,
            _ => return None,
        })
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Channel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "email" => Ok(Channel::Email),
            "letter" => Ok(Channel::Letter),
            "phone" => Ok(Channel::Phone),
            "voicemail" => Ok(Channel::Voicemail),
            "charter" => Ok(Channel::Charter),
            other => Err(format!(
                "unknown channel `{other}` (expected one of: email, letter, phone, voicemail, charter)"
            )),
        }
    }
}

/// The channel told by a path: its file name (`reply.email.txt`, `x.eml`) or the
/// nearest parent folder named after a channel.
pub fn from_path(path: &str) -> Option<Channel> {
    let path = Path::new(path);
    let file = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    if file.ends_with(".eml") || file.ends_with(".mbox") {
        return Some(Channel::Email);
    }
    if file == "charter.md" || file == "charter.txt" {
        return Some(Channel::Charter);
    }
    // every dotted part but the first names a possible channel: a.phone.txt
    let parts: Vec<&str> = file.split('.').collect();
    if parts.len() >= 3 {
        if let Some(c) = parts[1..parts.len() - 1]
            .iter()
            .rev()
            .find_map(|p| Channel::from_word(p))
        {
            return Some(c);
        }
    }
    path.parent()?
        .components()
        .rev()
        .find_map(|c| Channel::from_word(&c.as_os_str().to_string_lossy()))
}

/// How to name a file so its channel can be told, for the note on skipped files.
pub const NAMING_HINT: &str = "name it like `reply.email.txt` / `greeting.voicemail.md`, put it in a folder \
named `emails/`, `letters/`, `calls/` or `voicemail/`, start it with a line `channel: email`, \
or pass --channel";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_channel_from_path() {
        assert_eq!(from_path("a/b/greeting.voicemail.md"), Some(Channel::Voicemail));
        assert_eq!(from_path("x/calls/script.txt"), Some(Channel::Phone));
        assert_eq!(from_path("x/letters/2026/reminder.txt"), Some(Channel::Letter));
        assert_eq!(from_path("inbox/msg.eml"), Some(Channel::Email));
        assert_eq!(from_path("notes/todo.txt"), None);
        assert_eq!(from_path("email.txt"), None);
    }
}
