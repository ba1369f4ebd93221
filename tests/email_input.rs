//! Email input: --reply-to, quoted replies in .eml files, thread files, mbox archives,
//! and broken mail.

mod common;
use common::{findings, tact, tact_in, Run};
use std::fs;

fn questions(run: &Run) -> Vec<(String, String)> {
    let json = run.json();
    let mut out = Vec::new();
    for f in json["files"].as_array().unwrap() {
        for d in f["diagnostics"].as_array().unwrap() {
            if d["rule"] == "email.unanswered-question" {
                out.push((
                    d["message"].as_str().unwrap().to_string(),
                    d["related"][0]["quote"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

#[test]
fn reply_to_reports_each_unanswered_question_with_its_quote() {
    let run = tact(&[
        "check",
        "--format",
        "json",
        "--reply-to",
        "fixtures/replies/outage.customer.txt",
        "fixtures/replies/outage-partial.email.txt",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        questions(&run),
        [
            (
                "The customer's question is not answered: “Will I get a refund for the days without service?”".to_string(),
                "Will I get a refund for the days without service?".to_string()
            ),
            (
                "The customer's question is not answered: “Also, could you tell me whether I need to restart the router once it is fixed?”".to_string(),
                "Also, could you tell me whether I need to restart the router once it is fixed?".to_string()
            ),
        ]
    );
    let json = run.json();
    let related = &json["files"][0]["diagnostics"][0]["related"][0];
    assert_eq!(related["path"], "fixtures/replies/outage.customer.txt");
    assert_eq!(
        (related["line"].as_u64(), related["column"].as_u64()),
        (Some(4), Some(25))
    );
    // the diagnostic itself is on the draft's first body line
    assert_eq!(findings(&json)[0].2, 3);

    let complete = tact(&[
        "check",
        "--format",
        "json",
        "--reply-to",
        "fixtures/replies/outage.customer.txt",
        "fixtures/replies/outage-complete.email.txt",
    ]);
    assert_eq!(findings(&complete.json()), vec![]);
}

#[test]
fn quoted_printable_latin1_reply_is_decoded_and_checked_against_its_quote() {
    let run = tact(&[
        "check",
        "--format",
        "json",
        "fixtures/pt/email/resposta-fatura.eml",
        "fixtures/en/email/reply-invoice.eml",
    ]);
    let q = questions(&run);
    assert_eq!(
        q,
        [
            (
                "A pergunta do cliente não foi respondida: “Gostaria também de saber se posso pagar por débito direto a partir de janeiro.”".to_string(),
                "Gostaria também de saber se posso pagar por débito direto a partir de janeiro.".to_string()
            ),
            (
                "The customer's question is not answered: “Can I also pay by direct debit from January?”".to_string(),
                "Can I also pay by direct debit from January?".to_string()
            ),
        ]
    );
    let json = run.json();
    let pt = &json["files"][0];
    assert_eq!(pt["language"], "pt");
    assert_eq!(pt["decoded"], true);
    assert_eq!(pt["message"]["message_id"], "pt-1@seguradora-atlantico.example");
    assert_eq!(pt["diagnostics"][0]["related"][0]["line"], 14);
    // human output keeps the accents
    let human = tact(&["check", "--color", "never", "fixtures/en/email/reply-invoice.eml"]);
    assert!(
        human
            .stdout
            .contains("Thank you for your message. I have corrected the invoice for the café supplies"),
        "{}",
        human.stdout
    );
    assert!(human.stdout.contains("positions refer to the decoded message text"));
}

#[test]
fn thread_file_checks_the_last_agent_message() {
    let run = tact(&[
        "check",
        "--format",
        "json",
        "fixtures/replies/thread-refund.thread.json",
    ]);
    assert_eq!(
        questions(&run),
        [(
            "The customer's question is not answered: “And can I get the replacement in red?”".to_string(),
            "And can I get the replacement in red?".to_string()
        )]
    );
}

#[test]
fn empty_subject_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.eml"),
        "From: a@b.c\r\nSubject: Re:\r\n\r\nHi Sam,\r\n\r\nDone.\r\n\r\nThanks,\r\nAna\r\n",
    )
    .unwrap();
    let run = tact_in(
        dir.path(),
        &["check", "--format", "json", "--lang", "en", "a.eml"],
        None,
    );
    assert_eq!(
        findings(&run.json()),
        [("a.eml".to_string(), "email.subject".to_string(), 1, 10)]
    );
}

#[test]
fn broken_mail_gets_a_clear_message_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    // truncated MIME boundary
    fs::write(p.join("truncated.eml"), "From: a@b.c\r\nSubject: Order\r\nContent-Type: multipart/alternative; boundary=\"XX\"\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nHi Sam,\r\n\r\nYour order SHIPPED TODAY!!\r\n").unwrap();
    // bad base64
    fs::write(p.join("base64.eml"), "From: a@b.c\r\nSubject: Order\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n").unwrap();
    // unknown charset
    fs::write(p.join("charset.eml"), "From: a@b.c\r\nSubject: Order\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nHi Sam,\r\n\r\nYour order shipped.\r\n\r\nThanks,\r\nAna\r\n").unwrap();
    // not mail at all
    fs::write(p.join("garbage.eml"), "\u{1}\u{2}").unwrap();
    // an archive with a broken message in the middle
    fs::write(
        p.join("box.mbox"),
        "From a@b.c Mon Nov 30 10:00:00 2026\nSubject: One\n\nHi Sam,\n\nFirst!!\n\nThanks,\nAna\n\nFrom x Mon Nov 30 10:00:00 2026\n\nFrom a@b.c Mon Nov 30 10:00:00 2026\nSubject: Three\n\nHi Sam,\n\nThird!!\n\nThanks,\nAna\n",
    )
    .unwrap();
    let run = tact_in(
        p,
        &[
            "check",
            "--format",
            "json",
            "--lang",
            "en",
            "--reply-to",
            "missing.txt",
            "truncated.eml",
            "base64.eml",
            "charset.eml",
            "garbage.eml",
            "box.mbox",
        ],
        None,
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(run.code, 2, "missing --reply-to file and garbage are errors");
    let stderr: Vec<&str> = run.stderr.lines().collect();
    assert!(
        stderr.contains(&"error: missing.txt: --reply-to: no such file or directory"),
        "{stderr:?}"
    );
    assert!(
        stderr
            .iter()
            .any(|l| l.starts_with("error: garbage.eml: not an email message")),
        "{stderr:?}"
    );
    assert!(
        stderr.iter().any(|l| l.starts_with("warning: base64.eml: ")),
        "{stderr:?}"
    );
    assert!(
        stderr
            .iter()
            .any(|l| l.starts_with("error: box.mbox#2: not an email message")),
        "{stderr:?}"
    );
    let json = run.json();
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        ["truncated.eml", "base64.eml", "charset.eml", "box.mbox#1", "box.mbox#3"]
    );
    let f = findings(&json);
    assert!(
        f.contains(&("truncated.eml".to_string(), "tone.shouting".to_string(), 5, 12)),
        "{f:?}"
    );
    assert!(
        f.contains(&("box.mbox#3".to_string(), "tone.exclamation".to_string(), 5, 6)),
        "{f:?}"
    );
}
