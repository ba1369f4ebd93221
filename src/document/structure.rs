//! The parts of a document that rule scopes name. Everything is a list of byte ranges
//! into the document's text, computed once per document.
//!
//! * `text`: everything after the header, except quoted earlier messages;
//! * `agent`: what the agent says or writes: in a dialogue (`Agent:` / `Customer:`
//!   lines) only the agent's turns, otherwise the same as `text`;
//! * `subject`: the `Subject:` header;
//! * `salutation` ("Dear Ms Lee,"), `signoff` ("Kind regards,"), `signature` (the lines
//!   after the sign-off) and `body` (between them), for emails and letters;
//! * `opening`: the agent's first turn in a dialogue, otherwise the first two sentences
//!   of the body; `closing`: the agent's last two turns, otherwise the last sentences;
//! * `quoted`: quoted earlier messages (`> ` lines, "On … wrote:" and what follows);
//! * `prose`: the agent's words without the sign-off and signature block (where a
//!   company name in capitals is normal).

use super::front_matter::FrontMatter;
use super::lines::line_ranges;
use super::Channel;
use crate::language::profile::Profile;
use crate::language::segment::sentences;
use crate::language::stem::fold;
use std::ops::Range;
use std::str::FromStr;

/// A part of a document a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    Text,
    Agent,
    Subject,
    Salutation,
    Opening,
    Body,
    Closing,
    Signoff,
    Signature,
    Quoted,
    Prose,
}

impl Scope {
    pub const ALL: [Scope; 11] = [
        Scope::Text,
        Scope::Agent,
        Scope::Subject,
        Scope::Salutation,
        Scope::Opening,
        Scope::Body,
        Scope::Closing,
        Scope::Signoff,
        Scope::Signature,
        Scope::Quoted,
        Scope::Prose,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Scope::Text => "text",
            Scope::Agent => "agent",
            Scope::Subject => "subject",
            Scope::Salutation => "salutation",
            Scope::Opening => "opening",
            Scope::Body => "body",
            Scope::Closing => "closing",
            Scope::Signoff => "signoff",
            Scope::Signature => "signature",
            Scope::Quoted => "quoted",
            Scope::Prose => "prose",
        }
    }
}

impl FromStr for Scope {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scope::ALL.into_iter().find(|sc| sc.name() == s).ok_or_else(|| {
            let names: Vec<&str> = Scope::ALL.iter().map(|s| s.name()).collect();
            format!("unknown scope `{s}` (expected one of: {})", names.join(", "))
        })
    }
}

/// Who speaks a turn of a dialogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Agent,
    Customer,
}

/// One speaker turn: the label's range and the range of what is said.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub role: Role,
    pub label: Range<usize>,
    pub content: Range<usize>,
}

/// The parts of one document.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    parts: [Vec<Range<usize>>; 11],
    /// Speaker turns, when the document is a labelled dialogue.
    pub turns: Vec<Turn>,
    /// Sentences of the agent's text, in order.
    pub sentences: Vec<Range<usize>>,
}

impl Structure {
    /// The byte ranges of a scope (empty when the document has no such part).
    pub fn ranges(&self, scope: Scope) -> &[Range<usize>] {
        &self.parts[scope as usize]
    }

    fn set(&mut self, scope: Scope, ranges: Vec<Range<usize>>) {
        self.parts[scope as usize] = ranges.into_iter().filter(|r| !r.is_empty()).collect();
    }

