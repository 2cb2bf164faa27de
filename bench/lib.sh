# Shared helpers of the benchmark scripts: build, start, stop and probe the service.
PORT=${LEXICON_BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
JAR=bootstrap/target/lexicon.jar
SERVICE_PID=

ensure_jar() {
  [ -f "$JAR" ] || ./mvnw -B -q -DskipTests -pl bootstrap -am package
}

start_service() {
  LEXICON_PORT=$PORT LEXICON_DATA_DIR="$1" java -jar "$JAR" >"$1/service.log" 2>&1 &
  SERVICE_PID=$!
}

stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

wait_until_up() {
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "$BASE/.well-known/jwks.json" && return 0
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
