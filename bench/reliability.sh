#!/usr/bin/env bash
# The full reliability suite: >= N hostile inputs of every kind (incl. a 5 MB one-sentence text and
# 3 GB sparse files linked, as sidecars and as JSON Lines) through `attest ingest` and `attest extract`
# with peak RSS; SIGKILLs at random moments; concurrent writers on H2 (and PostgreSQL when
# ATTEST_TEST_PG_URL is set: eval "$(.ci/postgres.sh)"). Writes the figures into docs/reliability.md.
#
#   bench/reliability.sh [N=2000] [KILLS=30] [WORKDIR=/tmp/attest-reliability]
#   python3 bench/reliability.py WORKDIR pg N   # only the PostgreSQL writers, added to an earlier run
#
# The quick version runs in `mvn verify` (ReliabilityQuickTest). Exit status 1 when a figure that
# must be zero is not.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
kills="${2:-30}"
work="${3:-/tmp/attest-reliability}"
(cd "$here" && mvn -q -o -B -DskipTests package && mvn -q -o -B -pl attest-ingest -am test-compile)
exec nice -n 10 python3 "$here/bench/reliability.py" "$work" "$n" "$kills"