    /// Work out the structure of `text` (whose header was parsed into `fm`).
    pub fn parse(text: &str, fm: &FrontMatter, channel: Channel, profile: &Profile) -> Structure {
        let mut st = Structure::default();
        if let Some(s) = &fm.subject {
            // kept even when empty: an empty subject is something to report
            st.parts[Scope::Subject as usize] = vec![s.clone()];
        }
        let lines: Vec<Range<usize>> = line_ranges(text).into_iter().filter(|l| l.start >= fm.end).collect();

        // quoted earlier messages (emails only)
        let mut own: Vec<Range<usize>> = Vec::new();
        let mut quoted: Vec<Range<usize>> = Vec::new();
        let mut in_quote = false;
        let mut seen_own = false;
        for l in &lines {
            let line = text[l.clone()].trim();
            if channel == Channel::Email {
                if !in_quote && seen_own && profile.is_quote_intro(line) {
                    in_quote = true;
                }
                if in_quote || line.starts_with('>') {
                    quoted.push(l.clone());
                    continue;
                }
            }
            seen_own |= !line.is_empty();
            own.push(l.clone());
        }
        st.set(Scope::Quoted, merge(text, quoted));

        // speaker turns: only call scripts are dialogues ("Customer number: 123" in a
        // letter is not a turn)
        if channel == Channel::Phone {
            st.turns = turns(text, &own, profile);
        }
        let agent: Vec<Range<usize>> = if st.turns.is_empty() {
            own.clone()
        } else {
            st.turns
                .iter()
                .filter(|t| t.role == Role::Agent)
                .map(|t| t.content.clone())
                .collect()
        };
        let text_ranges = merge(text, own.clone());
        st.set(Scope::Text, text_ranges);
        let agent = merge(text, agent);
        st.sentences = agent
            .iter()
            .flat_map(|r| sentences(text, r.clone(), &profile.abbreviations))
            .collect();
        st.set(Scope::Agent, agent.clone());

        let nonblank: Vec<Range<usize>> = own
            .iter()
            .filter(|l| !text[(*l).clone()].trim().is_empty())
            .map(|l| trim_range(text, l.clone()))
            .collect();

        match channel {
            Channel::Email | Channel::Letter | Channel::Charter => {
                // the salutation is the first line, or in a letter may follow the
                // recipient's address and a subject line ("Oggetto: …")
                // the salutation opens the text, but a letter may put the recipient's
                // address and a subject line first ("Oggetto: …"), and an email template
                // a preheader line, the brand's name and decoration lines ("*****")
                let head = if channel == Channel::Letter { 8 } else { 5 };
                let salutation_idx = nonblank.iter().take(head).enumerate().position(|(i, l)| {
                    let line = &text[l.clone()];
                    // past the first line, a greeting must have text after it and not be a
                    // closing ("İyi günler dileriz," ends a message)
                    let placed = i == 0 || (i + 2 < nonblank.len() && !profile.is_signoff(line));
                    placed && line.split_whitespace().count() <= 12 && profile.is_salutation(line)
                });
                let salutation = salutation_idx.map(|i| nonblank[i].clone());
                let tail_from = nonblank.len().saturating_sub(10);
                let signoff_idx = (tail_from..nonblank.len()).rev().find(|&i| {
                    salutation.as_ref() != Some(&nonblank[i]) && profile.is_signoff(&text[nonblank[i].clone()])
                });
                let body_from = salutation_idx.map_or(0, |i| i + 1);
                let body_to = signoff_idx.unwrap_or(nonblank.len());
                let body: Vec<Range<usize>> = nonblank
                    .get(body_from..body_to.max(body_from))
                    .unwrap_or_default()
                    .to_vec();
                if let Some(s) = salutation {
                    st.set(Scope::Salutation, vec![s]);
                }
                let prose_end = signoff_idx.map_or(usize::MAX, |i| nonblank[i].start);
                if let Some(i) = signoff_idx {
                    st.set(Scope::Signoff, vec![nonblank[i].clone()]);
                    st.set(Scope::Signature, merge(text, nonblank[i + 1..].to_vec()));
                }
                let prose = st
                    .ranges(Scope::Agent)
                    .iter()
                    .filter(|r| r.start < prose_end)
                    .map(|r| r.start..r.end.min(prose_end))
                    .map(|r| trim_range(text, r))
                    .collect();
                st.set(Scope::Prose, prose);
                // the body's sentences are the agent's sentences inside the body
                let paragraphs = merge(text, body.clone());
                let body_sentences: Vec<Range<usize>> = st
                    .sentences
                    .iter()
                    .filter(|s| paragraphs.iter().any(|b| b.start <= s.start && s.end <= b.end))
                    .cloned()
                    .collect();
                st.set(Scope::Opening, body_sentences.iter().take(2).cloned().collect());
                let n = body_sentences.len();
                st.set(Scope::Closing, body_sentences[n.saturating_sub(2)..].to_vec());
                st.set(Scope::Body, merge(text, body));
            }
            Channel::Phone | Channel::Voicemail => {
                let agent_turns: Vec<Range<usize>> = st
                    .turns
                    .iter()
                    .filter(|t| t.role == Role::Agent)
                    .map(|t| t.content.clone())
                    .collect();
                if agent_turns.is_empty() {
                    let n = st.sentences.len();
                    // one range each, so that a pattern can span the sentences
                    // ("Bradesco, bom dia, Paulo. Em que posso ajudar?")
                    let span = |s: &[Range<usize>]| match (s.first(), s.last()) {
                        (Some(a), Some(b)) => std::iter::once(a.start..b.end).collect(),
                        _ => Vec::new(),
                    };
                    let opening = span(&st.sentences[..n.min(2)]);
                    let closing = span(&st.sentences[n.saturating_sub(3)..]);
                    st.set(Scope::Opening, opening);
                    st.set(Scope::Closing, closing);
                } else {
                    let n = agent_turns.len();
                    st.set(Scope::Opening, vec![agent_turns[0].clone()]);
                    st.set(Scope::Closing, agent_turns[n.saturating_sub(2)..].to_vec());
                }
                let body = st.ranges(Scope::Agent).to_vec();
                st.set(Scope::Body, body.clone());
                st.set(Scope::Prose, body);
            }
        }
        st
    }
}

