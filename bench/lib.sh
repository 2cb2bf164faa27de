# Shared helpers of the benchmark scripts: build, start, stop and probe the service.
PORT=${LEXICON_BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
JAR=bootstrap/target/lexicon.jar
SERVICE_PID=

ensure_jar() {
  [ -f "$JAR" ] || ./mvnw -B -q -DskipTests -pl bootstrap -am package
}

# start_service DATA_DIR [JVM options...]: starts the service the way the README does, through
# scripts/lexicon (its JVM, options and start-up cache; the launcher's first line in the log names
# them). The options, such as -Dname=value for configuration, go after the launcher's own.
start_service() {
  local data=$1
  shift
  LEXICON_PORT=$PORT LEXICON_DATA_DIR="$data" JAVA_OPTS="$*" scripts/lexicon >"$data/service.log" 2>&1 &
  SERVICE_PID=$!
}

stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

# Up to 5 minutes: the first start of a new jar trains the launcher's start-up cache first.
wait_until_up() {
  for _ in $(seq 1 3000); do
    curl -s -o /dev/null "$BASE/.well-known/jwks.json" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "the service did not start" >&2
  return 1
}

register_and_login() {
  local user=$1 password="bench-$RANDOM-passphrase"
  curl -fsS -o /dev/null -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"$password\"}"
  curl -fsS -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" |
    sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}

rss_mib() {
  awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$SERVICE_PID/status"
}

# register USER PASSWORD: a new account, or the script stops.
register() {
  curl -fsS -o /dev/null -X POST "$BASE/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"email\":\"$1@example.com\",\"password\":\"$2\"}"
}

# timed_login LOGIN PASSWORD: "STATUS SECONDS" of one login request.
timed_login() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$BASE/api/v1/auth/login" \
    -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}"
}

# median FILE [COLUMN]: the median of a column (the first by default) of FILE.
median() {
  awk -v c="${2:-1}" '{print $c}' "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# measure ROUND LABEL SECONDS WRK_ARGS...: a 5 s warm-up for the JIT and the pools, then a measured
# run of SECONDS (both bounded in time, 8 connections), printed as one row.
measure() {
  local round=$1 label=$2 seconds=$3
  shift 3
  wrk -t1 -c8 -d5s "$@" >/dev/null
  local result rps p50 p99 errors
  result=$(wrk -t1 -c8 -d"${seconds}s" --latency "$@")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$result")
  printf 'round %s %-8s %8s req/s  p50 %7s  p99 %7s  non-2xx %s\n' \
    "$round" "$label" "$rps" "$p50" "$p99" "${errors:-0}"
}
