//! Reading rule files and language profiles, validating them, and keeping them ready
//! to compile per language. Every error names the file, and the line and column where
//! the TOML says it.

use super::schema::{Examples, RuleFile, RuleSpec};
use super::set::RuleSet;
use super::{locate, toml_error};
use crate::checks::KINDS;
use crate::diagnostic::Severity;
use crate::document::structure::Scope;
use crate::document::Channel;
use crate::language::ascii_regex::Tuning;
use crate::language::profile::Profile;
use crate::language::Lang;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// A problem in a rule file or language profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    /// 1-based; 0 when the problem is not at one place in the file.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

impl std::error::Error for LoadError {}

/// A rule file's name and text, kept to locate errors found when compiling.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    pub fn error(&self, span: Option<Range<usize>>, message: impl Into<String>) -> LoadError {
        let (line, column) = span.map_or((0, 0), |s| locate(&self.text, s.start));
        LoadError {
            file: self.name.clone(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// Definitions parsed (or assembled) on first use.
type LazyDefinitions = OnceLock<Result<Vec<Arc<Definition>>, LoadError>>;

/// A profile compiled on first use.
type LazyProfile = OnceLock<Result<Profile, LoadError>>;

/// What a rule is, independent of its compiled check: what `tact rules` and
/// `tact explain` show.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub id: String,
    pub severity: Severity,
    pub check: String,
    pub scope: Scope,
    pub channels: Vec<Channel>,
    /// The language of this definition; `None` for a file that applies to all.
    pub lang: Option<Lang>,
    pub message: String,
    /// One-line description (the `title`, or the message).
    pub title: String,
    pub help: Option<String>,
    pub source: Option<String>,
    pub why: Option<String>,
    pub enabled: bool,
    pub examples: Examples,
    pub file: String,
}

/// One rule definition, validated but not compiled.
#[derive(Debug)]
pub struct Definition {
    pub meta: Arc<RuleMeta>,
    pub spec: RuleSpec,
    pub file: Arc<SourceFile>,
}

/// Every rule definition and language profile, compiled per language on first use.
/// Built-in rule files are parsed on first use too, a language folder at a time: a run
/// over English drafts never parses the Turkish pack. The user's rule files are parsed
/// and compiled at load, so that their errors stop the run at once.
#[derive(Debug)]
pub struct RuleBook {
    /// Built-in rule files (not profiles), the language of their folder, and their
    /// definitions, parsed on first use.
    builtin: Vec<(Arc<SourceFile>, Option<Lang>, LazyDefinitions)>,
    /// The user's definitions, in load order.
    user: Vec<Arc<Definition>>,
    /// Every definition, in load order (built once, for `tact rules` and friends).
    all: LazyDefinitions,
    /// The definitions that apply to one language, in load order.
    by_lang: [LazyDefinitions; 4],
    /// Language profiles, compiled on first use (an English run never compiles the
    /// Turkish one).
    profiles: BTreeMap<Lang, (Arc<SourceFile>, LazyProfile)>,
    /// Variable values (regex sources) that override the profiles' defaults.
    variables: BTreeMap<String, String>,
    /// Alternatives added to variables (template placeholders).
    extras: BTreeMap<String, Vec<String>>,
    sets: [OnceLock<Result<RuleSet, LoadError>>; 4],
    /// What compiled matchers are built for.
    pub(crate) tuning: Tuning,
}

impl RuleBook {
    /// The built-in packs plus every `.toml` file under each of `dirs`.
    pub fn load(
        dirs: &[impl AsRef<Path>],
        variables: BTreeMap<String, String>,
        extras: BTreeMap<String, Vec<String>>,
        tuning: Tuning,
    ) -> Result<RuleBook, LoadError> {
        let mut files: Vec<(String, String, Option<Lang>)> = super::builtin::BUILTIN
            .iter()
            .map(|(path, text)| {
                let lang = path.split('/').next().and_then(|d| d.parse::<Lang>().ok());
                (format!("<built-in>/rules/{path}"), text.to_string(), lang)
            })
            .collect();
        let builtin_count = files.len();
        for dir in dirs {
            let dir = dir.as_ref();
            read_dir(dir, dir, &mut files)?;
        }
        let mut book = RuleBook {
            builtin: Vec::new(),
            user: Vec::new(),
            all: OnceLock::new(),
            by_lang: Default::default(),
            profiles: BTreeMap::new(),
            variables,
            extras,
            sets: Default::default(),
            tuning,
        };
        for (i, (name, text, folder_lang)) in files.into_iter().enumerate() {
            let file = Arc::new(SourceFile { name, text });
            let is_profile = Path::new(&file.name).file_name().is_some_and(|n| n == "language.toml");
            if is_profile {
                let lang = folder_lang.ok_or_else(|| {
                    file.error(
                        None,
                        "a language.toml must be in a folder named after its language (en, pt, it, tr)",
                    )
                })?;
                let user = i >= builtin_count;
                book.profiles.insert(lang, (file, OnceLock::new()));
                if user {
                    // a profile of the user's is checked now, so its errors stop the run
                    book.profile(lang)?;
                }
                continue;
            }
            if i < builtin_count {
                book.builtin.push((file, folder_lang, OnceLock::new()));
            } else {
                book.user
                    .extend(parse_rule_file(&file, folder_lang)?.into_iter().map(Arc::new));
            }
        }
        for lang in Lang::ALL {
            if !book.profiles.contains_key(&lang) {
                return Err(LoadError {
                    file: format!("rules/{lang}/language.toml"),
                    line: 0,
                    column: 0,
                    message: "missing language profile".into(),
                });
            }
        }
        // user rules are compiled now, so that their errors stop the run at once
        for lang in Lang::ALL {
            for d in &book.user {
                if d.meta.lang.is_none_or(|l| l == lang) {
                    compile_check(
                        d,
                        lang,
                        &book.variables_for(lang)?,
                        &book.profile(lang)?.exclude,
                        true,
                        book.tuning,
                    )?;
                }
            }
        }
        Ok(book)
    }

    /// The built-in definitions of the files `take` accepts, then the user's that apply,
    /// in load order. A user's definition replaces an earlier one of the same id and
    /// language.
    fn assemble(&self, take: impl Fn(Option<Lang>) -> bool) -> Result<Vec<Arc<Definition>>, LoadError> {
        let mut out: Vec<Arc<Definition>> = Vec::new();
        for (file, folder_lang, parsed) in &self.builtin {
            if take(*folder_lang) {
                let defs = parsed
                    .get_or_init(|| Ok(parse_rule_file(file, *folder_lang)?.into_iter().map(Arc::new).collect()))
                    .as_ref()
                    .map_err(Clone::clone)?;
                out.extend(defs.iter().cloned());
            }
        }
        for d in self.user.iter().filter(|d| take(d.meta.lang)) {
            out.retain(|old| !(old.meta.id == d.meta.id && (d.meta.lang.is_none() || old.meta.lang == d.meta.lang)));
            out.push(d.clone());
        }
        Ok(out)
    }

    /// Every definition, in load order.
    pub fn definitions(&self) -> Result<&[Arc<Definition>], LoadError> {
        self.all
            .get_or_init(|| self.assemble(|_| true))
            .as_deref()
            .map_err(Clone::clone)
    }

    /// The definitions that apply to `lang`, in load order.
    pub fn definitions_for(&self, lang: Lang) -> Result<&[Arc<Definition>], LoadError> {
        let idx = Lang::ALL.iter().position(|&l| l == lang).unwrap();
        self.by_lang[idx]
            .get_or_init(|| self.assemble(|l| l.is_none_or(|l| l == lang)))
            .as_deref()
            .map_err(Clone::clone)
    }

    /// A language's profile (compiled on first use).
    pub fn profile(&self, lang: Lang) -> Result<&Profile, LoadError> {
        let (file, parsed) = &self.profiles[&lang];
        parsed
            .get_or_init(|| Profile::parse(lang, &file.text, self.tuning).map_err(|m| parse_located(file, &m)))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The variables rules of `lang` are compiled with: engine defaults, the language
    /// profile's, the configuration's values, then the configuration's added
    /// alternatives.
    pub(crate) fn variables_for(&self, lang: Lang) -> Result<BTreeMap<String, String>, LoadError> {
        // contacts match nothing until a configuration names them
        let never = r"[^\s\S]".to_string();
        let mut vars: BTreeMap<String, String> = [
            ("contact".to_string(), never.clone()),
            ("complaints".to_string(), never),
        ]
        .into();
        vars.extend(self.profile(lang)?.variables.clone());
        vars.extend(self.variables.clone());
        for (name, alts) in &self.extras {
            let base = vars.get(name).cloned().unwrap_or_else(|| r"[^\s\S]".into());
            vars.insert(
                name.clone(),
                std::iter::once(base)
                    .chain(alts.iter().cloned())
                    .collect::<Vec<_>>()
                    .join("|"),
            );
        }
        Ok(vars)
    }

    /// The compiled rules for one language (compiled on first use, then shared).
    pub fn set(&self, lang: Lang) -> Result<&RuleSet, LoadError> {
        let idx = Lang::ALL.iter().position(|&l| l == lang).unwrap();
        self.sets[idx]
            .get_or_init(|| RuleSet::compile(self, lang))
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// Compile one rule's check for a language.
pub(crate) fn compile_check(
    d: &Definition,
    lang: Lang,
    variables: &BTreeMap<String, String>,
    exclusions: &BTreeMap<String, Vec<String>>,
    eager: bool,
    tuning: Tuning,
) -> Result<crate::checks::Check, LoadError> {
    let cx = crate::checks::CompileContext {
        lang,
        variables,
        exclusions,
        eager,
        tuning,
    };
    crate::checks::Check::compile(&d.spec, &cx).map_err(|e| d.file.error(e.span, e.message))
}

fn parse_located(file: &SourceFile, message: &str) -> LoadError {
    // messages from toml_error start with "line:col: "
    let mut parts = message.splitn(3, ':');
    if let (Some(l), Some(c), Some(rest)) = (parts.next(), parts.next(), parts.next()) {
        if let (Ok(line), Ok(column)) = (l.parse(), c.parse()) {
            return LoadError {
                file: file.name.clone(),
                line,
                column,
                message: rest.trim().to_string(),
            };
        }
    }
    file.error(None, message)
}

fn read_dir(root: &Path, dir: &Path, out: &mut Vec<(String, String, Option<Lang>)>) -> Result<(), LoadError> {
    let io = |p: &Path, e: std::io::Error| LoadError {
        file: p.display().to_string(),
        line: 0,
        column: 0,
        message: format!("cannot read rules: {e}"),
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            read_dir(root, &p, out)?;
        } else if p.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&p).map_err(|e| io(&p, e))?;
            let lang = p
                .parent()
                .filter(|parent| *parent != root)
                .and_then(|parent| parent.file_name())
                .and_then(|n| n.to_str()?.parse::<Lang>().ok());
            out.push((p.display().to_string(), text, lang));
        }
    }
    Ok(())
}

/// Parse and validate one rule file.
pub fn parse_rule_file(file: &Arc<SourceFile>, folder_lang: Option<Lang>) -> Result<Vec<Definition>, LoadError> {
    let parsed: RuleFile = toml::from_str(&file.text).map_err(|e| parse_located(file, &toml_error(&file.text, &e)))?;
    let file_lang = match &parsed.language {
        Some(l) => Some(l.get_ref().parse::<Lang>().map_err(|m| file.error(Some(l.span()), m))?),
        None => folder_lang,
    };
    let stem = Path::new(&file.name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    let file_channels = match &parsed.channels {
        Some(list) => parse_channels(file, list)?,
        None => match stem.parse::<Channel>() {
            Ok(c) => vec![c],
            Err(_) => Channel::ALL.to_vec(),
        },
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for spec in parsed.rule {
        let id = spec.id.get_ref().clone();
        if !valid_id(&id) {
            return Err(file.error(
                Some(spec.id.span()),
                format!("rule id `{id}` must look like `group.kebab-name` (lowercase, dot-separated)"),
            ));
        }
        if !seen.insert(id.clone()) {
            return Err(file.error(
                Some(spec.id.span()),
                format!("rule `{id}` is defined twice in this file"),
            ));
        }
        let severity: Severity = spec
            .severity
            .get_ref()
            .parse()
            .map_err(|m: String| file.error(Some(spec.severity.span()), m))?;
        let kind = spec.check.get_ref().as_str();
        let Some((_, params)) = KINDS.iter().find(|(k, _)| *k == kind) else {
            let names: Vec<&str> = KINDS.iter().map(|(k, _)| *k).collect();
            return Err(file.error(
                Some(spec.check.span()),
                format!("unknown check kind `{kind}` (expected one of: {})", names.join(", ")),
            ));
        };
        for (name, span) in spec.present_params() {
            if !params.contains(&name) {
                let takes = if params.is_empty() {
                    "no parameters".to_string()
                } else {
                    params.join(", ")
                };
                return Err(file.error(
                    span,
                    format!("`{name}` is not a parameter of check kind `{kind}` (it takes: {takes})"),
                ));
            }
        }
        let scope = match &spec.scope {
            Some(s) => s
                .get_ref()
                .parse::<Scope>()
                .map_err(|m| file.error(Some(s.span()), m))?,
            None => Scope::Agent,
        };
        let channels = match &spec.channels {
            Some(list) => parse_channels(file, list)?,
            None => file_channels.clone(),
        };
        let examples = spec.examples.clone().unwrap_or_default();
        if let Some(t) = &examples.today {
            t.parse::<jiff::civil::Date>()
                .map_err(|e| file.error(Some(spec.id.span()), format!("examples.today `{t}` is not a date: {e}")))?;
        }
        let meta = RuleMeta {
            id,
            severity,
            check: kind.to_string(),
            scope,
            channels,
            lang: file_lang,
            message: spec.message.clone(),
            title: spec.title.clone().unwrap_or_else(|| spec.message.clone()),
            help: spec.help.clone(),
            source: spec.source.clone(),
            why: spec.why.clone(),
            enabled: spec.enabled.unwrap_or(true),
            examples,
            file: file.name.clone(),
        };
        out.push(Definition {
            meta: Arc::new(meta),
            spec,
            file: file.clone(),
        });
    }
    Ok(out)
}

fn parse_channels(file: &SourceFile, list: &[toml::Spanned<String>]) -> Result<Vec<Channel>, LoadError> {
    list.iter()
        .map(|c| {
            c.get_ref()
                .parse::<Channel>()
                .map_err(|m| file.error(Some(c.span()), m))
        })
        .collect()
}

fn valid_id(id: &str) -> bool {
    let mut parts = id.split('.');
    let ok_part = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !p.starts_with('-')
    };
    parts.next().is_some_and(ok_part) && id.contains('.') && parts.all(ok_part)
}
