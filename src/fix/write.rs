//! Writing a fixed file without ever leaving it half-written: a temporary file in the
//! same folder, flushed to disk, given the original's permissions, then renamed over
//! the original. If any step fails the original is untouched and the temporary file is
//! removed.

use std::io::Write;
use std::path::Path;

/// Replace the contents of `path` with `contents`, atomically.
pub fn atomic(path: &Path, contents: &[u8]) -> Result<(), String> {
    let io = |e: std::io::Error| crate::input::io_message(&e);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // a new file (a baseline, say) gets ordinary permissions
    let permissions = match std::fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            use std::os::unix::fs::PermissionsExt;
            std::fs::Permissions::from_mode(0o644)
        }
        Err(e) => return Err(io(e)),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".tact-fix-")
        .tempfile_in(dir)
        .map_err(|e| format!("cannot write in {}: {}", dir.display(), io(e)))?;
    tmp.write_all(contents).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    std::fs::set_permissions(tmp.path(), permissions).map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
