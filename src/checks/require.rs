//! `require`: the scope must contain a match of at least one pattern of `any`, and of
//! every group of `all`. With `when`, the rule applies only to documents whose text
//! matches one of those patterns (a reply to a complaint, say). One finding per
//! document, on the first line of the scope (or where the part should be). With `mask`,
//! text matching those patterns is blanked out first, so that, for instance, a greeting
//! word cannot pass for an organization's name.

use super::pattern::{compile_all_ascii, compile_ascii, AsciiRegex, VariableMatcher};
use super::{CompileContext, CompileError, Context, Finding};
use crate::document::structure::Scope;
use crate::rules::schema::RuleSpec;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug)]
pub struct Require {
    /// Compiled on first need: with `when`, most documents never need them (a complaint
    /// rule's patterns are large and most drafts are not replies to a complaint).
    groups: OnceLock<Vec<Vec<AsciiRegex>>>,
    sources: Sources,
    when: Vec<AsciiRegex>,
    mask: Vec<AsciiRegex>,
    variables: VariableMatcher,
    lang: crate::Lang,
}

/// What compiling the groups needs.
#[derive(Debug)]
struct Sources {
    groups: Vec<Vec<(String, Option<Range<usize>>)>>,
    variables: BTreeMap<String, String>,
    exclusions: BTreeMap<String, Vec<String>>,
    tuning: crate::language::ascii_regex::Tuning,
}

impl Sources {
    fn compile(&self, lang: crate::Lang) -> Result<Vec<Vec<AsciiRegex>>, CompileError> {
        let cx = CompileContext {
            lang,
            variables: &self.variables,
            exclusions: &self.exclusions,
            eager: true,
            tuning: self.tuning,
        };
        self.groups
            .iter()
            .map(|g| g.iter().map(|(p, span)| compile_ascii(p, span.clone(), &cx)).collect())
            .collect()
    }
}

impl Require {
    pub fn compile(spec: &RuleSpec, cx: &CompileContext) -> Result<Require, CompileError> {
        let mut groups: Vec<Vec<(String, Option<Range<usize>>)>> = Vec::new();
        if let Some(any) = &spec.any {
            groups.push(any.iter().map(|p| (p.get_ref().clone(), Some(p.span()))).collect());
        }
        for group in spec.all.as_deref().unwrap_or_default() {
            groups.push(
                group
                    .get_ref()
                    .iter()
                    .map(|p| (p.clone(), Some(group.span())))
                    .collect(),
            );
        }
        groups.retain(|g| !g.is_empty());
        if groups.is_empty() {
            return Err(CompileError {
                span: Some(spec.check.span()),
                message: "a `require` rule needs `any` or `all` patterns".into(),
            });
        }
        let when = compile_all_ascii(spec.when.as_deref().unwrap_or_default(), cx)?;
        let mask = compile_all_ascii(spec.mask.as_deref().unwrap_or_default(), cx)?;
        let sources = Sources {
            groups,
            variables: cx.variables.clone(),
            exclusions: cx.exclusions.clone(),
            tuning: cx.tuning,
        };
        let compiled = OnceLock::new();
        // without `when` every document needs the groups; with it, check them now only
        // when asked to (a user's rule file is validated at load)
        if when.is_empty() || cx.eager {
            let _ = compiled.set(sources.compile(cx.lang)?);
        }
        Ok(Require {
            groups: compiled,
            sources,
            when,
            mask,
            variables: VariableMatcher::new(cx),
            lang: cx.lang,
        })
    }

    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        if !self.when.is_empty() {
            let text = cx.structure.ranges(Scope::Text);
            let applies = text.iter().any(|r| {
                self.when
                    .iter()
                    .any(|re| re.is_match(cx.ascii().slice(r.clone()).as_bytes()))
            });
            if !applies {
                return;
            }
        }
        // patterns run on the ASCII copy (fast engines; same meaning, see language::ascii)
        let ascii = cx.ascii();
        let slices: Vec<std::borrow::Cow<str>> = ranges.iter().map(|r| self.masked(ascii.slice(r.clone()))).collect();
        // the built-in patterns compile (their examples prove it); a user's rules were
        // compiled eagerly at load, so this cannot fail in practice
        let groups = self
            .groups
            .get_or_init(|| self.sources.compile(self.lang).unwrap_or_default());
        let satisfied = groups.iter().all(|group| {
            slices
                .iter()
                .any(|s| group.iter().any(|re| self.variables.is_match(re, s, self.lang)))
        });
        if !satisfied {
            out.push(Finding {
                span: anchor(cx, ranges),
                ..Finding::default()
            });
        }
    }
}

impl Require {
    /// `slice` with the matches of `mask` replaced by spaces (same length, so `^` and
    /// positions keep their meaning).
    fn masked<'t>(&self, slice: &'t str) -> std::borrow::Cow<'t, str> {
        if self.mask.is_empty() {
            return slice.into();
        }
        let mut out = slice.to_string();
        for re in &self.mask {
            let spans: Vec<Range<usize>> = re.find_iter(out.as_bytes()).collect();
            for span in spans {
                let blank = " ".repeat(span.len());
                out.replace_range(span, &blank);
            }
        }
        out.into()
    }
}

/// Where to report a missing part: the first line of the scope, or, when the scope is
/// empty, the first line of the document's text.
pub fn anchor(cx: &Context, ranges: &[Range<usize>]) -> Range<usize> {
    let r = ranges
        .first()
        .or_else(|| cx.structure.ranges(Scope::Agent).first())
        .or_else(|| cx.structure.ranges(Scope::Text).first())
        .cloned()
        .unwrap_or(0..0);
    first_line(cx.text, r)
}

/// Where to report a part missing at the end: the last line of the document's text.
pub fn anchor_end(cx: &Context) -> Range<usize> {
    let Some(r) = cx
        .structure
        .ranges(Scope::Agent)
        .last()
        .or_else(|| cx.structure.ranges(Scope::Text).last())
        .cloned()
    else {
        return 0..0;
    };
    let line_start = cx.text[r.clone()].rfind('\n').map_or(r.start, |i| r.start + i + 1);
    line_start..r.end
}

fn first_line(text: &str, r: Range<usize>) -> Range<usize> {
    let end = text[r.clone()].find('\n').map_or(r.end, |i| r.start + i);
    r.start..end
}
