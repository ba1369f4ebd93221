//! Writing a fixed file without ever leaving it half-written: a temporary file in the
//! same folder, flushed to disk, given the original's permissions, then renamed over
//! the original. If any step fails the original is untouched and the temporary file is
//! removed.

use std::io::Write;
use std::path::Path;

/// Replace the contents of `path` with `contents`, atomically.
pub fn atomic(path: &Path, contents: &[u8]) -> Result<(), String> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let permissions = std::fs::metadata(path)
        .map_err(|e| crate::input::io_message(&e))?
        .permissions();
    let mut tmp = tempfile::Builder::new()
        .prefix(".tact-fix-")
        .tempfile_in(dir)
        .map_err(|e| {
            format!(
                "cannot write in {}: {}",
                dir.display(),
                crate::input::io_message(&e)
            )
        })?;
    tmp.write_all(contents)
        .map_err(|e| crate::input::io_message(&e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| crate::input::io_message(&e))?;
    std::fs::set_permissions(tmp.path(), permissions).map_err(|e| crate::input::io_message(&e))?;
    tmp.persist(path)
        .map_err(|e| crate::input::io_message(&e.error))?;
    Ok(())
}
