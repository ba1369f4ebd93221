//! tact.toml: organization, custom rules, ignores, templates, suppressions, baselines,
//! severity overrides, channels by path, errors with file:line:column, and `tact init`.

mod common;
use common::{findings, rule_ids, tact_in, Run};
use std::fs;
use std::path::Path;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

fn check(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["check", "--format", "json", "--today", "2026-11-30"];
    all.extend_from_slice(args);
    let r = tact_in(dir, &all, None);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

const OTHER_COMPANY: &str = "Agent: Thank you for calling Acme Power, this is Sam. How can I help you today?\nCustomer: My bill.\nAgent: Is there anything else I can help you with?\n";
const OUR_COMPANY: &str = "Agent: Thank you for calling Northwind Energy, this is Sam. How can I help you today?\nCustomer: My bill.\nAgent: Is there anything else I can help you with?\n";

#[test]
fn organization_name_is_what_the_greeting_must_say() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "calls/other.txt", OTHER_COMPANY);
    write(d, "calls/ours.txt", OUR_COMPANY);
    // without configuration both pass
    assert_eq!(rule_ids(&check(d, &["calls"]).json()), Vec::<String>::new());
    write(
        d,
        "tact.toml",
        "[organization]\nname = \"Northwind Energy\"\naliases = [\"Northwind\"]\n",
    );
    let run = check(d, &["calls"]);
    assert_eq!(
        findings(&run.json()),
        [(
            "calls/other.txt".to_string(),
            "phone.greeting-identity".to_string(),
            1,
            8
        )]
    );
    // the nearest tact.toml wins: a sub-folder with its own configuration
    write(d, "calls/acme/tact.toml", "[organization]\nname = \"Acme Power\"\n");
    write(d, "calls/acme/script.txt", OTHER_COMPANY);
    let run = check(d, &["calls/acme"]);
    assert_eq!(rule_ids(&run.json()), Vec::<String>::new());
    // --config names one for everything
    let run = check(d, &["--config", "calls/acme/tact.toml", "calls/ours.txt"]);
    assert_eq!(rule_ids(&run.json()), ["phone.greeting-identity"]);
}

/// The TOML block between the custom-rule markers of the README.
fn readme_rule() -> String {
    let readme = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("<!-- custom-rule-example -->").unwrap();
    let end = readme.find("<!-- /custom-rule-example -->").unwrap();
    let block = &readme[start..end];
    let body = &block[block.find("```toml\n").unwrap() + 8..];
    body[..body.find("```").unwrap()].to_string()
}

#[test]
fn readme_custom_rule_runs_from_a_fresh_tact_toml() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "tact.toml", "[rules]\npaths = [\"house-rules\"]\n");
    write(d, "house-rules/en/house.toml", &readme_rule());
    write(
        d,
        "emails/reply.txt",
        "Hi Sam,\n\nKindly revert with your meter reading.\n\nKind regards,\nAna\n",
    );
    let run = check(d, &["emails"]);
    let json = run.json();
    assert_eq!(
        findings(&json),
        [(
            "emails/reply.txt".to_string(),
            "house.no-kindly-revert".to_string(),
            3,
            1
        )]
    );
    let diag = &json["files"][0]["diagnostics"][0];
    assert_eq!(diag["message"], "\"Kindly revert\" is jargon our customers do not use");
    assert_eq!(diag["fix"]["replacement"], "Please reply");
    let test = tact_in(d, &["test"], None);
    assert_eq!(test.code, 0, "{}", test.stdout);
    let explain = tact_in(d, &["explain", "house.no-kindly-revert"], None);
    assert!(
        explain.stdout.contains("Northwind style guide, section 2"),
        "{}",
        explain.stdout
    );
}

#[test]
fn ignore_by_prefix_and_per_path_and_severity_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let rude = "Hi Sam,\n\nPer my last email, your account is OVERDUE!!\n\nKind regards,\nAna\n";
    write(d, "emails/a.txt", rude);
    write(d, "legacy/emails/b.txt", rude);
    let all = rule_ids(&check(d, &["."]).json());
    assert_eq!(all.iter().filter(|r| r.starts_with("tone.")).count(), 6, "{all:?}");
    write(d, "tact.toml", "[rules]\nignore = [\"tone\"]\n");
    assert!(rule_ids(&check(d, &["."]).json())
        .iter()
        .all(|r| !r.starts_with("tone.")));
    write(
        d,
        "tact.toml",
        "[rules]\nper-path-ignores = { \"legacy/**\" = [\"tone.discourteous\"] }\nseverity = { \"tone\" = \"info\", \"tone.shouting\" = \"error\" }\n",
    );
    let json = check(d, &["."]).json();
    let legacy: Vec<&str> = json["files"][1]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["rule"].as_str().unwrap())
        .collect();
    assert_eq!(json["files"][1]["path"], "./legacy/emails/b.txt");
    assert!(
        !legacy.contains(&"tone.discourteous") && legacy.contains(&"tone.shouting"),
        "{legacy:?}"
    );
    let severities: Vec<(&str, &str)> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["rule"].as_str().unwrap(), x["severity"].as_str().unwrap()))
        .collect();
    assert_eq!(
        severities,
        [
            ("tone.discourteous", "info"),
            ("tone.shouting", "error"),
            ("tone.exclamation", "info")
        ]
    );
}

