//! The audit page (`tact audit --html FILE`): one self-contained HTML file, no external
//! assets: totals, a bar chart of findings per rule and per sender (inline SVG), and a
//! table of every finding with its snippet, sortable by clicking a column header.

use super::audit::{Row, Totals};
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart, largest first (at most `limit` bars).
fn bars(title: &str, counts: &BTreeMap<String, usize>, titles: &BTreeMap<String, String>, limit: usize) -> String {
    let mut rows: Vec<(&String, &usize)> = counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    rows.truncate(limit);
    let max = rows.first().map_or(1, |r| *r.1).max(1);
    let (label_w, bar_w, row_h) = (300.0, 420.0, 24.0);
    let height = row_h * rows.len() as f64 + 10.0;
    let mut svg = format!(
        "<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\">",
        esc(title),
        label_w + bar_w + 60.0,
        label_w + bar_w + 60.0
    );
    for (i, (key, n)) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 5.0;
        let w = bar_w * **n as f64 / max as f64;
        let tip = titles.get(*key).map_or(String::new(), |t| format!(": {t}"));
        // long labels (senders) are shortened; the tooltip has them whole
        let label: String = if key.chars().count() > 42 {
            key.chars().take(41).chain(std::iter::once('…')).collect()
        } else {
            key.to_string()
        };
        let _ = write!(
            svg,
            "<g><title>{}{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text><rect x=\"{}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" class=\"bar\"/><text x=\"{}\" y=\"{}\" class=\"count\">{n}</text></g>",
            esc(key),
            esc(&tip),
            label_w - 8.0,
            y + 16.0,
            esc(&label),
            label_w,
            y + 2.0,
            row_h - 6.0,
            label_w + w + 6.0,
            y + 16.0,
        );
    }
    svg.push_str("</svg></figure>");
    svg
}

const STYLE: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}\
h1{font-size:1.6em}.totals{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}.totals div{background:#f3f5f8;border-radius:6px;padding:.6em 1em}\
.totals b{display:block;font-size:1.5em}figure{margin:1.5em 0}figcaption{font-weight:600;margin-bottom:.4em}\
.bar{fill:#3b6ea8}.label{font-size:12px;fill:#333}.count{font-size:12px;fill:#555}\
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e2e5ea;padding:.35em .5em;text-align:left;vertical-align:top}\
th{cursor:pointer;background:#f3f5f8;position:sticky;top:0;user-select:none}th:after{content:' \\2195';color:#999}\
td.snippet{font-family:ui-monospace,monospace;white-space:pre-wrap;max-width:30em}.error{color:#b00020}.warning{color:#9a6200}.info{color:#2c5d8a}";

const SCRIPT: &str = "document.querySelectorAll('th').forEach(function(th,i){th.addEventListener('click',function(){\
var tb=th.closest('table').tBodies[0],rows=Array.from(tb.rows),asc=th.dataset.asc!=='1';\
rows.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent,y=b.cells[i].dataset.v||b.cells[i].textContent;\
var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});\
th.parentNode.querySelectorAll('th').forEach(function(h){delete h.dataset.asc;});if(asc)th.dataset.asc='1';\
rows.forEach(function(r){tb.appendChild(r);});});});";

/// The whole page.
pub fn page(t: &Totals, rows: &[Row], titles: &BTreeMap<String, String>) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tact audit</title><style>{STYLE}</style></head><body><h1>Tact audit</h1>"
    );
    let _ = write!(
        h,
        "<div class=\"totals\"><div id=\"messages\"><b>{}</b>messages</div><div id=\"clean\"><b>{:.1}%</b>with no finding ({})</div><div id=\"findings\"><b>{}</b>findings</div><div><b class=\"error\">{}</b>errors</div><div><b class=\"warning\">{}</b>warnings</div><div><b class=\"info\">{}</b>infos</div></div>",
        t.messages,
        t.clean_share(),
        t.clean,
        t.findings,
        t.errors,
        t.warnings,
        t.infos
    );
    h.push_str(&bars("Findings per rule", &t.per_rule, titles, 40));
    h.push_str(&bars("Findings per sender", &t.per_sender, &BTreeMap::new(), 25));
    h.push_str(&bars("Findings per channel", &t.per_channel, &BTreeMap::new(), 10));
    h.push_str(&bars("Findings per language", &t.per_language, &BTreeMap::new(), 10));
    h.push_str("<h2>Findings</h2><table id=\"findings-table\"><thead><tr><th>File</th><th>Sender</th><th>Channel</th><th>Lang</th><th>Rule</th><th>Severity</th><th>Line</th><th>Message</th><th>Snippet</th></tr></thead><tbody>");
    for r in rows {
        let sev = r.severity.name();
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"{sev}\">{sev}</td><td data-v=\"{}\">{}:{}</td><td>{}</td><td class=\"snippet\">{}</td></tr>",
            esc(&r.path),
            esc(r.sender.as_deref().unwrap_or("")),
            esc(&r.channel),
            esc(&r.language),
            esc(&r.rule),
            r.line,
            r.line,
            r.column,
            esc(&r.message),
            esc(&r.snippet)
        );
    }
    let _ = writeln!(h, "</tbody></table><script>{SCRIPT}</script></body></html>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_draws() {
        assert_eq!(esc("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
        let mut counts = BTreeMap::new();
        counts.insert("tone.shouting".to_string(), 3);
        counts.insert("tone.exclamation".to_string(), 1);
        let svg = bars("Per rule", &counts, &BTreeMap::new(), 10);
        assert!(
            svg.find("tone.shouting").unwrap() < svg.find("tone.exclamation").unwrap(),
            "largest first"
        );
        assert!(svg.contains("width=\"420.0\""));
    }
}
