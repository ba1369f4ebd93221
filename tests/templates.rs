//! Template files: an email kept as HTML and text is checked once per version, and a
//! finding in only one version says so; multipart messages likewise.

mod common;
use common::{findings, tact, tact_in};
use std::fs;

#[test]
fn html_and_text_versions_are_compared() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("emails")).unwrap();
    fs::write(d.join("tact.toml"), "[templates]\n\"emails/**\" = \"handlebars\"\n").unwrap();
    fs::write(
        d.join("emails/welcome.hbs"),
        "<p>Hi {{name}},</p>\n<p>Your order SHIPPED TODAY!!</p>\n<p>Kind regards,<br>Sam</p>\n",
    )
    .unwrap();
    fs::write(
        d.join("emails/welcome.txt"),
        "Hi {{name}},\n\nYour order shipped today!!\n\nKind regards,\nSam\n",
    )
    .unwrap();
    let run = tact_in(d, &["check", "--format", "json", "emails"], None);
    let json = run.json();
    assert_eq!(
        findings(&json),
        [
            ("emails/welcome.hbs".to_string(), "tone.shouting".to_string(), 2, 15),
            ("emails/welcome.hbs".to_string(), "tone.exclamation".to_string(), 2, 28),
            ("emails/welcome.txt".to_string(), "tone.exclamation".to_string(), 3, 25),
        ]
    );
    let messages: Vec<&str> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(messages[0].ends_with("(only in the HTML version)"), "{messages:?}");
    assert!(!messages[1].contains("only in"), "{messages:?}");
}

#[test]
fn multipart_messages_are_checked_per_version() {
    let run = tact(&["check", "--format", "json", "fixtures/en/email/multipart.eml"]);
    let json = run.json();
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "fixtures/en/email/multipart.eml",
            "fixtures/en/email/multipart.eml#html"
        ]
    );
    assert_eq!(
        findings(&json),
        [
            (
                "fixtures/en/email/multipart.eml#html".to_string(),
                "tone.shouting".to_string(),
                3,
                45
            ),
            (
                "fixtures/en/email/multipart.eml#html".to_string(),
                "tone.exclamation".to_string(),
                3,
                80
            ),
        ]
    );
    let d = &json["files"][1]["diagnostics"][0];
    assert!(d["message"].as_str().unwrap().ends_with("(only in the HTML version)"));
}
