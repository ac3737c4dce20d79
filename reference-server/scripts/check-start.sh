#!/usr/bin/env bash
# Proves the README's first command starts the server: runs
#   mvn -pl reference-server -am -DskipTests -Prun package
# from the repository root with a throw-away data folder and free ports, waits for /health to be
# UP, creates a depot over the API, then stops the server with SIGTERM (orderly shutdown).
# Usage: reference-server/scripts/check-start.sh [timeout-seconds]   (exit 0 = started)
set -euo pipefail
cd "$(dirname "$0")/../.."
timeout_s=${1:-300}
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ocppport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log="$work/server.log"

PORT=$port EVDEPOT_OCPP_PORT=$ocppport EVDEPOT_DATA_DIR="$work/postgres" EVDEPOT_DATABASE_EMBEDDED_PORT=$pgport \
  setsid mvn -B -q -pl reference-server -am -DskipTests -Prun package >"$log" 2>&1 &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap stop EXIT

deadline=$((SECONDS + timeout_s))
until curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
    echo "check-start: server did not come up; last log lines:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 2
done
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"name":"check-start","gridLimitKw":100}' "http://127.0.0.1:$port/api/depots")
if [ "$code" != 201 ]; then
  echo "check-start: POST /api/depots answered $code" >&2
  exit 1
fi
# A charger can open its OCPP WebSocket (the upgrade answers 101 with the ocpp1.6 subprotocol).
upgrade=$(curl -s -i -N --max-time 5 -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
  -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \
  -H 'Sec-WebSocket-Protocol: ocpp1.6' "http://127.0.0.1:$ocppport/ocpp/CHECK-START" || true)
if ! printf '%s' "$upgrade" | head -n 1 | grep -q ' 101'; then
  echo "check-start: OCPP upgrade on port $ocppport failed: $(printf '%s' "$upgrade" | head -n 1)" >&2
  exit 1
fi
echo "check-start: server started on port $port (OCPP $ocppport, embedded PostgreSQL on $pgport) and answered"
stop
trap - EXIT
rm -rf "$work"
