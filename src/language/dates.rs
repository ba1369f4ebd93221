//! Finding calendar dates in text, for `voicemail.stale-date`: written dates with the
//! month names of the language profile ("3 de fevereiro de 2026", "lunedì 2 marzo 2026",
//! "9 Nisan 2026", "Friday, June 5, 2026") and numeric ones (2026-02-03, 03/02/2026,
//! 03.02.2026). Dates without a year are not reported: whether they are past is a guess.

use super::profile::{DateOrder, Profile};
use super::{fold, lowercase};
use jiff::civil::Date;
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// A date found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub span: Range<usize>,
    /// The latest calendar date the text can mean (numeric dates can be ambiguous).
    pub latest: Date,
}

/// Date recognizer compiled from a language profile.
#[derive(Debug)]
pub struct DateFinder {
    written: Option<Regex>,
    numeric: Regex,
    /// Weekday with day and month but no year: "lunedì 2 marzo", "Monday, March 2".
    weekday_dates: Option<Regex>,
    months: HashMap<String, i8>,
    /// Weekday name → 0 for Monday … 6 for Sunday.
    weekdays: HashMap<String, i8>,
    order: DateOrder,
}

fn strip_accents(s: &str) -> String {
    s.nfd().filter(|c| c.is_ascii() || c.is_alphabetic()).collect()
}

