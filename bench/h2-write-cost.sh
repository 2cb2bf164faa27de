#!/usr/bin/env bash
# What the crash-safe H2 setting costs writers: PUT requests per second and latency with wrk, on
# the embedded H2 store, in two configurations of the same service:
#   safe    - as shipped, WRITE_DELAY=0: each commit reaches the OS before the answer goes out
#   delayed - H2's own default (WRITE_DELAY=500): commits are written up to 0.5 s later, and a
#             killed process forgets what it had acknowledged in that time
# Each PUT writes a new key, so every request is a committed insert. Rounds alternate the
# configurations so that drift of the machine falls on both alike; wrk and the service share the
# machine's cores, so the figures compare with each other, not with production.
#   usage: bench/h2-write-cost.sh [seconds per run] [rounds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

seconds=${1:-15}
rounds=${2:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ensure_jar
data=$(mktemp -d)
script=$(mktemp --suffix=.lua)
trap 'stop_service; rm -rf "$data" "$script"' EXIT

start_service "$data"
wait_until_up
token=$(register_and_login "bench_$(date +%s)")
stop_service

# Every request a key of its own: the thread's id, the round and a counter.
cat >"$script" <<LUA
local counter = 0
local prefix = "/api/v1/dictionary/bench/" .. os.time() .. "-" .. math.random(1e9) .. "/"
wrk.method = "PUT"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"value":"a value of some forty bytes, give or take"}'
request = function()
  counter = counter + 1
  return wrk.format(nil, prefix .. counter)
end
LUA

options_of() {
  case $1 in
    safe) echo "" ;;
    delayed) echo "-Ddatasources.default.url=jdbc:h2:file:$data/lexicon;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" ;;
  esac
}

for round in $(seq 1 "$rounds"); do
  for mode in safe delayed; do
    # shellcheck disable=SC2046 # an empty option list must expand to no argument
    start_service "$data" $(options_of "$mode")
    wait_until_up
    measure "$round" "$mode" "$seconds" -s "$script" "$BASE"
    stop_service
  done
done
