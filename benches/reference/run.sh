#!/usr/bin/env bash
# benches/reference/run.sh: ours | theirs sheets, one per chart: rgg's default
# variant beside the same chart drawn with matplotlib/seaborn the way the
# Python Graph Gallery's code would, from the same dataset. See README.md.
#
#   benches/reference/run.sh                    # every chart of `rgg list`
#   benches/reference/run.sh pie donut treemap  # just these
#
# Environment:
#   RGG              the rgg binary, default target/release/rgg (built with
#                    `cargo build --release` if it is missing)
#   REFERENCE_CACHE  output folder, default target/reference/ (venv, ours/,
#                    theirs/, sheets/)
#
# Sheets: $REFERENCE_CACHE/sheets/<id>.png. Nothing here goes into the repo.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/benches/reference"
CACHE="${REFERENCE_CACHE:-$ROOT/target/reference}"
VENV="$CACHE/venv"
PY="$VENV/bin/python"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'reference/run.sh: %s\n' "$*" >&2; exit 1; }

command -v python3 >/dev/null || die "python3 not found (3.10 or later)"
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)

RGG="${RGG:-${CARGO_TARGET_DIR:-$ROOT/target}/release/rgg}"
if [[ ! -x "$RGG" ]]; then
    log "no rgg binary at $RGG: cargo build --release"
    (cd "$ROOT" && cargo build --release) >&2 || die "cargo build --release failed"
fi

if [[ ! -x "$PY" ]]; then
    log "creating a Python venv in $VENV"
    python3 -m venv "$VENV" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
fi
# Install the pinned packages once, and again whenever requirements.txt changes.
stamp=$(sha256sum "$HERE/requirements.txt" | cut -c1-16)
if [[ "$(cat "$VENV/.requirements" 2>/dev/null || true)" != "$stamp" ]]; then
    log "pip install -r benches/reference/requirements.txt (into $VENV; a few minutes the first time)"
    "$PY" -m pip install --disable-pip-version-check -q -r "$HERE/requirements.txt" ||
        die "pip install failed"
    echo "$stamp" >"$VENV/.requirements"
fi

log "drawing the references and the sheets"
PYTHONDONTWRITEBYTECODE=1 MPLBACKEND=Agg MPLCONFIGDIR="$CACHE/mplconfig" \
    "$PY" "$HERE/reference.py" --rgg "$RGG" --datasets "$ROOT/datasets" --out "$CACHE" "$@"
