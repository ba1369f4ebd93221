//! `limit`: bounds on a measure of the text.
//!
//! * `caps-run`: runs of ALL-CAPS words ("PLEASE CALL US NOW"). A run longer than `max`
//!   words fires, and so does a single capitalized word of `min_single` letters or more.
//!   Words in `allow` (acronyms: PIN, IBAN, PDF), words inside brackets or braces
//!   (placeholders, which `template.placeholder` reports), code spans, URLs and email
//!   addresses never count; punctuation ends a run ("CPU, GPU, RAM" is a list). The fix rewrites
//!   the run in lower case, keeping a capital at the start of a sentence.
//! * `repeated-punctuation`: more than `max` `!`/`?` in a row ("!!", "?!"). The fix
//!   keeps one mark (`?` if there was one).
//! * `sentence-words`: sentences of more than `max` words.

use super::{CompileContext, CompileError, Context, Finding};
use crate::language::segment::words;
use crate::language::{lowercase, Lang};
use crate::rules::schema::RuleSpec;
use regex::Regex;
use std::collections::HashSet;
use std::ops::Range;

#[derive(Debug)]
pub enum Limit {
    CapsRun {
        max: usize,
        min_single: usize,
        allow: HashSet<String>,
        hidden: Regex,
    },
    RepeatedPunctuation {
        re: Regex,
    },
    SentenceWords {
        max: usize,
    },
}

impl Limit {
    pub fn compile(spec: &RuleSpec, _cx: &CompileContext) -> Result<Limit, CompileError> {
        let measure = spec.measure.as_ref().ok_or_else(|| CompileError {
            span: Some(spec.check.span()),
            message: "a `limit` rule needs `measure`".into(),
        })?;
        let max = match &spec.max {
            Some(m) if *m.get_ref() >= 0 => *m.get_ref() as usize,
            Some(m) => {
                return Err(CompileError {
                    span: Some(m.span()),
                    message: "`max` must be 0 or more".into(),
                })
            }
            None => {
                return Err(CompileError {
                    span: Some(spec.check.span()),
                    message: "a `limit` rule needs `max`".into(),
                })
            }
        };
        Ok(match measure.get_ref().as_str() {
            "caps-run" => Limit::CapsRun {
                max,
                min_single: spec
                    .min_single
                    .as_ref()
                    .map_or(usize::MAX, |m| (*m.get_ref()).max(1) as usize),
                allow: spec.allow.iter().flatten().map(|a| a.to_uppercase()).collect(),
                hidden: Regex::new(concat!(
                    r"\[[^\]\n]*\]|\{[^}\n]*\}|<[^>\n]*>|%[A-Za-z_]+%",
                    // ASCII word boundaries and classes: Unicode ones make the regex crate
                    // fall back to its slow engines on non-ASCII text
                    r"|(?-u:\b)[A-Z0-9]+_[A-Z0-9_]+(?-u:\b)|(?-u:\b)X{3,}(?-u:\b)|`[^`\n]*`",
                    r"|(?-u:\b)(?:https?://|www\.)\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
                ))
                .expect("hidden-span pattern compiles"),
            },
            "repeated-punctuation" => Limit::RepeatedPunctuation {
                re: Regex::new(&format!(r"[!?！？]{{{},}}", max + 1)).expect("punctuation pattern compiles"),
            },
            "sentence-words" => Limit::SentenceWords { max },
            other => {
                return Err(CompileError {
                    span: Some(measure.span()),
                    message: format!(
                        "unknown measure `{other}` (expected caps-run, repeated-punctuation or sentence-words)"
                    ),
                })
            }
        })
    }

    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        match self {
            Limit::CapsRun {
                max,
                min_single,
                allow,
                hidden,
            } => {
                for r in ranges {
                    caps_runs(cx, r.clone(), *max, *min_single, allow, hidden, out);
                }
            }
            Limit::RepeatedPunctuation { re } => {
                for r in ranges {
                    for m in re.find_iter(&cx.text[r.clone()]) {
                        let keep = if m.as_str().contains(['?', '？']) { "?" } else { "!" };
                        out.push(Finding {
                            span: r.start + m.start()..r.start + m.end(),
                            replacement: Some(keep.to_string()),
                            ..Finding::default()
                        });
                    }
                }
            }
            Limit::SentenceWords { max } => {
                for s in &cx.structure.sentences {
                    if !ranges.iter().any(|r| r.start <= s.start && s.end <= r.end) {
                        continue;
                    }
                    if words(cx.text, s.clone()).len() > *max {
                        out.push(Finding {
                            span: s.clone(),
                            ..Finding::default()
                        });
                    }
                }
            }
        }
    }
}

