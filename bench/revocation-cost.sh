#!/usr/bin/env bash
# What the revocation check adds to an authenticated GET (a dictionary read): requests per second
# and latency with wrk, in three configurations of the same service on the same data:
#   check   - as shipped: every token's session is checked, a yes is cached for 2 s
#   no-cache - the check with lexicon.tokens.revocation-check.cache-ttl=0s: the database every time
#   off     - lexicon.tokens.revocation-check.enabled=false, which exists only for this measurement
# Rounds alternate the configurations so that drift of the machine falls on all alike. wrk and the
# service share the machine's cores, so the figures compare with each other, not with production.
#   usage: bench/revocation-cost.sh [seconds per run] [rounds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

seconds=${1:-15}
rounds=${2:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ensure_jar
data=$(mktemp -d)
trap 'stop_service; rm -rf "$data"' EXIT

start_service "$data"
wait_until_up
token=$(register_and_login "bench_$(date +%s)")
url="$BASE/api/v1/dictionary/bench/key"
curl -fsS -o /dev/null -X PUT "$url" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"value":"v"}'
stop_service

options_of() {
  case $1 in
    check) echo "" ;;
    no-cache) echo "-Dlexicon.tokens.revocation-check.cache-ttl=0s" ;;
    off) echo "-Dlexicon.tokens.revocation-check.enabled=false" ;;
  esac
}

for round in $(seq 1 "$rounds"); do
  for mode in check no-cache off; do
    # shellcheck disable=SC2046 # an empty option list must expand to no argument
    start_service "$data" $(options_of "$mode")
    wait_until_up
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
    [ "$status" = 200 ] || { echo "$mode: the read answered $status" >&2; exit 1; }
    measure "$round" "$mode" "$seconds" -H "Authorization: Bearer $token" "$url"
    stop_service
  done
done
