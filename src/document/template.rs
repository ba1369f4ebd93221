//! Template files and their placeholder syntax, declared in `tact.toml` under
//! `[templates]`. In a template, well-formed placeholders of its syntax are expected
//! (`template.placeholder` leaves them alone) and a placeholder that names the agent or
//! the organization (`{{agent_name}}`, `{{company}}`) satisfies the identity rules.
//! Malformed placeholders (`{{name}`) and fill-me markers (`[NAME]`, `XXX`) still fire.

use regex::Regex;
use std::str::FromStr;
use std::sync::OnceLock;

/// A placeholder syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateSyntax {
    /// Handlebars and Mustache: `{{var}}`, `{{{raw}}}`, `{{#if x}}…{{/if}}`, `{{> partial}}`.
    Handlebars,
    /// Jinja, Liquid, Django, Twig: `{{ var | filter }}`, `{% if %}`, `{# comment #}`.
    Jinja,
    /// Single braces: `{first_name}`.
    Braces,
    /// Percent signs: `%first_name%`, and osTicket's `%{ticket.number}`.
    Percent,
}

impl TemplateSyntax {
    pub const NAMES: &'static str = "handlebars, mustache, jinja, liquid, braces ({var}), percent (%var%)";

    /// Matches one well-formed placeholder (or control tag) of this syntax, whole.
    pub fn well_formed(self) -> &'static Regex {
        static RES: OnceLock<[Regex; 4]> = OnceLock::new();
        let res = RES.get_or_init(|| {
            [
                Regex::new(r"^(?:\{\{\{\s*[\w.@\-]+\s*\}\}\}|\{\{[#/^>!&]?\s*[^{}\n]*?\s*\}\}|\{\{!--[\s\S]*?--\}\})$")
                    .unwrap(),
                Regex::new(r"^(?:\{\{-?\s*[^{}\n]+?\s*-?\}\}|\{%-?[^%\n]*?-?%\}|\{#[^#\n]*?#\})$").unwrap(),
                Regex::new(r"^\{[A-Za-z_][\w.\-]*\}$").unwrap(),
                Regex::new(r"^(?:%[A-Za-z_][\w.]*%|%\{[\w.\-]+\})$").unwrap(),
            ]
        });
        &res[self as usize]
    }

    /// A pattern (regex source) for a placeholder of this syntax whose variable name
    /// matches `names` (a regex alternation of lowercase words).
    pub fn placeholder_named(self, names: &str) -> String {
        let var = format!(r"(?i:[\w.]*\b(?:{names})\b[\w.]*|[\w.]*_(?:{names})|(?:{names})_[\w.]*)");
        match self {
            TemplateSyntax::Handlebars => format!(r"\{{\{{\{{?\s*{var}\s*\}}\}}\}}?"),
            TemplateSyntax::Jinja => format!(r"\{{\{{-?\s*{var}(?:\s*\|[^{{}}]*)?\s*-?\}}\}}"),
            TemplateSyntax::Braces => format!(r"\{{{var}\}}"),
            TemplateSyntax::Percent => format!(r"%\{{?{var}\}}?%?"),
        }
    }
}

impl FromStr for TemplateSyntax {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "handlebars" | "hbs" | "mustache" | "mustachio" => TemplateSyntax::Handlebars,
            "jinja" | "jinja2" | "liquid" | "django" | "twig" | "nunjucks" => TemplateSyntax::Jinja,
            "braces" | "{var}" | "brace" => TemplateSyntax::Braces,
            "percent" | "%var%" => TemplateSyntax::Percent,
            other => {
                return Err(format!(
                    "unknown template syntax `{other}` (expected one of: {})",
                    Self::NAMES
                ))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_placeholders() {
        let hbs = TemplateSyntax::Handlebars.well_formed();
        for ok in [
            "{{first_name}}",
            "{{{raw}}}",
            "{{#if x}}",
            "{{/if}}",
            "{{> footer}}",
            "{{!-- tact-ignore x --}}",
        ] {
            assert!(hbs.is_match(ok), "{ok}");
        }
        assert!(!hbs.is_match("{{name}"));
        assert!(TemplateSyntax::Jinja.well_formed().is_match("{{ name | title }}"));
        assert!(TemplateSyntax::Percent.well_formed().is_match("%{ticket.number}"));
        let company = Regex::new(&TemplateSyntax::Handlebars.placeholder_named("company|organization")).unwrap();
        assert!(company.is_match("{{company_name}}") && company.is_match("{{ organization }}"));
        assert!(!company.is_match("{{first_name}}"));
    }
}
