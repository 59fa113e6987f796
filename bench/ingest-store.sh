#!/usr/bin/env bash
# Ingest throughput and store size: generates N invented reports (outside the repository), ingests
# them with the real pipeline into a fresh embedded store, and prints documents/s and store size.
#
#   bench/ingest-store.sh [N=1000] [WORKDIR=/tmp/attest-bench]
#   ATTEST_BENCH_DB=jdbc:postgresql://… bench/ingest-store.sh 200     # the same into PostgreSQL
#
# The time includes loading the NLP models once (reported separately: a run over 0 new documents).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
work="${2:-/tmp/attest-bench}"
rm -rf "$work"; mkdir -p "$work"
(cd "$here" && mvn -q -o -B -pl attest-cli -am package -DskipTests)
java -cp "$here/attest-ingest/target/test-classes" org.attest.ingest.SyntheticNews "$work/docs" "$n" 1
db="${ATTEST_BENCH_DB:-$work/store}"
start=$(date +%s.%N)
"$here/attest" ingest "$work/docs" --db "$db" > "$work/ingest.out" 2> "$work/ingest.err" || true
end=$(date +%s.%N)
tail -3 "$work/ingest.out"
# model loading alone: the same command over one new document
mkdir -p "$work/one"; java -cp "$here/attest-ingest/target/test-classes" org.attest.ingest.SyntheticNews "$work/one" 1 999999
s1=$(date +%s.%N); "$here/attest" ingest "$work/one" --db "$work/store-one" > /dev/null 2>&1 || true; e1=$(date +%s.%N)
python3 - "$n" "$start" "$end" "$s1" "$e1" "$work" "$db" <<'PY'
import sys, os
n, s, e, s1, e1, work, db = int(sys.argv[1]), *map(float, sys.argv[2:6]), sys.argv[6], sys.argv[7]
total, one = e - s, e1 - s1
print(f"documents: {n}  wall: {total:.1f} s  (one-document run, mostly model loading: {one:.1f} s)")
print(f"throughput: {n/total:.2f} documents/s overall, {n/max(total-one,1e-9):.2f} documents/s after loading")
if not db.startswith("jdbc:"):
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(db) for f in fs)
    print(f"store size: {size/1e6:.1f} MB for {n} documents = {size/1e6*1000/n:.1f} MB per 1,000 documents")
PY
