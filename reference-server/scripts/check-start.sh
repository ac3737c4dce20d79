#!/usr/bin/env bash
# Proves the README's ways of starting the server work:
#   1. the first command, `mvn -pl reference-server -am -DskipTests -Prun package`, from the
#      repository root;
#   2. the binary that command leaves behind, `java -jar reference-server/target/reference-server.jar`.
# Each run gets a throw-away data folder and free ports; the check waits for /health to be UP,
# creates a depot over the API, opens an OCPP WebSocket, then stops the server with SIGTERM.
# Usage: reference-server/scripts/check-start.sh [timeout-seconds]   (exit 0 = both started)
set -euo pipefail
cd "$(dirname "$0")/../.."
timeout_s=${1:-300}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# check_start <label> <command...>: starts the command in its own process group and checks it.
check_start() {
  local label=$1
  shift
  local work port pgport ocppport log pid deadline code upgrade
  work=$(mktemp -d)
  port=$(free_port)
  pgport=$(free_port)
  ocppport=$(free_port)
  log="$work/server.log"
  PORT=$port EVDEPOT_OCPP_PORT=$ocppport EVDEPOT_DATA_DIR="$work/postgres" \
    EVDEPOT_DATABASE_EMBEDDED_PORT=$pgport setsid "$@" >"$log" 2>&1 &
  pid=$!
  # shellcheck disable=SC2064
  trap "kill -TERM -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true" EXIT

  deadline=$((SECONDS + timeout_s))
  until curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
      echo "check-start [$label]: server did not come up; last log lines:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 2
  done
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"name":"check-start","gridLimitKw":100}' "http://127.0.0.1:$port/api/depots")
  if [ "$code" != 201 ]; then
    echo "check-start [$label]: POST /api/depots answered $code" >&2
    exit 1
  fi
  # A charger can open its OCPP WebSocket (the upgrade answers 101 with the ocpp1.6 subprotocol).
  upgrade=$(curl -s -i -N --max-time 5 -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
    -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \
    -H 'Sec-WebSocket-Protocol: ocpp1.6' "http://127.0.0.1:$ocppport/ocpp/CHECK-START" || true)
  if ! printf '%s' "$upgrade" | head -n 1 | grep -q ' 101'; then
    echo "check-start [$label]: OCPP upgrade on port $ocppport failed: $(printf '%s' "$upgrade" | head -n 1)" >&2
    exit 1
  fi
  echo "check-start [$label]: started on port $port (OCPP $ocppport, embedded PostgreSQL on $pgport) and answered"
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  rm -rf "$work"
}

check_start "mvn -Prun" mvn -B -q -pl reference-server -am -DskipTests -Prun package
check_start "java -jar" java -jar reference-server/target/reference-server.jar
