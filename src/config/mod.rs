//! `tact.toml`: what an organization tells Tact about itself. Found by walking up from
//! each checked file (the nearest wins, as with rustfmt and ruff), or given with
//! `--config FILE`. Unknown keys and bad values are errors with file:line:column.
//!
//! ```toml
//! lang = "pt"                          # default language for texts too short to detect
//! [organization]
//! name = "Northwind Energy"
//! aliases = ["Northwind"]
//! phone = "0800 123 4567"
//! email = "help@northwind.example"
//! website = "northwind.example"
//! address = "1 Harbour Road, Bristol"
//! complaints = "complaints@northwind.example"
//! [channels]
//! "scripts/calls/**" = "phone"
//! [templates]
//! "templates/**" = "handlebars"
//! [rules]
//! select = ["tone", "phone", "email.feedback-invite"]
//! ignore = ["tone.long-sentence"]
//! severity = { "tone.exclamation" = "info" }
//! per-path-ignores = { "legacy/**" = ["tone"] }
//! paths = ["house-rules"]
//! ```

use crate::diagnostic::Severity;
use crate::document::template::TemplateSyntax;
use crate::document::Channel;
use crate::rules::{locate, LoadError};
use globset::{Glob, GlobMatcher};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The file name looked for.
pub const FILE_NAME: &str = "tact.toml";

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    lang: Option<Spanned<String>>,
    organization: Option<Organization>,
    #[serde(default)]
    channels: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    templates: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    rules: RulesSection,
}

/// `[organization]`: who the correspondence speaks for (seed 002).
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub website: Option<String>,
    /// Where customers complain: an address, phone number, email or web page.
    pub complaints: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RulesSection {
    select: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<String, Spanned<String>>,
    #[serde(default, rename = "per-path-ignores")]
    per_path_ignores: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    paths: Vec<String>,
}

/// A loaded configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    /// Its folder: globs are relative to it.
    pub root: PathBuf,
    pub lang: Option<crate::Lang>,
    pub organization: Option<Organization>,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    /// Rule id or prefix → severity.
    pub severity: Vec<(String, Severity)>,
    /// Extra rule folders (absolute).
    pub rule_paths: Vec<PathBuf>,
    channels: Vec<(GlobMatcher, Channel)>,
    templates: Vec<(GlobMatcher, TemplateSyntax)>,
    per_path_ignores: Vec<(GlobMatcher, Vec<String>)>,
}

impl Config {
    /// Read and validate a configuration file.
    pub fn load(path: &Path) -> Result<Config, LoadError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| LoadError {
            file: name.clone(),
            line: 0,
            column: 0,
            message: format!("cannot read configuration: {}", crate::input::io_message(&e)),
        })?;
        Config::parse(path, &text)
    }

    /// Validate configuration text read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Config, LoadError> {
        let name = path.display().to_string();
        let err = |span: Option<std::ops::Range<usize>>, message: String| {
            let (line, column) = span.map_or((0, 0), |s| locate(text, s.start));
            LoadError {
                file: name.clone(),
                line,
                column,
                message,
            }
        };
        let file: ConfigFile =
            toml::from_str(text).map_err(|e| err(e.span(), e.message().trim().replace('\n', " ")))?;
        let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let glob = |pattern: &str, span: Option<std::ops::Range<usize>>| {
            Glob::new(pattern)
                .map(|g| g.compile_matcher())
                .map_err(|e| err(span, format!("invalid glob `{pattern}`: {}", e.kind())))
        };
        // globs are map keys, which toml does not locate: point at the value instead
        let mut channels = Vec::new();
        for (pattern, channel) in &file.channels {
            let c = channel
                .get_ref()
                .parse::<Channel>()
                .map_err(|m| err(Some(channel.span()), m))?;
            channels.push((glob(pattern, Some(channel.span()))?, c));
        }
        let mut templates = Vec::new();
        for (pattern, syntax) in &file.templates {
            let s = syntax
                .get_ref()
                .parse::<TemplateSyntax>()
                .map_err(|m| err(Some(syntax.span()), m))?;
            templates.push((glob(pattern, Some(syntax.span()))?, s));
        }
        let mut severity = Vec::new();
        for (id, level) in &file.rules.severity {
            let l = level
                .get_ref()
                .parse::<Severity>()
                .map_err(|m| err(Some(level.span()), m))?;
            severity.push((id.clone(), l));
        }
        let mut per_path_ignores = Vec::new();
        for (pattern, ids) in &file.rules.per_path_ignores {
            per_path_ignores.push((glob(pattern, None)?, ids.clone()));
        }
        let lang = match &file.lang {
            Some(l) => Some(l.get_ref().parse().map_err(|m| err(Some(l.span()), m))?),
            None => None,
        };
        Ok(Config {
            path: path.to_path_buf(),
            lang,
            organization: file.organization,
            select: file
                .rules
                .select
                .map(|v| v.into_iter().map(Spanned::into_inner).collect()),
            ignore: file.rules.ignore.into_iter().map(Spanned::into_inner).collect(),
            severity,
            rule_paths: file.rules.paths.iter().map(|p| root.join(p)).collect(),
            channels,
            templates,
            per_path_ignores,
            root,
        })
    }

    /// The nearest `tact.toml` in `dir` or a folder above it.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        dir.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
    }

    /// `path` relative to the configuration's folder, for matching globs.
    fn relative<'a>(&self, path: &'a Path) -> &'a Path {
        let root = self.root.as_path();
        if root.as_os_str().is_empty() {
            return path.strip_prefix("./").unwrap_or(path);
        }
        path.strip_prefix(root)
            .or_else(|_| path.strip_prefix(root.strip_prefix("./").unwrap_or(root)))
            .unwrap_or(path)
    }

    /// The channel `[channels]` gives a path.
    pub fn channel_for(&self, path: &Path) -> Option<Channel> {
        let rel = self.relative(path);
        self.channels.iter().find(|(g, _)| g.is_match(rel)).map(|(_, c)| *c)
    }

    /// The template syntax `[templates]` gives a path.
    pub fn template_for(&self, path: &Path) -> Option<TemplateSyntax> {
        let rel = self.relative(path);
        self.templates.iter().find(|(g, _)| g.is_match(rel)).map(|(_, t)| *t)
    }

    /// Every template syntax declared.
    pub fn template_syntaxes(&self) -> Vec<TemplateSyntax> {
        let mut v: Vec<TemplateSyntax> = self.templates.iter().map(|(_, t)| *t).collect();
        v.dedup();
        v
    }

    /// Rule ids and prefixes ignored for a path.
    pub fn ignored_for(&self, path: &Path) -> Vec<String> {
        let rel = self.relative(path);
        self.per_path_ignores
            .iter()
            .filter(|(g, _)| g.is_match(rel))
            .flat_map(|(_, ids)| ids.iter().cloned())
            .collect()
    }
}

