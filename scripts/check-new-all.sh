#!/usr/bin/env bash
# `rgg new` for every chart: each project must build offline without
# warnings, pass `cargo fmt --check` and `cargo clippy -D warnings`, and
# draw a 1200x800 PNG. tests/new.rs does one chart per kind of helper;
# this does them all (a few minutes: one shared target folder, so plotters
# is built once).
#
#   scripts/check-new-all.sh            every chart
#   scripts/check-new-all.sh donut pie  just these
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
rgg="$PWD/target/release/rgg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR="$work/target"
if [ $# -gt 0 ]; then ids=("$@"); else mapfile -t ids < <("$rgg" list --json | grep -o '"id": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'); fi
failed=()
for id in "${ids[@]}"; do
  dir="$work/$id"
  if ! "$rgg" new "$id" "$dir" 2>/dev/null; then failed+=("$id (rgg new)"); continue; fi
  log="$work/$id.log"
  if ! (cd "$dir" && cargo build --offline --message-format short >"$log" 2>&1); then failed+=("$id (build)"); cat "$log"; continue; fi
  if grep -q warning "$log"; then failed+=("$id (warnings)"); cat "$log"; continue; fi
  if ! (cd "$dir" && cargo fmt --check >"$log" 2>&1); then failed+=("$id (fmt)"); cat "$log"; continue; fi
  if ! (cd "$dir" && cargo clippy --offline --message-format short -- -D warnings >"$log" 2>&1); then failed+=("$id (clippy)"); cat "$log"; continue; fi
  if ! (cd "$dir" && "$CARGO_TARGET_DIR/debug/$id" >/dev/null && [ -s "$id.png" ]); then failed+=("$id (run)"); continue; fi
  echo "ok  $id"
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failed[@]}"
  exit 1
fi
echo "all ${#ids[@]} projects build, lint and draw"
