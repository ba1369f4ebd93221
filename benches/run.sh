#!/usr/bin/env bash
# Tact speed benchmark (issue 7). Run from a clone:   benches/run.sh
#
# Measures, in one run, on generated drafts (benches/gen.py, fixed seed):
#   (a) `tact check` (all built-in rules, JSON to /dev/null) on a ~10 MB tree of ~8,000
#       drafts next to `rg -i -w -F -f PHRASES` (the tone.discourteous phrases of all four
#       languages) over the same files: wall time, median of $RUNS runs, and the ratio;
#   (b) one ~100 MB .mbox: throughput in MB/s (10^6 bytes) and peak RSS;
#   (c) one one-page email draft on stdin: median wall time of $PAGE_RUNS runs, in ms.
#
# Needs bash, python3 (3.11+), cargo; installs ripgrep (and hyperfine, time, when missing)
# with apt-get. Settings (environment): TREE_MB=10 MBOX_MB=100 SEED=7 RUNS=3 MBOX_RUNS=3
# PAGE_RUNS=20 TODAY=2026-12-01 BENCH_DATA=target/bench-data NO_HYPERFINE=1 (use the
# built-in timing loop) TACT=path/to/tact (measure that binary, do not build).
# Generated data is reused while its parameters and gen.py are unchanged.
set -euo pipefail
export LC_ALL=C.UTF-8 LC_NUMERIC=C

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
TREE_MB=${TREE_MB:-10}
MBOX_MB=${MBOX_MB:-100}
SEED=${SEED:-7}
RUNS=${RUNS:-3}
MBOX_RUNS=${MBOX_RUNS:-3}
PAGE_RUNS=${PAGE_RUNS:-20}
TODAY=${TODAY:-2026-12-01}
DATA=${BENCH_DATA:-$ROOT/target/bench-data}
TACT=${TACT:-}
GEN=$ROOT/benches/gen.py

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 2; }

