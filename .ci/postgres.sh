#!/usr/bin/env bash
# A throwaway PostgreSQL for the store tests, on 127.0.0.1 only.
#
#   eval "$(.ci/postgres.sh)"      # install if missing, init, start; exports ATTEST_TEST_PG_URL
#   .ci/postgres.sh stop           # stop it (the data directory is kept for the next start)
#
# Idempotent: a cluster that is already running is reused. The cluster lives in $ATTEST_PG_DIR
# (default /tmp/attest-pg), listens on 127.0.0.1:5432 when that port is free, else on the first
# free port from 55432, and has a database attest_test owned by user attest (password attest).
# Only the export line goes to stdout; progress goes to stderr.
set -euo pipefail
dir="${ATTEST_PG_DIR:-/tmp/attest-pg}"
log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "installing PostgreSQL from Debian packages ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# PostgreSQL refuses to run as root: run its programs as the 'postgres' user then.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ ${1:-} == stop ]]; then
  if [[ -f $dir/data/postmaster.pid ]]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2; fi
  exit 0
fi

mkdir -p "$dir"
if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
if [[ ! -f $dir/data/PG_VERSION ]]; then
  log "initdb in $dir/data"
  pwfile="$(mktemp)"; echo postgres > "$pwfile"; chmod 644 "$pwfile"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >&2
  rm -f "$pwfile"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  port="$(cat "$dir/port")"
  log "already running on 127.0.0.1:$port"
else
  port=""
  for p in 5432 $(seq 55432 55531); do
    if port_free "$p"; then port="$p"; break; fi
  done
  [[ -n $port ]] || { log "no free port"; exit 1; }
  echo "$port" > "$dir/port"
  log "starting on 127.0.0.1:$port"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=50" start >&2
fi

psql_pg() { as_pg "$bin/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [[ -z $(psql_pg -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = 'attest'") ]]; then
  psql_pg -d postgres -c "CREATE ROLE attest LOGIN PASSWORD 'attest'" >&2
fi
if [[ -z $(psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'attest_test'") ]]; then
  psql_pg -d postgres -c "CREATE DATABASE attest_test OWNER attest" >&2
fi
echo "export ATTEST_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/attest_test?user=attest&password=attest'"