/// Speaker turns of a dialogue: a line starting with a known label and a colon
/// ("Agent:", "Customer (Mrs Lee):", "**Rep:**", "Müşteri Temsilcisi:") starts a turn
/// that runs until the next labelled line.
fn turns(text: &str, lines: &[Range<usize>], profile: &Profile) -> Vec<Turn> {
    let mut out: Vec<Turn> = Vec::new();
    for l in lines {
        let line = &text[l.clone()];
        if let Some((role, label_len, content_start)) = label(line, profile) {
            let start = l.start + content_start;
            out.push(Turn {
                role,
                label: l.start..l.start + label_len,
                content: start..l.end.max(start),
            });
        } else if let Some(last) = out.last_mut() {
            if !line.trim().is_empty() {
                last.content.end = l.end; // a turn goes on until the next label
            }
        }
    }
    for t in &mut out {
        t.content = trim_range(text, t.content.clone());
    }
    out
}

/// If `line` starts with a speaker label, its role, the label's length and where the
/// content starts. The longest matching label wins ("müşteri temsilcisi" is the agent,
/// "müşteri" the customer); accents are ignored ("Usuario" is "usuário").
fn label(line: &str, profile: &Profile) -> Option<(Role, usize, usize)> {
    let colon = line.char_indices().take(40).find(|&(_, c)| c == ':' || c == '：')?.0;
    let raw = &line[..colon];
    let cleaned: String = raw
        .chars()
        .map(|c| if matches!(c, '*' | '[' | ']' | '_') { ' ' } else { c })
        .collect();
    let cleaned = fold(cleaned.trim(), profile.lang);
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let starts_with = |label: &str| {
        let n = label.split_whitespace().count();
        words.len() >= n && words[..n].join(" ") == *label
    };
    let agent = profile
        .agent_labels
        .iter()
        .filter(|l| starts_with(l))
        .map(|l| l.len())
        .max();
    let customer = profile
        .customer_labels
        .iter()
        .filter(|l| starts_with(l))
        .map(|l| l.len())
        .max();
    let role = match (agent, customer) {
        (Some(a), Some(c)) if c > a => Role::Customer,
        (Some(_), _) => Role::Agent,
        (None, Some(_)) => Role::Customer,
        (None, None) => return None,
    };
    // short labels only: "Agent", "Agent (Sam)", "Customer Mrs Lee"
    if words.len() > 4 {
        return None;
    }
    let after = &line[colon..];
    let colon_len = after.chars().next().map_or(1, char::len_utf8);
    let rest = &line[colon + colon_len..];
    let rest = rest.trim_start_matches(['*', '_']);
    let content_start = line.len() - rest.len();
    Some((
        role,
        colon + colon_len,
        content_start + (rest.len() - rest.trim_start().len()),
    ))
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = (r.end - (s.len() - s.trim_end().len())).max(start);
    start..end
}

/// Join ranges that are separated only by line breaks or spaces, so that a paragraph is
/// one range (patterns can then span line breaks).
fn merge(text: &str, ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        let r = trim_range(text, r);
        if r.is_empty() {
            continue;
        }
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..r.start];
            if gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1 {
                last.end = r.end;
                continue;
            }
        }
        out.push(r);
    }
    out
}
