//! The words a customer reads in a markup or template file, with a map back to where
//! each of them is written, so diagnostics point at the template's own line and column.
//!
//! * HTML (`.html`, `.htm`), Handlebars/Mustache (`.hbs`, `.handlebars`, `.mustache`),
//!   Liquid (`.liquid`), Jinja (`.j2`, `.jinja`) and MJML (`.mjml`) files are read with
//!   the html5gum tokenizer: `<head>`, `<style>`, `<script>` and comments are skipped,
//!   attributes too except `alt` and `title`, block elements become line and paragraph
//!   breaks, runs of whitespace one space, and entities are decoded.
//! * In any template, control tags are not words and are removed (`{{#if x}}`,
//!   `{{/if}}`, `{{else}}`, `{{> partial}}`, `{% if %}`, `{% include %}`, comments);
//!   both branches of a conditional stay, so both are checked; partials are checked where
//!   they are defined, not inlined. Placeholders (`{{ name }}`) stay: they are slots the
//!   placeholder and identity rules know about.
//! * Comments holding a `tact-ignore` suppression are kept, so suppressions work.

use crate::document::template::TemplateSyntax;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use regex::Regex;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

/// A text derived from a source, and for every byte of it the source range it comes
/// from (`map[i]..ends[i]`: one source character, or a whole entity such as `&eacute;`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub text: String,
    pub map: Vec<usize>,
    pub ends: Vec<usize>,
}

impl View {
    fn new(capacity: usize) -> View {
        View {
            text: String::with_capacity(capacity),
            map: Vec::with_capacity(capacity),
            ends: Vec::with_capacity(capacity),
        }
    }

    /// Push `s`, which stands for `source[at..end]`.
    fn push_from(&mut self, s: &str, at: usize, end: usize) {
        self.text.push_str(s);
        self.map.extend(std::iter::repeat_n(at, s.len()));
        self.ends.extend(std::iter::repeat_n(end, s.len()));
    }

    /// Push something that is not in the source (a line break standing for a tag).
    fn push(&mut self, s: &str, at: usize) {
        self.push_from(s, at, at);
    }

    /// Push `s`, whose bytes come from `source[at..]` one to one.
    fn push_same(&mut self, s: &str, at: usize) {
        self.text.push_str(s);
        self.map.extend(at..at + s.len());
        self.ends.extend(at + 1..at + s.len() + 1);
    }

    fn pop(&mut self) {
        self.text.pop();
        self.map.pop();
        self.ends.pop();
    }

    /// A line or paragraph break (at most two newlines in a row, none at the start).
    fn brk(&mut self, newlines: usize, at: usize) {
        while self.text.ends_with(' ') {
            self.pop();
        }
        if self.text.is_empty() {
            return;
        }
        let have = self.text.len() - self.text.trim_end_matches('\n').len();
        for _ in have..newlines.min(2) {
            self.push("\n", at);
        }
    }

    /// The source range of the view range `r`.
    pub fn source_range(&self, r: Range<usize>) -> Range<usize> {
        if self.map.is_empty() {
            return 0..0;
        }
        let start = self.map[r.start.min(self.map.len() - 1)];
        if r.end <= r.start {
            return start..start;
        }
        let end = self.ends[(r.end - 1).min(self.ends.len() - 1)];
        start..end.max(start)
    }
}

/// The kind of markup a file name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Html,
    Mjml,
}

/// What a file's extension says: markup, and a template syntax.
pub fn kind_for(path: &str) -> (Option<Markup>, Option<TemplateSyntax>) {
    let ext = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => (Some(Markup::Html), None),
        "hbs" | "handlebars" | "mustache" => (Some(Markup::Html), Some(TemplateSyntax::Handlebars)),
        "liquid" | "j2" | "jinja" | "jinja2" | "njk" => (Some(Markup::Html), Some(TemplateSyntax::Jinja)),
        "mjml" => (Some(Markup::Mjml), None),
        _ => (None, None),
    }
}

fn is_block(name: &str) -> Option<usize> {
    Some(match name {
        "br" => 1,
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "section" | "article" | "header"
        | "footer" | "blockquote" | "hr" | "ul" | "ol" | "center" | "main" | "aside" | "nav" | "pre" | "address" => 2,
        "li" | "tr" | "dt" | "dd" => 1,
        "td" | "th" => 1,
        n if n.starts_with("mj-") => 2,
        _ => return None,
    })
}

