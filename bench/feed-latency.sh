#!/usr/bin/env bash
# Latency of GET /api/get_posts/{user} and GET /api/fyp at 1,000 / 10,000 / 100,000 posts.
# Builds Mirage.Api in Release, runs it on loopback over a throwaway SQLite file, grows the data with
# bench/Mirage.Bench.Seed between sizes, and measures each endpoint with wrk. See bench/README.md.
# DATABASE=postgres runs it on a throwaway PostgreSQL server instead.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${PORT:-5181}"
URL="http://127.0.0.1:${PORT}"
SIZES="${SIZES:-1000 10000 100000}"
DURATION="${DURATION:-5s}"
OUT="bench/out"
DB="${TMPDIR:-/tmp}/mirage-bench-$$.db"
SERVER_PID=""
PASSWORD="correct horse battery"

mkdir -p "$OUT"
# shellcheck source=bench/lib.sh
source bench/lib.sh
ensure_tools wrk curl jq
trap 'stop_and_clean "$SERVER_PID"' EXIT

echo "== building (Release)"
build_release "$OUT/build.log" Mirage.Api/Mirage.Api.csproj bench/Mirage.Bench.Seed/Mirage.Bench.Seed.csproj
start_mirage "$OUT/server.log"

# Measures one endpoint; prints "requests/s p50 p99 non-2xx".
measure() {
  local name="$1" path="$2" header="${3:-}" log
  log="$OUT/wrk-$size-$name.txt"
  curl -fs ${header:+-H "$header"} "$URL$path" >/dev/null
  # Warm-up, not measured: JIT, connection pool and SQLite page cache.
  wrk -t2 -c16 -d2s --timeout 5s ${header:+-H "$header"} "$URL$path" >/dev/null
  wrk -t2 -c16 -d"$DURATION" --latency --timeout 5s ${header:+-H "$header"} "$URL$path" >"$log"
  awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx responses/ { bad = $NF }
    END { printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }' "$log"
}

rows=()
token=""
for size in $SIZES; do
  echo "== seeding to $size posts"
  seed_posts "$size"
  if [[ -z "$token" ]]; then
    # A real account through the API, following 50 of the seeded users, reads the feed.
    post_json /api/register "{\"username\":\"benchreader\",\"email\":\"benchreader@example.com\",\"password\":\"$PASSWORD\"}" >/dev/null
    token=$(post_json /api/login "{\"username\":\"benchreader\",\"password\":\"$PASSWORD\"}" | jq -r .token)
    for i in $(seq 0 2 98); do
      post_json /api/follow "$(printf '{"username":"seed%06d"}' "$i")" "$token" >/dev/null
    done
  fi
  rows+=("$size get_posts/{user} $(measure get_posts "/api/get_posts/seed000001?limit=20")")
  rows+=("$size fyp $(measure fyp /api/fyp "Authorization: Bearer $token")")
done

echo
printf '%-8s %-18s %12s %10s %10s %8s\n' posts endpoint requests/s p50 p99 non-2xx
for row in "${rows[@]}"; do
  # shellcheck disable=SC2086
  printf '%-8s %-18s %12s %10s %10s %8s\n' $row
done
echo
echo "wrk output: $OUT/wrk-*.txt, server log: $OUT/server.log"
