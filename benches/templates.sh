#!/usr/bin/env bash
# Issue 8: checking 200 HTML email templates should cost at most twice checking the same
# words as plain text. Builds both sets from the generated drafts (benches/gen.py), then
# times `tact check` on each (median of RUNS runs) and prints the ratio.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS=${RUNS:-5}
DATA=${BENCH_DATA:-target/bench-data}/templates
TACT=${TACT:-target/release/tact}
[ -x "$TACT" ] || cargo build --release --quiet
rm -rf "$DATA" && mkdir -p "$DATA/html/emails" "$DATA/text/emails"
python3 benches/gen.py --out "$DATA/src" --mb 1.5 >/dev/null
python3 - "$DATA" <<'PY'
import html, pathlib, sys
data = pathlib.Path(sys.argv[1])
drafts = sorted(p for p in (data / "src").rglob("*.txt") if "/email/" in str(p))[:200]
for i, p in enumerate(drafts):
    text = p.read_text(encoding="utf-8")
    paras = [q.strip() for q in text.split("\n\n") if q.strip()]
    body = "\n".join("  <p>" + html.escape(q).replace("\n", "<br>\n  ") + "</p>" for q in paras)
    page = ("<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <title>Message</title>\n"
            "  <style>body { font-family: sans-serif; } p { margin: 0 0 1em; }</style>\n</head>\n"
            "<body>\n  <table role=\"presentation\" width=\"100%\"><tr><td>\n" + body +
            "\n  </td></tr></table>\n</body>\n</html>\n")
    (data / "html" / "emails" / f"{i:03}.html").write_text(page, encoding="utf-8")
    (data / "text" / "emails" / f"{i:03}.txt").write_text(text, encoding="utf-8")
print(f"{len(drafts)} templates", file=sys.stderr)
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_dir() {
    for _ in $(seq "$RUNS"); do
        /usr/bin/env python3 - "$TACT" "$1" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
subprocess.run([sys.argv[1], "check", "--today", "2026-12-01", "--format", "json", sys.argv[2]],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f}")
PY
    done | median
}
text=$(time_dir "$DATA/text")
html=$(time_dir "$DATA/html")
printf '200 templates: plain text %.3f s, HTML %.3f s, ratio %.2fx (target <= 2x)\n' "$text" "$html" \
    "$(python3 -c "print($html / $text)")"
