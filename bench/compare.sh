#!/usr/bin/env bash
# Times the whole process `bounce screen PANE` for each pane on demo journals of 1k, 100k
# and 1M records, against the floor: a bare `sqlite3` opening the same file and reading
# the newest rows. Reports medians and p95 of wall time and of CPU time (user + system),
# peak memory, the ratios the targets are about, and what bounce costs while idle.
#
#   bench/compare.sh                      # everything, as in docs/PERFORMANCE.md
#   SIZES="1000 100000" RUNS=10 IDLE_SECONDS=10 bench/compare.sh   # a quicker look
#
# Needs: cargo, python3, sqlite3, tmux; /usr/bin/time and strace when present.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-40}
SIZES=${SIZES:-"1000 100000 1000000"}
IDLE_SECONDS=${IDLE_SECONDS:-60}
PANES="home debrief rootcause gratitude goals review"
JOURNALS=${CARGO_TARGET_DIR:-target}/bench-journals
BOUNCE=${CARGO_TARGET_DIR:-target}/release/bounce
FLOOR_SQL="SELECT date, text FROM gratitude_items ORDER BY date DESC LIMIT 40"

for tool in python3 sqlite3 tmux; do
    command -v "$tool" >/dev/null || { echo "compare.sh needs $tool" >&2; exit 1; }
done

echo "== Building the release binary"
cargo build --release --quiet

scratch=$(mktemp -d)
trap 'tmux kill-session -t bounce-idle 2>/dev/null || true; rm -rf "$scratch"' EXIT

journal() { echo "$JOURNALS/demo-$1.db"; }

echo "== Demo journals (made once, kept in $JOURNALS)"
mkdir -p "$JOURNALS"
for n in $SIZES; do
    if [ ! -f "$(journal "$n")" ]; then
        partial="$JOURNALS/demo-$n.partial.db"
        rm -f "$partial" "$partial-wal" "$partial-shm"
        start=$(date +%s%N)
        "$BOUNCE" --db "$partial" demo --scale "$n" >/dev/null
        end=$(date +%s%N)
        mv "$partial" "$(journal "$n")"
        echo "demo --scale $n: $(( (end - start) / 1000000 )) ms"
    fi
    printf '%-8s %6s MB\n' "$n" "$(( $(stat -c %s "$(journal "$n")") / 1048576 ))"
done

# Runs a command RUNS times (after two warm-up runs) and prints one line:
# label, median and p95 of wall ms, median and p95 of CPU ms. (Peak memory comes from
# /usr/bin/time below: a child of python3 starts as a copy of it, so its getrusage peak
# would be python's.)
measure() {
    local label=$1
    shift
    python3 - "$RUNS" "$label" "$@" <<'PY'
import os, subprocess, sys, time
runs, label, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
walls, cpus = [], []
for i in range(runs + 2):
    start = time.perf_counter_ns()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter_ns() - start) / 1e6
    err = proc.stderr.read().decode()
    proc.stderr.close()
    if status != 0:
        sys.exit(f"{label}: {' '.join(cmd)} failed: {err}")
    if i < 2:
        continue
    walls.append(wall)
    cpus.append((usage.ru_utime + usage.ru_stime) * 1e3)
def pct(values, q):
    values = sorted(values)
    return values[round((len(values) - 1) * q)]
print(f"{label} {pct(walls, .5):.2f} {pct(walls, .95):.2f} {pct(cpus, .5):.2f} {pct(cpus, .95):.2f}")
PY
}

results="$scratch/results"
: >"$results"
echo
echo "== Whole process, $RUNS runs each (ms; CPU = user + system)"
printf '%-22s %9s %9s %9s %9s\n' "what" "wall p50" "wall p95" "CPU p50" "CPU p95"
for n in $SIZES; do
    db=$(journal "$n")
    for what in floor $PANES; do
        if [ "$what" = floor ]; then
            line=$(measure "floor@$n" sqlite3 -readonly "$db" "$FLOOR_SQL")
        else
            line=$(measure "$what@$n" "$BOUNCE" --db "$db" screen "$what" --size 120x40)
        fi
        echo "$line" >>"$results"
        echo "$line" | awk '{printf "%-22s %9s %9s %9s %9s\n", $1, $2, $3, $4, $5}'
    done
