#!/usr/bin/env bash
# benches/peers.sh: rgg side by side with pinned peers, on the same work, in
# one run. See benches/peers/README.md.
#
#   benches/peers.sh                 # REPS=5, tasks T1 T2 T4
#   REPS=3 TASKS="T1 T4" benches/peers.sh > report.md
#
# Environment:
#   REPS           repetitions of each (task, tool), default 5 (the table shows medians)
#   TASKS          which tasks to run, default "T1 T2 T4"
#   PEERS_TIMEOUT  cap in seconds on one run, default 120 (a run over it is "timeout"
#                  and that tool is not run again for that task)
#   PEERS_CACHE    cache folder, default target/peers/ (venv, peer build, data, outputs)
#
# Progress goes to stderr; the report (Markdown) goes to stdout and to
# $PEERS_CACHE/report.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HERE="$ROOT/benches/peers"
CACHE="${PEERS_CACHE:-$ROOT/target/peers}"
REPS="${REPS:-5}"
TASKS="${TASKS:-T1 T2 T4}"
TIMEOUT="${PEERS_TIMEOUT:-120}"
SIZE_W=200
SIZE_H=60
MATPLOTLIB_VERSION=3.11.2
PLOTEXT_VERSION=5.3.2
MALEVICH_VERSION=1.25.0

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'peers.sh: %s\n' "$*" >&2; exit 1; }

[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive integer, not '$REPS'"
[[ "$TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "PEERS_TIMEOUT must be a positive integer, not '$TIMEOUT'"
for t in $TASKS; do
    case "$t" in T1 | T2 | T4) ;; T3) die "T3 (TUI start to first frame) is not measured here: see benches/peers/README.md" ;;
        *) die "unknown task '$t' (T1, T2 or T4)" ;; esac
done

START_SECONDS=$SECONDS
mkdir -p "$CACHE"/{logs,out,work}
CACHE=$(cd "$CACHE" && pwd)
LOGS="$CACHE/logs"

# ---------------------------------------------------------------------------
# Tools this script needs itself.
# ---------------------------------------------------------------------------
command -v cargo >/dev/null || die "cargo not found: install a Rust toolchain (rustup)"
command -v python3 >/dev/null || die "python3 not found: it generates the data (and hosts the Python peers)"
command -v timeout >/dev/null || die "timeout not found (coreutils)"
SUDO=""
if [[ $(id -u) != 0 ]] && command -v sudo >/dev/null; then SUDO="sudo -n"; fi
apt_install() { # apt_install PACKAGE: system-wide, the only thing installed outside $CACHE
    command -v apt-get >/dev/null || return 1
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -q "$1" >>"$LOGS/apt.log" 2>&1 ||
        { $SUDO apt-get update -q >>"$LOGS/apt.log" 2>&1 && $SUDO apt-get install -y -q "$1" >>"$LOGS/apt.log" 2>&1; }
}
if [[ ! -x /usr/bin/time ]]; then
    log "/usr/bin/time is missing: installing the 'time' package with apt-get (system-wide)"
    apt_install time || die "/usr/bin/time (GNU time) is needed for wall time and peak RSS: apt-get install time"
fi

declare -A NA=()   # tool -> why it is not available
note_na() { NA[$1]="$2"; log "$1 is n/a: $2"; }

# ---------------------------------------------------------------------------
# rgg itself.
# ---------------------------------------------------------------------------
log "building rgg: cargo build --release"
(cd "$ROOT" && cargo build --release) >&2 || die "cargo build --release failed"
RGG="${CARGO_TARGET_DIR:-$ROOT/target}/release/rgg"
[[ -x "$RGG" ]] || die "no rgg binary at $RGG"

