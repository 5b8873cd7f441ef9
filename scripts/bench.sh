#!/usr/bin/env bash
# Times `krait code` on a corpus beside its peers, Bandit and pyflakes, on
# the same files, and prints wall time, CPU time and peak memory of each,
# and the ratios: "krait" runs every rule but the taint rules (the rules
# Bandit's job covers, plus debug exposure), "krait+taint" every rule. The corpus defaults to the standard
# library of python3 (without site-packages), about 1,800 files.
#
#   scripts/bench.sh [DIR]
#
# RUNS=N runs the two krait commands N times, alternately, and compares
# their median wall times; PEERS=no leaves Bandit and pyflakes out.
#
# Needs: go, python3, GNU time (/usr/bin/time); bandit and pyflakes3
# (Debian packages `bandit`, `pyflakes3`) for the comparison — a missing
# peer is skipped. Machines here are noisy: compare ratios, and run twice.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-}"
if [ -z "$corpus" ]; then
	corpus="$(python3 -c 'import sysconfig;print(sysconfig.get_paths()["stdlib"])')"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The same file list for every tool: .py files, site-packages excluded.
find "$corpus" -name site-packages -prune -o -name '*.py' -type f -print | sort > "$work/files"
nfiles=$(wc -l < "$work/files")
nlines=$(xargs cat < "$work/files" | wc -l)
echo "corpus: $corpus ($nfiles files, $nlines lines)"

go build -o "$work/krait" ./cmd/krait

# measure NAME CMD...: runs CMD, records wall seconds, CPU seconds, peak KB.
measure() {
	local name="$1"
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
	read -r wall user sys rss < <(tail -n 1 "$work/$name.time")
	cpu=$(echo "$user + $sys" | bc)
	printf '%-10s %8.2f s wall %8.2f s CPU %8d MB peak\n' "$name" "$wall" "$cpu" $((rss / 1024))
	echo "$wall" > "$work/$name.wall"
	echo "$wall" >> "$work/$name.walls"
}

# median FILE: the median of the numbers in FILE, one per line.
median() {
	python3 -c 'import statistics,sys; print(statistics.median(float(l) for l in open(sys.argv[1])))' "$1"
}

for _ in $(seq "${RUNS:-1}"); do
	measure krait "$work/krait" code --format json -q --ignore KRT3 "$corpus"
	measure krait+taint "$work/krait" code --format json -q "$corpus"
done
median "$work/krait.walls" > "$work/krait.wall"
median "$work/krait+taint.walls" > "$work/krait+taint.wall"
if [ "${PEERS:-yes}" = no ]; then
	:
elif command -v bandit > /dev/null; then
	measure bandit bandit -q -f json -r "$corpus" -x '*/site-packages/*'
fi
if [ "${PEERS:-yes}" = no ]; then
	:
elif command -v pyflakes3 > /dev/null; then
	measure pyflakes xargs pyflakes3 < "$work/files"
elif python3 -c 'import pyflakes' 2> /dev/null; then
	measure pyflakes xargs python3 -m pyflakes < "$work/files"
fi

k=$(cat "$work/krait.wall")
printf 'taint costs %.2fx (krait+taint / krait, median wall)\n' "$(echo "$(cat "$work/krait+taint.wall") / $k" | bc -l)"
for peer in bandit pyflakes; do
	if [ -f "$work/$peer.wall" ]; then
		printf 'krait is %.1fx faster than %s (wall)\n' "$(echo "$(cat "$work/$peer.wall") / $k" | bc -l)" "$peer"
	fi
done
findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/krait.out" 2> /dev/null || echo "?")
echo "krait findings: $findings"
