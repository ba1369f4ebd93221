//! --fix and --diff: exactly the fixable spans change, files are written atomically and
//! keep their permissions, a second run changes nothing, and a file that cannot be
//! written is left untouched with a clear error.

mod common;
use common::{tact_in, Run};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn copy_fixtures(to: &Path) {
    for (channel, file) in [
        ("email", "bad-refund.txt"),
        ("letter", "bad-reminder.letter.txt"),
        ("phone", "bad-no-greeting.txt"),
    ] {
        fs::create_dir_all(to.join(channel)).unwrap();
        let src = format!("{}/fixtures/en/{channel}/{file}", env!("CARGO_MANIFEST_DIR"));
        fs::copy(src, to.join(channel).join(file)).unwrap();
    }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let r = tact_in(dir, args, None);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

#[test]
fn fix_changes_exactly_the_fixable_spans_once() {
    let dir = tempfile::tempdir().unwrap();
    copy_fixtures(dir.path());
    let email = dir.path().join("email/bad-refund.txt");
    fs::set_permissions(&email, fs::Permissions::from_mode(0o640)).unwrap();
    let before = fs::read_to_string(&email).unwrap();

    // --diff shows the fixes and changes nothing
    let diff = run(dir.path(), &["check", "--diff", "--lang", "en", "."]);
    assert_eq!(diff.code, 1);
    assert!(
        diff.stdout
            .contains("-Per my last email, the refund was ALREADY PROCESSED!!! Please"),
        "{}",
        diff.stdout
    );
    assert!(diff
        .stdout
        .contains("+As mentioned in my previous email, the refund was already processed! Please"));
    assert!(diff.stderr.contains("5 fixes available in 3 files"), "{}", diff.stderr);
    assert_eq!(fs::read_to_string(&email).unwrap(), before);

    let fixed = run(dir.path(), &["check", "--fix", "--format", "json", "--lang", "en", "."]);
    assert!(fixed.stderr.contains("fixed 5 problems in 3 files"), "{}", fixed.stderr);
    let after = fs::read_to_string(&email).unwrap();
    assert_eq!(
        after,
        before.replace(
            "Per my last email, the refund was ALREADY PROCESSED!!!",
            "As mentioned in my previous email, the refund was already processed!"
        )
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("letter/bad-reminder.letter.txt")).unwrap(),
        fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/en/letter/bad-reminder.letter.txt"
        ))
        .unwrap()
        .replace("account is OVERDUE.", "account is overdue.")
    );
    assert_eq!(
        fs::metadata(&email).unwrap().permissions().mode() & 0o777,
        0o640,
        "permissions kept"
    );
    // the report is of the fixed text: the fixed findings are gone
    let rules: Vec<String> = common::rule_ids(&fixed.json());
    assert!(
        !rules.contains(&"tone.exclamation".to_string()) && !rules.contains(&"tone.shouting".to_string()),
        "{rules:?}"
    );
    // no temporary files left behind
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("email"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tact"))
        .collect();
    assert!(leftovers.is_empty());

    let again = run(dir.path(), &["check", "--fix", "--lang", "en", "."]);
    assert!(again.stderr.contains("fixed 0 problems in 0 files"), "{}", again.stderr);
    assert_eq!(fs::read_to_string(&email).unwrap(), after);
}

#[test]
fn read_only_folder_leaves_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("emails");
    fs::create_dir(&folder).unwrap();
    let file = folder.join("draft.txt");
    let text = "Hi Sam,\n\nDone!!!\n\nThanks,\nAna\n";
    fs::write(&file, text).unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();

    // root ignores folder permissions: run tact as an unprivileged user then
    let is_root = unsafe { libc::geteuid() } == 0;
    let tact = env!("CARGO_BIN_EXE_tact");
    let mut cmd = if is_root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", tact]);
        c
    } else {
        std::process::Command::new(tact)
    };
    let out = cmd
        .args(["check", "--fix", "--lang", "en"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let line = stderr.lines().find(|l| l.contains("draft.txt")).unwrap_or_default();
    assert!(
        line.starts_with("error: ") && line.contains("not fixed, file left as it was: cannot write in"),
        "{stderr}"
    );
    assert!(line.contains("permission denied"), "{line}");
    assert_eq!(fs::read_to_string(&file).unwrap(), text);
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 1, "no temporary file left");
}