# ---------------------------------------------------------------------------
# Peers, pinned, under $CACHE (gnuplot from the system packages).
# ---------------------------------------------------------------------------
VENV="$CACHE/venv"
PY="$VENV/bin/python"
setup_python_peers() {
    if [[ ! -x "$PY" ]]; then
        log "creating a Python venv in $VENV"
        if ! python3 -m venv "$VENV" >"$LOGS/venv.log" 2>&1; then
            rm -rf "$VENV"
            note_na matplotlib "python3 -m venv failed (on Debian: apt-get install python3-venv); see $LOGS/venv.log"
            note_na plotext "${NA[matplotlib]}"
            return
        fi
    fi
    local spec name version have
    for spec in "matplotlib==$MATPLOTLIB_VERSION" "plotext==$PLOTEXT_VERSION"; do
        name=${spec%%==*}
        version=${spec##*==}
        have=$("$PY" -c "import importlib.metadata as m; print(m.version('$name'))" 2>/dev/null || true)
        if [[ "$have" != "$version" ]]; then
            log "pip install $spec (into $VENV)"
            if ! "$PY" -m pip install --disable-pip-version-check -q "$spec" >"$LOGS/pip-$name.log" 2>&1; then
                note_na "$name" "pip could not install $spec; see $LOGS/pip-$name.log"
                continue
            fi
        fi
    done
}

setup_gnuplot() {
    if ! command -v gnuplot >/dev/null; then
        log "gnuplot is missing: installing gnuplot-nox from the system packages (apt-get install -y gnuplot-nox; system-wide)"
        if ! apt_install gnuplot-nox; then
            note_na gnuplot "could not install gnuplot-nox with apt-get (not root, or no apt); see $LOGS/apt.log"
            return
        fi
    fi
    command -v gnuplot >/dev/null || note_na gnuplot "gnuplot not found after installing gnuplot-nox"
}

MALEVICH_TARGET="$CACHE/cargo-target"
MALEVICH="$MALEVICH_TARGET/release/malevich-peer"
setup_malevich() {
    log "building the malevich $MALEVICH_VERSION harness (benches/peers/malevich, into $MALEVICH_TARGET)"
    if ! cargo build --release --locked --manifest-path "$HERE/malevich/Cargo.toml" \
        --target-dir "$MALEVICH_TARGET" >"$LOGS/malevich-build.log" 2>&1; then
        note_na malevich "the harness did not build, see $LOGS/malevich-build.log (malevich $MALEVICH_VERSION needs Rust 1.88 or later)"
    fi
}

needs_tool() { # needs_tool TOOL: is TOOL used by one of $TASKS?
    case "$1" in
        matplotlib) [[ " $TASKS " == *" T2 "* ]] ;;
        *) [[ " $TASKS " == *" T1 "* || " $TASKS " == *" T4 "* ]] ;;
    esac
}
if needs_tool matplotlib || needs_tool plotext; then setup_python_peers; fi
if needs_tool gnuplot; then setup_gnuplot; fi
if needs_tool malevich; then setup_malevich; fi

# ---------------------------------------------------------------------------
# The same deterministic data for every tool.
# ---------------------------------------------------------------------------
DATA="$CACHE/data"
POINTS="$DATA/points.csv"
SERIES="$DATA/series.csv"
stamp=$(sha256sum "$HERE/gen_data.py" | cut -c1-16)
needs_data() { [[ " $TASKS " == *" T1 "* || " $TASKS " == *" T4 "* ]]; }
if needs_data && [[ "$(cat "$DATA/stamp" 2>/dev/null || true)" != "$stamp" || ! -f "$POINTS" || ! -f "$SERIES" ]]; then
    log "generating the data (benches/peers/gen_data.py, seeded): 1M points, 10M-point series"
    rm -f "$DATA/stamp"
    python3 "$HERE/gen_data.py" "$DATA"
    echo "$stamp" >"$DATA/stamp"
fi
DATASETS="$ROOT/datasets" # T2: matplotlib reads the CSVs that rgg embeds

