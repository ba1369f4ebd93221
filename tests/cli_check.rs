//! `tact check` end to end: fixtures, channels, output contract, exit codes.

mod common;
use common::{findings, rule_ids, tact, tact_stdin};

fn f(path: &str, rule: &str, line: u64, col: u64) -> (String, String, u64, u64) {
    (path.to_string(), rule.to_string(), line, col)
}

/// Parse lines of "path rule line column".
fn table(rows: &str) -> Vec<(String, String, u64, u64)> {
    rows.lines()
        .map(|l| {
            let c: Vec<&str> = l.split_whitespace().collect();
            f(c[0], c[1], c[2].parse().unwrap(), c[3].parse().unwrap())
        })
        .collect()
}

#[test]
fn english_fixtures_report_exact_findings() {
    let run = tact(&["check", "--today", "2026-11-30", "--format", "json", "fixtures/en"]);
    assert_eq!(run.code, 1, "errors present, so exit 1; stderr: {}", run.stderr);
    let expected = table(
        "fixtures/en/charter/bad-no-complaints.charter.md charter.complaint-contact 1 1
         fixtures/en/email/bad-refund.txt email.greeting 3 1
         fixtures/en/email/bad-refund.txt tone.discourteous 3 1
         fixtures/en/email/bad-refund.txt tone.shouting 3 35
         fixtures/en/email/bad-refund.txt tone.exclamation 3 52
         fixtures/en/email/bad-refund.txt email.signature 5 1
         fixtures/en/email/bad-refund.txt template.placeholder 5 1
         fixtures/en/email/invoice.mjml template.placeholder 9 23
         fixtures/en/email/invoice.mjml template.placeholder 10 35
         fixtures/en/email/invoice.mjml tone.discourteous 10 69
         fixtures/en/email/invoice.mjml tone.shouting 11 62
         fixtures/en/email/multipart.eml#html tone.shouting 3 45
         fixtures/en/email/multipart.eml#html tone.exclamation 3 80
         fixtures/en/email/order-shipped.liquid tone.discourteous 3 47
         fixtures/en/email/reply-invoice.eml email.unanswered-question 5 1
         fixtures/en/email/welcome.hbs tone.exclamation 9 71
         fixtures/en/email/welcome.hbs tone.shouting 11 45
         fixtures/en/email/welcome.hbs template.placeholder 16 31
         fixtures/en/email/welcome.hbs template.placeholder 18 23
         fixtures/en/letter/bad-complaint-reply.letter.txt letter.complaint-path 1 1
         fixtures/en/letter/bad-reminder.letter.txt letter.contact 1 1
         fixtures/en/letter/bad-reminder.letter.txt template.placeholder 1 6
         fixtures/en/letter/bad-reminder.letter.txt letter.next-step 3 1
         fixtures/en/letter/bad-reminder.letter.txt tone.shouting 3 39
         fixtures/en/letter/bad-reminder.letter.txt tone.discourteous 3 48
         fixtures/en/phone/bad-no-greeting.txt phone.greeting-identity 1 8
         fixtures/en/phone/bad-no-greeting.txt phone.offer-help 1 8
         fixtures/en/phone/bad-no-greeting.txt phone.closing-check 5 8
         fixtures/en/phone/bad-no-greeting.txt tone.discourteous 5 38
         fixtures/en/voicemail/bad-stale.txt voicemail.callback 1 1
         fixtures/en/voicemail/bad-stale.txt voicemail.greeting-identity 1 1
         fixtures/en/voicemail/bad-stale.txt voicemail.stale-date 1 54",
    );
    let json = run.json();
    assert_eq!(findings(&json), expected);
    assert_eq!(json["summary"]["files"], 17);
    assert_eq!(json["summary"]["errors"], 7);
    assert_eq!(json["summary"]["warnings"], 25);
    let channels: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["channel"].as_str().unwrap())
        .collect();
    assert_eq!(
        channels,
        [
            "charter",
            "charter",
            "email",
            "email",
            "email",
            "email",
            "email",
            "email",
            "email",
            "email",
            "letter",
            "letter",
            "letter",
            "phone",
            "phone",
            "voicemail",
            "voicemail"
        ]
    );
}

