//! A language's compiled rules, and running them over one document.

use super::loader::{compile_check, Definition, LoadError, RuleBook, RuleMeta};
use crate::checks::{Check, Context, Finding};
use crate::diagnostic::{Diagnostic, Fix};
use crate::document::lines::LineIndex;
use crate::document::structure::Structure;
use crate::document::Channel;
use crate::language::dates::DateFinder;
use crate::language::profile::Profile;
use crate::language::Lang;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::OnceLock;

/// A document ready to be checked: its text, structure and what the checks need.
pub struct Prepared<'a> {
    pub text: &'a str,
    pub structure: &'a Structure,
    pub channel: Channel,
    pub profile: &'a Profile,
    pub today: &'a crate::Today,
    pub customer: Option<&'a crate::document::CustomerMessage>,
    pub template: Option<crate::document::template::TemplateSyntax>,
}

/// One rule, compiled on first use: a run compiles only the rules of the channels and
/// languages it meets (compiling regexes was most of a one-page run).
#[derive(Debug)]
pub struct CompiledRule {
    pub meta: Arc<RuleMeta>,
    definition: Arc<Definition>,
    check: OnceLock<Result<Check, LoadError>>,
}

/// The rules of one language, shared by every thread.
#[derive(Debug)]
pub struct RuleSet {
    pub lang: Lang,
    pub rules: Vec<CompiledRule>,
    /// Date recognizer, built on first use (only date rules need it).
    pub dates: OnceLock<DateFinder>,
    variables: BTreeMap<String, String>,
    exclusions: BTreeMap<String, Vec<String>>,
    tuning: crate::language::ascii_regex::Tuning,
}

impl RuleSet {
    pub fn compile(book: &RuleBook, lang: Lang) -> Result<RuleSet, LoadError> {
        let rules = book
            .definitions_for(lang)?
            .iter()
            .map(|d| CompiledRule {
                meta: d.meta.clone(),
                definition: d.clone(),
                check: OnceLock::new(),
            })
            .collect();
        let profile = book.profile(lang)?;
        Ok(RuleSet {
            lang,
            rules,
            dates: OnceLock::new(),
            variables: book.variables_for(lang)?,
            exclusions: profile.exclude.clone(),
            tuning: book.tuning,
        })
    }

    /// A rule's check, compiled now if it was not yet.
    fn check_of<'s>(&'s self, rule: &'s CompiledRule) -> Result<&'s Check, LoadError> {
        rule.check
            .get_or_init(|| {
                compile_check(
                    &rule.definition,
                    self.lang,
                    &self.variables,
                    &self.exclusions,
                    false,
                    self.tuning,
                )
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Run every rule that applies to the document's channel and passes `enabled`.
    /// Diagnostics come out sorted by position, then rule id.
    pub fn check(&self, doc: &Prepared, enabled: &dyn Fn(&RuleMeta) -> bool) -> Result<Vec<Diagnostic>, LoadError> {
        let (text, structure, channel, today) = (doc.text, doc.structure, doc.channel, doc.today);
        let ascii = OnceLock::new();
        let cx = Context {
            text,
            structure,
            lang: self.lang,
            profile: doc.profile,
            dates: &self.dates,
            today,
            customer: doc.customer,
            template: doc.template,
            unused_suppressions: &[],
            ascii: &ascii,
        };
        let index = LineIndex::new(text);
        let mut out = Vec::new();
        // run rules over their scopes, adding their findings to `out`
        let run = |rules: &[&CompiledRule], cx: &Context, out: &mut Vec<Diagnostic>| -> Result<(), LoadError> {
            let mut findings: Vec<Finding> = Vec::new();
            for rule in rules {
                self.check_of(rule)?
                    .run(cx, structure.ranges(rule.meta.scope), &mut findings);
                out.extend(
                    findings
                        .drain(..)
                        .map(|f| diagnostic(&rule.meta, f, text, &index, today)),
                );
            }
            Ok(())
        };
        let active = |r: &&CompiledRule| r.meta.channels.contains(&channel) && enabled(&r.meta);
        let (last, first): (Vec<&CompiledRule>, Vec<&CompiledRule>) = self
            .rules
            .iter()
            .filter(active)
            .partition(|r| r.meta.check == "unused-suppression");
        run(&first, &cx, &mut out)?;
        // suppression comments silence what they name; the unused ones are reported by
        // the rules of kind `unused-suppression`, which run last
        let suppressions = crate::document::suppress::find(text);
        if !suppressions.is_empty() {
            let mut used = vec![false; suppressions.len()];
            out.retain(|d| {
                let hit = suppressions.iter().position(|s| s.covers(&d.rule, d.byte_start));
                if let Some(i) = hit {
                    used[i] = true;
                }
                hit.is_none()
            });
            let unused: Vec<std::ops::Range<usize>> = suppressions
                .iter()
                .zip(&used)
                .filter(|(_, u)| !**u)
                .map(|(s, _)| s.span.clone())
                .collect();
            let cx = Context {
                unused_suppressions: &unused,
                ..cx
            };
            run(&last, &cx, &mut out)?;
        }
        out.sort_by(|a, b| (a.byte_start, &a.rule, a.byte_end).cmp(&(b.byte_start, &b.rule, b.byte_end)));
        Ok(out)
    }
}

fn diagnostic(meta: &RuleMeta, f: Finding, text: &str, index: &LineIndex, today: &crate::Today) -> Diagnostic {
    let (line, column) = index.position(text, f.span.start);
    let (end_line, end_column) = index.position(text, f.span.end);
    let matched = &text[f.span.clone()];
    let quote = f.quote.as_deref().unwrap_or_default();
    let fill = |s: &str| {
        let s = s.replace("{match}", matched).replace("{question}", quote);
        // the clock is read only for a message that shows the date
        if s.contains("{today}") {
            s.replace("{today}", &today.get().to_string())
        } else {
            s
        }
    };
    Diagnostic {
        rule: meta.id.clone(),
        severity: meta.severity,
        message: fill(f.message.as_deref().unwrap_or(&meta.message)),
        line,
        column,
        end_line,
        end_column,
        byte_start: f.span.start,
        byte_end: f.span.end,
        help: match (f.help, meta.help.as_deref().map(fill), f.suggestion) {
            (Some(h), _, _) => Some(h),
            (None, Some(h), Some(s)) => Some(format!("{h} → “{s}”")),
            (None, h, Some(s)) => h.or(Some(format!("→ “{s}”"))),
            (None, h, None) => h,
        },
        fix: f.replacement.map(|replacement| Fix {
            replacement,
            byte_start: f.span.start,
            byte_end: f.span.end,
        }),
        related: f.related,
        about_document: matches!(meta.check.as_str(), "require" | "present" | "questions"),
    }
}
