//! Compiling the regexes written in rule files: `{variable}` substitution, the rewrite
//! for the text's ASCII copy (accents, apostrophes, Turkish i, ASCII classes; see
//! `language::ascii`), and located errors.

use super::{CompileContext, CompileError};
use crate::language::ascii::ascii_pattern;
pub use crate::language::ascii_regex::AsciiRegex;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;

/// Replace `{name}` with the variable's pattern. `{2}` and `{1,3}` (repetitions) are
/// left alone; an unknown name is an error.
pub fn substitute(src: &str, cx: &CompileContext) -> Result<String, String> {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    let mut n = 0;
    while let Some(open) = rest.find('{') {
        // an escaped brace is a literal
        if rest[..open].ends_with('\\') {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        }
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            let name = &after[..name_len];
            let value = cx
                .variables
                .get(name)
                .ok_or_else(|| format!("unknown variable `{{{name}}}` in pattern"))?;
            out.push_str(&rest[..open]);
            // a named group, so that `VariableMatcher` can check what the variable matched
            n += 1;
            out.push_str(&format!("(?P<{VAR_GROUP}{name}__{n}>"));
            out.push_str(value);
            out.push(')');
            rest = &after[name_len + 1..];
        } else {
            out.push_str(&rest[..=open]);
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Prefix of the capture groups that hold what a `{variable}` matched.
const VAR_GROUP: &str = "v__";

/// Checks matches against the variables' exclusion lists (`[exclude]` in a language
/// profile): "Hello" is not an organization, "Sorry" is not a name. The regex crate has
/// no look-ahead, so this is done on the captured text: a match whose variable starts
/// with an excluded word does not count.
#[derive(Debug, Clone, Default)]
pub struct VariableMatcher {
    /// Variable name → excluded first words, folded to lowercase without accents.
    exclusions: BTreeMap<String, Vec<String>>,
}

impl VariableMatcher {
    pub fn new(cx: &CompileContext) -> VariableMatcher {
        let fold = crate::language::stem::Normalizer::new(cx.lang);
        VariableMatcher {
            exclusions: cx
                .exclusions
                .iter()
                .map(|(k, v)| (k.clone(), v.iter().map(|w| fold.fold(w)).collect()))
                .collect(),
        }
    }

    /// Whether `re` matches `text` with every variable's text allowed.
    pub fn is_match(&self, re: &AsciiRegex, text: &str, lang: crate::Lang) -> bool {
        let text = text.as_bytes();
        // captures need the regex crate's slow engines: use them only for a regex that
        // has a variable with exclusions, and only once the fast search found a match
        let excluded_var = |n: &str| {
            n.strip_prefix(VAR_GROUP)
                .and_then(|v| v.rsplit_once("__"))
                .is_some_and(|(v, _)| self.exclusions.contains_key(v))
        };
        if !re.group_names().any(excluded_var) {
            return re.is_match(text);
        }
        if !re.is_match(text) {
            return false;
        }
        let fold = crate::language::stem::Normalizer::new(lang);
        re.named_groups(text).any(|groups| {
            groups
                .into_iter()
                .filter(|(n, _)| n.starts_with(VAR_GROUP))
                .all(|(group, span)| {
                    let var = group[VAR_GROUP.len()..].rsplit_once("__").map_or("", |(v, _)| v);
                    let Some(excluded) = self.exclusions.get(var) else {
                        return true;
                    };
                    let first = std::str::from_utf8(&text[span])
                        .unwrap_or_default()
                        .split(|c: char| !c.is_alphanumeric())
                        .find(|w| !w.is_empty())
                        .unwrap_or("");
                    !excluded.contains(&fold.fold(first))
                })
        })
    }
}

/// Compile one pattern for matching on the text's ASCII copy (`language::ascii`): a
/// byte regex without Unicode (ASCII classes and case folding), which compiles in a
/// fraction of the time and runs on the fast engines. A pattern that needs Unicode (a
/// script class the rewrite leaves alone) keeps it.
pub fn compile_ascii(src: &str, span: Option<Range<usize>>, cx: &CompileContext) -> Result<AsciiRegex, CompileError> {
    let err = |message: String| CompileError {
        span: span.clone(),
        message,
    };
    let substituted = substitute(src, cx).map_err(err)?;
    AsciiRegex::new(&ascii_pattern(&substituted), cx.tuning)
        .map_err(|e| err(format!("invalid regex `{src}`: {}", first_line(&e))))
}

/// Compile a list of spanned patterns for the ASCII copy.
pub fn compile_all_ascii(list: &[Spanned<String>], cx: &CompileContext) -> Result<Vec<AsciiRegex>, CompileError> {
    list.iter()
        .map(|p| compile_ascii(p.get_ref(), Some(p.span()), cx))
        .collect()
}

fn first_line(s: &str) -> String {
    // regex errors are multi-line with a caret diagram; keep the last line (the reason)
    s.lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or(s)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Lang;
    use std::collections::BTreeMap;

    #[test]
    fn substitutes_variables_but_not_repetitions() {
        let mut vars = BTreeMap::new();
        vars.insert("organization".to_string(), "Acme|Northwind".to_string());
        let none = BTreeMap::new();
        let cx = CompileContext {
            lang: Lang::En,
            variables: &vars,
            exclusions: &none,
            eager: true,
            tuning: Default::default(),
        };
        assert_eq!(
            substitute(r"\d{2,3} {organization}", &cx).unwrap(),
            r"\d{2,3} (?P<v__organization__1>Acme|Northwind)"
        );
        assert!(substitute("{nobody}", &cx).is_err());
        assert_eq!(substitute(r"\{x\}", &cx).unwrap(), r"\{x\}");
    }

    #[test]
    fn excluded_words_do_not_count_as_variables() {
        let mut vars = BTreeMap::new();
        vars.insert(
            "organization".to_string(),
            r"\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?".to_string(),
        );
        let mut excl = BTreeMap::new();
        excl.insert("organization".to_string(), vec!["Hello".to_string(), "Olá".to_string()]);
        let cx = CompileContext {
            lang: Lang::En,
            variables: &vars,
            exclusions: &excl,
            eager: true,
            tuning: Default::default(),
        };
        let re = compile_ascii("^{organization}, (?:this is )?Sam", None, &cx).unwrap();
        let vm = VariableMatcher::new(&cx);
        assert!(vm.is_match(&re, "Acme Energy, Sam", Lang::En));
        assert!(!vm.is_match(&re, "Hello, this is Sam", Lang::En));
        assert!(!vm.is_match(&re, "OLA, this is Sam", Lang::En));
    }
}