#[test]
fn json_follows_the_output_contract() {
    let run = tact(&[
        "check",
        "--today",
        "2026-11-30",
        "--format",
        "json",
        "fixtures/en/email/bad-refund.txt",
    ]);
    let json = run.json();
    assert_eq!(json["version"], 1);
    let file = &json["files"][0];
    assert_eq!(file["path"], "fixtures/en/email/bad-refund.txt");
    assert_eq!(file["channel"], "email");
    assert_eq!(file["language"], "en");
    let d = &file["diagnostics"][3];
    assert_eq!(d["rule"], "tone.exclamation");
    assert_eq!(d["severity"], "warning");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(52)));
    assert_eq!((d["end_line"].as_u64(), d["end_column"].as_u64()), (Some(3), Some(55)));
    let text = std::fs::read_to_string("fixtures/en/email/bad-refund.txt").unwrap();
    let (s, e) = (
        d["byte_start"].as_u64().unwrap() as usize,
        d["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "!!!");
    assert_eq!(d["fix"]["replacement"], "!");
    assert!(d["related"].as_array().unwrap().is_empty());
    assert!(d["help"].is_string());
    for key in ["files", "errors", "warnings", "infos"] {
        assert!(json["summary"][key].is_u64(), "summary.{key}");
    }
}

const NO_GREETING: &str =
    "Agent: Yeah?\nCustomer: My bill is wrong.\nAgent: Account number?\nCustomer: 1234.\nAgent: Fixed. Bye.\n";
const COURTEOUS: &str =
    "Agent: Good morning, thank you for calling Acme Energy, this is Sam. How can I help you today?\n\
Customer: My bill is wrong.\n\
Agent: I'm sorry to hear that. I've corrected the reading and sent you a new bill.\n\
Agent: Is there anything else I can help you with?\n\
Customer: No, thank you.\n\
Agent: Thank you for calling, have a lovely day.\n";

#[test]
fn phone_script_without_greeting_reports_the_three_phone_rules() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("script.txt");
    std::fs::write(&file, NO_GREETING).unwrap();
    let run = tact(&[
        "check",
        "--format",
        "json",
        "--channel",
        "phone",
        "--lang",
        "en",
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "warnings only: exit 0 by default");
    assert_eq!(
        rule_ids(&run.json()),
        ["phone.greeting-identity", "phone.offer-help", "phone.closing-check"]
    );
    let lines: Vec<u64> = findings(&run.json()).iter().map(|f| f.2).collect();
    assert_eq!(lines, [1, 1, 3]);
    // and with --fail-on warning the findings fail the run
    let strict = tact(&[
        "check",
        "--fail-on",
        "warning",
        "--channel",
        "phone",
        file.to_str().unwrap(),
    ]);
    assert_eq!(strict.code, 1);
}

#[test]
fn courteous_phone_script_reports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("script.txt");
    std::fs::write(&file, COURTEOUS).unwrap();
    let run = tact(&[
        "check",
        "--format",
        "json",
        "--channel",
        "phone",
        "--lang",
        "en",
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(rule_ids(&run.json()), Vec::<String>::new());
}

#[test]
fn stdin_is_checked_with_a_channel() {
    let run = tact_stdin(
        &["check", "--channel", "email", "--format", "json", "-"],
        "Hi Sam,\n\nPer my last email, it's done.\n\nKind regards,\nAna\n",
    );
    let json = run.json();
    assert_eq!(json["files"][0]["path"], "<stdin>");
    assert_eq!(findings(&json), [f("<stdin>", "tone.discourteous", 3, 1)]);
}

#[test]
fn front_matter_sets_the_channel_and_customer_turns_are_not_the_agents_fault() {
    let run = tact_stdin(
        &["check", "--format", "json", "-"],
        "channel: phone\nAgent: Thanks for calling Acme, this is Sam. How can I help?\nCustomer: THIS IS RIDICULOUS!!!\nAgent: I'm sorry. Is there anything else I can do?\n",
    );
    let json = run.json();
    assert_eq!(json["files"][0]["channel"], "phone");
    assert_eq!(rule_ids(&json), Vec::<String>::new());
}

#[test]
fn unknown_channel_is_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "Per my last email!!").unwrap();
    let run = tact(&["check", file.to_str().unwrap()]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("notes.txt: channel unknown"), "{}", run.stderr);
    assert!(
        run.stderr.contains("channel: email"),
        "the note says how to name it: {}",
        run.stderr
    );
    assert!(run.stdout.contains("0 files checked"), "{}", run.stdout);
}

