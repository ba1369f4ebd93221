//! `present`: the scope's part must exist (an email has a salutation, a sign-off). The
//! parts are found with the language profile's patterns (see `rules/<lang>/language.toml`).
//! A missing part is reported where it should be: on the first line of the text, or on
//! the last one for closing parts (`closing`, `signoff`, `signature`).

use super::require::{anchor, anchor_end};
use super::{Context, Finding};
use crate::document::structure::Scope;
use crate::rules::schema::RuleSpec;
use std::ops::Range;

#[derive(Debug)]
pub struct Present {
    at_end: bool,
}

impl Present {
    pub fn compile(spec: &RuleSpec) -> Present {
        let scope = spec.scope.as_ref().map(|s| s.get_ref().as_str());
        Present {
            at_end: matches!(scope, Some("closing" | "signoff" | "signature")),
        }
    }

    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        // a document with no text at all has nothing to report on
        if !ranges.is_empty() || cx.structure.ranges(Scope::Text).is_empty() {
            return;
        }
        let span = if self.at_end {
            anchor_end(cx)
        } else {
            anchor(cx, ranges)
        };
        out.push(Finding {
            span,
            ..Finding::default()
        });
    }
}
