#!/usr/bin/env bash
# A login storm: 200 connections post correct logins for one account as fast as they are answered,
# for 30 s (wrk). Every login checks an Argon2id hash (19 MiB), so this is what any anonymous
# client can make the service do. Reports logins/s (the 200s), p50/p99 latency of all answers,
# the count of each status (503s are the checks the service refused to queue), wrk's socket errors
# and timeouts (10 s), and the process's resident memory: sampled every 0.2 s, and its peak as the
# kernel recorded it (VmHWM), which must stay under 512 MiB. Exits 1 when it does not.
# The service is started as the README starts it (scripts/lexicon), so that what is measured is
# what a reader runs; wrk shares the machine's cores with it.
#   usage: bench/login-storm.sh [seconds] [connections]   (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

seconds=${1:-30}
connections=${2:-200}
budget_mib=512
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ensure_jar
data=$(mktemp -d)
sampler=
trap '[ -z "$sampler" ] || kill "$sampler" 2>/dev/null; stop_service; rm -rf "$data"' EXIT

start_service "$data"
wait_until_up
echo "started as: $(sed -n 's/^lexicon launcher: \(java=.*\)/\1/p' "$data/service.log")"
user="storm_$(date +%s)"
password="bench-storm-passphrase-$RANDOM"
register "$user" "$password"
echo "RSS after start-up and one registration: $(rss_mib) MiB"

cat >"$data/login.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"username":"$user","password":"$password"}'
EOF
cat >>"$data/login.lua" <<'EOF'
-- Each wrk thread has its own Lua state: the statuses are counted per thread and added up at the end.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do io.write(string.format("status %d %d\n", status, count)) end
end
EOF

(
  while kill -0 "$SERVICE_PID" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$SERVICE_PID/status" 2>/dev/null || true
    sleep 0.2
  done
) >"$data/rss.kib" &
sampler=$!

result=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$data/login.lua" \
  "$BASE/api/v1/auth/login")
peak_mib=$(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$SERVICE_PID/status")
kill "$sampler" 2>/dev/null || true
sampler=

count_of() { awk -v s="$1" '$1 == "status" && $2 == s {print $3}' <<<"$result"; }
ok=$(count_of 200)
busy=$(count_of 503)
others=$(awk '$1 == "status" && $2 != 200 && $2 != 503 {printf "%s%s=%s", sep, $2, $3; sep=" "}' <<<"$result")
socket_errors=$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' <<<"$result")
echo "$connections connections, ${seconds} s of logins for one account"
printf 'logins/s (200)     %s\n' "$(awk -v n="${ok:-0}" -v s="$seconds" 'BEGIN {printf "%.1f", n / s}')"
printf 'latency p50 / p99  %s / %s\n' \
  "$(awk '$1 == "50%" {print $2}' <<<"$result")" "$(awk '$1 == "99%" {print $2}' <<<"$result")"
printf 'answers            200=%s 503=%s %s\n' "${ok:-0}" "${busy:-0}" "${others:-(no other status)}"
printf 'socket errors      %s\n' "${socket_errors:-none}"
printf 'RSS                highest sample %s MiB, peak (VmHWM) %s MiB\n' \
  "$(sort -n "$data/rss.kib" | tail -1 | awk '{printf "%.1f", $1 / 1024}')" "$peak_mib"
awk -v p="$peak_mib" -v b="$budget_mib" 'BEGIN {exit !(p < b)}' ||
  { echo "the peak RSS is over the $budget_mib MiB budget" >&2; exit 1; }