fn caps_runs(
    cx: &Context,
    range: Range<usize>,
    max: usize,
    min_single: usize,
    allow: &HashSet<String>,
    hidden: &Regex,
    out: &mut Vec<Finding>,
) {
    let text = cx.text;
    let slice = &text[range.clone()];
    let hidden: Vec<Range<usize>> = hidden
        .find_iter(slice)
        .map(|m| range.start + m.start()..range.start + m.end())
        .collect();
    // (span, letters) of the current run; a line break or punctuation ends a run
    // ("CPU, GPU, RAM" is a list of acronyms, not shouting)
    let mut run: Vec<(Range<usize>, usize)> = Vec::new();
    let mut flush = |run: &mut Vec<(Range<usize>, usize)>| {
        let counted = run.iter().filter(|(_, n)| *n >= 2).count();
        let longest = run.iter().map(|(_, n)| *n).max().unwrap_or(0);
        if counted > max || (counted >= 1 && longest >= min_single) {
            let span = run[0].0.start..run[run.len() - 1].0.end;
            out.push(Finding {
                replacement: Some(decapitalize(text, span.clone(), cx.lang)),
                span,
                ..Finding::default()
            });
        }
        run.clear();
    };
    let mut last_end = range.start;
    let mut next_hidden = 0;
    let mut lines = AddressLines::default();
    for w in words(text, range.clone()) {
        let word = &text[w.clone()];
        let gap = &text[last_end..w.start];
        let apostrophe = gap == "'" || gap == "’";
        if !run.is_empty() && !apostrophe && !gap.chars().all(|c| c == ' ' || c == '\t') {
            flush(&mut run);
        }
        last_end = w.end;
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let is_caps = letters > 0
            && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
            && !word.chars().any(|c| c.is_ascii_digit());
        // in Turkish, a suffix after an apostrophe belongs to the word before
        // ("ACME'NİN"); elsewhere the word after it is a word ("DELL'ORDINE")
        let after_apostrophe = cx.lang == Lang::Tr && text[..w.start].ends_with(['\'', '’']);
        // the costlier tests only for words in capitals (spans are in order)
        let hidden_word = is_caps && {
            while next_hidden < hidden.len() && hidden[next_hidden].end <= w.start {
                next_hidden += 1;
            }
            hidden
                .get(next_hidden)
                .is_some_and(|h| h.start <= w.start && w.end <= h.end)
                || lines.is_address(text, w.start)
        };
        if !is_caps || hidden_word || allow.contains(&word.to_uppercase()) {
            if !(after_apostrophe && is_caps) {
                flush(&mut run);
            }
            continue;
        }
        if after_apostrophe {
            if let Some(last) = run.last_mut() {
                last.0.end = w.end;
            }
            continue;
        }
        run.push((w, letters));
    }
    flush(&mut run);
}

/// Whether a line looks like part of a postal address or a reference line ("VIA
/// GARIBALDI 14", "20121 MILANO (MI)"): short and with a number. Capitals there are the
/// postal convention, not shouting. The last line looked at is remembered, so a long
/// line is scanned once.
#[derive(Default)]
struct AddressLines {
    line: Range<usize>,
    address: bool,
}

impl AddressLines {
    fn is_address(&mut self, text: &str, at: usize) -> bool {
        if !(self.line.start <= at && at < self.line.end) {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            let line = &text[start..end];
            self.line = start..end;
            self.address = line.len() < 200
                && line.chars().any(|c| c.is_ascii_digit())
                && line.split_whitespace().count() <= 6
                && !line.contains(['.', '!', '?']);
        }
        self.address
    }
}

/// The run in lower case; a run at the start of a sentence keeps its first capital.
fn decapitalize(text: &str, span: Range<usize>, lang: Lang) -> String {
    let lower = lowercase(&text[span.clone()], lang);
    let before = text[..span.start].trim_end_matches([' ', '\t', '"', '“', '(']);
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
    if !sentence_start {
        return lower;
    }
    let mut chars = lower.chars();
    match chars.next() {
        Some('i') if lang == Lang::Tr => std::iter::once('İ').chain(chars).collect(),
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}
