//! An email kept in two versions, HTML and plain text (`welcome.html` + `welcome.txt`,
//! or a multipart message), is checked once per version. A finding present in only one
//! of the two says so in its message, so nobody fixes the text and forgets the HTML.

use crate::diagnostic::FileReport;
use std::collections::HashMap;

/// Extensions of the text version of a template (the HTML version is any markup file,
/// see `input::markup::kind_for`).
const TEXT: &[&str] = &["txt", "text", "md"];

/// `(key, is_html)` of a report that may be one version of a pair.
fn version_of(path: &str) -> Option<(String, bool)> {
    if let Some(base) = path.strip_suffix("#html") {
        return Some((base.to_string(), true));
    }
    if path.ends_with(".eml") {
        return Some((path.to_string(), false));
    }
    let (stem, ext) = path.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    if crate::input::markup::kind_for(path).0.is_some() {
        Some((stem.to_string(), true))
    } else if TEXT.contains(&ext.as_str()) {
        Some((stem.to_string(), false))
    } else {
        None
    }
}

/// What a finding is about, comparable across versions: the rule, and the words it
/// points at (or its message, for findings about the whole document).
fn key(report: &FileReport, i: usize) -> (String, String) {
    let d = &report.diagnostics[i];
    let what = if d.about_document {
        d.message.clone()
    } else {
        report.text[d.byte_start..d.byte_end].to_string()
    };
    (
        d.rule.clone(),
        what.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
    )
}

fn mark(report: &mut FileReport, other: &FileReport, note: &str) {
    let theirs: Vec<(String, String)> = (0..other.diagnostics.len()).map(|i| key(other, i)).collect();
    for i in 0..report.diagnostics.len() {
        if !theirs.contains(&key(report, i)) {
            report.diagnostics[i].message.push_str(note);
        }
    }
}

/// Mark the findings that only one version of a pair has. `outcomes` are in input order;
/// a pair is two reports with the same name but for the extension (or a message and its
/// `#html` version).
pub(super) fn annotate(outcomes: &mut [super::check::Outcome]) {
    // (outcome index, in `version`?) of each candidate
    let mut html: HashMap<String, (usize, bool)> = HashMap::new();
    let mut text: HashMap<String, (usize, bool)> = HashMap::new();
    for (i, o) in outcomes.iter().enumerate() {
        for (slot, r) in [(false, &o.report), (true, &o.version)] {
            if let Some((k, is_html)) = r.as_ref().and_then(|r| version_of(&r.path)) {
                let map = if is_html { &mut html } else { &mut text };
                map.insert(k, (i, slot));
            }
        }
    }
    for (k, &(hi, hslot)) in &html {
        let Some(&(ti, tslot)) = text.get(k) else {
            continue;
        };
        let get = |o: &super::check::Outcome, slot: bool| if slot { o.version.clone() } else { o.report.clone() };
        let (Some(h), Some(t)) = (get(&outcomes[hi], hslot), get(&outcomes[ti], tslot)) else {
            continue;
        };
        if let Some(r) = slot_mut(&mut outcomes[hi], hslot) {
            mark(r, &t, " (only in the HTML version)");
        }
        if let Some(r) = slot_mut(&mut outcomes[ti], tslot) {
            mark(r, &h, " (only in the text version)");
        }
    }
}

fn slot_mut(o: &mut super::check::Outcome, version: bool) -> Option<&mut FileReport> {
    if version {
        o.version.as_mut()
    } else {
        o.report.as_mut()
    }
}
