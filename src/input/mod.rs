//! Finding and reading the inputs: paths given on the command line, directories walked
//! (respecting .gitignore, skipping hidden files), and `-` for stdin. Bytes are decoded
//! to text here; problems are reported per file and never stop the other files.

pub mod decode;
pub mod email;
pub mod markup;
pub mod mbox;
pub mod thread;
pub mod walk;

use std::fmt;

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(std::path::PathBuf),
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".into(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// How bad an input problem is: errors make the run exit with 2; notes do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    Note,
}

/// A one-line problem with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub level: Level,
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            level: Level::Error,
            path: path.into(),
            message: message.into(),
        }
    }
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            level: Level::Warning,
            path: path.into(),
            message: message.into(),
        }
    }
    pub fn note(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            level: Level::Note,
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        };
        write!(f, "{level}: {}: {}", self.path, self.message)
    }
}

/// Read an input's bytes (stdin or a file), with a size limit.
pub fn read_bytes(input: &Input, max_bytes: u64) -> Result<Vec<u8>, Problem> {
    use std::io::Read;
    let name = input.name();
    let mut bytes = Vec::new();
    let result = match input {
        Input::Stdin => std::io::stdin().lock().take(max_bytes + 1).read_to_end(&mut bytes),
        Input::File(p) => std::fs::File::open(p).and_then(|f| {
            if f.metadata()?.is_dir() {
                return Err(std::io::Error::other("is a directory"));
            }
            f.take(max_bytes + 1).read_to_end(&mut bytes)
        }),
    };
    result.map_err(|e| Problem::error(&name, io_message(&e)))?;
    if bytes.len() as u64 > max_bytes {
        return Err(Problem::error(
            &name,
            format!(
                "larger than the {} limit, not checked (raise it with --max-file-size)",
                human_size(max_bytes)
            ),
        ));
    }
    Ok(bytes)
}

/// An I/O error in words, without the "(os error N)" noise.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s,
            }
        }
    }
}

pub fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}
