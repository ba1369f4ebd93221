//! `placeholder`: template variables and fill-me markers left in a draft (`{{name}}`,
//! `{name}`, `[NAME]`, `<insert date>`, `XXX`, `TBD`, `lorem ipsum`). The patterns are
//! the rule's, matched on the ASCII copy (`language::ascii`); the check reports each
//! match once, even where patterns overlap.

use super::pattern::{compile_all_ascii, AsciiRegex};
use super::{CompileContext, CompileError, Context, Finding};
use crate::rules::schema::RuleSpec;
use std::ops::Range;

#[derive(Debug)]
pub struct Placeholder {
    patterns: Vec<AsciiRegex>,
}

impl Placeholder {
    pub fn compile(spec: &RuleSpec, cx: &CompileContext) -> Result<Placeholder, CompileError> {
        let patterns = compile_all_ascii(spec.patterns.as_deref().unwrap_or_default(), cx)?;
        if patterns.is_empty() {
            return Err(CompileError {
                span: Some(spec.check.span()),
                message: "a `placeholder` rule needs `patterns`".into(),
            });
        }
        Ok(Placeholder { patterns })
    }

    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        let ascii = cx.ascii();
        for r in ranges {
            // (span, reported): the first pattern to claim a span decides
            let mut spans: Vec<(Range<usize>, bool)> = Vec::new();
            for re in &self.patterns {
                for span in ascii.find_iter(re, r.clone()) {
                    if spans.iter().any(|(s, _)| s.start < span.end && span.start < s.end) {
                        continue;
                    }
                    // a placeholder of the template's own syntax is expected there, and a
                    // tact-ignore comment is an instruction, not a placeholder
                    let matched = &cx.text[span.clone()];
                    let expected = cx.template.is_some_and(|t| t.well_formed().is_match(matched))
                        || matched.contains("tact-ignore");
                    spans.push((span, !expected));
                }
            }
            spans.sort_by_key(|(s, _)| s.start);
            out.extend(
                spans
                    .into_iter()
                    .filter(|(_, report)| *report)
                    .map(|(span, _)| Finding {
                        span,
                        ..Finding::default()
                    }),
            );
        }
    }
}