# ---------------------------------------------------------------------------
# Measuring: whole process, wall time, CPU time and peak RSS by GNU time.
# ---------------------------------------------------------------------------
declare -A WALL=() CPU=() RSS=() STATUS=()
run_once() { # run_once TASK TOOL CMD...: stdout to $CACHE/out/TASK-TOOL.txt
    local task=$1 tool=$2
    shift 2
    local key="$task/$tool" tf="$LOGS/time.$task-$tool" rc=0
    /usr/bin/time -f "%e %M %U %S" -o "$tf" timeout "$TIMEOUT" "$@" \
        >"$CACHE/out/$task-$tool.txt" 2>"$LOGS/$task-$tool.stderr" || rc=$?
    if ((rc == 124)); then
        STATUS[$key]="timeout"
        log "  $task $tool: timeout (over ${TIMEOUT} s)"
    elif ((rc != 0)); then
        STATUS[$key]="failed"
        log "  $task $tool: failed with status $rc; $LOGS/$task-$tool.stderr ends with:"
        tail -n 5 "$LOGS/$task-$tool.stderr" | sed 's/^/      /' >&2
    else
        local e m u s
        read -r e m u s <"$tf"
        WALL[$key]+="$e "
        RSS[$key]+="$m "
        CPU[$key]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') "
        log "  $task $tool: ${e} s, $((m / 1024)) MB"
    fi
}

median() { # median NUMBERS...
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The commands, one function per (task, tool), run by `bash -c` under `timeout`.
cat >"$CACHE/work/t1.gp" <<EOF
set terminal dumb size $SIZE_W,$SIZE_H
set datafile separator ","
unset key
plot "$POINTS" skip 1 using 1:2 with points pointtype 0
EOF
cat >"$CACHE/work/t4.gp" <<EOF
set terminal dumb size $SIZE_W,$SIZE_H
set datafile separator ","
unset key
plot "$SERIES" skip 1 using 1:2 with lines
EOF
T1_rgg() { "$RGG" show scatter --data "$POINTS" --x x --y y --size "${SIZE_W}x$SIZE_H" --color never; }
T1_plotext() { "$PY" "$HERE/plotext_plot.py" scatter "$POINTS" "$SIZE_W" "$SIZE_H"; }
T1_gnuplot() { gnuplot "$CACHE/work/t1.gp"; }
T1_malevich() { "$MALEVICH" scatter "$POINTS" "${SIZE_W}x$SIZE_H"; }
T2_rgg() {
    rm -rf "$CACHE/out/T2-rgg" &&
        "$RGG" export histogram boxplot violin scatter bubble heatmap barplot donut line stacked-area \
            --out-dir "$CACHE/out/T2-rgg"
}
T2_matplotlib() { rm -rf "$CACHE/out/T2-matplotlib" && "$PY" "$HERE/mpl_gallery.py" "$DATASETS" "$CACHE/out/T2-matplotlib"; }
T4_rgg() { "$RGG" show line --data "$SERIES" --x x --y y --size "${SIZE_W}x$SIZE_H" --color never; }
T4_plotext() { "$PY" "$HERE/plotext_plot.py" line "$SERIES" "$SIZE_W" "$SIZE_H"; }
T4_gnuplot() { gnuplot "$CACHE/work/t4.gp"; }
T4_malevich() { "$MALEVICH" line "$SERIES" "${SIZE_W}x$SIZE_H"; }
export -f T1_rgg T1_plotext T1_gnuplot T1_malevich T2_rgg T2_matplotlib T4_rgg T4_plotext T4_gnuplot T4_malevich
export RGG PY HERE POINTS SERIES DATASETS CACHE MALEVICH SIZE_W SIZE_H
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in benches/peers/

declare -A TOOLS=([T1]="rgg plotext gnuplot malevich" [T2]="rgg matplotlib" [T4]="rgg gnuplot plotext malevich")
declare -A TITLE=(
    [T1]="T1: 1M-point scatter, 200x60 cells"
    [T2]="T2: ten charts to 1200x800 PNG"
    [T4]="T4: 10M-point line, 200x60 cells"
)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
for task in $TASKS; do
    log "${TITLE[$task]}: $REPS repetitions, round robin over: ${TOOLS[$task]}"
    for ((rep = 1; rep <= REPS; rep++)); do
        log " repetition $rep/$REPS"
        for tool in ${TOOLS[$task]}; do
            [[ -n "${NA[$tool]:-}" || -n "${STATUS[$task/$tool]:-}" ]] && continue
            # A bash -c child, so that `timeout` can run (and stop) the whole command.
            run_once "$task" "$tool" bash -c "${task}_$tool"
        done
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# ---------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------
version_of() {
    case "$1" in
        rgg) "$RGG" --version | awk '{ print $2 }' ;;
        matplotlib | plotext) "$PY" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || echo "?" ;;
        gnuplot) gnuplot --version 2>/dev/null | awk '{ print $2 "." $4 }' ;;
        malevich) echo "$MALEVICH_VERSION" ;;
    esac
}
COMMIT=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo "unknown")
if [[ -n "$(git -C "$ROOT" --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null || true)" ]]; then
    COMMIT="$COMMIT (+ uncommitted changes)"
