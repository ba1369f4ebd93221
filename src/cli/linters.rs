//! One [`Linter`] per configuration in force: `--config FILE` for everything, otherwise
//! the nearest `tact.toml` above each file (or above the current folder for stdin), or
//! none. Linters are built on first use and shared; a broken configuration is reported
//! once and the files under it are not checked.

use crate::config::{self, Config};
use crate::input::Problem;
use crate::{Linter, Options};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Flags that a configuration file may also set.
#[derive(Clone, Default)]
pub struct CliRules {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub rule_dirs: Vec<PathBuf>,
}

pub struct Linters {
    base: Options,
    cli: CliRules,
    /// `--config FILE`, or the linter without configuration.
    fixed: Option<Arc<Linter>>,
    no_config: Arc<Linter>,
    by_config: Mutex<HashMap<PathBuf, Result<Arc<Linter>, String>>>,
    by_dir: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

/// Options for a configuration: command-line `--select` replaces the file's `select`,
/// `--ignore` and `--rules` add to the file's.
pub fn options_for(base: &Options, cli: &CliRules, config: Option<Config>) -> Options {
    let mut o = base.clone();
    o.select = cli.select.clone();
    o.ignore = cli.ignore.clone();
    o.rule_dirs = cli.rule_dirs.clone();
    if let Some(c) = config {
        if o.select.is_empty() {
            o.select = c.select.clone().unwrap_or_default();
        }
        o.ignore.splice(0..0, c.ignore.iter().cloned());
        o.rule_dirs.splice(0..0, c.rule_paths.iter().cloned());
        if let Some(l) = c.lang {
            o.default_lang = l;
        }
        let (vars, extras) = config::variables(&c);
        o.variables = vars;
        o.variable_extras = extras;
        o.config = Some(Arc::new(c));
    }
    o
}

impl Linters {
    /// `config_file`: `--config FILE`. Errors (a broken `--config` file or `--rules`
    /// folder) stop the run.
    pub fn new(base: Options, cli: CliRules, config_file: Option<&Path>) -> Result<Linters, crate::LoadError> {
        let no_config = Arc::new(Linter::new(options_for(&base, &cli, None))?);
        let fixed = match config_file {
            Some(p) => {
                let c = Config::load(p)?;
                Some(Arc::new(Linter::new(options_for(&base, &cli, Some(c)))?))
            }
            None => None,
        };
        Ok(Linters {
            base,
            cli,
            fixed,
            no_config,
            by_config: Mutex::default(),
            by_dir: Mutex::default(),
        })
    }

    /// A linter for listing rules (the `--config` one, or the one for the current folder).
    pub fn any(&self) -> Arc<Linter> {
        self.fixed.clone().unwrap_or_else(|| self.no_config.clone())
    }

    /// The linter for a file (`None`: stdin). Err: the configuration is broken; the
    /// problem is returned once, then `Ok(None)`-like skips follow as `Err(None)`.
    pub fn for_path(&self, path: Option<&Path>) -> Result<Arc<Linter>, Option<Problem>> {
        if let Some(l) = &self.fixed {
            return Ok(l.clone());
        }
        let dir = match path.and_then(Path::parent) {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let found = {
            let mut cache = self.by_dir.lock().unwrap();
            cache.entry(dir.clone()).or_insert_with(|| Config::find(&dir)).clone()
        };
        let Some(config_path) = found else {
            return Ok(self.no_config.clone());
        };
        let mut cache = self.by_config.lock().unwrap();
        if let Some(entry) = cache.get(&config_path) {
            return entry.clone().map_err(|_| None);
        }
        let built = Config::load(&config_path)
            .and_then(|c| Linter::new(options_for(&self.base, &self.cli, Some(c))))
            .map(Arc::new);
        match built {
            Ok(l) => {
                cache.insert(config_path, Ok(l.clone()));
                Ok(l)
            }
            Err(e) => {
                cache.insert(config_path.clone(), Err(e.to_string()));
                Err(Some(Problem::error(location(&e), e.message.clone())))
            }
        }
    }
}

/// Where a load error is: `file:line:column`, or the file.
fn location(e: &crate::LoadError) -> String {
    if e.line > 0 {
        format!("{}:{}:{}", e.file, e.line, e.column)
    } else {
        e.file.clone()
    }
}
