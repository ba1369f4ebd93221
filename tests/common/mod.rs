//! Running the built `tact` binary in tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }
}

/// Run `tact ARGS` in the repository root, with `stdin` as standard input.
pub fn tact_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tact"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tact runs");
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            input.write_all(s.as_bytes()).unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn tact(args: &[&str]) -> Run {
    tact_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, None)
}

pub fn tact_stdin(args: &[&str], stdin: &str) -> Run {
    tact_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, Some(stdin))
}

/// (path, rule, line, column) of every diagnostic in a JSON report.
pub fn findings(json: &serde_json::Value) -> Vec<(String, String, u64, u64)> {
    let mut out = Vec::new();
    for f in json["files"].as_array().unwrap() {
        for d in f["diagnostics"].as_array().unwrap() {
            out.push((
                f["path"].as_str().unwrap().to_string(),
                d["rule"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            ));
        }
    }
    out
}

/// Rule ids reported for the one file in a JSON report.
pub fn rule_ids(json: &serde_json::Value) -> Vec<String> {
    findings(json).into_iter().map(|(_, r, _, _)| r).collect()
}
