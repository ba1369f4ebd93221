//! # Tact
//!
//! A fast, multilingual linter for customer correspondence: emails, letters, phone call
//! scripts and voicemail greetings, in English, Portuguese, Italian and Turkish.
//!
//! The library is what the `tact` command runs: build a [`Linter`] once (it loads and
//! validates the rule packs), then check as many documents as you like, from as many
//! threads as you like.
//!
//! ```
//! use tact::{Channel, Document, Linter, Options};
//!
//! let linter = Linter::new(Options::default()).unwrap();
//! let draft = Document::new("greeting.txt", "Agent: Yeah? What do you want?\n")
//!     .with_channel(Channel::Phone);
//! let report = linter.check(&draft).unwrap();
//! let ids: Vec<&str> = report.diagnostics.iter().map(|d| d.rule.as_str()).collect();
//! assert!(ids.contains(&"phone.greeting-identity"));
//! assert!(ids.contains(&"phone.offer-help"));
//! ```

pub mod checks;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod fix;
pub mod input;
pub mod language;
pub mod report;
pub mod rules;

pub use diagnostic::{Diagnostic, FileReport, Fix, Related, Severity};
pub use document::{Channel, Document};
pub use language::ascii_regex::Tuning;
pub use language::Lang;
pub use rules::{LoadError, RuleMeta};

use document::front_matter;
use document::structure::Structure;
use rules::RuleBook;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// How a [`Linter`] checks documents. `Options::default()` uses the built-in rules,
/// detects channel and language, and takes today's date from the clock.
#[derive(Debug, Clone)]
pub struct Options {
    /// Force every document to this channel.
    pub channel: Option<Channel>,
    /// Force every document to this language (`None`: detect).
    pub lang: Option<Lang>,
    /// Language for texts too short to detect.
    pub default_lang: Lang,
    /// Extra rule directories, in the built-in packs' format.
    pub rule_dirs: Vec<PathBuf>,
    /// The date `stale-date` rules compare with.
    /// `None`: the local date, read from the clock when a rule first needs it.
    pub today: Option<jiff::civil::Date>,
    /// Only rules whose id equals or starts with one of these (`tone`, `phone.offer-help`).
    /// Empty: every rule that is on by default. Selecting an opt-in rule turns it on.
    pub select: Vec<String>,
    /// Rules to leave out, by id or prefix.
    pub ignore: Vec<String>,
    /// Values for rule variables (regex sources), overriding the language defaults.
    pub variables: BTreeMap<String, String>,
    /// Alternatives added to rule variables (regex sources).
    pub variable_extras: BTreeMap<String, Vec<String>>,
    /// The configuration file in force, if any: channels and templates by path,
    /// per-path ignores, severity overrides.
    pub config: Option<std::sync::Arc<config::Config>>,
    /// What matchers are built for: many documents (the default) or one draft, where
    /// compiling less answers sooner (see `language::ascii_regex`).
    pub tuning: Tuning,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            channel: None,
            lang: None,
            default_lang: Lang::En,
            rule_dirs: Vec::new(),
            today: None,
            select: Vec::new(),
            ignore: Vec::new(),
            variables: BTreeMap::new(),
            variable_extras: BTreeMap::new(),
            config: None,
            tuning: Tuning::default(),
        }
    }
}

/// The date `stale-date` rules compare with: a given one, or the local date read from
/// the clock on first use (reading the system time zone is a noticeable part of
/// checking one short draft, and most drafts have no date).
#[derive(Debug)]
pub struct Today {
    fixed: Option<jiff::civil::Date>,
    clock: std::sync::OnceLock<jiff::civil::Date>,
}

impl Today {
    pub fn new(fixed: Option<jiff::civil::Date>) -> Today {
        Today {
            fixed,
            clock: std::sync::OnceLock::new(),
        }
    }

    pub fn get(&self) -> jiff::civil::Date {
        self.fixed
            .unwrap_or_else(|| *self.clock.get_or_init(|| jiff::ZonedDateTime::now().date()))
    }
}

/// Why a document was not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// Nothing tells the document's channel.
    UnknownChannel,
    /// The front matter names a channel or language Tact does not know.
    BadHeader(String),
    /// The rules for the document's language do not compile.
    Rules(LoadError),
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::UnknownChannel => write!(f, "channel unknown, not checked: {}", document::channel::NAMING_HINT),
            Skip::BadHeader(m) => f.write_str(m),
            Skip::Rules(e) => write!(f, "rules do not compile: {e}"),
        }
    }
}

/// Loads rules once and checks documents. `Linter` is `Send + Sync`.
#[derive(Debug)]
pub struct Linter {
    options: Options,
    book: RuleBook,
    today: Today,
}

/// Whether `id` is named by `pattern`: equal, or a dotted prefix of it.
pub fn rule_matches(pattern: &str, id: &str) -> bool {
    id == pattern || (id.starts_with(pattern) && id[pattern.len()..].starts_with('.'))
}

