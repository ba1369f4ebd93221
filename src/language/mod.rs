//! Everything that depends on the language of a text: the language profiles
//! (`rules/<lang>/language.toml`), detection, segmentation, case folding of patterns
//! and date recognition.

pub mod ascii;
pub mod ascii_regex;
pub mod dates;
pub mod detect;
pub mod fold;
pub mod folded;
pub mod profile;
pub mod segment;
pub mod stem;

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// A language Tact ships rules for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Pt,
    It,
    Tr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Pt, Lang::It, Lang::Tr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pt => "pt",
            Lang::It => "it",
            Lang::Tr => "tr",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "en" | "english" => Ok(Lang::En),
            "pt" | "pt-br" | "pt-pt" | "pt_br" | "pt_pt" | "portuguese" => Ok(Lang::Pt),
            "it" | "italian" => Ok(Lang::It),
            "tr" | "turkish" => Ok(Lang::Tr),
            other => Err(format!("unknown language `{other}` (expected one of: en, pt, it, tr)")),
        }
    }
}

/// Lowercase a string the way the given language does. Turkish maps `I` to `ı` and
/// `İ` to `i` (not to `i̇`, which would shift byte offsets).
pub fn lowercase(s: &str, lang: Lang) -> String {
    if lang == Lang::Tr {
        s.chars()
            .map(|c| match c {
                'I' => 'ı',
                'İ' => 'i',
                c => c.to_lowercase().next().unwrap_or(c),
            })
            .collect()
    } else {
        s.chars().map(|c| c.to_lowercase().next().unwrap_or(c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_lowercase_keeps_dots_right() {
        assert_eq!(lowercase("İPTAL", Lang::Tr), "iptal");
        assert_eq!(lowercase("KIRMIZI", Lang::Tr), "kırmızı");
        assert_eq!(lowercase("PLEASE", Lang::En), "please");
    }

    #[test]
    fn parses_language_codes() {
        assert_eq!("pt-BR".parse::<Lang>().unwrap(), Lang::Pt);
        assert!("xx".parse::<Lang>().is_err());
    }
}
