#!/usr/bin/env bash
# Cold start: from launching the service as the README does (scripts/lexicon) to the first 200
# answer on a dictionary read, on the embedded H2 database. A first run prepares a user, an entry
# and a token in a scratch data directory (and, for a new jar, lets the launcher train its start-up
# cache); the measured runs start a fresh JVM on that directory and poll the read until it answers
# 200. The launcher's variables choose what is measured: LEXICON_JAVA=/path/to/java another JVM,
# LEXICON_STARTUP_CACHE=off no start-up cache.
#   usage: bench/cold-start.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

runs=${1:-5}
ensure_jar
data=$(mktemp -d)
trap 'stop_service; rm -rf "$data"' EXIT

start_service "$data"
wait_until_up
token=$(register_and_login "bench_$(date +%s)")
curl -fsS -o /dev/null -X PUT "$BASE/api/v1/dictionary/bench/key" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"value":"v"}'
stop_service
sed -n 's/^lexicon launcher: \(java=.*\)/\1/p' "$data/service.log"

for run in $(seq 1 "$runs"); do
  start_ns=$(date +%s%N)
  start_service "$data"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
      "$BASE/api/v1/dictionary/bench/key")" = "200" ]; do
    sleep 0.01
  done
  end_ns=$(date +%s%N)
  echo "run $run: first 200 on a dictionary read after $(((end_ns - start_ns) / 1000000)) ms"
  stop_service
done
