//! `--format json`: one JSON object for the whole run, as in the output contract:
//! `{"version":1,"files":[{"path","channel","language","diagnostics":[…]}],"summary":{…}}`.

use super::Summary;
use crate::diagnostic::FileReport;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: &'a [FileReport],
    summary: Summary,
}

pub fn render(files: &[FileReport], summary: Summary) -> String {
    serde_json::to_string_pretty(&Output {
        version: 1,
        files,
        summary,
    })
    .expect("reports serialize")
}
