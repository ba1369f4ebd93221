//! Expanding command-line paths into the files to check. Directories are walked with
//! the `ignore` crate: `.gitignore`/`.ignore` are respected (also outside a git
//! repository) and hidden files are skipped, as in ripgrep. In a directory, only files
//! with a known extension are picked up; a file named explicitly is always checked.

use super::{Input, Problem};
use std::path::{Path, PathBuf};

/// Extensions picked up when walking a directory, besides markup and template files
/// (`input::markup::kind_for`) and `*.thread.json`.
pub const EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "eml", "mbox"];

/// The inputs named by `paths`, in a stable order (command-line order; sorted within a
/// directory), and a problem for each path that cannot be used.
pub fn expand(paths: &[String]) -> (Vec<Input>, Vec<Problem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if p == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(p);
        match std::fs::metadata(path) {
            Err(e) => problems.push(Problem::error(p, super::io_message(&e))),
            Ok(m) if m.is_dir() => walk_dir(path, &mut inputs, &mut problems),
            Ok(_) => inputs.push(Input::File(path.to_path_buf())),
        }
    }
    (inputs, problems)
}

fn walk_dir(dir: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<Problem>) {
    let mut found: Vec<PathBuf> = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(e) => {
                if e.file_type().is_some_and(|t| t.is_file() || t.is_symlink()) && wanted(e.path()) {
                    found.push(e.into_path());
                }
            }
            Err(e) => {
                let path = match &e {
                    ignore::Error::WithPath { path, .. } => path.display().to_string(),
                    _ => dir.display().to_string(),
                };
                problems.push(Problem::error(path, one_line(&e.to_string())));
            }
        }
    }
    inputs.extend(found.into_iter().map(Input::File));
}

fn wanted(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if name.to_ascii_lowercase().ends_with(".thread.json") {
        return true;
    }
    super::markup::kind_for(name).0.is_some()
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn one_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}
