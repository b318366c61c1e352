#!/usr/bin/env bash
# Builds and runs the benchmarks, prints their figures and keeps them in bench/results/ (gitignored).
#
#   bench/run.sh                          every benchmark
#   bench/run.sh person-match             one (person-match, contact-record, vital-signs, legacy-import)
#   bench/run.sh person-match -- -Dbench.rounds=10     extra Maven arguments after --
#
# The first run loads a large demo borough into bench/work/ (a minute or so, ~600 MB); later runs reuse it until
# the schema migrations or the demo generator change. Builds in target/bench, apart from an ordinary build.
set -euo pipefail

cd "$(dirname "$0")/.."
names=()
while [[ $# -gt 0 && "$1" != "--" ]]; do
  names+=("$1")
  shift
done
[[ "${1:-}" == "--" ]] && shift
if [[ ${#names[@]} -eq 0 ]]; then
  names=(person-match contact-record vital-signs legacy-import)
fi

classes=()
for name in "${names[@]}"; do
  # person-match -> PersonMatchBench
  class="$(sed -E 's/(^|-)([a-z])/\U\2/g' <<<"$name")Bench"
  if [[ ! -f "bench/src/main/java/org/frontdoor/bench/$class.java" ]]; then
    echo "No benchmark called $name (no bench/src/main/java/org/frontdoor/bench/$class.java)" >&2
    exit 2
  fi
  classes+=("$class")
done

run="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p bench/results
log="bench/results/$run-maven.log"
echo "Running ${names[*]}: the build and Spring's logs go to $log"
if [[ -r /proc/loadavg ]]; then
  load="$(cut -d' ' -f1 /proc/loadavg)"
  if awk -v l="$load" -v c="$(nproc)" 'BEGIN { exit !(l > c) }'; then
    echo "Warning: load average $load on $(nproc) cores. Other work skews even the ratios: run on a quiet machine."
  fi
fi
start=$SECONDS
set +e
./mvnw -B -Pbench test "-Dtest=$(IFS=,; echo "${classes[*]}")" "-Dbench.run=$run" "$@" 2>&1 \
  | tee "$log" | grep --line-buffered -E '^\[bench\]|BUILD|ERROR'
status=${PIPESTATUS[0]}
set -e
if [[ $status -ne 0 ]]; then
  echo "The benchmark build failed (exit $status); the end of $log:" >&2
  tail -n 60 "$log" >&2
  exit "$status"
fi
for name in "${names[@]}"; do
  echo
  cat "bench/results/$run-$name.txt"
done
echo
echo "Took $((SECONDS - start)) s. Figures in bench/results/$run-*.txt"
