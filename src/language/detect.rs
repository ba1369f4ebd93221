//! Language detection with whatlang, restricted to the languages Tact has rules for.

use super::Lang;
use whatlang::{Detector, Lang as W};

/// Texts with fewer letters than this are too short to tell; the caller's default is used.
const MIN_LETTERS: usize = 12;

/// How much of a text is looked at: trigram scores settle well within this, and
/// detection time grows with the text (long letters, archives).
const SAMPLE_BYTES: usize = 600;

/// Guess the language of `text`, or `None` when it is too short or unclear. Only the
/// first [`SAMPLE_BYTES`] (to a word boundary) are looked at.
pub fn detect(text: &str) -> Option<Lang> {
    let text = sample(text);
    if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return None;
    }
    let detector = Detector::with_allowlist(vec![W::Eng, W::Por, W::Ita, W::Tur]);
    let info = detector.detect(text)?;
    if info.confidence() < 0.2 {
        return None;
    }
    Some(match info.lang() {
        W::Eng => Lang::En,
        W::Por => Lang::Pt,
        W::Ita => Lang::It,
        W::Tur => Lang::Tr,
        _ => return None,
    })
}

/// The start of `text`, cut at whitespace before [`SAMPLE_BYTES`].
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
    &text[..cut]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_four_languages_apart() {
        assert_eq!(
            detect("Thank you for calling, how can I help you today?"),
            Some(Lang::En)
        );
        assert_eq!(detect("Obrigado por ligar, como posso ajudar hoje?"), Some(Lang::Pt));
        assert_eq!(
            detect("Grazie per aver chiamato, come posso aiutarla oggi?"),
            Some(Lang::It)
        );
        assert_eq!(
            detect("Aradığınız için teşekkürler, size nasıl yardımcı olabilirim?"),
            Some(Lang::Tr)
        );
        assert_eq!(detect("Hi"), None);
        // a long text is judged by its start
        let long = format!(
            "{} {}",
            "Obrigado por ligar, como posso ajudar hoje? ".repeat(40),
            "Thank you ".repeat(400)
        );
        let cut = sample(&long).len();
        assert!(cut <= SAMPLE_BYTES && long[cut..].starts_with(char::is_whitespace));
        assert_eq!(detect(&long), Some(Lang::Pt));
    }
}
