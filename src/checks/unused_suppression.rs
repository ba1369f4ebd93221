//! `unused-suppression`: a `tact-ignore` comment that silenced nothing (see
//! `document::suppress`), reported so that stale suppressions do not pile up. The engine
//! runs rules of this kind after every other rule.

use super::{Context, Finding};
use std::ops::Range;

#[derive(Debug)]
pub struct UnusedSuppression;

impl UnusedSuppression {
    pub fn run(&self, cx: &Context, _ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        out.extend(cx.unused_suppressions.iter().map(|span| Finding {
            span: span.clone(),
            ..Finding::default()
        }));
    }
}
