//! `tact audit`: the summary's totals agree with `tact check --format json` on the same
//! input, and the HTML page is self-contained and carries the same numbers.

mod common;
use common::tact;

#[test]
fn audit_totals_match_check_json_and_the_page_has_them() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("out.html");
    let html_arg = html.to_str().unwrap();
    let audit = tact(&[
        "audit",
        "--today",
        "2026-11-30",
        "--format",
        "json",
        "--html",
        html_arg,
        "fixtures/",
    ]);
    assert!(!audit.stderr.contains("panicked"), "{}", audit.stderr);
    let a = audit.json();
    let check = tact(&["check", "--today", "2026-11-30", "--format", "json", "fixtures/"]).json();

    let files = check["files"].as_array().unwrap();
    let s = &check["summary"];
    let findings: u64 = files
        .iter()
        .map(|f| f["diagnostics"].as_array().unwrap().len() as u64)
        .sum();
    let clean = files
        .iter()
        .filter(|f| f["diagnostics"].as_array().unwrap().is_empty())
        .count() as u64;
    let t = &a["totals"];
    assert_eq!(t["messages"], s["files"]);
    assert_eq!(t["errors"], s["errors"]);
    assert_eq!(t["warnings"], s["warnings"]);
    assert_eq!(t["findings"].as_u64().unwrap(), findings);
    assert_eq!(t["clean"].as_u64().unwrap(), clean);
    // per rule, as counted from the check output
    let mut per_rule = std::collections::BTreeMap::<String, u64>::new();
    for f in files {
        for d in f["diagnostics"].as_array().unwrap() {
            *per_rule.entry(d["rule"].as_str().unwrap().to_string()).or_default() += 1;
        }
    }
    let audited: std::collections::BTreeMap<String, u64> = t["per_rule"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    assert_eq!(audited, per_rule);
    // senders come from the From: headers of the .eml fixtures
    assert_eq!(t["per_sender"]["Sam Lee <sam@acme-energy.example>"], 1);

    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains(&format!("<div id=\"messages\"><b>{}</b>messages</div>", s["files"])));
    assert!(page.contains(&format!("<div id=\"findings\"><b>{findings}</b>findings</div>")));
    assert_eq!(
        page.matches("<tr><td>").count() as u64,
        findings,
        "one table row per finding"
    );
    assert!(page.contains("<svg") && page.contains("Findings per rule") && page.contains("Findings per sender"));
    for external in ["<link", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!page.contains(external), "no external assets: found {external}");
    }
    // the text summary says the same
    let text = tact(&["audit", "--today", "2026-11-30", "fixtures/"]);
    assert!(
        text.stdout
            .starts_with(&format!("{} messages checked, {clean} with no finding", s["files"])),
        "{}",
        text.stdout
    );
}