/// Elements whose content a customer never reads.
fn is_hidden(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "style"
            | "script"
            | "title"
            | "mj-head"
            | "mj-style"
            | "mj-attributes"
            | "mj-font"
            | "mj-breakpoint"
            | "template"
            | "noscript"
    )
}

/// The visible text of an HTML or MJML source.
pub fn html_view(source: &str) -> View {
    let mut view = View::new(source.len() / 2);
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut hidden: Vec<String> = Vec::new();
    for token in Tokenizer::new_with_emitter(source, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if is_hidden(&name) && !tag.self_closing {
                    hidden.push(name);
                    continue;
                }
                if !hidden.is_empty() {
                    continue;
                }
                if let Some(n) = is_block(&name) {
                    view.brk(n, tag.span.start);
                }
                for attr in ["alt", "title"] {
                    if let Some(v) = tag.attributes.get(attr.as_bytes()) {
                        let value = String::from_utf8_lossy(&v.value);
                        if !value.trim().is_empty() {
                            let span = value_span(source, v.span.start..v.span.end);
                            view.brk(2, span.start);
                            text_run(&mut view, source, span.clone(), &value);
                            view.brk(2, span.end);
                        }
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if hidden.last() == Some(&name) {
                    hidden.pop();
                    continue;
                }
                if hidden.is_empty() {
                    if let Some(n) = is_block(&name) {
                        view.brk(n, tag.span.start);
                    }
                }
            }
            Token::String(s) if hidden.is_empty() => {
                let decoded = String::from_utf8_lossy(&s.value);
                text_run(&mut view, source, s.span.start..s.span.end, &decoded);
            }
            Token::Comment(c) if hidden.is_empty() => {
                // keep suppressions: <!-- tact-ignore … -->
                let raw = &source[c.span.start..c.span.end.min(source.len())];
                if raw.contains("tact-ignore") {
                    view.brk(1, c.span.start);
                    view.push_same(raw, c.span.start);
                    view.brk(1, c.span.end);
                }
            }
            _ => {}
        }
    }
    while view.text.ends_with(['\n', ' ']) {
        view.pop();
    }
    view.push("\n", source.len().saturating_sub(1));
    view
}

/// The value part of an attribute's span (`alt="Our logo"` → `Our logo`).
fn value_span(source: &str, span: Range<usize>) -> Range<usize> {
    let raw = &source[span.start.min(source.len())..span.end.min(source.len())];
    let Some(eq) = raw.find('=') else {
        return span;
    };
    let after = &raw[eq + 1..];
    let lead = after.len() - after.trim_start().len();
    let value = &after[lead..];
    let start = span.start + eq + 1 + lead;
    match value.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let len = value[1..].find(q).unwrap_or(value.len() - 1);
            start + 1..start + 1 + len
        }
        _ => {
            start
                ..start
                    + value
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(value.len())
        }
    }
}

/// Add a text token: `decoded` is its text with entities decoded, `raw` its source span.
/// Whitespace runs become one space; each character maps to its source character, or to
/// the whole entity it was written as.
fn text_run(view: &mut View, source: &str, raw: Range<usize>, decoded: &str) {
    let raw_text = &source[raw.start.min(source.len())..raw.end.min(source.len())];
    let mut raw_chars = raw_text.char_indices().peekable();
    for c in decoded.chars() {
        let (at, end) = match raw_chars.peek().copied() {
            Some((i, '&')) => {
                // an entity (`&eacute;`, `&amp;`, `&#233;`) stands for this character;
                // a bare `&` for itself
                let rest = &raw_text[i..];
                let entity = rest.find(';').filter(|&e| e > 1 && e < 40).map(|e| e + 1);
                let len = match entity {
                    Some(len) if c != '&' || rest.starts_with("&amp;") || rest.starts_with("&#") => len,
                    _ => 1,
                };
                while raw_chars.peek().is_some_and(|&(j, _)| j < i + len) {
                    raw_chars.next();
                }
                (raw.start + i, raw.start + i + len)
            }
            Some((i, r)) => {
                raw_chars.next();
                (raw.start + i, raw.start + i + r.len_utf8())
            }
            None => (raw.end, raw.end),
        };
        if c.is_whitespace() {
            let last_is_space = view.text.is_empty() || view.text.ends_with([' ', '\n']);
            if !last_is_space {
                view.push_from(" ", at, end);
            }
            continue;
        }
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        if source.get(at..end) == Some(s) {
            view.push_same(s, at);
        } else {
            view.push_from(s, at, end);
        }
    }
}

