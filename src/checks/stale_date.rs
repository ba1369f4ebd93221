//! `stale-date`: a date in the scope that is already past, relative to `--today`
//! ("kept current", seed 004). Dates are found with the language profile's month names
//! and numeric formats; see `language::dates`.

use super::{Context, Finding};
use std::ops::Range;

#[derive(Debug)]
pub struct StaleDate;

impl StaleDate {
    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        let today = cx.today.get();
        for r in ranges {
            let dates = cx
                .dates
                .get_or_init(|| crate::language::dates::DateFinder::new(cx.profile));
            for found in dates.find(cx.text, r.clone(), cx.lang, today) {
                if found.latest < today {
                    out.push(Finding {
                        span: found.span,
                        ..Finding::default()
                    });
                }
            }
        }
    }
}
