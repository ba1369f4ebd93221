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
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{hybrid, Input, PatternID};
use std::ops::Range;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

/// What compiled matchers are built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tuning {
    /// Many documents: spend time compiling to search fast (literal prefilters,
    /// Aho–Corasick DFAs). Full DFAs are left out here too: on these short texts they
    /// cost more to build than they save.
    #[default]
    Throughput,
    /// One or a few documents: compile as little as possible (lazy DFAs only,
    /// Aho–Corasick NFAs).
    Latency,
}

/// Limits for every pattern of a rule file: a pattern whose automaton would be larger,
/// or whose nesting deeper, is an error at load.
const NFA_SIZE_LIMIT: usize = 8 << 20;
const NEST_LIMIT: u32 = 64;

type CachePool =
    Pool<hybrid::dfa::Cache, Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>>;

/// A pattern compiled for the ASCII copy.
pub struct AsciiRegex {
    /// The pattern, and whether it needs Unicode.
    pattern: String,
    unicode: bool,
    config: meta::Config,
    /// With [`Tuning::Latency`]: a forward-only lazy DFA that answers `is_match` (most
    /// uses), at about half the cost of the full engine, which is then built only for
    /// a pattern whose matches are asked for.
    test: Option<(hybrid::dfa::DFA, CachePool)>,
    full: OnceLock<Regex>,
    /// Names of the capture groups, in order.
    names: Vec<String>,
}

impl std::fmt::Debug for AsciiRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("AsciiRegex").field(&self.pattern).finish()
    }
}

fn syntax_config(unicode: bool) -> syntax::Config {
    syntax::Config::new()
        .unicode(unicode)
        .utf8(false)
        .nest_limit(NEST_LIMIT)
}

impl AsciiRegex {
    /// Compile `pattern` (already rewritten by `ascii_pattern`). ASCII classes and case
    /// folding, unless the pattern needs Unicode (a script class the rewrite keeps).
    pub fn new(pattern: &str, tuning: Tuning) -> Result<AsciiRegex, String> {
        let names = group_names(pattern);
        let captures = if names.is_empty() {
            WhichCaptures::Implicit
        } else {
            WhichCaptures::All
        };
        let mut config = meta::Config::new()
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .which_captures(captures);
        let mut re = AsciiRegex {
            pattern: pattern.to_string(),
            unicode: false,
            config: config.clone(),
            test: None,
            full: OnceLock::new(),
            names,
        };
        match tuning {
            Tuning::Throughput => {
                config = config.dfa(false);
                re.config = config.clone();
                let full = meta_regex(pattern, &config, false)
                    .or_else(|_| meta_regex(pattern, &config, true).inspect(|_| re.unicode = true))?;
                let _ = re.full.set(full);
            }
            Tuning::Latency => {
                config = config.dfa(false).auto_prefilter(false).onepass(false);
                re.config = config;
                let nfa = forward_nfa(pattern, false)
                    .or_else(|_| forward_nfa(pattern, true).inspect(|_| re.unicode = true))?;
                let dfa = hybrid::dfa::DFA::builder()
                    .configure(hybrid::dfa::Config::new().unicode_word_boundary(true))
                    .build_from_nfa(nfa)
                    .map_err(|e| e.to_string())?;
                let for_pool = dfa.clone();
                let pool: CachePool = Pool::new(Box::new(move || for_pool.create_cache()));
                re.test = Some((dfa, pool));
            }
        }
        Ok(re)
    }

    /// The full engine (built on first use with [`Tuning::Latency`]).
    fn full(&self) -> &Regex {
        self.full
            .get_or_init(|| meta_regex(&self.pattern, &self.config, self.unicode).expect("the pattern compiled before"))
    }

    pub fn is_match(&self, haystack: &[u8]) -> bool {
        if let Some((dfa, pool)) = &self.test {
            let mut cache = pool.get();
            // the lazy DFA can give up (a cache thrashing); the full engine cannot
            if let Ok(found) = dfa.try_search_fwd(&mut cache, &Input::new(haystack).earliest(true)) {
                return found.is_some();
            }
        }
        self.full().is_match(haystack)
    }

    /// Byte ranges of the matches, left to right.
    pub fn find_iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Range<usize>> + 'a {
        self.full().find_iter(haystack).map(|m| m.range())
    }

    /// The names of the capture groups (`None` for unnamed ones).
    pub fn group_names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// For each match: the byte range of each named group that took part, by name.
    pub fn named_groups<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Vec<(&'a str, Range<usize>)>> + 'a {
        let re = self.full();
        re.captures_iter(haystack).map(move |caps| {
            re.group_info()
                .pattern_names(PatternID::ZERO)
                .flatten()
                .filter_map(|name| caps.get_group_by_name(name).map(|s| (name, s.range())))
                .collect()
        })
    }
}

fn meta_regex(pattern: &str, config: &meta::Config, unicode: bool) -> Result<Regex, String> {
    meta::Builder::new()
        .configure(config.clone())
        .syntax(syntax_config(unicode))
        .build(pattern)
        .map_err(|e| e.to_string())
}

fn forward_nfa(pattern: &str, unicode: bool) -> Result<thompson::NFA, String> {
    thompson::Compiler::new()
        .syntax(syntax_config(unicode))
        .configure(
            thompson::Config::new()
                .which_captures(WhichCaptures::None)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
        )
        .build(pattern)
        .map_err(|e| e.to_string())
}

/// The names of a pattern's named groups (`(?P<name>` and `(?<name>`), in order.
fn group_names(pattern: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(i) = rest.find("(?") {
        let after = &rest[i + 2..];
        let escaped = rest[..i].ends_with('\\') && !rest[..i].ends_with("\\\\");
        let name_start = after.strip_prefix("P<").or_else(|| after.strip_prefix('<'));
        if let (false, Some(n)) = (escaped, name_start) {
            if let Some(end) = n.find('>') {
                if !n.starts_with(['=', '!']) {
                    out.push(n[..end].to_string());
                }
            }
        }
        rest = after;
    }
    out
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
            assert!(re.is_match(b"a grievance") && !re.is_match(b"grievanced"));
            assert_eq!(re.group_names().collect::<Vec<_>>(), ["w"]);
            assert_eq!(groups[0], [("w", 4..14)]);
            assert!(groups[2].is_empty());
            // a script class keeps Unicode
            assert!(AsciiRegex::new(r"\p{Greek}", tuning).unwrap().is_match("α".as_bytes()));
            assert!(AsciiRegex::new(r"(", tuning).is_err());
        }
    }
}
