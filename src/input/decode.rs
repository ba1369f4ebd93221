//! Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such;
//! other bytes are decoded as Windows-1252 or, for Turkish text, Windows-1254 and a note says so. Binary data (NUL bytes) and empty files are
//! reported, not checked.

use super::Problem;

/// The text of a file, and a note when it was not plain UTF-8.
pub fn decode(name: &str, bytes: &[u8]) -> Result<(String, Option<Problem>), Problem> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Problem::warning(name, "empty file, nothing to check"));
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(Problem::error(
                name,
                format!("not valid {} text, not checked", enc.name()),
            ));
        }
        return Ok((text.into_owned(), None));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(Problem::error(name, "binary file (contains NUL bytes), not checked"));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(_) => {
            let enc = legacy_encoding(bytes);
            let (text, _, _) = enc.decode(bytes);
            let note = Problem::note(name, format!("not valid UTF-8; read as {}", enc.name().to_lowercase()));
            Ok((text.into_owned(), Some(note)))
        }
    }
}

/// The legacy encoding of a non-UTF-8 text in one of Tact's languages: Windows-1254
/// (a superset of ISO-8859-9) when bytes for Turkish letters that Western European text
/// never uses are present (Ğ İ Ş ğ ı ş), otherwise Windows-1252 (a superset of
/// ISO-8859-1). General-purpose detectors guess Central European code pages for short
/// Portuguese text, which turns "você" into "vocę".
fn legacy_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    if bytes
        .iter()
        .any(|b| matches!(b, 0xD0 | 0xDD | 0xDE | 0xF0 | 0xFD | 0xFE))
    {
        encoding_rs::WINDOWS_1254
    } else {
        encoding_rs::WINDOWS_1252
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_legacy_and_rejects_binary() {
        let (text, note) = decode("a", b"Caf\xe9 ouvert").unwrap();
        assert_eq!(text, "Café ouvert");
        assert!(note.unwrap().message.contains("not valid UTF-8"));
        let (tr, _) = decode("t", b"\xdDADE ed\xfdld\xfd").unwrap();
        assert_eq!(tr, "İADE edıldı");
        assert!(decode("b", b"\x00\x01\x02abc").unwrap_err().message.contains("binary"));
        assert!(decode("c", b"  \n").unwrap_err().message.contains("empty"));
        let (t, n) = decode("d", "\u{feff}Olá".as_bytes()).unwrap();
        assert_eq!((t.as_str(), n), ("Olá", None));
    }
}
