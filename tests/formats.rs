//! The CI-facing output formats: SARIF (validated against the official 2.1.0 schema),
//! GitHub workflow commands, JSON Lines and compact lines; and --fail-on.

mod common;
use common::tact;

fn sarif_schema() -> serde_json::Value {
    // the schema is kept in ../shared/schemas (see its README), not copied here
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/schemas/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn sarif_output_of_the_fixtures_validates_against_the_schema() {
    let run = tact(&["check", "--format", "sarif", "--today", "2026-11-30", "fixtures/"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif = run.json();
    let validator = jsonschema::validator_for(&sarif_schema()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF does not validate:\n{}", errors.join("\n"));
    // and the validator does reject a broken document
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = "loud".into();
    assert!(!validator.is_valid(&broken));

    let run0 = &sarif["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "tone.discourteous"));
    let results = run0["results"].as_array().unwrap();
    let json = tact(&["check", "--format", "json", "--today", "2026-11-30", "fixtures/"]).json();
    let s = &json["summary"];
    let total = s["errors"].as_u64().unwrap() + s["warnings"].as_u64().unwrap() + s["infos"].as_u64().unwrap();
    assert_eq!(results.len() as u64, total, "one result per diagnostic");
    let stale = results.iter().find(|r| r["ruleId"] == "voicemail.stale-date").unwrap();
    assert_eq!(stale["level"], "error");
    assert_eq!(
        stale["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/en/voicemail/bad-stale.txt"
    );
    assert_eq!(stale["locations"][0]["physicalLocation"]["region"]["startColumn"], 54);
    assert_eq!(
        rules[stale["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "voicemail.stale-date"
    );
    let fixable = results.iter().find(|r| r["ruleId"] == "tone.exclamation").unwrap();
    assert_eq!(
        fixable["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "!"
    );
}

#[test]
fn github_compact_and_jsonl_lines() {
    let args = |f: &'static str| {
        [
            "check",
            "--format",
            f,
            "--today",
            "2026-11-30",
            "fixtures/en/voicemail/bad-stale.txt",
        ]
    };
    let gh = tact(&args("github"));
    assert_eq!(gh.code, 1);
    let first = gh.stdout.lines().next().unwrap();
    assert!(
        first.starts_with("::warning file=fixtures/en/voicemail/bad-stale.txt,line=1,col=1,endLine=1,endColumn=68,title=tact voicemail.callback (en)::The greeting does not say that calls will be returned%0Ahelp: "),
        "{first}"
    );
    assert!(gh
        .stdout
        .contains("::error file=fixtures/en/voicemail/bad-stale.txt,line=1,col=54,"));

    let compact = tact(&args("compact"));
    assert_eq!(
        compact.stdout.lines().nth(2).unwrap(),
        "fixtures/en/voicemail/bad-stale.txt:1:54: error [voicemail.stale-date] The greeting mentions a date that is already past: March 2, 2026"
    );

    let jsonl = tact(&args("jsonl"));
    let lines: Vec<serde_json::Value> = jsonl.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["rule"], "voicemail.stale-date");
    assert_eq!(lines[2]["path"], "fixtures/en/voicemail/bad-stale.txt");
    assert_eq!(lines[2]["channel"], "voicemail");
    assert_eq!(lines[2]["line"], 1);
}

#[test]
fn fail_on_sets_the_failing_level() {
    // bad-no-greeting has warnings only
    let file = "fixtures/en/phone/bad-no-greeting.txt";
    assert_eq!(tact(&["check", "--format", "compact", file]).code, 0);
    assert_eq!(
        tact(&["check", "--format", "compact", "--fail-on", "warning", file]).code,
        1
    );
    assert_eq!(
        tact(&[
            "check",
            "--format",
            "compact",
            "--fail-on",
            "info",
            "fixtures/en/phone/good-billing.txt"
        ])
        .code,
        0
    );
}