impl Linter {
    /// Load the built-in rules and `options.rule_dirs`. Rule files with errors fail here.
    pub fn new(options: Options) -> Result<Linter, LoadError> {
        let book = RuleBook::load(
            &options.rule_dirs,
            options.variables.clone(),
            options.variable_extras.clone(),
            options.tuning,
        )?;
        let today = Today::new(options.today);
        Ok(Linter { options, book, today })
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Every rule definition (all languages).
    pub fn rules(&self) -> impl Iterator<Item = &RuleMeta> {
        // the user's files were parsed at load; the built-in ones parse (every test run
        // loads them all)
        self.book
            .definitions()
            .expect("built-in rule files parse")
            .iter()
            .map(|d| d.meta.as_ref())
    }

    /// Whether a rule runs under the current selection.
    pub fn is_enabled(&self, meta: &RuleMeta) -> bool {
        let o = &self.options;
        let selected = if o.select.is_empty() {
            meta.enabled
        } else {
            o.select.iter().any(|s| rule_matches(s, &meta.id))
                && (meta.enabled || o.select.iter().any(|s| s == &meta.id))
        };
        selected && !o.ignore.iter().any(|s| rule_matches(s, &meta.id))
    }

    /// Check one document.
    pub fn check(&self, doc: &Document) -> Result<FileReport, Skip> {
        self.check_with(doc, &self.today, &|m| self.is_enabled(m))
    }

    /// Check one document on a given date with a given rule filter (the rule-example
    /// runner uses this to run one rule at a time).
    pub fn check_with(
        &self,
        doc: &Document,
        today: &Today,
        enabled: &dyn Fn(&RuleMeta) -> bool,
    ) -> Result<FileReport, Skip> {
        let config = self.options.config.as_deref();
        let path = std::path::Path::new(&doc.name);
        // markup and templates are checked in the words a customer reads; a view maps
        // them back to the source
        let (ext_markup, ext_template) = input::markup::kind_for(&doc.name);
        let markup = doc.markup.or(ext_markup);
        let template = doc
            .template
            .or_else(|| config.and_then(|c| c.template_for(path)))
            .or(ext_template);
        let view = match (markup, template) {
            (Some(_), t) => {
                let v = input::markup::html_view(&doc.text);
                Some(match t {
                    Some(t) => input::markup::strip_control(v, t),
                    None => v,
                })
            }
            (None, Some(t)) => Some(input::markup::strip_control(input::markup::plain_view(&doc.text), t))
                .filter(|v| v.text.len() != doc.text.len()),
            (None, None) => None,
        };
        let text = view.as_ref().map_or(doc.text.as_str(), |v| v.text.as_str());
        let fm = front_matter::parse(text);
        let channel = match doc.channel.or(self.options.channel) {
            Some(c) => c,
            None => match &fm.channel {
                Some(c) => c.parse().map_err(|m| Skip::BadHeader(format!("front matter: {m}")))?,
                None => config
                    .and_then(|c| c.channel_for(path))
                    .or_else(|| document::channel::from_path(&doc.name))
                    .ok_or(Skip::UnknownChannel)?,
            },
        };
        let lang = match doc.lang.or(self.options.lang) {
            Some(l) => l,
            None => match &fm.lang {
                Some(l) => l.parse().map_err(|m| Skip::BadHeader(format!("front matter: {m}")))?,
                None => language::detect::detect(&text[fm.end..]).unwrap_or(self.options.default_lang),
            },
        };
        let set = self.book.set(lang).map_err(Skip::Rules)?;
        let profile = self.book.profile(lang).map_err(Skip::Rules)?;
        let structure = Structure::parse(text, &fm, channel, profile);
        // the customer's message: given with the document, or quoted in it
        let quoted;
        let customer = match &doc.customer {
            Some(c) => Some(c.as_ref()),
            None => {
                let segments = structure.ranges(document::structure::Scope::Quoted).to_vec();
                quoted = (!segments.is_empty()).then(|| document::CustomerMessage {
                    name: doc.name.clone(),
                    text: doc.text.clone(),
                    segments,
                });
                quoted.as_ref()
            }
        };
        let prepared = rules::set::Prepared {
            text,
            structure: &structure,
            channel,
            profile,
            today,
            customer,
            template,
        };
        let path_ignores = config.map(|c| c.ignored_for(path)).unwrap_or_default();
        let enabled = |m: &RuleMeta| enabled(m) && !path_ignores.iter().any(|p| rule_matches(p, &m.id));
        let mut diagnostics = set.check(&prepared, &enabled).map_err(Skip::Rules)?;
        if let Some(c) = config {
            for d in &mut diagnostics {
                // the most specific override wins: "tone.shouting" over "tone"
                let level = c
                    .severity
                    .iter()
                    .filter(|(id, _)| rule_matches(id, &d.rule))
                    .max_by_key(|(id, _)| id.len());
                if let Some((_, level)) = level {
                    d.severity = *level;
                }
            }
        }
        if let Some(v) = &view {
            remap(&mut diagnostics, v, &doc.text);
        }
        Ok(FileReport {
            path: doc.name.clone(),
            channel,
            language: lang,
            diagnostics,
            message: doc.message.clone(),
            decoded: doc.decoded,
            text: doc.text.clone(),
        })
    }
}

/// Move diagnostics from a view's coordinates to its source's. A fix survives only where
/// the source says exactly what the view does (no tag or entity inside the span).
fn remap(diagnostics: &mut [Diagnostic], view: &input::markup::View, source: &str) {
    let index = document::lines::LineIndex::new(source);
    for d in diagnostics.iter_mut() {
        let viewed = &view.text[d.byte_start..d.byte_end];
        let r = view.source_range(d.byte_start..d.byte_end);
        d.byte_start = r.start;
        d.byte_end = r.end;
        (d.line, d.column) = index.position(source, r.start);
        (d.end_line, d.end_column) = index.position(source, r.end);
        if let Some(f) = &mut d.fix {
            if source.get(r.clone()) == Some(viewed) {
                f.byte_start = r.start;
                f.byte_end = r.end;
            } else {
                d.fix = None;
            }
        }
    }
}
