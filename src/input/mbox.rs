//! .mbox archives, streamed: messages are read one at a time (mail-parser's mbox reader),
//! so memory does not grow with the archive.

use std::io::BufReader;
use std::path::Path;

/// One raw message of an archive, with its 1-based index.
pub struct RawMessage {
    pub index: usize,
    pub bytes: Vec<u8>,
}

/// Iterate over the messages of an mbox file.
pub fn messages(path: &Path) -> std::io::Result<impl Iterator<Item = std::io::Result<RawMessage>>> {
    let file = std::fs::File::open(path)?;
    let reader = BufReader::with_capacity(1 << 16, file);
    Ok(mail_parser::mailbox::mbox::MessageIterator::new(reader)
        .enumerate()
        .map(|(i, m)| {
            m.map(|m| RawMessage {
                index: i + 1,
                bytes: m.unwrap_contents(),
            })
        }))
}

/// Whether a path names an mbox archive.
pub fn is_mbox(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("mbox"))
}