fi
cpu_model() {
    local m extra=""
    m=$(grep -m1 -E '^(model name|Model|cpu model|Hardware)[[:space:]]*:' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
    [[ -n "$m" ]] || m=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n1)
    if command -v lscpu >/dev/null; then
        extra=$(lscpu 2>/dev/null | awk -F: '
            /^CPU family/ { gsub(/ /, "", $2); f = $2 }
            /^Model:/ { gsub(/ /, "", $2); m = $2 }
            /^Hypervisor vendor/ { gsub(/^ +/, "", $2); h = $2 }
            END { s = (f != "" ? "family " f ", model " m : ""); if (h != "") s = s (s != "" ? ", " : "") h " guest"; print s }')
    fi
    echo "${m:-unknown CPU}${extra:+ ($extra)}"
}
fmt_s() { awk -v v="$1" 'BEGIN { if (v < 10) printf "%.2f", v; else printf "%.1f", v }'; }
fmt_ratio() { # fmt_ratio PEER RGG
    awk -v p="$1" -v r="$2" 'BEGIN { if (r == "" || r <= 0) print "n/a"; else { q = p / r; if (q < 10) printf "%.2f", q; else printf "%.0f", q } }'
}
mb_of() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
declare -A SHORT=([T1]="T1 scatter 1M" [T2]="T2 ten PNGs" [T4]="T4 line 10M")

report() {
    local mem os cores load1 versions tool
    mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo "?")
    os="$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), Linux $(uname -r)"
    cores=$(nproc)
    echo "## rgg and its peers"
    echo
    echo "- Machine: $cores cores, $(cpu_model), $mem of memory, $os."
    echo "- Load average (1, 5, 15 min) before the runs: $LOAD_BEFORE; after: $LOAD_AFTER."
    load1=${LOAD_BEFORE%% *}
    if awk -v l="$load1" -v c="$cores" 'BEGIN { exit !(l > c / 2) }' 2>/dev/null; then
        echo "  Other processes were competing for the $cores cores: wall times are inflated and noisy;" \
            "CPU times (and their ratios) are the steadier comparison."
    fi
    versions="rgg $(version_of rgg) at commit $COMMIT ($(rustc --version 2>/dev/null | awk '{ print $1 " " $2 }'))"
    for tool in matplotlib plotext gnuplot malevich; do
        needs_tool "$tool" || continue
        if [[ -n "${NA[$tool]:-}" ]]; then
            versions+=", $tool n/a (${NA[$tool]})"
        else
            versions+=", $tool $(version_of "$tool")"
        fi
    done
    [[ -x "$PY" ]] && versions+=" ($("$PY" --version 2>&1))"
    echo "- Versions: $versions."
    if needs_data; then
        echo "- Data (benches/peers/gen_data.py, seeded, the same bytes for every tool): points.csv, 1,000,000 x,y rows, $(mb_of "$POINTS");" \
            "series.csv, 10,000,000 rows (x = index, y = random walk with one single-sample spike), $(mb_of "$SERIES"). T2 draws the CSVs of datasets/."
    else
        echo "- Data: T2 draws the CSVs of datasets/ (rgg embeds the same files)."
    fi
    echo "- Each cell: the median of $REPS runs (round robin over the tools), whole process, by \`/usr/bin/time\`:" \
        "wall time, CPU time (user + system, all threads), peak RSS. peer / rgg: ratio of the medians (above 1: rgg is faster)."
    echo
    echo "| task | tool | version | wall (s) | min-max (s) | CPU (s) | peak RSS (MB) | peer / rgg, wall | peer / rgg, CPU |"
    echo "|---|---|---|--:|--:|--:|--:|--:|--:|"
    local task key wall cpu rss lo hi base_wall base_cpu rw rc runs version
    for task in $TASKS; do
        base_wall=$(median ${WALL[$task/rgg]:-})
        base_cpu=$(median ${CPU[$task/rgg]:-})
        for tool in ${TOOLS[$task]}; do
            key="$task/$tool"
            runs=(${WALL[$key]:-})
            if [[ -n "${NA[$tool]:-}" ]]; then
                echo "| ${SHORT[$task]} | $tool | n/a | n/a | | | | n/a | n/a |"
                continue
            fi
            version=$(version_of "$tool")
            if ((${#runs[@]} == 0)); then
                echo "| ${SHORT[$task]} | $tool | $version | ${STATUS[$key]:-not run}$([[ "${STATUS[$key]:-}" == timeout ]] && echo " (> $TIMEOUT s)") | | | | n/a | n/a |"
                continue
            fi
            wall=$(median "${runs[@]}")
            cpu=$(median ${CPU[$key]})
            rss=$(median ${RSS[$key]})
            lo=$(printf '%s\n' "${runs[@]}" | sort -g | head -n1)
            hi=$(printf '%s\n' "${runs[@]}" | sort -g | tail -n1)
            if [[ "$tool" == rgg ]]; then
                rw=1
                rc=1
            else
                rw=$(fmt_ratio "$wall" "$base_wall")
                rc=$(fmt_ratio "$cpu" "$base_cpu")
            fi
            [[ -n "${STATUS[$key]:-}" ]] && rw="$rw (then ${STATUS[$key]})"
            echo "| ${SHORT[$task]} | $tool | $version | $(fmt_s "$wall") | $(fmt_s "$lo")-$(fmt_s "$hi") | $(fmt_s "$cpu") | $((${rss%.*} / 1024)) | $rw | $rc |"
        done
    done
    echo
    for task in $TASKS; do
        case $task in
            T1) echo "- T1: 1M-point scatter at 200x60 cells on stdout: \`rgg show scatter --color never\`, plotext (braille marker), gnuplot \`set terminal dumb\` (ASCII), the malevich harness (braille)." ;;
            T2) echo "- T2: histogram, boxplot, violin, scatter, bubble, heatmap, barplot, donut, line and stacked-area as 1200x800 PNGs: one \`rgg export\` vs one Python process with matplotlib (imports included)." ;;
            T4) echo "- T4: 10M-point line at 200x60 cells on stdout, each run capped at $TIMEOUT s (a tool that times out is not run again)." ;;
        esac
    done
    echo "- T3 (frame times, TUI start to first frame) is not measured here: \`cargo bench --bench render -- \"terminal_200x60|tui\"\` covers it."
    echo "- Outputs of the last run of each tool: $CACHE/out/. Whole benchmark: $(((SECONDS - START_SECONDS) / 60)) min $(((SECONDS - START_SECONDS) % 60)) s."
    echo
    echo "Reproduce: \`git checkout ${COMMIT%% *} && REPS=$REPS TASKS=\"$TASKS\" PEERS_TIMEOUT=$TIMEOUT benches/peers.sh\`"
}

report | tee "$CACHE/report.md"