#[test]
fn select_and_ignore_filter_rules() {
    let only_tone = tact(&[
        "check",
        "--format",
        "json",
        "--select",
        "tone",
        "--today",
        "2026-11-30",
        "fixtures/en",
    ]);
    assert!(rule_ids(&only_tone.json()).iter().all(|r| r.starts_with("tone.")));
    let no_tone = tact(&[
        "check",
        "--format",
        "json",
        "--ignore",
        "tone,template.placeholder",
        "--today",
        "2026-11-30",
        "fixtures/en",
    ]);
    let ids = rule_ids(&no_tone.json());
    assert!(ids
        .iter()
        .all(|r| !r.starts_with("tone.") && r != "template.placeholder"));
    assert!(!ids.is_empty());
}

#[test]
fn human_output_shows_snippet_help_and_summary() {
    let run = tact(&[
        "check",
        "--color",
        "never",
        "--today",
        "2026-11-30",
        "fixtures/en/voicemail/bad-stale.txt",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("error[voicemail.stale-date]: The greeting mentions a date that is already past: March 2, 2026"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("fixtures/en/voicemail/bad-stale.txt:1:54"));
    assert!(run.stdout.contains("= help: Update the greeting"));
    assert!(run.stdout.contains("1 file checked: 1 error, 2 warnings, 0 infos"));
    assert!(!run.stdout.contains('\u{1b}'), "no colour with --color never");
}

#[test]
fn stale_date_depends_on_today() {
    let before = tact(&[
        "check",
        "--format",
        "json",
        "--today",
        "2026-02-01",
        "fixtures/en/voicemail/bad-stale.txt",
    ]);
    assert!(!rule_ids(&before.json()).contains(&"voicemail.stale-date".to_string()));
}

#[test]
fn field_lines_in_letters_are_not_speaker_turns() {
    // "Customer number: 123456" is a field, not the customer speaking: the agent's
    // words after it are still checked
    let run = tact_stdin(
        &["check", "--format", "json", "--channel", "letter", "--lang", "en", "-"],
        "Dear Ms Lee,\n\nCustomer number: 123456\nAs I already told you, deal with it!!\n\nYours sincerely,\nACME ENERGY LTD\n",
    );
    let ids = rule_ids(&run.json());
    assert_eq!(ids.iter().filter(|r| *r == "tone.discourteous").count(), 2, "{ids:?}");
    assert!(ids.contains(&"tone.exclamation".to_string()));
    assert!(
        !ids.contains(&"tone.shouting".to_string()),
        "a company name in the signature is not shouting: {ids:?}"
    );
}

#[test]
fn output_is_the_same_with_one_thread_and_with_many() {
    let one = tact(&[
        "check",
        "--format",
        "json",
        "--today",
        "2026-11-30",
        "-j",
        "1",
        "fixtures/",
    ]);
    let many = tact(&[
        "check",
        "--format",
        "json",
        "--today",
        "2026-11-30",
        "-j",
        "8",
        "fixtures/",
    ]);
    assert!(one.stdout.len() > 1000);
    assert_eq!(one.stdout, many.stdout);
    assert_eq!(one.stderr, many.stderr);
    assert_eq!(one.code, many.code);
}