/// The words that name the agent and the organization in template placeholders.
const AGENT_WORDS: &str =
    "agent|agent_name|agentname|rep|representative|sender|sender_name|staff|your_name|signature|signed_by";
const ORGANIZATION_WORDS: &str = "company|company_name|companyname|organization|organisation|org|brand|business|shop|store|product_name|site_name|sitename|shop_name";

/// Rule variables from a configuration: values that replace the language defaults (the
/// organization's name and aliases, its contacts), and alternatives added to them (with
/// templates: placeholders that stand for the agent or the organization). Values are
/// regex sources.
pub fn variables(config: &Config) -> (BTreeMap<String, String>, BTreeMap<String, Vec<String>>) {
    let mut vars = BTreeMap::new();
    let mut extras: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let escape_all = |v: &[&String]| v.iter().map(|s| regex::escape(s.trim())).collect::<Vec<_>>().join("|");
    let templates = config.template_syntaxes();
    let placeholders = |words: &str| -> Vec<String> { templates.iter().map(|t| t.placeholder_named(words)).collect() };
    if let Some(org) = &config.organization {
        let mut names: Vec<&String> = org.name.iter().chain(org.aliases.iter()).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        if !names.is_empty() {
            // a Turkish suffix may follow the name: "Northwind Energy'ye"
            let mut alts = vec![format!(r"(?i:{})(?:['’]\p{{Ll}}+)?", escape_all(&names))];
            alts.extend(placeholders(ORGANIZATION_WORDS));
            vars.insert("organization".into(), alts.join("|"));
        }
        let contacts: Vec<&String> = [&org.phone, &org.email, &org.address, &org.website, &org.complaints]
            .into_iter()
            .flatten()
            .collect();
        if !contacts.is_empty() {
            vars.insert("contact".into(), format!("(?i:{})", escape_all(&contacts)));
        }
        if let Some(c) = &org.complaints {
            vars.insert("complaints".into(), format!("(?i:{})", regex::escape(c.trim())));
        }
    }
    if !templates.is_empty() {
        extras.insert("name".into(), placeholders(AGENT_WORDS));
        if !vars.contains_key("organization") {
            extras.insert("organization".into(), placeholders(ORGANIZATION_WORDS));
        }
    }
    (vars, extras)
}

/// The starter file `tact init` writes.
pub const STARTER: &str = r#"# Tact configuration: https://github.com/tact-linter/tact#configuration
# Found by walking up from each checked file; the nearest tact.toml wins.

# Language for drafts too short to detect (en, pt, it, tr).
# lang = "en"

[organization]
# The name your staff give on the phone and in voicemail greetings. With it,
# phone.greeting-identity and voicemail.greeting-identity look for this name.
# name = "Northwind Energy"
# aliases = ["Northwind"]
# Contact points: letter.contact accepts any of them.
# phone = "0800 123 4567"
# email = "help@northwind.example"
# website = "northwind.example"
# address = "1 Harbour Road, Bristol BS1 4RN"
# Where customers complain (seed 002): letter.complaint-path asks replies to a
# complaint to give it.
# complaints = "complaints@northwind.example"

[channels]
# Path globs (relative to this file) → email, letter, phone, voicemail or charter.
# "scripts/calls/**" = "phone"

[templates]
# Path globs of template files → placeholder syntax: handlebars (mustache), jinja
# (liquid), braces ({var}) or percent (%var%). Well-formed placeholders of that syntax
# are expected there; fill-me markers such as [NAME] still fire.
# "templates/**" = "handlebars"

[rules]
# select = ["tone", "phone"]                 # only these rules (ids or prefixes)
# ignore = ["tone.long-sentence"]            # leave these out
# severity = { "tone.exclamation" = "info" } # change a rule's severity
# per-path-ignores = { "legacy/**" = ["tone"] }
# paths = ["house-rules"]                    # your own rule files (same format as rules/)
"#;
