//! Rules as data: the rule-file schema, the loader (with errors located at
//! file:line:column), and the compiled per-language [`RuleSet`] that checks documents.
//!
//! Built-in packs live in `rules/<lang>/*.toml` and are embedded in the binary;
//! `--rules DIR` adds files of the same format. A rule defined again with the same id
//! and language replaces the earlier definition.

pub mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));
}
pub mod examples;
pub mod loader;
pub mod schema;
pub mod set;

pub use loader::{LoadError, RuleBook, RuleMeta};
pub use set::RuleSet;

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn locate(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// A TOML error as `line:column: message` (one line).
pub fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let (l, c) = locate(text, span.start);
            format!("{l}:{c}: {msg}")
        }
        None => msg,
    }
}
