//! `tact rules`, `tact explain`, `tact test`, and rule-file errors.

mod common;
use common::{tact, tact_in};

const REQUIRED: &[&str] = &[
    "phone.greeting-identity",
    "phone.offer-help",
    "phone.closing-check",
    "voicemail.greeting-identity",
    "voicemail.callback",
    "voicemail.stale-date",
    "letter.next-step",
    "letter.contact",
    "email.greeting",
    "email.signature",
    "tone.discourteous",
    "tone.shouting",
    "tone.exclamation",
    "template.placeholder",
];

#[test]
fn rules_lists_every_required_id() {
    let run = tact(&["rules"]);
    assert_eq!(run.code, 0);
    let ids: Vec<&str> = run
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for id in REQUIRED {
        assert!(ids.contains(id), "{id} missing from:\n{}", run.stdout);
    }
    let json = tact(&["rules", "--format", "json"]).json();
    let shouting = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "tone.shouting")
        .unwrap();
    assert_eq!(
        shouting["channels"].as_array().unwrap().len(),
        5,
        "every channel, charters too"
    );
}

#[test]
fn explain_prints_source_and_examples() {
    let run = tact(&["explain", "tone.discourteous"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Source: 004"), "{}", run.stdout);
    assert!(run
        .stdout
        .contains("Bad (en):\n    Per my last email, the form is attached."));
    assert!(run.stdout.contains("Good (en):\n    As mentioned in my previous email"));
    let unknown = tact(&["explain", "tone.nope"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("unknown rule `tone.nope`"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn test_subcommand_runs_examples() {
    let run = tact(&["test"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.trim_end().ends_with("0 failed"));
}

/// Write `rule_file` as DIR/custom.toml and run `tact check --rules DIR` on a draft.
fn with_rule_file(rule_file: &str) -> common::Run {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("custom.toml"), rule_file).unwrap();
    std::fs::write(
        dir.path().join("draft.email.txt"),
        "Hi Sam,\n\nWe will sort it out.\n\nThanks,\nAna\n",
    )
    .unwrap();
    tact_in(
        dir.path(),
        &["check", "--rules", ".", "--format", "json", "draft.email.txt"],
        None,
    )
}

#[test]
fn custom_rule_directory_adds_rules() {
    let run = with_rule_file(
        "language = \"en\"\n[[rule]]\nid = \"house.sort-it\"\nseverity = \"error\"\ncheck = \"forbid\"\nmessage = \"Say what you will do\"\nphrases = [\"sort it out\"]\nexamples.bad = [\"We will sort it out.\"]\nexamples.good = [\"We will fix it.\"]\n",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let f = common::findings(&run.json());
    assert_eq!(f, [("draft.email.txt".to_string(), "house.sort-it".to_string(), 3, 9)]);
}

#[test]
fn rule_file_errors_name_file_line_and_column() {
    let cases = [
        ("[[rule]]\nid = \"x.y\"\nseverity = \"error\"\ncheck = \"forbid\"\nmessage = \"m\"\nphrasez = [\"a\"]\n", "custom.toml:6:1:", "unknown field `phrasez`"),
        ("[[rule]]\nid = \"x.y\"\nseverity = \"error\"\ncheck = \"forbid\"\nmessage = \"m\"\npatterns = ['(unclosed']\n", "custom.toml:6:13:", "invalid regex `(unclosed`"),
        ("[[rule]]\nid = \"x.y\"\nseverity = \"error\"\ncheck = \"shout\"\nmessage = \"m\"\n", "custom.toml:4:9:", "unknown check kind `shout`"),
        ("[[rule]]\nid = \"x.y\"\nseverity = \"loud\"\ncheck = \"forbid\"\nmessage = \"m\"\nphrases=[\"a\"]\n", "custom.toml:3:12:", "unknown severity `loud`"),
        ("[[rule]]\nid = \"x.y\"\nseverity = \"error\"\ncheck = \"require\"\nmessage = \"m\"\nphrases = [\"a\"]\n", "custom.toml:6:12:", "`phrases` is not a parameter of check kind `require`"),
        ("[[rule]]\nid = \"x.y\"\nseverity = \"error\"\nscope = \"middle\"\ncheck = \"forbid\"\nmessage = \"m\"\nphrases = [\"a\"]\n", "custom.toml:4:9:", "unknown scope `middle`"),
        ("[[rule]\n", "custom.toml:1:8:", "unclosed array table"),
    ];
    for (text, location, message) in cases {
        let run = with_rule_file(text);
        assert_eq!(run.code, 2, "{text}");
        let line = run.stderr.lines().next().unwrap_or_default();
        assert!(
            line.starts_with("error: ") && line.contains(location) && line.contains(message),
            "{text:?}\n→ {}",
            run.stderr
        );
        assert_eq!(run.stderr.lines().count(), 1, "one line: {}", run.stderr);
    }
}
