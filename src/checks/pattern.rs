//! Compiling the regexes written in rule files: `{variable}` substitution, folding for
//! the language (accents, apostrophes, Turkish i), and located errors.

use super::{CompileContext, CompileError};
use crate::language::fold::fold_pattern;
use regex::{Regex, RegexBuilder};
use std::ops::Range;
use toml::Spanned;

/// Replace `{name}` with the variable's pattern. `{2}` and `{1,3}` (repetitions) are
/// left alone; an unknown name is an error.
pub fn substitute(src: &str, cx: &CompileContext) -> Result<String, String> {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
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
            out.push_str("(?:");
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

/// Compile one pattern from a rule file.
pub fn compile(
    src: &str,
    span: Option<Range<usize>>,
    cx: &CompileContext,
) -> Result<Regex, CompileError> {
    let err = |message: String| CompileError {
        span: span.clone(),
        message,
    };
    let substituted = substitute(src, cx).map_err(err)?;
    build(&fold_pattern(&substituted, cx.lang)).map_err(|e| {
        err(format!(
            "invalid regex `{src}`: {}",
            first_line(&e.to_string())
        ))
    })
}

/// Compile a list of spanned patterns.
pub fn compile_all(
    list: &[Spanned<String>],
    cx: &CompileContext,
) -> Result<Vec<Regex>, CompileError> {
    list.iter()
        .map(|p| compile(p.get_ref(), Some(p.span()), cx))
        .collect()
}

pub fn build(src: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(src)
        .size_limit(8 << 20)
        .nest_limit(64)
        .build()
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
        let cx = CompileContext {
            lang: Lang::En,
            variables: &vars,
        };
        assert_eq!(
            substitute(r"\d{2,3} {organization}", &cx).unwrap(),
            r"\d{2,3} (?:Acme|Northwind)"
        );
        assert!(substitute("{nobody}", &cx).is_err());
        assert_eq!(substitute(r"\{x\}", &cx).unwrap(), r"\{x\}");
    }
}
