#!/usr/bin/env bash
# Resident memory of the service process after a number of API requests (default 1,000: a mix of
# PUT, GET and list), on the embedded H2 database, started as the README starts it.
#   usage: bench/rss-after-requests.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

requests=${1:-1000}
ensure_jar
data=$(mktemp -d)
trap 'stop_service; rm -rf "$data"' EXIT

start_service "$data"
wait_until_up
token=$(register_and_login "bench_$(date +%s)")
echo "RSS after start-up: $(rss_mib) MiB"

auth=(-H "Authorization: Bearer $token")
for i in $(seq 1 "$requests"); do
  case $((i % 3)) in
    0) curl -fsS -o /dev/null "${auth[@]}" -X PUT -H 'Content-Type: application/json' \
         -d "{\"value\":\"value $i\"}" "$BASE/api/v1/dictionary/bench/k$((i % 100))" ;;
    1) curl -s -o /dev/null "${auth[@]}" "$BASE/api/v1/dictionary/bench/k$((i % 100))" ;;
    2) curl -fsS -o /dev/null "${auth[@]}" "$BASE/api/v1/dictionary?prefix=bench/&limit=20" ;;
  esac
done
echo "RSS after $requests requests: $(rss_mib) MiB"