impl DateFinder {
    pub fn new(profile: &Profile) -> DateFinder {
        let mut months = HashMap::new();
        let mut names: Vec<&str> = Vec::new();
        for (i, spellings) in profile.months.iter().enumerate() {
            for name in spellings {
                months.insert(
                    strip_accents(&lowercase(name.trim_end_matches('.'), profile.lang)),
                    i as i8 + 1,
                );
                names.push(name.trim_end_matches('.'));
            }
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let written = (!names.is_empty()).then(|| {
            let alt = names
                .iter()
                .map(|n| regex::escape(n))
                .collect::<Vec<_>>()
                .join("|");
            let src = format!(
                r"(?i)\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.?º|\.?°|\.)?\s+(?:(?:of|de|di)\s+)?(?P<m1>{alt})\.?,?\s+(?:(?:de|del)\s+)?(?P<y1>\d{{4}})|(?P<m2>{alt})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})|(?P<d3>\d{{1,2}})[/\-](?P<m3>{alt})[/\-](?P<y3>\d{{4}}|\d{{2}}))\b"
            );
            Regex::new(&fold::fold_pattern(&src, profile.lang)).expect("date pattern compiles")
        });
        let numeric = Regex::new(
            r"\b(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})|(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2}))\b",
        )
        .expect("numeric date pattern compiles");
        let mut weekdays = HashMap::new();
        let mut day_names: Vec<&str> = Vec::new();
        for (i, spellings) in profile.weekdays.iter().enumerate() {
            for name in spellings {
                weekdays.insert(
                    strip_accents(&lowercase(name.trim_end_matches('.'), profile.lang)),
                    i as i8,
                );
                day_names.push(name.trim_end_matches('.'));
            }
        }
        day_names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let weekday_dates = (!day_names.is_empty() && !names.is_empty()).then(|| {
            let alt = |v: &[&str]| v.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|");
            let (wd, mo) = (alt(&day_names), alt(&names));
            let src = format!(
                r"(?i)\b(?:(?P<w1>{wd})\.?,?\s+(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.?º|\.?°|\.)?\s+(?:(?:of|de|di)\s+)?(?P<m1>{mo})|(?P<w2>{wd})\.?,?\s+(?P<m2>{mo})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d3>\d{{1,2}})\.?\s+(?P<m3>{mo})\s+(?P<w3>{wd}))\b"
            );
            Regex::new(&fold::fold_pattern(&src, profile.lang)).expect("weekday date pattern compiles")
        });
        DateFinder {
            written,
            numeric,
            weekday_dates,
            months,
            weekdays,
            order: profile.date_order,
        }
    }

    fn month(&self, name: &str, lang: super::Lang) -> Option<i8> {
        self.months.get(&strip_accents(&lowercase(name, lang))).copied()
    }

    /// Dates in `text[range]`, in order of position.
    pub fn find(&self, text: &str, range: Range<usize>, lang: super::Lang, today: Date) -> Vec<FoundDate> {
        let slice = &text[range.clone()];
        let mut out = Vec::new();
        let num = |s: &str| s.parse::<i16>().ok();
        // two-digit years are this century's: 03/02/26 is 2026
        let year = |s: &str| num(s).map(|y| if s.len() == 2 { 2000 + y } else { y });
        if let Some(re) = &self.written {
            for (whole, c) in captures(re, slice) {
                let (d, m, y) = match (c.name("d1"), c.name("d2"), c.name("d3")) {
                    (Some(d), _, _) => (d, c.name("m1").unwrap(), c.name("y1").unwrap()),
                    (None, Some(d), _) => (d, c.name("m2").unwrap(), c.name("y2").unwrap()),
                    (None, None, Some(d)) => (d, c.name("m3").unwrap(), c.name("y3").unwrap()),
                    _ => continue,
                };
                let (Some(day), Some(month), Some(year)) =
                    (num(d.as_str()), self.month(m.as_str(), lang), year(y.as_str()))
                else {
                    continue;
                };
                if let Ok(date) = Date::new(year, month, day as i8) {
                    out.push(FoundDate {
                        span: range.start + whole.start()..range.start + whole.end(),
                        latest: date,
                    });
                }
            }
        }
        for (whole, c) in captures(&self.numeric, slice) {
            let span = range.start + whole.start()..range.start + whole.end();
            if out
                .iter()
                .any(|f: &FoundDate| f.span.start < span.end && span.start < f.span.end)
            {
                continue;
            }
            let candidates: Vec<Date> = if let Some(y) = c.name("iy") {
                let (y, m, d) = (num(y.as_str()), num(&c["im"]), num(&c["id"]));
                match (y, m, d) {
                    (Some(y), Some(m), Some(d)) => Date::new(y, m as i8, d as i8).into_iter().collect(),
                    _ => continue,
                }
            } else {
                let (Some(a), Some(b), Some(y)) = (num(&c["a"]), num(&c["b"]), year(&c["y"])) else {
                    continue;
                };
                let dmy = Date::new(y, b as i8, a as i8).ok();
                let mdy = Date::new(y, a as i8, b as i8).ok();
                match self.order {
                    DateOrder::Dmy => dmy.into_iter().collect(),
                    DateOrder::Mdy => mdy.into_iter().collect(),
                    DateOrder::Either => dmy.into_iter().chain(mdy).collect(),
                }
            };
            if let Some(latest) = candidates.into_iter().max() {
                out.push(FoundDate { span, latest });
            }
        }
        if let Some(re) = &self.weekday_dates {
            for (whole, c) in captures(re, slice) {
                let span = range.start + whole.start()..range.start + whole.end();
                if out
                    .iter()
                    .any(|f: &FoundDate| f.span.start < span.end && span.start < f.span.end)
                {
                    continue; // already found with its year
                }
                let (w, d, m) = match (c.name("w1"), c.name("w2"), c.name("w3")) {
                    (Some(w), _, _) => (w, c.name("d1").unwrap(), c.name("m1").unwrap()),
                    (None, Some(w), _) => (w, c.name("d2").unwrap(), c.name("m2").unwrap()),
                    (None, None, Some(w)) => (w, c.name("d3").unwrap(), c.name("m3").unwrap()),
                    _ => continue,
                };
                let weekday = self.weekdays.get(&strip_accents(&lowercase(w.as_str(), lang))).copied();
                let (Some(weekday), Some(day), Some(month)) = (weekday, num(d.as_str()), self.month(m.as_str(), lang))
                else {
                    continue;
                };
                if let Some(date) = infer_year(day as i8, month, weekday, today) {
                    out.push(FoundDate { span, latest: date });
                }
            }
        }
        out.sort_by_key(|f| f.span.start);
        out
    }
}

/// Matches with their groups. The fast search finds each match; groups are then taken
/// from the match alone (a capturing search over the whole text runs on the regex
/// crate's slow engines).
fn captures<'t>(re: &'t Regex, text: &'t str) -> impl Iterator<Item = (regex::Match<'t>, regex::Captures<'t>)> + 't {
    re.find_iter(text)
        .filter_map(move |m| re.captures(m.as_str()).map(|c| (m, c)))
}

/// The date nearest to `today` (within a year either way) whose day and month are
/// `day`/`month` and which falls on `weekday` (0 = Monday). `None` when no year fits.
fn infer_year(day: i8, month: i8, weekday: i8, today: Date) -> Option<Date> {
    (today.year() - 1..=today.year() + 1)
        .filter_map(|y| Date::new(y, month, day).ok())
        .filter(|d| d.weekday().to_monday_zero_offset() == weekday)
        .map(|d| (d.duration_since(today).as_secs().abs() / 86_400, d))
        .filter(|(days, _)| *days <= 366)
        .min_by_key(|(days, _)| *days)
        .map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::profile::Profile;
    use crate::Lang;

    fn found(lang: Lang, profile_toml: &str, text: &str) -> Vec<String> {
        let profile = Profile::parse(lang, profile_toml, Default::default()).unwrap();
        DateFinder::new(&profile)
            .find(text, 0..text.len(), lang, Date::new(2026, 11, 30).unwrap())
            .into_iter()
            .map(|f| f.latest.to_string())
            .collect()
    }

    #[test]
    fn portuguese_forms() {
        let pt = crate::rules::builtin::BUILTIN
            .iter()
            .find(|(p, _)| *p == "pt/language.toml")
            .unwrap()
            .1;
        assert_eq!(
            found(Lang::Pt, pt, "Estou ausente até 1.º de março de 2026."),
            ["2026-03-01"]
        );
        assert_eq!(found(Lang::Pt, pt, "até 3 de fevereiro de 2026"), ["2026-02-03"]);
        assert_eq!(
            found(Lang::Pt, pt, "até 3/fev/2026 ou 03-FEV-2026"),
            ["2026-02-03", "2026-02-03"]
        );
        assert_eq!(found(Lang::Pt, pt, "de volta em 03/02/26"), ["2026-02-03"]);
    }

    #[test]
    fn english_numeric_dates_take_the_later_reading() {
        let en = crate::rules::builtin::BUILTIN
            .iter()
            .find(|(p, _)| *p == "en/language.toml")
            .unwrap()
            .1;
        assert_eq!(found(Lang::En, en, "back on 04/05/2026"), ["2026-05-04"]);
        assert_eq!(
            found(Lang::En, en, "Friday, June 5, 2026 or 2026-07-01"),
            ["2026-06-05", "2026-07-01"]
        );
    }

    #[test]
    fn weekday_dates_without_a_year_take_the_year_that_fits() {
        let it = crate::rules::builtin::BUILTIN
            .iter()
            .find(|(p, _)| *p == "it/language.toml")
            .unwrap()
            .1;
        // 2 March is a Monday in 2026 (today is 2026-11-30): the past one
        assert_eq!(
            found(Lang::It, it, "Sarò assente fino a lunedì 2 marzo."),
            ["2026-03-02"]
        );
        // 2 March 2027 is a Tuesday: the coming one
        assert_eq!(found(Lang::It, it, "Rientro martedì 2 marzo."), ["2027-03-02"]);
        // no year puts 2 March on a Sunday nearby: not a date we can place
        assert!(found(Lang::It, it, "domenica 2 marzo").is_empty());
        let tr = crate::rules::builtin::BUILTIN
            .iter()
            .find(|(p, _)| *p == "tr/language.toml")
            .unwrap()
            .1;
        assert_eq!(found(Lang::Tr, tr, "2 Mart Pazartesi günü döneceğim"), ["2026-03-02"]);
        let en = crate::rules::builtin::BUILTIN
            .iter()
            .find(|(p, _)| *p == "en/language.toml")
            .unwrap()
            .1;
        assert_eq!(found(Lang::En, en, "back on Monday, March 2."), ["2026-03-02"]);
    }
}
