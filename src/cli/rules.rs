//! `tact rules`, `tact explain RULE` and `tact test`: what the rules are, why they
//! exist, and whether their examples hold.

use super::{fail, ExplainArgs, RuleOptions, RulesArgs, RulesFormat, TestArgs, EXIT_FINDINGS};
use crate::rules::examples;
use crate::{Lang, Linter, Options, RuleMeta};
use std::collections::BTreeMap;

/// The linter for the current folder: its nearest tact.toml (or `--config`), so that
/// `tact rules` lists the rules this team runs.
fn linter(opts: &RuleOptions) -> Result<Linter, i32> {
    let config = match &opts.config {
        Some(p) => Some(crate::config::Config::load(p).map_err(fail)?),
        None => match crate::config::Config::find(std::path::Path::new(".")) {
            Some(p) => Some(crate::config::Config::load(&p).map_err(fail)?),
            None => None,
        },
    };
    let cli = super::linters::CliRules {
        rule_dirs: opts.rules.clone(),
        ..Default::default()
    };
    Linter::new(super::linters::options_for(&Options::default(), &cli, config)).map_err(fail)
}

/// One rule id across its per-language definitions.
struct Entry<'a> {
    first: &'a RuleMeta,
    langs: Vec<Lang>,
    channels: Vec<crate::Channel>,
}

/// Every rule id with its definitions merged; `first` is the definition in `lang`
/// (English when not given or missing).
fn entries(linter: &Linter, lang: Option<Lang>) -> BTreeMap<String, Entry<'_>> {
    let mut map: BTreeMap<String, Entry> = BTreeMap::new();
    let wanted = lang.unwrap_or(Lang::En);
    for m in linter.rules() {
        let e = map.entry(m.id.clone()).or_insert(Entry {
            first: m,
            langs: Vec::new(),
            channels: Vec::new(),
        });
        if m.lang == Some(wanted) && e.first.lang != Some(wanted) {
            e.first = m;
        }
        match m.lang {
            Some(l) => e.langs.push(l),
            None => e.langs.extend(Lang::ALL),
        }
        e.channels.extend(m.channels.iter().copied());
    }
    for e in map.values_mut() {
        e.langs.sort();
        e.langs.dedup();
        e.channels.sort();
        e.channels.dedup();
    }
    map
}

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

