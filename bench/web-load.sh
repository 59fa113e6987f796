#!/usr/bin/env bash
# A bounded loopback load run against the analyst's desk: serves a store on a free local port,
# sends N read requests from C concurrent clients (a seeded mix over every read route, ids from the
# server's own lists; at most 200,000 requests and 600 s), prints p50/p90/p99/max overall and per
# route, then stops the server.
#
#   bench/web-load.sh DB [CLIENTS=8] [REQUESTS=4000] [SECONDS=120]
#   bench/web-load.sh --url http://127.0.0.1:8080/ [CLIENTS] [REQUESTS] [SECONDS]   # a desk already running
#
# Make a store first, e.g. with bench/ingest-store.sh 300 (its store is /tmp/attest-bench/store).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && mvn -q -o -B -pl attest-cli -am package -DskipTests)
cp="$here/attest-cli/target/attest.jar:$here/attest-cli/target/lib/*"
if [[ ${1:-} == --url ]]; then
  url="$2"; shift 2
  exec java -cp "$cp" org.attest.web.LoadRun --url "$url" --clients "${1:-8}" --requests "${2:-4000}" --seconds "${3:-120}"
fi
db="${1:?give the store: bench/web-load.sh DB [CLIENTS] [REQUESTS] [SECONDS]}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp)
java -Xmx2g -jar "$here/attest-cli/target/attest.jar" serve --db "$db" --port "$port" 2> "$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do grep -q "desk is at" "$log" && break; sleep 0.5; done
grep -q "desk is at" "$log" || { cat "$log" >&2; exit 1; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
java -cp "$cp" org.attest.web.LoadRun --url "http://127.0.0.1:$port/" --clients "${2:-8}" --requests "${3:-4000}" --seconds "${4:-120}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