# --- tools ---------------------------------------------------------------------------
apt_install() { # apt_install PACKAGE...: quietly, with sudo only when not root
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    command -v apt-get >/dev/null || return 1
    say "installing $* with apt-get"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
        { "${sudo[@]}" apt-get update -qq >/dev/null 2>&1 &&
          "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1; }
}
command -v rg >/dev/null || apt_install ripgrep || die "ripgrep is missing and could not be installed (Debian package ripgrep)"
if [ -z "${NO_HYPERFINE:-}" ] && ! command -v hyperfine >/dev/null; then
    apt_install hyperfine || say "note: hyperfine not available, using the built-in timing loop"
fi
[ -x /usr/bin/time ] || apt_install time || say "note: /usr/bin/time not available, peak RSS taken with python's getrusage"
command -v python3 >/dev/null || die "python3 (3.11+) is needed for benches/gen.py"
HYPERFINE=
[ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null && HYPERFINE=hyperfine

# --- build ---------------------------------------------------------------------------
if [ -n "$TACT" ]; then
    [ -x "$TACT" ] || die "TACT=$TACT is not an executable"
    TACT=$(realpath "$TACT")
else
    TACT=$ROOT/target/release/tact
    if [ ! -x "$TACT" ] || [ -n "$(find src rules build.rs Cargo.toml Cargo.lock -newer "$TACT" 2>/dev/null | head -1)" ]; then
        say "building tact (cargo build --release)"
        cargo build --release --quiet
    fi
fi

# --- data ----------------------------------------------------------------------------
GEN_SUM=$(sha256sum <"$GEN" | cut -c1-16)
mkdir -p "$DATA"
TREE=$DATA/tree-${TREE_MB}mb-seed$SEED
MBOX=$DATA/archive-${MBOX_MB}mb-seed$SEED.mbox
PAGE=$DATA/one-page-seed$SEED.txt
PHRASES=$DATA/phrases.txt
fresh() { [ -e "$1" ] && [ "$(cat "$1.stamp" 2>/dev/null)" = "$GEN_SUM $2" ]; }
if ! fresh "$TREE" "tree $TREE_MB $SEED"; then
    rm -rf "$TREE" && python3 "$GEN" --out "$TREE" --mb "$TREE_MB" --seed "$SEED"
    echo "$GEN_SUM tree $TREE_MB $SEED" >"$TREE.stamp"
fi
if ! fresh "$MBOX" "mbox $MBOX_MB $SEED"; then
    python3 "$GEN" --mbox "$MBOX" --mb "$MBOX_MB" --seed "$SEED"
    echo "$GEN_SUM mbox $MBOX_MB $SEED" >"$MBOX.stamp"
fi
python3 "$GEN" --one-page "$PAGE" --phrases "$PHRASES" --seed "$SEED" 2>/dev/null

TREE_FILES=$(find "$TREE" -type f -name '*.txt' | wc -l)
TREE_BYTES=$(find "$TREE" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
MBOX_BYTES=$(stat -c %s "$MBOX")
PAGE_WORDS=$(wc -w <"$PAGE")
N_PHRASES=$(wc -l <"$PHRASES")

# --- helpers -------------------------------------------------------------------------
now() { printf '%s' "$EPOCHREALTIME"; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
minimum() { sort -g | head -1; }
run_ok() { # run_ok CMD...: run, stdout to /dev/null; exit codes 0 and 1 (findings) are fine
    local rc=0
    "$@" >/dev/null || rc=$?
    [ "$rc" -le 1 ] || die "'$*' exited with $rc"
}
time_loop() { # time_loop N CMD...: prints N wall times in seconds, one per line
    local n=$1 i t0 t1
    shift
    for ((i = 0; i < n; i++)); do
        t0=$(now); run_ok "$@"; t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f\n", b - a}'
    done
}
TACT_TREE=("$TACT" check --today "$TODAY" --format json "$TREE")
RG_TREE=(rg -i -w -F -f "$PHRASES" "$TREE")

CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
say ""
say "machine: $(nproc) cores, ${CPU:-unknown CPU}, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$TACT" = "$ROOT/target/release/tact" ]; then
    say "tact:    $TACT, $("$TACT" --version 2>/dev/null || true), source $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')"
else
    say "tact:    $TACT, $("$TACT" --version 2>/dev/null || true) (TACT override: not built from this checkout)"
fi
say "ripgrep: $(rg --version | head -1)${HYPERFINE:+, $(hyperfine --version)}"
say "data:    $TREE ($TREE_FILES files, $TREE_BYTES bytes), $MBOX ($MBOX_BYTES bytes), $PAGE ($PAGE_WORDS words), $N_PHRASES phrases"

# --- (a) tree: tact vs ripgrep ---------------------------------------------------------
say ""
say "(a) ${TREE_MB} MB tree: checking that both tools read every file (also the warm-up run)"
rc=0
"${TACT_TREE[@]}" >"$DATA/tree.json" || rc=$?
[ "$rc" -le 1 ] || die "tact check on the tree exited with $rc"
python3 - "$DATA/tree.json" "$TREE_FILES" <<'EOF'
import collections, json, sys
d = json.load(open(sys.argv[1]))
s, n = d["summary"], int(sys.argv[2])
rules = collections.Counter(x["rule"] for f in d["files"] for x in f["diagnostics"])
print(f"    tact: {s['files']} files, {s['errors']} errors, {s['warnings']} warnings, {s['infos']} infos;",
      f"tone.discourteous {rules['tone.discourteous']}", file=sys.stderr)
if s["files"] != n:
    sys.exit(f"error: tact checked {s['files']} files, the tree has {n}")
EOF
RG_FILES=$(rg --files "$TREE" | wc -l)
RG_LINES=$( (rg -i -w -F -f "$PHRASES" "$TREE" || true) | wc -l)
say "    rg:   $RG_FILES files searched, $RG_LINES matching lines"
[ "$RG_FILES" -eq "$TREE_FILES" ] || die "ripgrep searches $RG_FILES files, the tree has $TREE_FILES"

if [ -n "$HYPERFINE" ]; then
    hyperfine --style basic --warmup 1 --runs "$RUNS" -i --export-json "$DATA/tree-times.json" \
        -n tact "$(printf '%q ' "${TACT_TREE[@]}")" -n rg "$(printf '%q ' "${RG_TREE[@]}")" >&2
    times=$(python3 -c '
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
t, g = r["tact"], r["rg"]
print(t["median"], t["min"], g["median"], g["min"], t["user"] + t["system"], g["user"] + g["system"])' "$DATA/tree-times.json")
    read -r TACT_MED TACT_MIN RG_MED RG_MIN TACT_CPU RG_CPU <<<"$times"
else
    run_ok "${RG_TREE[@]}" # warm-up
    times=$(time_loop "$RUNS" "${TACT_TREE[@]}"); mapfile -t TT <<<"$times"
    times=$(time_loop "$RUNS" "${RG_TREE[@]}"); mapfile -t RT <<<"$times"
    TACT_MED=$(printf '%s\n' "${TT[@]}" | median); TACT_MIN=$(printf '%s\n' "${TT[@]}" | minimum)
    RG_MED=$(printf '%s\n' "${RT[@]}" | median); RG_MIN=$(printf '%s\n' "${RT[@]}" | minimum)
    TACT_CPU=nan RG_CPU=nan
    say "    tact runs: ${TT[*]} s"
    say "    rg runs:   ${RT[*]} s"
fi

# --- (b) mbox: throughput and peak RSS -------------------------------------------------
say ""
say "(b) ${MBOX_MB} MB mbox: $MBOX_RUNS runs"
peak_run() { # peak_run CMD...: prints "wall_seconds max_rss_kb"
    if [ -x /usr/bin/time ]; then
        local out
        # %e has a 10 ms resolution: fine for runs of seconds
        /usr/bin/time -o "$DATA/time.out" -f '%e %M %x' "$@" >/dev/null || true
        out=$(tail -1 "$DATA/time.out")
        set -- $out
        [ "${3:-2}" -le 1 ] || die "tact on the mbox exited with ${3:-?}"
        echo "$1 $2"
    else
        python3 -c '
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
w = time.perf_counter() - t
if rc > 1: sys.exit(f"error: tact on the mbox exited with {rc}")
print(f"{w:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")' "$@"
    fi
}
MB_WALLS=() MB_RSS=()
for ((i = 0; i < MBOX_RUNS; i++)); do
    wm=$(peak_run "$TACT" check --today "$TODAY" --format json "$MBOX")
    read -r w m <<<"$wm"
    say "    run $((i + 1)): ${w} s, peak RSS ${m} KiB"
    MB_WALLS+=("$w"); MB_RSS+=("$m")
done
MBOX_MED=$(printf '%s\n' "${MB_WALLS[@]}" | median)
MBOX_RSS=$(printf '%s\n' "${MB_RSS[@]}" | sort -g | tail -1)

# --- (c) one page on stdin ------------------------------------------------------------
say ""
say "(c) one-page draft ($PAGE_WORDS words) on stdin: $PAGE_RUNS runs"
page_once() { "$TACT" check --channel email - <"$PAGE"; }
run_ok page_once # warm-up
times=$(time_loop "$PAGE_RUNS" page_once); mapfile -t PT <<<"$times"
PAGE_MED=$(printf '%s\n' "${PT[@]}" | median)
PAGE_MIN=$(printf '%s\n' "${PT[@]}" | minimum)

# --- table -----------------------------------------------------------------------------
say ""
awk -v tf="$TREE_FILES" -v tb="$TREE_BYTES" -v tm="$TACT_MED" -v tn="$TACT_MIN" -v rm="$RG_MED" -v rn="$RG_MIN" -v tc="$TACT_CPU" -v rc="$RG_CPU" \
    -v runs="$RUNS" -v mbytes="$MBOX_BYTES" -v mw="$MBOX_MED" -v mr="$MBOX_RSS" -v mruns="$MBOX_RUNS" \
    -v pm="$PAGE_MED" -v pn="$PAGE_MIN" -v pruns="$PAGE_RUNS" -v cores="$(nproc)" -v cpu="$CPU" \
    -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    mbps = mbytes / 1e6 / mw
    printf "Tact benchmark: %d cores, %s (load %s)\n\n", cores, cpu, load
    printf "%-44s %-24s %-24s %s\n", "measure", "tact", "ripgrep", "target"
    printf "%-44s %-24s %-24s %s\n", sprintf("(a) %.1f MB tree, %d files (median of %d)", tb / 1e6, tf, runs),
        sprintf("%.3f s (%.1f MB/s)", tm, tb / 1e6 / tm), sprintf("%.3f s (%.1f MB/s)", rm, tb / 1e6 / rm), ""
    printf "%-44s %-24s %-24s %s\n", "    best run", sprintf("%.3f s", tn), sprintf("%.3f s", rn), ""
    if (tc != "nan")
        printf "%-44s %-24s %-24s %s\n", "    CPU time, user+sys (mean)", sprintf("%.3f s", tc), sprintf("%.3f s", rc), ""
    printf "%-44s %-24s %-24s %s\n", "    ratio tact/rg (medians)", sprintf("%.2fx", tm / rm), "", "<= 2x"
    printf "%-44s %-24s %-24s %s\n", sprintf("(b) %.0f MB mbox (median of %d)", mbytes / 1e6, mruns),
        sprintf("%.1f MB/s (%.2f s)", mbps, mw), "", ">= 50 MB/s"
    printf "%-44s %-24s %-24s %s\n", "    peak RSS (max of runs)", sprintf("%.1f MB", mr * 1024 / 1e6), "", "< 100 MB"
    printf "%-44s %-24s %-24s %s\n", sprintf("(c) one page on stdin (median of %d)", pruns),
        sprintf("%.1f ms (best %.1f)", pm * 1000, pn * 1000), "", "< 10 ms"
}' | tee "$DATA/results.txt"
