//! `questions`: every question in the customer's message is answered by the draft
//! (seed 004: "always answer every one of the customer's questions").
//!
//! The customer's message is `--reply-to`, a thread file's customer messages, or the
//! quoted part of the draft. Questions are sentences ending in `?` and sentences with an
//! indirect-question cue (`question_cues`: "I'd like to know", "gostaria de saber",
//! Turkish "mı/mi/mu/mü" …); sentences matching `not_questions` ("How are you?") are
//! greetings, not questions. A sentence joining two questions with a `splitters` word
//! ("and", "e", "ve") counts as two when both halves have two content words or more.
//!
//! A question is answered when at least `min_overlap` of its content words (words that
//! are not `stopwords`; numbers kept; asides in parentheses left out) occur in the
//! draft's scope, compared after
//! language-aware normalization (see `language::stem`). One finding per unanswered
//! question, on the first line of the scope, with a related label quoting the question
//! where the customer asked it.

use super::pattern::{compile_all_ascii, AsciiRegex};
use super::require::anchor;
use super::{CompileContext, CompileError, Context, Finding};
use crate::diagnostic::Related;
use crate::document::lines::LineIndex;
use crate::language::segment::{sentences, words};
use crate::language::stem::Normalizer;
use crate::rules::schema::RuleSpec;
use regex::Regex;
use std::collections::HashSet;
use std::ops::Range;

#[derive(Debug)]
pub struct Questions {
    /// Matched on the ASCII copy of the customer's words (`language::ascii`).
    cues: Vec<AsciiRegex>,
    filler: Vec<AsciiRegex>,
    stopwords: HashSet<String>,
    splitter: Option<Regex>,
    min_overlap: f64,
    lang: crate::Lang,
}

impl std::fmt::Debug for QuestionText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A question found in the customer's message.
pub struct QuestionText {
    /// Byte range in the customer's text.
    pub span: Range<usize>,
    /// The question on one line.
    pub text: String,
    /// Normalized content words.
    pub keys: Vec<String>,
}

/// The customer's words with `> ` markers removed and wrapped lines joined, and a map
/// back to the original offsets.
struct Cleaned {
    text: String,
    /// (offset in `text`, offset in the original) at the start of each piece.
    map: Vec<(usize, usize)>,
}

impl Cleaned {
    fn original(&self, offset: usize) -> usize {
        let i = self.map.partition_point(|&(c, _)| c <= offset).saturating_sub(1);
        let (c, o) = self.map[i];
        o + (offset - c)
    }
}

impl Questions {
    pub fn compile(spec: &RuleSpec, cx: &CompileContext) -> Result<Questions, CompileError> {
        let norm = Normalizer::new(cx.lang);
        let splitters: Vec<String> = spec.splitters.clone().unwrap_or_default();
        let splitter = (!splitters.is_empty()).then(|| {
            let alt = splitters.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|");
            Regex::new(&format!(r"(?i),?\s+(?:{alt})\s+")).expect("splitter pattern compiles")
        });
        let min_overlap = spec.min_overlap.as_ref().map_or(0.5, |m| *m.get_ref());
        if !(0.0..=1.0).contains(&min_overlap) {
            return Err(CompileError {
                span: spec.min_overlap.as_ref().map(|m| m.span()),
                message: "`min_overlap` must be between 0 and 1".into(),
            });
        }
        Ok(Questions {
            cues: compile_all_ascii(spec.question_cues.as_deref().unwrap_or_default(), cx)?,
            filler: compile_all_ascii(spec.not_questions.as_deref().unwrap_or_default(), cx)?,
            stopwords: spec.stopwords.iter().flatten().map(|w| norm.fold(w)).collect(),
            splitter,
            min_overlap,
            lang: cx.lang,
        })
    }

    /// Content words of `text[range]`, normalized.
    fn keys(&self, norm: &Normalizer, text: &str, range: Range<usize>) -> Vec<String> {
        words(text, range)
            .into_iter()
            .map(|w| &text[w])
            .filter(|w| {
                let folded = norm.fold(w);
                !self.stopwords.contains(&folded) && (w.chars().count() > 1 || w.chars().all(|c| c.is_ascii_digit()))
            })
            .map(|w| norm.key(w))
            .collect()
    }

