#!/usr/bin/env bash
# Where tact spends its instructions (issue 7): callgrind instruction counts, which are
# stable on a busy machine, on three inputs from benches/gen.py:
#   page  one one-page email draft on stdin (start-up: rule compilation)
#   tree  1 MB of drafts (~840 files, four languages and channels)
#   mbox  a 5 MB .mbox archive
# For each, prints the total and the top functions by self cost (summed over inlined
# copies) and by inclusive cost, and keeps the callgrind files in
# target/bench-data/profile/ (open them with kcachegrind or callgrind_annotate).
#
# The release binary is stripped (Cargo.toml), so this builds the same release profile
# with symbols and line tables into target/profiling/ (codegen is unchanged), unless
# TACT=path/to/unstripped/tact is given. Settings: TOP=15 INPUTS="page tree mbox".
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
TOP=${TOP:-15}
INPUTS=${INPUTS:-page tree mbox}
OUT=${BENCH_DATA:-$ROOT/target/bench-data}/profile
TODAY=2026-12-01
mkdir -p "$OUT"

if ! command -v valgrind >/dev/null; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi
if [ -z "${TACT:-}" ]; then
    TACT=$ROOT/target/profiling/release/tact
    if [ ! -x "$TACT" ] || [ -n "$(find src rules build.rs Cargo.toml Cargo.lock -newer "$TACT" 2>/dev/null | head -1)" ]; then
        echo "building tact with symbols (release profile, target/profiling)" >&2
        CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \
            cargo build --release --quiet --target-dir target/profiling
    fi
fi

[ -e "$OUT/tree1" ] || python3 benches/gen.py --out "$OUT/tree1" --mb 1
[ -e "$OUT/archive5.mbox" ] || python3 benches/gen.py --mbox "$OUT/archive5.mbox" --mb 5
python3 benches/gen.py --one-page "$OUT/page.txt" 2>/dev/null

top() { # top FILE: self cost summed per function name, then inclusive cost of tact's own functions
    python3 - "$1" "$TOP" <<'EOF'
import collections, re, subprocess, sys
path, k = sys.argv[1], int(sys.argv[2])
def rows(*flags):
    out = subprocess.run(["callgrind_annotate", "--auto=no", "--threshold=100", *flags, path],
                         capture_output=True, text=True, check=True).stdout
    total, agg = None, collections.Counter()
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        n, rest = int(m.group(1).replace(",", "")), m.group(2)
        if "PROGRAM TOTALS" in rest:
            total = n
            continue
        rest = re.sub(r"\s*\[[^\]]*\]\s*$", "", rest)
        file, _, name = rest.partition(":") if not rest.startswith("???") else ("", "", rest)
        if flags and "/src/" in file and "/.cargo/" not in file and "/rustc/" not in file:
            # tact's own code: keep the file, inlined check kinds share one function name
            name = "src/" + file.split("/src/", 1)[1] + ": " + name
        agg[name] = max(agg[name], n) if flags else agg[name] + n
    return total, agg
total, self_cost = rows()
print(f"  total: {total:,} instructions")
print(f"  top {k} by self cost:")
for name, n in self_cost.most_common(k):
    print(f"    {100 * n / total:6.2f}%  {n:>15,}  {name[:150]}")
_, incl = rows("--inclusive=yes")
print(f"  top {k} of tact's functions and regex compilation/search by inclusive cost:")
wrappers = ("tact::main", "tact::cli::run", "tact::cli::check::run", "Run::flush", "Worker::check")
keep = [(n, name) for name, n in incl.items()
        if (name.startswith("src/") or name in ("regex::builders::string::RegexBuilder::build",
                                                 "regex_automata::meta::strategy::Core::search_nofail"))
        and not name.split(": ", 1)[-1].endswith(wrappers)]
for n, name in sorted(keep, reverse=True)[:k]:
    print(f"    {100 * n / total:6.2f}%  {n:>15,}  {name[:150]}")
EOF
}

for input in $INPUTS; do
    case $input in
        page) cmd=("$TACT" check --channel email -) stdin=$OUT/page.txt ;;
        tree) cmd=("$TACT" check --today "$TODAY" --format json "$OUT/tree1") stdin=/dev/null ;;
        mbox) cmd=("$TACT" check --today "$TODAY" --format json "$OUT/archive5.mbox") stdin=/dev/null ;;
        *) echo "unknown input $input" >&2; exit 2 ;;
    esac
    echo "== $input: ${cmd[*]}"
    valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$input.out" "${cmd[@]}" \
        <"$stdin" >/dev/null 2>"$OUT/valgrind.$input.log" || true
    top "$OUT/callgrind.$input.out"
done
