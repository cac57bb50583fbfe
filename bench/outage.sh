#!/usr/bin/env bash
# Issue 15: a PostgreSQL restart under a steady mixed load (8 clients, each alternating a profile read
# and a post). Prints per-second status counts and latencies, the outage's 503 window, the longest
# answer while the database was down and the recovery time after it accepts connections again.
#
#   bench/outage.sh                          # this working tree's Mirage.Api, Release build
#   MIRAGE_DLL=/path/Mirage.Api.dll bench/outage.sh   # another build, e.g. before a change
#   DOWN_SECONDS=3 DURATION=30 STOP_AT=10 CLIENTS=8 bench/outage.sh
set -euo pipefail
cd "$(dirname "$0")/.."

URL="http://127.0.0.1:${PORT:-5183}"
OUT="${TMPDIR:-/tmp}/mirage-outage-$$"
DB="$OUT/unused.db" DATABASE=postgres PG_PORT="${PG_PORT:-55498}"
CLIENTS="${CLIENTS:-8}" DURATION="${DURATION:-30}" STOP_AT="${STOP_AT:-10}" DOWN_SECONDS="${DOWN_SECONDS:-3}"
# shellcheck source=bench/lib.sh
source bench/lib.sh
ensure_tools curl jq python3
mkdir -p "$OUT"
SERVER_PID=""
trap 'stop_and_clean "$SERVER_PID"; rm -rf "$OUT"' EXIT

if [[ -z "${MIRAGE_DLL:-}" ]]; then
  echo "== building Mirage.Api (Release)"
  build_release "$OUT/build.log" Mirage.Api
  MIRAGE_DLL="$PWD/Mirage.Api/bin/Release/net10.0/Mirage.Api.dll"
fi

# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
echo "== starting a throwaway PostgreSQL server"
postgres_start "$PG_DIR" "$PG_PORT"
echo "== starting Mirage on $URL ($MIRAGE_DLL)"
Database__Provider=Postgres ConnectionStrings__Mirage="$POSTGRES_URL" RateLimiting__Enabled=false \
  ASPNETCORE_ENVIRONMENT=Production dotnet "$MIRAGE_DLL" --urls "$URL" --contentRoot "$(dirname "$MIRAGE_DLL")" \
  >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$URL/api/ping" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/server.log"; exit 1; }
  sleep 0.5
done

echo "== $CLIENTS clients, each with an account of its own"
for i in $(seq 1 "$CLIENTS"); do
  name="outage$i"
  post_json /api/register "{\"username\":\"$name\",\"email\":\"$name@example.com\",\"password\":\"correct horse battery\"}" >/dev/null
  token=$(post_json /api/login "{\"username\":\"$name\",\"password\":\"correct horse battery\"}" | jq -r .token)
  echo "$name $token"
done >"$OUT/accounts"

echo "== load for ${DURATION} s; PostgreSQL stopped at ${STOP_AT} s for ${DOWN_SECONDS} s"
python3 bench/outage/load.py 127.0.0.1 "${URL##*:}" "$DURATION" 30 <"$OUT/accounts" >"$OUT/requests" &
load_pid=$!
started=$(date +%s)
sample_cpu() {  # machine busy, machine idle, Mirage, the load generator (clock ticks)
  echo "$(awk '/^cpu /{print $2+$3+$4+$7+$8, $5+$6}' /proc/stat)" \
    "$(awk '{print $14+$15}' "/proc/$SERVER_PID/stat")" "$(awk '{print $14+$15}' "/proc/$load_pid/stat")"
}
cpu_before=$(sample_cpu)
sleep "$STOP_AT"
down_at=$(date +%s.%N)
postgres_down "$PG_DIR"
sleep "$DOWN_SECONDS"
postgres_up "$PG_DIR"
up_at=$(date +%s.%N)
sleep $(( started + DURATION - 1 - $(date +%s) > 0 ? started + DURATION - 1 - $(date +%s) : 0 ))
cpu_after=$(sample_cpu)
wait "$load_pid"

python3 bench/outage/report.py "$OUT/requests" "$down_at" "$up_at"
read -r busy0 idle0 mirage0 load0 <<<"$cpu_before"
read -r busy1 idle1 mirage1 load1 <<<"$cpu_after"
total=$(( busy1 - busy0 + idle1 - idle0 ))
echo "CPU of $(nproc) cores during the load: Mirage $(( 100 * (mirage1 - mirage0) / total ))%," \
  "load generator $(( 100 * (load1 - load0) / total ))%," \
  "other processes (PostgreSQL included) $(( 100 * (busy1 - busy0 - mirage1 + mirage0 - load1 + load0) / total ))%," \
  "idle $(( 100 * (idle1 - idle0) / total ))%"
echo "Mirage's warnings during the run: $(grep -c '^warn' "$OUT/server.log" || true), errors: $(grep -cE '^(fail|crit)' "$OUT/server.log" || true)"
# Each error's header and message line; the scope line between them (trace and span ids, path) differs per request.
awk '/^(fail|crit)/ {print; want=1; next} want && /^ +=>/ {next} want {print; want=0}' "$OUT/server.log" | sort | uniq -c | sort -rn | head -6 || true