done

echo
echo "== Ratios of medians (wall / CPU); targets: 100k/floor <= 2, 1M/100k <= 1.5, 100k/1k <= 1.2"
python3 - "$results" "$PANES" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, _, cpu, _ = line.split()
    rows[label] = (float(wall), float(cpu))
panes = sys.argv[2].split()
def ratio(a, b):
    if a not in rows or b not in rows:
        return "-"
    return f"{rows[a][0] / rows[b][0]:.2f} / {rows[a][1] / rows[b][1]:.2f}"
print(f"{'pane':<11} {'100k/floor':>13} {'1M/100k':>13} {'100k/1k':>13} {'1M/floor':>13}")
for pane in panes:
    print(f"{pane:<11} {ratio(pane + '@100000', 'floor@100000'):>13} "
          f"{ratio(pane + '@1000000', pane + '@100000'):>13} "
          f"{ratio(pane + '@100000', pane + '@1000'):>13} "
          f"{ratio(pane + '@1000000', 'floor@1000000'):>13}")
PY

echo
echo "== Peak memory of bounce screen home (target: < 20 MiB at 100k, < 25 MiB at 1M)"
for n in $SIZES; do
    db=$(journal "$n")
    if [ -x /usr/bin/time ]; then
        "$BOUNCE" --db "$db" screen home >/dev/null # a journal made by an older bounce migrates once
        kib=$(/usr/bin/time -v "$BOUNCE" --db "$db" screen home --size 120x40 2>&1 >/dev/null |
            awk -F': ' '/Maximum resident set size/ {print $2}')
        echo "$n records: $kib KiB ($(( kib / 1024 )) MiB) by /usr/bin/time -v"
    else
        echo "$n records: /usr/bin/time is missing, so peak memory was not measured"
    fi
done

idle_size=100000
case " $SIZES " in *" $idle_size "*) ;; *) idle_size=${SIZES%% *} ;; esac
echo
echo "== Idle: the TUI on the $idle_size-record journal, untouched for $IDLE_SECONDS s"
cp "$(journal "$idle_size")" "$scratch/idle.db"
mkdir -p "$scratch/config"
tmux kill-session -t bounce-idle 2>/dev/null || true
tmux new-session -d -s bounce-idle -x 120 -y 40 \
    "XDG_CONFIG_HOME='$scratch/config' exec '$BOUNCE' --db '$scratch/idle.db'"
sleep 3
pid=$(tmux list-panes -t bounce-idle -F '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
if command -v strace >/dev/null; then
    strace -f -p "$pid" -o "$scratch/idle.trace" &
    tracer=$!
fi
sleep "$IDLE_SECONDS"
after=$(ticks)
if [ -n "${tracer:-}" ]; then
    kill "$tracer"
    wait "$tracer" 2>/dev/null || true
fi
used=$(( (after - before) * 1000 / hz ))
per_minute=$(( used * 60 / IDLE_SECONDS ))
echo "CPU while idle: $used ms in $IDLE_SECONDS s = $per_minute ms per minute (target < 50)"
if [ -f "$scratch/idle.trace" ]; then
    # The one call still waiting for a key is not work; anything else would be.
    calls=$(grep -v -e 'resumed>' -e '<unfinished' -e '^[0-9]* +++' -e 'detached' "$scratch/idle.trace" | grep -c . || true)
    echo "System calls while idle (a query needs at least a lock and a read): $calls"
else
    echo "strace is missing: system calls while idle were not counted"
fi
tmux kill-session -t bounce-idle