pub fn list(args: RulesArgs) -> i32 {
    let linter = match linter(&args.rule_options) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let entries = entries(&linter, args.lang);
    match args.format {
        RulesFormat::Table => {
            let rows: Vec<[String; 5]> = entries
                .iter()
                .map(|(id, e)| {
                    let channels = if e.channels.len() == crate::Channel::ALL.len() {
                        "all".to_string()
                    } else {
                        join(&e.channels)
                    };
                    let mut severity = e.first.severity.to_string();
                    if !e.first.enabled {
                        severity.push_str(" (opt-in)");
                    }
                    [id.clone(), channels, join(&e.langs), severity, e.first.title.clone()]
                })
                .collect();
            let header = ["RULE", "CHANNELS", "LANGUAGES", "SEVERITY", "DESCRIPTION"].map(String::from);
            let mut widths = [0usize; 4];
            for row in std::iter::once(&header).chain(rows.iter()) {
                for (w, cell) in widths.iter_mut().zip(row.iter()) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            for row in std::iter::once(&header).chain(rows.iter()) {
                out!(
                    "{:w0$}  {:w1$}  {:w2$}  {:w3$}  {}",
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    w0 = widths[0],
                    w1 = widths[1],
                    w2 = widths[2],
                    w3 = widths[3]
                );
            }
        }
        RulesFormat::Json => {
            let list: Vec<serde_json::Value> = entries
                .iter()
                .map(|(id, e)| {
                    serde_json::json!({
                        "id": id,
                        "channels": e.channels,
                        "languages": e.langs,
                        "severity": e.first.severity,
                        "enabled": e.first.enabled,
                        "check": e.first.check,
                        "title": e.first.title,
                        "message": e.first.message,
                        "source": e.first.source,
                    })
                })
                .collect();
            out!("{}", serde_json::to_string_pretty(&list).expect("serializes"));
        }
        RulesFormat::Markdown => out!("{}", style_guide(&linter, &entries, args.lang)),
    }
    0
}

/// The team's style guide: every rule that runs under the current configuration, with
/// why it exists, where it comes from and its examples, so the rules a team enforces are
/// the text it trains new staff with (seed 003).
fn style_guide(linter: &Linter, entries: &BTreeMap<String, Entry<'_>>, lang: Option<Lang>) -> String {
    let lang = lang.unwrap_or(Lang::En);
    let mut s = String::from("# Customer correspondence style guide\n\n");
    s.push_str("Generated by `tact rules --format markdown` from the rules this team runs. ");
    s.push_str("Each rule says what a draft must do, why, where the rule comes from, and shows ");
    s.push_str("a draft that breaks it and one that follows it.\n");
    let mut group = "";
    for (id, e) in entries {
        let Some(m) = linter
            .rules()
            .find(|m| &m.id == id && m.lang == Some(lang))
            .or_else(|| linter.rules().find(|m| &m.id == id))
        else {
            continue;
        };
        if !linter.is_enabled(m) {
            continue;
        }
        let g = id.split('.').next().unwrap_or_default();
        if g != group {
            group = g;
            s.push_str(&format!("\n## {g}\n"));
        }
        s.push_str(&format!("\n### {} — {}\n\n", id, m.title));
        s.push_str(&format!("*{}; {}.*\n\n", m.severity, join(&e.channels)));
        if let Some(why) = &m.why {
            s.push_str(&format!("{why}\n\n"));
        }
        if let Some(help) = &m.help {
            s.push_str(&format!("**What to do:** {help}\n\n"));
        }
        if let Some(src) = &m.source {
            s.push_str(&format!("**Source:** {src}\n\n"));
        }
        for (label, list) in [("Instead of", &m.examples.bad), ("Write", &m.examples.good)] {
            if let Some(t) = list.first() {
                s.push_str(&format!("{label}:\n\n```text\n{}\n```\n\n", t.trim_end()));
            }
        }
    }
    s
}

pub fn explain(args: ExplainArgs) -> i32 {
    let linter = match linter(&args.rule_options) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let defs: Vec<&RuleMeta> = linter
        .rules()
        .filter(|m| m.id == args.rule)
        .filter(|m| args.lang.is_none() || m.lang.is_none() || m.lang == args.lang)
        .collect();
    let Some(first) = defs.first() else {
        let known = entries(&linter, None);
        let near: Vec<&String> = known
            .keys()
            .filter(|k| k.starts_with(args.rule.split('.').next().unwrap_or("")))
            .collect();
        let hint = if near.is_empty() {
            String::new()
        } else {
            format!(" (rules in that group: {})", join(&near))
        };
        return fail(format!("unknown rule `{}`{hint}; `tact rules` lists them", args.rule));
    };
    let e = &entries(&linter, args.lang)[&first.id];
    out!(
        "{} ({}, {})",
        first.id,
        first.severity,
        if first.enabled { "on by default" } else { "opt-in" }
    );
    out!();
    out!("{}", first.title);
    if let Some(why) = &first.why {
        out!();
        out!("Why: {why}");
    }
    if let Some(help) = &first.help {
        out!("Help: {help}");
    }
    if let Some(src) = &first.source {
        out!("Source: {src}");
    }
    out!("Check: {} (scope: {})", first.check, first.scope.name());
    out!("Channels: {}", join(&e.channels));
    out!("Languages: {}", join(&e.langs));
    for m in &defs {
        let lang = m.lang.map_or("all".to_string(), |l| l.to_string());
        for t in &m.examples.bad {
            out!("\nBad ({lang}):\n{}", indent(t));
        }
        for t in &m.examples.good {
            out!("\nGood ({lang}):\n{}", indent(t));
        }
    }
    0
}

fn indent(t: &str) -> String {
    t.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn test(args: TestArgs) -> i32 {
    let linter = match linter(&args.rule_options) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let (failures, count) = examples::run(&linter);
    for f in &failures {
        out!("FAIL {f}");
    }
    out!("{} examples, {} failed", count, failures.len());
    if failures.is_empty() {
        0
    } else {
        EXIT_FINDINGS
    }
}