    /// The questions of the customer's message.
    pub fn extract(&self, cx: &Context, customer: &crate::document::CustomerMessage) -> Vec<QuestionText> {
        let norm = Normalizer::new(self.lang);
        let cleaned = clean(cx, customer);
        let ascii = crate::language::ascii::AsciiView::new(&cleaned.text);
        let mut out = Vec::new();
        for s in sentences(&cleaned.text, 0..cleaned.text.len(), &cx.profile.abbreviations) {
            let sentence = &cleaned.text[s.clone()];
            let copy = ascii.slice(s.clone()).as_bytes();
            if self.filler.iter().any(|re| re.is_match(copy)) {
                continue;
            }
            let direct = sentence
                .trim_end_matches(['"', '\'', ')', '”', '»', ' '])
                .ends_with(['?', '？']);
            if !direct && !self.cues.iter().any(|re| re.is_match(copy)) {
                continue;
            }
            for part in self.split(&norm, &cleaned.text, s) {
                let keys: Vec<String> = outside_parentheses(&cleaned.text, part.clone())
                    .into_iter()
                    .flat_map(|r| self.keys(&norm, &cleaned.text, r))
                    .collect();
                if keys.is_empty() {
                    continue;
                }
                let start = cleaned.original(part.start);
                let end = cleaned.original(part.end.max(part.start + 1) - 1) + 1;
                out.push(QuestionText {
                    span: start..end.max(start),
                    text: cleaned.text[part].split_whitespace().collect::<Vec<_>>().join(" "),
                    keys,
                });
            }
        }
        out
    }

    /// Split a sentence at "and"/"e"/"ve" when both halves have two content words.
    fn split(&self, norm: &Normalizer, text: &str, s: Range<usize>) -> Vec<Range<usize>> {
        let Some(re) = &self.splitter else {
            return vec![s];
        };
        let mut parts = Vec::new();
        let mut start = s.start;
        for m in re.find_iter(&text[s.clone()]) {
            let (left, right_start) = (start..s.start + m.start(), s.start + m.end());
            let right = right_start..s.end;
            if self.keys(norm, text, left.clone()).len() >= 2 && self.keys(norm, text, right).len() >= 2 {
                parts.push(left);
                start = right_start;
            }
        }
        parts.push(start..s.end);
        parts
    }

    pub fn run(&self, cx: &Context, ranges: &[Range<usize>], out: &mut Vec<Finding>) {
        let Some(customer) = cx.customer else {
            return;
        };
        let questions = self.extract(cx, customer);
        if questions.is_empty() {
            return;
        }
        let norm = Normalizer::new(self.lang);
        // each distinct word normalized once (stemming is the costly part)
        let distinct: HashSet<&str> = ranges
            .iter()
            .flat_map(|r| words(cx.text, r.clone()))
            .map(|w| &cx.text[w])
            .collect();
        let answer: HashSet<String> = distinct.into_iter().map(|w| norm.key(w)).collect();
        let index = LineIndex::new(&customer.text);
        for q in questions {
            let found = q.keys.iter().filter(|k| answer.contains(*k)).count();
            if (found as f64) / (q.keys.len() as f64) >= self.min_overlap {
                continue;
            }
            let (line, column) = index.position(&customer.text, q.span.start);
            out.push(Finding {
                span: anchor(cx, ranges),
                related: vec![Related {
                    message: "asked here".into(),
                    path: customer.name.clone(),
                    line,
                    column,
                    quote: q.text.clone(),
                }],
                quote: Some(q.text),
                ..Finding::default()
            });
        }
    }
}

/// The parts of `text[range]` outside parentheses: an aside such as an address or an
/// order number "(Rua Augusta, 1200, apto 54)" is detail, not what the question asks.
fn outside_parentheses(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = range.start;
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        match c {
            '(' => {
                if depth == 0 && at > start {
                    out.push(start..at);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    start = at + 1;
                }
            }
            _ => {}
        }
    }
    if depth == 0 && start < range.end {
        out.push(start..range.end);
    }
    out
}

/// The customer's words: each segment's lines without `>` markers and without quote
/// introductions ("On … wrote:"); lines of a paragraph that were wrapped are joined
/// with a space so a wrapped question stays one sentence.
fn clean(cx: &Context, customer: &crate::document::CustomerMessage) -> Cleaned {
    let mut text = String::new();
    let mut map = Vec::new();
    for seg in &customer.segments {
        for line in crate::document::lines::line_ranges(&customer.text[seg.clone()]) {
            let (ls, le) = (seg.start + line.start, seg.start + line.end);
            let raw = &customer.text[ls..le];
            let stripped = raw.trim_start_matches(['>', ' ', '\t']);
            let start = ls + (raw.len() - stripped.len());
            let content = stripped.trim_end();
            if cx.profile.is_quote_intro(content) {
                continue;
            }
            if !text.is_empty() {
                let joins = !content.is_empty() && text.ends_with(|c: char| c.is_alphanumeric());
                text.push(if joins { ' ' } else { '\n' });
            }
            map.push((text.len(), start));
            text.push_str(content);
        }
        text.push('\n');
    }
    if map.is_empty() {
        map.push((0, 0));
    }
    Cleaned { text, map }
}
