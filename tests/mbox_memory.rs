//! An .mbox archive is streamed: peak memory does not grow with the number of messages.
//! (Its own test binary, so no other child process of the test runner affects the
//! measurement.)

use std::fmt::Write as _;
use std::process::{Command, Stdio};

fn archive(messages: usize) -> String {
    let mut s = String::new();
    for i in 0..messages {
        let _ = write!(
            s,
            "From agent{i}@acme.example Mon Nov 30 10:00:00 2026\n\
             From: Agent {i} <agent{i}@acme.example>\nTo: customer{i}@example.com\n\
             Subject: Re: Your order {i}\nMessage-ID: <{i}@acme.example>\n\n\
             Hi Sam,\n\nYour order {i} has shipped and will arrive on Thursday. Per my last email,\n\
             the invoice is attached. Please call us on 0800 123 4567 if anything is missing.\n\n\
             Kind regards,\nAgent {i}\nAcme\n\n"
        );
    }
    s
}

/// Peak resident memory (KiB) of the largest child waited for so far.
fn children_max_rss_kib() -> i64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct we pass; RUSAGE_CHILDREN is valid.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(rc, 0);
    usage.ru_maxrss
}

fn check(path: &std::path::Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(["check", "--format", "json", "--lang", "en"])
        .arg(path)
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn ten_thousand_messages_in_flat_memory() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small.mbox");
    let large = dir.path().join("large.mbox");
    std::fs::write(&small, archive(1_000)).unwrap();
    std::fs::write(&large, archive(10_000)).unwrap();

    let json = check(&small);
    assert_eq!(json["summary"]["files"], 1_000);
    let small_peak = children_max_rss_kib();

    let json = check(&large);
    assert_eq!(json["summary"]["files"], 10_000);
    let large_peak = children_max_rss_kib();

    // each message is its own document, named by index and carrying its Message-ID
    let last = &json["files"][9_999];
    assert_eq!(last["path"], format!("{}#10000", large.display()));
    assert_eq!(last["message"]["index"], 10_000);
    assert_eq!(last["message"]["message_id"], "9999@acme.example");
    assert_eq!(last["message"]["from"], "Agent 9999 <agent9999@acme.example>");
    assert_eq!(last["diagnostics"][0]["rule"], "tone.discourteous");
    assert_eq!(json["summary"]["warnings"], 10_000);

    println!("peak RSS: 1,000 messages {small_peak} KiB, 10,000 messages {large_peak} KiB");
    // ten times the messages, at most a few MiB more (allocator noise), not ten times the memory
    assert!(
        large_peak < small_peak + 16 * 1024,
        "memory grows with the archive: {small_peak} KiB → {large_peak} KiB"
    );
}
