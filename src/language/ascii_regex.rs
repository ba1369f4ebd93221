//! Compiled patterns for the ASCII copy of a text (`language::ascii`): byte regexes
//! without Unicode, built with `regex-automata`'s meta engine so that the work done at
//! build time can follow the run's [`Tuning`].
//!
//! Most of the cost of compiling a small pattern is not its automaton but what makes
//! long searches fast: a full DFA for small patterns and a literal prefilter (for a
//! case-insensitive pattern, every case variant of its literals). A run that checks one
//! draft pays those costs for a single search, so [`Tuning::Latency`] leaves them out;
//! a run over many files keeps them ([`Tuning::Throughput`]).

use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_automata::PatternID;
use std::ops::Range;

/// What compiled matchers are built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tuning {
    /// Many documents: spend time compiling to search fast (literal prefilters, small
    /// full DFAs, Aho–Corasick DFAs).
    #[default]
    Throughput,
    /// One or a few documents: compile as little as possible (lazy DFAs only,
    /// Aho–Corasick NFAs).
    Latency,
}

const NFA_SIZE_LIMIT: usize = 8 << 20;
const NEST_LIMIT: u32 = 64;

/// A pattern compiled for the ASCII copy.
#[derive(Debug, Clone)]
pub struct AsciiRegex {
    re: Regex,
}

impl AsciiRegex {
    /// Compile `pattern` (already rewritten by `ascii_pattern`). ASCII classes and case
    /// folding, unless the pattern needs Unicode (a script class the rewrite keeps).
    pub fn new(pattern: &str, tuning: Tuning) -> Result<AsciiRegex, String> {
        let captures = if pattern.contains("(?P<") || pattern.contains("(?<") {
            WhichCaptures::All
        } else {
            WhichCaptures::Implicit
        };
        let mut config = meta::Config::new()
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .which_captures(captures);
        if tuning == Tuning::Latency {
            config = config.dfa(false).auto_prefilter(false).onepass(false);
        }
        let build = |unicode: bool| {
            meta::Builder::new()
                .configure(config.clone())
                .syntax(
                    syntax::Config::new()
                        .unicode(unicode)
                        .utf8(false)
                        .nest_limit(NEST_LIMIT),
                )
                .build(pattern)
                .map_err(|e| e.to_string())
        };
        build(false).or_else(|_| build(true)).map(|re| AsciiRegex { re })
    }

    pub fn is_match(&self, haystack: &[u8]) -> bool {
        self.re.is_match(haystack)
    }

    /// Byte ranges of the matches, left to right.
    pub fn find_iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Range<usize>> + 'a {
        self.re.find_iter(haystack).map(|m| m.range())
    }

    /// The names of the capture groups (`None` for unnamed ones).
    pub fn group_names(&self) -> impl Iterator<Item = Option<&str>> {
        self.re.group_info().pattern_names(PatternID::ZERO)
    }

    /// For each match: the byte range of each named group that took part, by name.
    pub fn named_groups<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Vec<(&'a str, Range<usize>)>> + 'a {
        self.re.captures_iter(haystack).map(move |caps| {
            self.group_names()
                .flatten()
                .filter_map(|name| caps.get_group_by_name(name).map(|s| (name, s.range())))
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tunings_match_alike() {
        for tuning in [Tuning::Throughput, Tuning::Latency] {
            let re = AsciiRegex::new(r"(?i)(?-u:\b)(?P<w>grievances?)(?-u:\b)|[^a-z]z", tuning).unwrap();
            let hay = b"Two Grievances, a grievance; xgrievance 9z";
            let found: Vec<_> = re.find_iter(hay).collect();
            assert_eq!(found, [4..14, 18..27, 40..42]);
            let groups: Vec<_> = re.named_groups(hay).collect();
            assert_eq!(groups[0], [("w", 4..14)]);
            assert!(groups[2].is_empty());
            // a script class keeps Unicode
            assert!(AsciiRegex::new(r"\p{Greek}", tuning).unwrap().is_match("α".as_bytes()));
            assert!(AsciiRegex::new(r"(", tuning).is_err());
        }
    }
}
