//! Word normalization for matching answers to questions: language-aware lowercase,
//! accents stripped (customers often type "voce", "gonderildi"), then Snowball stemming
//! (rust-stemmers) for English, Portuguese and Italian. Turkish stems from the Snowball
//! stemmer are inconsistent for its suffix chains, so Turkish words are cut to a
//! four-letter prefix instead ("gönderildi", "gönderilecek" → "gond").

use super::{lowercase, Lang};
use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

/// `word` in lowercase without accents (and with ı → i), for comparisons that people's
/// spelling should not defeat.
pub fn fold(word: &str, lang: Lang) -> String {
    // ASCII has no accents, and Turkish I → ı → i comes to the same
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    lowercase(word, lang)
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

/// Normalizes words of one language.
pub struct Normalizer {
    lang: Lang,
    stemmer: Option<Stemmer>,
}

const TURKISH_PREFIX: usize = 4;

impl Normalizer {
    pub fn new(lang: Lang) -> Normalizer {
        let algorithm = match lang {
            Lang::En => Some(Algorithm::English),
            Lang::Pt => Some(Algorithm::Portuguese),
            Lang::It => Some(Algorithm::Italian),
            Lang::Tr => None,
        };
        Normalizer {
            lang,
            stemmer: algorithm.map(Stemmer::create),
        }
    }

    /// Lowercase without accents (and with ı → i).
    pub fn fold(&self, word: &str) -> String {
        fold(word, self.lang)
    }

    /// The form two words are compared in.
    pub fn key(&self, word: &str) -> String {
        let folded = self.fold(word);
        match &self.stemmer {
            Some(s) => s.stem(&folded).into_owned(),
            None => folded.chars().take(TURKISH_PREFIX).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet() {
        let en = Normalizer::new(Lang::En);
        assert_eq!(en.key("Refunded"), en.key("refund"));
        let pt = Normalizer::new(Lang::Pt);
        assert_eq!(pt.key("entregue"), pt.key("entrega"));
        assert_eq!(pt.key("você"), pt.key("voce"));
        let tr = Normalizer::new(Lang::Tr);
        assert_eq!(tr.key("gönderildi"), tr.key("gonderilecek"));
        assert_eq!(tr.key("İADE"), tr.key("iadeniz"));
    }
}