/// Remove template control tags (not words) from a view: `{{#if}}`, `{{/if}}`,
/// `{{else}}`, `{{^x}}`, `{{> partial}}`, `{{! comment }}`, `{% … %}`, `{# … #}`.
/// Comments holding a `tact-ignore` suppression stay.
pub fn strip_control(view: View, syntax: TemplateSyntax) -> View {
    static HBS: OnceLock<Regex> = OnceLock::new();
    static JINJA: OnceLock<Regex> = OnceLock::new();
    let re = match syntax {
        TemplateSyntax::Handlebars => HBS.get_or_init(|| {
            Regex::new(r"\{\{~?\s*(?:[#/^>]|else\b)[^{}]*?~?\}\}|\{\{!--[\s\S]*?--\}\}|\{\{![^{}]*\}\}").unwrap()
        }),
        TemplateSyntax::Jinja => JINJA.get_or_init(|| Regex::new(r"\{%-?[\s\S]*?-?%\}|\{#[\s\S]*?#\}").unwrap()),
        TemplateSyntax::Braces | TemplateSyntax::Percent => return view,
    };
    if !re.is_match(&view.text) {
        return view;
    }
    let mut out = View::new(view.text.len());
    let mut last = 0;
    for m in re.find_iter(&view.text) {
        if m.as_str().contains("tact-ignore") {
            continue;
        }
        out.text.push_str(&view.text[last..m.start()]);
        out.map.extend_from_slice(&view.map[last..m.start()]);
        out.ends.extend_from_slice(&view.ends[last..m.start()]);
        last = m.end();
    }
    out.text.push_str(&view.text[last..]);
    out.map.extend_from_slice(&view.map[last..]);
    out.ends.extend_from_slice(&view.ends[last..]);
    out
}

/// The identity view of a plain text.
pub fn plain_view(source: &str) -> View {
    View {
        text: source.to_string(),
        map: (0..source.len()).collect(),
        ends: (1..=source.len()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_with_positions() {
        let src = "<html><head><title>x</title><style>p{color:red}</style></head><body>\n<p>Dear   {{name}},</p>\n<p>Caf&eacute; &amp; <b>PLEASE</b> call<br>us.</p><img alt=\"Our logo\" src=\"a.png\"><!-- secret --></body></html>";
        let v = html_view(src);
        assert_eq!(v.text, "Dear {{name}},\n\nCafé & PLEASE call\nus.\n\nOur logo\n");
        let please = v.text.find("PLEASE").unwrap();
        assert_eq!(&src[v.source_range(please..please + 6)], "PLEASE");
        let cafe = v.text.find("Café").unwrap();
        assert_eq!(&src[v.source_range(cafe..cafe + "Café".len())], "Caf&eacute;");
        let logo = v.text.find("Our logo").unwrap();
        assert_eq!(&src[v.source_range(logo..logo + 8)], "Our logo");
    }

    #[test]
    fn control_tags_are_not_words() {
        let src = "Hi {{first_name}},\n{{#if vip}}Thanks for being a VIP!{{else}}Welcome!{{/if}}\n{{> footer}}\n{{!-- tact-ignore tone --}}\n";
        let v = strip_control(plain_view(src), TemplateSyntax::Handlebars);
        assert_eq!(
            v.text,
            "Hi {{first_name}},\nThanks for being a VIP!Welcome!\n\n{{!-- tact-ignore tone --}}\n"
        );
        let w = v.text.find("Welcome").unwrap();
        assert_eq!(&src[v.source_range(w..w + 7)], "Welcome");
        let j = strip_control(
            plain_view("{% if a %}Yes{% endif %} {# note #}ok"),
            TemplateSyntax::Jinja,
        );
        assert_eq!(j.text, "Yes ok");
    }

    #[test]
    fn mjml_text() {
        let src = "<mjml><mj-head><mj-title>T</mj-title></mj-head><mj-body><mj-section><mj-column><mj-text>Hello Sam,</mj-text><mj-button href=\"#\">Pay NOW!!</mj-button></mj-column></mj-section></mj-body></mjml>";
        assert_eq!(html_view(src).text, "Hello Sam,\n\nPay NOW!!\n");
    }
}