#[test]
fn templates_expect_their_placeholders_but_not_fill_me_markers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "tact.toml",
        "[templates]\n\"templates/**\" = \"handlebars\"\n[channels]\n\"templates/**\" = \"email\"\n",
    );
    write(
        d,
        "templates/welcome.txt",
        "Hi {{first_name}},\n\nWelcome to {{company}}!\n\nKind regards,\n{{agent_name}}\n",
    );
    write(
        d,
        "templates/bad.txt",
        "Hi [FIRST NAME],\n\nWelcome on {{date}.\n\nKind regards,\nAna\n",
    );
    write(
        d,
        "drafts/email.txt",
        "Hi {{first_name}},\n\nWelcome!\n\nKind regards,\nAna\n",
    );
    let run = check(d, &["--channel", "email", "."]);
    assert_eq!(
        findings(&run.json()),
        [
            (
                "./drafts/email.txt".to_string(),
                "template.placeholder".to_string(),
                1,
                4
            ),
            (
                "./templates/bad.txt".to_string(),
                "template.placeholder".to_string(),
                1,
                4
            ),
            (
                "./templates/bad.txt".to_string(),
                "template.placeholder".to_string(),
                3,
                12
            ),
        ]
    );
    // a placeholder naming the agent and the organization satisfies the identity rules
    write(d, "templates/call.txt", "Agent: Thank you for calling {{company_name}}, this is {{agent_name}}. How can I help you today?\nAgent: Is there anything else I can help you with?\n");
    let run = check(d, &["--channel", "phone", "templates/call.txt"]);
    assert_eq!(rule_ids(&run.json()), Vec::<String>::new());
}

#[test]
fn suppressions_silence_the_next_line_and_unused_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "t.email.txt",
        "Hi Sam,\n\n{{!-- tact-ignore tone.shouting --}}\nPLEASE NOTE the new hours.\nWE ARE CLOSED on Monday.\n{# tact-ignore tone.exclamation #}\nSee you soon.\n\nKind regards,\nAna\n",
    );
    let run = check(d, &["--lang", "en", "t.email.txt"]);
    assert_eq!(
        findings(&run.json()),
        [
            ("t.email.txt".to_string(), "tone.shouting".to_string(), 5, 1),
            ("t.email.txt".to_string(), "tact.unused-suppression".to_string(), 6, 1),
        ]
    );
}

#[test]
fn baseline_reports_only_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "emails/a.txt",
        "Hi Sam,\n\nPer my last email, it is done!!\n\nKind regards,\nAna\n",
    );
    let first = check(d, &["--write-baseline", "baseline.json", "emails"]);
    assert_eq!(rule_ids(&first.json()).len(), 2);
    assert!(
        first.stderr.contains("baseline written to baseline.json: 2 findings"),
        "{}",
        first.stderr
    );
    // same findings, moved down by a new line, plus a new one
    write(
        d,
        "emails/a.txt",
        "Hi Sam,\n\nThanks for waiting.\nPer my last email, it is done!!\nYOU FAILED TO PAY.\n\nKind regards,\nAna\n",
    );
    let later = check(d, &["--baseline", "baseline.json", "emails"]);
    assert_eq!(
        findings(&later.json()),
        [
            ("emails/a.txt".to_string(), "tone.discourteous".to_string(), 5, 1),
            ("emails/a.txt".to_string(), "tone.shouting".to_string(), 5, 1),
        ]
    );
    assert!(later
        .stderr
        .contains("2 findings recorded in the baseline are not shown"));
    let missing = check(d, &["--baseline", "nope.json", "emails"]);
    assert_eq!(missing.code, 2);
}

#[test]
fn config_errors_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "emails/a.txt", "Hi Sam,\n\nDone.\n\nKind regards,\nAna\n");
    for (toml, location, message) in [
        (
            "[organisation]\nname = \"X\"\n",
            "tact.toml:1:2:",
            "unknown field `organisation`",
        ),
        (
            "[rules]\nseverity = { \"tone\" = \"loud\" }\n",
            "tact.toml:2:23:",
            "unknown severity `loud`",
        ),
        (
            "[channels]\n\"calls/**\" = \"fax\"\n",
            "tact.toml:2:14:",
            "unknown channel `fax`",
        ),
        (
            "[templates]\n\"t/**\" = \"erb\"\n",
            "tact.toml:2:10:",
            "unknown template syntax `erb`",
        ),
        ("lang = \"fr\"\n", "tact.toml:1:8:", "unknown language `fr`"),
    ] {
        write(d, "tact.toml", toml);
        let run = check(d, &["emails"]);
        assert_eq!(run.code, 2, "{toml}");
        let line = run.stderr.lines().next().unwrap_or_default();
        assert!(
            line.contains(location) && line.contains(message),
            "{toml:?} → {}",
            run.stderr
        );
    }
}

#[test]
fn channels_by_path_and_init() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let init = tact_in(d, &["init"], None);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert_eq!(tact_in(d, &["init"], None).code, 2, "does not overwrite");
    // the starter parses and, uncommented, configures channels
    let starter = fs::read_to_string(d.join("tact.toml")).unwrap();
    fs::write(
        d.join("tact.toml"),
        starter.replace("# \"scripts/calls/**\" = \"phone\"", "\"scripts/calls/**\" = \"phone\""),
    )
    .unwrap();
    write(d, "scripts/calls/a.txt", "Agent: Yes?\n");
    let json = check(d, &["scripts"]).json();
    assert_eq!(json["files"][0]["channel"], "phone");
}
