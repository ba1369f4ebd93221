//! Bad input: each problem is one line naming the file, other files are still checked,
//! nothing panics, and the exit code says so.

mod common;
use common::{tact_in, Run};
use std::fs;
use std::path::Path;

const GOOD: &str = "Hi Sam,\n\nYour refund was issued today.\n\nKind regards,\nAna\n";

fn run(dir: &Path, args: &[&str]) -> Run {
    let r = tact_in(dir, args, None);
    assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
    r
}

/// The stderr lines that mention `name`.
fn lines_about<'a>(r: &'a Run, name: &str) -> Vec<&'a str> {
    r.stderr.lines().filter(|l| l.contains(name)).collect()
}

#[test]
fn missing_path_is_an_error_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ok.email.txt"), GOOD).unwrap();
    let r = run(dir.path(), &["check", "nope.txt", "ok.email.txt"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        lines_about(&r, "nope.txt"),
        ["error: nope.txt: no such file or directory"]
    );
    assert!(r.stdout.contains("1 file checked"), "{}", r.stdout);
}

#[test]
fn binary_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let emails = dir.path().join("emails");
    fs::create_dir(&emails).unwrap();
    fs::write(emails.join("a.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    fs::write(emails.join("b.md"), b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    fs::write(emails.join("c.txt"), GOOD).unwrap();
    let r = run(dir.path(), &["check", "--format", "json", "emails"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        lines_about(&r, "a.txt"),
        ["error: emails/a.txt: binary file (contains NUL bytes), not checked"]
    );
    assert_eq!(lines_about(&r, "b.md").len(), 1);
    assert_eq!(r.json()["summary"]["files"], 1);
}

#[test]
fn invalid_utf8_is_decoded_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    // Windows-1252 bytes for "Zoë" and "café"
    fs::write(
        dir.path().join("x.email.txt"),
        b"Hi Zo\xeb,\n\nThe caf\xe9 order shipped!! Thanks.\n\nKind regards,\nRui\n",
    )
    .unwrap();
    let r = run(
        dir.path(),
        &["check", "--format", "json", "--lang", "en", "x.email.txt"],
    );
    assert_eq!(
        lines_about(&r, "x.email.txt"),
        ["note: x.email.txt: not valid UTF-8; read as windows-1252"]
    );
    let json = r.json();
    assert_eq!(
        common::findings(&json),
        [("x.email.txt".to_string(), "tone.exclamation".to_string(), 3, 23)]
    );
    assert_eq!(r.code, 0);
}

#[test]
fn empty_file_is_a_warning_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.email.txt"), "").unwrap();
    fs::write(dir.path().join("ok.email.txt"), GOOD).unwrap();
    let r = run(dir.path(), &["check", "empty.email.txt", "ok.email.txt"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        lines_about(&r, "empty.email.txt"),
        ["warning: empty.email.txt: empty file, nothing to check"]
    );
    assert!(r.stdout.contains("1 file checked"));
}

#[test]
fn unreadable_file_is_an_io_error() {
    let dir = tempfile::tempdir().unwrap();
    // a symlink loop cannot be read even by root
    std::os::unix::fs::symlink("loop.email.txt", dir.path().join("loop.email.txt")).unwrap();
    fs::write(dir.path().join("ok.email.txt"), GOOD).unwrap();
    let r = run(dir.path(), &["check", "loop.email.txt", "ok.email.txt"]);
    assert_eq!(r.code, 2);
    let lines = lines_about(&r, "loop.email.txt");
    assert_eq!(lines.len(), 1, "{}", r.stderr);
    assert!(lines[0].starts_with("error: loop.email.txt: "), "{}", lines[0]);
    assert!(r.stdout.contains("1 file checked"));
}

#[test]
fn huge_single_line_file_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("Hi Sam, ");
    while text.len() < 5 * 1024 * 1024 {
        text.push_str("your order is on its way and will arrive soon, ");
    }
    text.push_str("per my last email.");
    fs::write(dir.path().join("big.email.txt"), &text).unwrap();
    let r = run(
        dir.path(),
        &["check", "--format", "json", "--lang", "en", "big.email.txt"],
    );
    let json = r.json();
    let rules: Vec<&str> = json["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"tone.discourteous"), "{rules:?}");
    assert_eq!(
        json["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "tone.discourteous")
            .unwrap()["line"],
        1
    );
    // above the size limit: reported, not read
    let r = run(dir.path(), &["check", "--max-file-size", "1000", "big.email.txt"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        lines_about(&r, "big.email.txt"),
        ["error: big.email.txt: larger than the 1000 bytes limit, not checked (raise it with --max-file-size)"]
    );
}

#[test]
fn bad_flags_are_one_line_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check", "--format", "xml", "."][..],
        &["check", "--channel", "fax", "."],
        &["check", "--lang", "fr", "."],
        &["check", "--today", "30/11/2026", "."],
        &["check", "--frobnicate"],
    ] {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stderr.trim_end().lines().count(), 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.starts_with("error:"), "{}", r.stderr);
    }
}

#[test]
fn bad_front_matter_is_an_error_for_that_file_only() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "channel: fax\nHello").unwrap();
    fs::write(dir.path().join("ok.email.txt"), GOOD).unwrap();
    let r = run(dir.path(), &["check", "a.txt", "ok.email.txt"]);
    assert_eq!(r.code, 2);
    assert_eq!(lines_about(&r, "a.txt").len(), 1);
    assert!(lines_about(&r, "a.txt")[0].contains("unknown channel `fax`"));
}
