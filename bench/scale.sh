#!/usr/bin/env bash
# Store scale benchmark (issue 12): builds embedded stores of the given sizes from invented reports
# (org.attest.ingest.SyntheticNews, outside the repository) and reports for each size, in CPU
# seconds (user+sys, the machine may be shared) and wall seconds:
#   - ingest of ONE more document (a CLI run: model load + extraction + full corpus view), and the
#     same minus a one-document ingest into an empty store (= model load + extraction), i.e. what
#     the store's size costs;
#   - its peak RSS;
#   - the live attest.mv.db bytes per document (no manual compaction), before and after that ingest;
#   - timeline, findings, claims --about, entity, one merge, and the web API's first page of events
#     (GET /api/events on `attest serve`, first request after start: CPU of the server for it).
#
#   bench/scale.sh [SIZES=1000] [WORKDIR=/tmp/attest-scale]      e.g. bench/scale.sh "1000 3000"
#
# Sizes are built incrementally (the 3,000 store is the 1,000 store plus 2,000 more, ingested as
# one more batch) and each size is measured on a copy, so the merge does not leak into the next.
# 10,000 is the issue's target size; building it takes about an hour of CPU at today's cost.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${1:-1000}"
work="${2:-/tmp/attest-scale}"
rm -rf "$work"; mkdir -p "$work"
(cd "$here" && mvn -q -o -B -pl attest-cli -am package -DskipTests)
gen() { java -cp "$here/attest-ingest/target/test-classes" org.attest.ingest.SyntheticNews "$@"; }
attest="$here/attest"
# runs a command under /usr/bin/time; prints "cpu wall rss_mb" (stdout of the command to $work/last.out)
timed() {
  /usr/bin/time -f "%U %S %e %M" -o "$work/time" "$@" > "$work/last.out" 2> "$work/last.err" || {
    echo "failed: $*" >&2; tail -3 "$work/last.err" >&2; }
  awk '{printf "%.1f %.1f %.0f\n", $1 + $2, $3, $4 / 1024}' "$work/time"
}
live() { stat -c %s "$1/attest.mv.db"; }
row() { printf '%-34s %10s %10s %10s\n' "$@"; }

# the baseline: one document into an empty store (model load + extraction + a one-document view)
gen "$work/one" 1 999999 > /dev/null
read -r c0 w0 r0 < <(timed "$attest" ingest "$work/one" --db "$work/empty")
echo "one document into an empty store: ${c0} CPU s, ${w0} s wall, ${r0} MB peak RSS"

built=0; seed=1
for n in $sizes; do
  add=$((n - built))
  rm -rf "$work/docs"; gen "$work/docs" "$add" "$seed" > /dev/null
  read -r cb wb rb < <(timed "$attest" ingest "$work/docs" --db "$work/build")
  built=$n; seed=$((seed + add))
  rm -rf "$work/m"; cp -r "$work/build" "$work/m"
  db="$work/m"
  bytes=$(live "$db")
  echo
  echo "== store of $n documents (built by ingesting $add more: ${cb} CPU s, ${wb} s wall, ${rb} MB peak RSS)"
  row "" "CPU s" "wall s" "peak MB"
  for q in timeline findings claims entity; do
    case $q in
      timeline|findings) args=("$q") label=$q ;;
      claims) args=(claims --about repairs) label="claims --about repairs" ;;
      entity) args=(entity "Ellen Park") label="entity 'Ellen Park'" ;;
    esac
    read -r c w r < <(timed "$attest" "${args[@]}" --db "$db")
    row "$label" "$c" "$w" "$r"
  done
  # the web API: start serve on a free port, time the first page of events
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$attest" serve --db "$db" --port "$port" > "$work/serve.out" 2>&1 &
  spid=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/api/status" > /dev/null 2>&1 && break; sleep 0.5; done
  jpid=$(pgrep -P "$spid" java || echo "$spid")
  ticks() { awk '{print $14 + $15}' "/proc/$jpid/stat"; }
  t0=$(ticks); s0=$(date +%s.%N)
  curl -sf "http://127.0.0.1:$port/api/events?limit=50" -o "$work/events.json"
  s1=$(date +%s.%N); t1=$(ticks)
  curl -sf "http://127.0.0.1:$port/api/events?limit=50" -o /dev/null; s2=$(date +%s.%N); t2=$(ticks)
  kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true
  hz=$(getconf CLK_TCK)
  row "GET /api/events (first)" "$(echo "($t1-$t0)/$hz" | bc -l | xargs printf %.1f)" "$(echo "$s1-$s0" | bc -l | xargs printf %.1f)" "-"
  row "GET /api/events (again)" "$(echo "($t2-$t1)/$hz" | bc -l | xargs printf %.1f)" "$(echo "$s2-$s1" | bc -l | xargs printf %.2f)" "-"
  read -r c w r < <(timed "$attest" ingest "$work/one" --db "$db")
  row "ingest one more document" "$c" "$w" "$r"
  row "  minus one into an empty store" "$(echo "$c-$c0" | bc -l | xargs printf %.1f)" "$(echo "$w-$w0" | bc -l | xargs printf %.1f)" "-"
  after=$(live "$db")
  read -r c w r < <(timed "$attest" merge "Ellen Park" "Tom Reyes" --note bench --db "$db")
  row "merge" "$c" "$w" "$r"
  final=$(live "$db")
  printf 'live attest.mv.db: %.1f MB = %.1f KB/document; after one more ingest %.1f MB; after the merge %.1f MB\n' \
    "$(echo "$bytes/1000000" | bc -l)" "$(echo "$bytes/1000/$n" | bc -l)" "$(echo "$after/1000000" | bc -l)" "$(echo "$final/1000000" | bc -l)"
done
