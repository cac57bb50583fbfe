#!/usr/bin/env bash
# Mirage's benchmark: every scenario of issues 5 and 14 in one run, one table, and the targets checked.
# Builds Mirage.Api in Release, runs it on loopback over a throwaway SQLite file with per-address rate
# limits off, seeds users through the API and posts with bench/Mirage.Bench.Seed, drives load with wrk,
# measures the password hasher's raw capacity with bench/Mirage.Bench.Hasher, stops the server and
# prints the table. See bench/README.md. About seven minutes on 2 cores.
# DATABASE=postgres bench/run.sh does the same on a throwaway PostgreSQL server.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${PORT:-5182}"
URL="http://127.0.0.1:${PORT}"
DURATION="${DURATION:-10}"           # seconds per measured scenario
WARMUP="${WARMUP:-3}"               # seconds of unmeasured load before each
CONNECTIONS="${CONNECTIONS:-32}"
WRITERS="${WRITERS:-$CONNECTIONS}"  # users that block 8's writes are spread over
LOGIN_CONNECTIONS="${LOGIN_CONNECTIONS:-8}"
FLOOD_CONNECTIONS="${FLOOD_CONNECTIONS:-32}"
SIZES="${SIZES:-1000 10000 100000}"
HASHER_SECONDS="${HASHER_SECONDS:-5}"
SCENARIOS="${SCENARIOS:-}"          # the blocks to run, e.g. "1 8 10"; empty runs them all
OUT="bench/out"
DB="${TMPDIR:-/tmp}/mirage-run-$$.db"
PASSWORD="correct horse battery"
CORES=$(nproc)
SERVER_PID=""
FLOOD_PID=""
HASHER=""

mkdir -p "$OUT"
rm -f "$OUT"/run-*.txt
# shellcheck source=bench/lib.sh
source bench/lib.sh
ensure_tools wrk curl jq
trap 'stop_and_clean "$FLOOD_PID" "$SERVER_PID"' EXIT

# The configured values, as the server reads them (environment overrides appsettings.json).
ITERATIONS="${Security__PasswordHashIterations:-$(jq -r '.Security.PasswordHashIterations' Mirage.Api/appsettings.json)}"
MAX_CONCURRENT="${PasswordHashing__MaxConcurrent:-$((2 * CORES))}"
MAX_QUEUED="${PasswordHashing__MaxQueued:-$((8 * CORES))}"
HASHING_THREADS="${PasswordHashing__Threads:-$CORES}"
if (( LOGIN_CONNECTIONS <= 2 * HASHING_THREADS || LOGIN_CONNECTIONS > MAX_CONCURRENT + MAX_QUEUED )); then
  echo "run: warning: LOGIN_CONNECTIONS=$LOGIN_CONNECTIONS should be above two per hashing thread ($((2 * HASHING_THREADS))) and at most" \
    "MaxConcurrent + MaxQueued ($((MAX_CONCURRENT + MAX_QUEUED))) to measure throughput without 429s" >&2
fi

echo "== building (Release)"
rm -f "$OUT/run-build.txt"
build_release "$OUT/run-build.txt" \
  Mirage.Api/Mirage.Api.csproj bench/Mirage.Bench.Seed/Mirage.Bench.Seed.csproj bench/Mirage.Bench.Hasher/Mirage.Bench.Hasher.csproj
start_mirage "$OUT/run-server.txt"

register_and_login() {
  post_json /api/register "{\"username\":\"$1\",\"email\":\"$1@example.com\",\"password\":\"$PASSWORD\"}" >/dev/null
  post_json /api/login "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .token
}
# register_writers <prefix> <count>: signs up and logs in <prefix>1 … <prefix><count>, as many at a time as
# the hashing bound lets hash at once ($MAX_CONCURRENT); prints their tokens, separated by spaces.
register_writers() {
  local prefix="$1" count="$2" dir i tokens pids=()
  dir=$(mktemp -d)
  for i in $(seq 1 "$count"); do
    register_and_login "$prefix$i" >"$dir/$i" &
    pids+=($!)
    if (( ${#pids[@]} == MAX_CONCURRENT || i == count )); then
      wait "${pids[@]}" || true
      pids=()
    fi
  done
  tokens=$(cat "$dir"/* | grep -v '^null$' | tr '\n' ' ')
  rm -rf "$dir"
  if [[ $(wc -w <<<"$tokens") -ne $count ]]; then
    echo "run: could not sign up all $count users ${prefix}1 … $prefix$count" >&2
    exit 1
  fi
  echo "$tokens"
}
# wanted <block>: whether SCENARIOS asks for that block (1 stands for 1-3).
wanted() { [[ -z "$SCENARIOS" || " $SCENARIOS " == *" $1 "* ]]; }
peak_rss_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status"; }
# CPU time in clock ticks: "<whole machine busy> <server> <this script's finished children: wrk, tools>".
cpu_ticks() {
  echo "$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)" \
    "$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")" "$(awk '{ print $16 + $17 }' "/proc/$$/stat")"
}

echo "== seeding users through the API"
for i in $(seq 0 7); do
  token=$(register_and_login "benchuser$i")
  [[ $i -eq 0 ]] && ME_TOKEN="$token"
done

rows=()  # "name|connections|requests/s|p50 µs|p99 µs|errors|429s|peak RSS kB"
declare -A rps p99

# Runs wrk: warm-up (not measured, skipped when $4 is 0), then the measured run; records a row.
# Arguments: key, label, connections, warm-up seconds, script, path, [header].
measure() {
  local key="$1" label="$2" conns="$3" warmup="$4" script="$5" path="$6" header="${7:-}"
  local log="$OUT/run-$key.txt"
  if [[ "$warmup" != 0 ]]; then
    wrk -t2 -c"$conns" -d"${warmup}s" --timeout 10s -s "bench/wrk/$script" ${header:+-H "$header"} "$URL$path" >/dev/null
  fi
  wrk -t2 -c"$conns" -d"${DURATION}s" --timeout 10s -s "bench/wrk/$script" ${header:+-H "$header"} "$URL$path" >"$log"
  record "$key" "$label" "$conns" "$log"
}

# Like measure, but the warm-up and the measured run each act as a new user ("<key>-w", "<key>-m"), so a
# script that builds up state (votes cast, people followed) starts from none in both. The optional
# last argument names a function that gets each new user's token before the user's run (setting it up).
# Arguments: key, label, connections, script, path, [prepare].
measure_as_new_users() {
  local key="$1" label="$2" conns="$3" script="$4" path="$5" prepare="${6:-}" warm measured
  warm=$(register_and_login "$key-w")
  measured=$(register_and_login "$key-m")
  if [[ -n "$prepare" ]]; then
    "$prepare" "$warm"
    "$prepare" "$measured"
  fi
  if [[ "$WARMUP" != 0 ]]; then
    wrk -t2 -c"$conns" -d"${WARMUP}s" --timeout 10s -s "bench/wrk/$script" -H "Authorization: Bearer $warm" "$URL$path" >/dev/null
  fi
  measure "$key" "$label" "$conns" 0 "$script" "$path" "Authorization: Bearer $measured"
}

# Like measure_as_new_users, for block 8: the warm-up and the measured run each write as $WRITERS new
# users (BENCH_WRITERS, bench/wrk/writes.lua). Arguments: key, label, connections, script, path.
measure_as_new_writers() {
  local key="$1" label="$2" conns="$3" script="$4" path="$5" warm measured
  warm=$(register_writers "$key-w" "$WRITERS")
  measured=$(register_writers "$key-m" "$WRITERS")
  if [[ "$WARMUP" != 0 ]]; then
    BENCH_WRITERS="$warm" wrk -t2 -c"$conns" -d"${WARMUP}s" --timeout 10s -s "bench/wrk/$script" "$URL$path" >/dev/null
  fi
  BENCH_WRITERS="$measured" measure "$key" "$label" "$conns" 0 "$script" "$path"
}

# Turns a wrk report's RESULT line (bench/wrk/report.lua) into a table row.
record() {
  local key="$1" label="$2" conns="$3" log="$4" r_rps r_p50 r_p99 r_requests r_status r_429 r_socket r_p999 r_max
  read -r _ r_rps r_p50 r_p99 r_requests r_status r_429 r_socket r_p999 r_max < <(grep '^RESULT ' "$log")
  rps[$key]="$r_rps"
  p99[$key]="$r_p99"
  rows+=("$label|$conns|$r_rps|$r_p50|$r_p99|$r_p999|$r_max|$((r_status - r_429 + r_socket))|$r_429|$(peak_rss_kb)")
  echo "   $label: $r_rps requests/s"
}

read -r busy0 server0 children0 < <(cpu_ticks)
started=$(date +%s)
if wanted 1; then
echo "== 1-3: ping, profile, me"
measure ping "1 GET /api/ping" "$CONNECTIONS" "$WARMUP" get.lua /api/ping
measure user "2 GET /api/user/{username}" "$CONNECTIONS" "$WARMUP" get.lua /api/user/benchuser1
measure me "3 GET /api/me" "$CONNECTIONS" "$WARMUP" get.lua /api/me "Authorization: Bearer $ME_TOKEN"
fi

if wanted 4; then
echo "== 4: login, then the hasher's raw capacity ($ITERATIONS iterations, $CORES threads, server idle)"
measure login "4 POST /api/login" "$LOGIN_CONNECTIONS" "$WARMUP" login.lua /api/login
HASHER=$(dotnet bench/Mirage.Bench.Hasher/bin/Release/net10.0/Mirage.Bench.Hasher.dll "$ITERATIONS" "$HASHER_SECONDS" 2>>"$OUT/run-hasher.txt")
cat "$OUT/run-hasher.txt"
fi

if wanted 5; then
echo "== 5: profile reads during a login flood ($FLOOD_CONNECTIONS connections, two wrk processes)"
wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$((WARMUP + DURATION + 1))s" --timeout 10s -s bench/wrk/login.lua "$URL/api/login" >"$OUT/run-flood.txt" &
FLOOD_PID=$!
sleep "$WARMUP"
measure isolation "5 GET /api/user/{username}, login flood" "$CONNECTIONS" 0 get.lua /api/user/benchuser1
wait "$FLOOD_PID"
FLOOD_PID=""
record flood "5 POST /api/login, the flood" "$FLOOD_CONNECTIONS" "$OUT/run-flood.txt"
fi

if wanted 6; then
echo "== 6: register"
measure register "6 POST /api/register" "$LOGIN_CONNECTIONS" "$WARMUP" register.lua /api/register
fi

if wanted 7; then
echo "== 7: post list and feed at ${SIZES// /, } posts, then create_post"
reader=$(register_and_login benchreader)
poster=$(register_and_login benchposter)
followed=0
for size in $SIZES; do
  seed_posts "$size"
  if [[ $followed -eq 0 ]]; then
    # The reader follows 50 seeded users, as in bench/feed-latency.sh.
    for i in $(seq 0 2 98); do
      post_json /api/follow "$(printf '{"username":"seed%06d"}' "$i")" "$reader" >/dev/null
    done
    followed=1
  fi
  measure "get_posts-$size" "7 GET /api/get_posts/{username}?limit=20, $size posts" "$CONNECTIONS" "$WARMUP" get.lua "/api/get_posts/seed000001?limit=20"
  measure "fyp-$size" "7 GET /api/fyp, $size posts" "$CONNECTIONS" "$WARMUP" get.lua /api/fyp "Authorization: Bearer $reader"
done
measure create_post "7 POST /api/create_post, after ${size} posts" "$CONNECTIONS" "$WARMUP" create_post.lua /api/create_post "Authorization: Bearer $poster"
fi

if wanted 9; then
echo "== 9: lists and polling, at ${SIZES##* } posts"
seed_posts "${SIZES##* }"
# $FANS accounts (registered and logged in through the API) each follow benchuser2, reply to one
# seeded post and send benchuser0 a direct message: a full page of each list. benchuser0 opens a room
# and says a few things in it; the poller asks for what came after the newest, which is nothing.
FANS="${FANS:-25}"
list_post=$(curl -fsS "$URL/api/get_posts/seed000001?limit=1" | jq -r '.posts[0].id')
for i in $(seq -w 1 "$FANS"); do
  fan=$(register_and_login "benchfan$i")
  post_json /api/follow '{"username":"benchuser2"}' "$fan" >/dev/null
  post_json /api/reply_to_post "{\"post_id\":$list_post,\"content\":\"reply $i to a seeded post\"}" "$fan" >/dev/null
  post_json /api/send_inbox_message "{\"recipient\":\"benchuser0\",\"message\":\"message $i from a fan\"}" "$fan" >/dev/null
done
list_room=$(post_json /api/create_room '{"room_name":"bench room","is_private":0}' "$ME_TOKEN" | jq -r .room_id)
for i in 1 2 3 4 5; do
  post_json /api/send_room_message "{\"room_id\":$list_room,\"message\":\"room message $i\"}" "$ME_TOKEN" >/dev/null
done
newest_room_message=$(curl -fsS "$URL/api/get_room_messages?room_id=$list_room" -H "Authorization: Bearer $ME_TOKEN" | jq -r '.messages[-1].id')
measure get_replies "9 GET /api/get_replies/{post_id}?limit=20" "$CONNECTIONS" "$WARMUP" get.lua "/api/get_replies/$list_post?limit=20"
measure get_followers "9 GET /api/get_followers/{username}?limit=20" "$CONNECTIONS" "$WARMUP" get.lua "/api/get_followers/benchuser2?limit=20"
measure inbox "9 GET /api/inbox?limit=20" "$CONNECTIONS" "$WARMUP" get.lua "/api/inbox?limit=20" "Authorization: Bearer $ME_TOKEN"
measure polling "9 GET /api/get_room_messages?after=<newest id>, nothing new" "$CONNECTIONS" "$WARMUP" get.lua \
  "/api/get_room_messages?room_id=$list_room&after=$newest_room_message" "Authorization: Bearer $ME_TOKEN"
fi

if wanted 8 || wanted 10; then
  # The write scripts (bench/wrk/writes.lua) vote on and reply to the seeded posts and follow seeded users
  # from the 100th on (the first hundred are for readers to follow): at least 10,000 posts, 1,000 users.
  write_posts=$(( ${SIZES##* } > 10000 ? ${SIZES##* } : 10000 ))
  echo "== 8, 10: data for the writes (at least $write_posts posts)"
  seed_posts "$write_posts"
  writer=$(register_and_login benchwriter)
  room=$(post_json /api/create_room '{"room_name":"bench-writes","is_private":false}' "$writer" | jq -r .room_id)
  export BENCH_POSTS="$write_posts" BENCH_USERS=$((write_posts / 10)) BENCH_FOLLOW_FROM=100 BENCH_RECIPIENT=benchuser1 BENCH_ROOM="$room"
fi

if wanted 8; then
  echo "== 8: writes at $CONNECTIONS connections, spread over $WRITERS users"
  # As a network's writes come: from many people at once, not one person's 32 requests at a time (each
  # user's writes take turns on that user's stats row).
  BENCH_WRITERS=$(register_writers benchwriter "$WRITERS")
  for token in $BENCH_WRITERS; do
    post_json /api/join_room '{"name":"bench-writes","password":""}' "$token" >/dev/null
  done
  export BENCH_WRITERS
  measure write-create_post "8 POST /api/create_post" "$CONNECTIONS" "$WARMUP" create_post.lua /api/create_post
  measure_as_new_writers write-vote "8 POST /api/vote_post" "$CONNECTIONS" vote_post.lua /api/vote_post
  measure_as_new_writers write-follow "8 POST /api/follow, /api/unfollow" "$CONNECTIONS" follow.lua /api/follow
  measure write-reply "8 POST /api/reply_to_post" "$CONNECTIONS" "$WARMUP" reply_to_post.lua /api/reply_to_post
  measure write-inbox "8 POST /api/send_inbox_message" "$CONNECTIONS" "$WARMUP" send_inbox_message.lua /api/send_inbox_message
  measure write-room "8 POST /api/send_room_message" "$CONNECTIONS" "$WARMUP" send_room_message.lua /api/send_room_message
  unset BENCH_WRITERS
fi

# A user of the mixed scenario: reads a feed of 50 people (the first hundred seeded users, every other
# one, as benchreader) and is in the room it polls and writes into.
prepare_mixed_user() {
  local token="$1" i
  for i in $(seq 0 2 98); do
    post_json /api/follow "$(printf '{"username":"seed%06d"}' "$i")" "$token" >/dev/null
  done
  post_json /api/join_room '{"name":"bench-writes","password":""}' "$token" >/dev/null
}

if wanted 10; then
  echo "== 10: mixed reads, polls and writes at $CONNECTIONS connections"
  BENCH_ROOM_AFTER=$(curl -fsS "$URL/api/get_room_messages?room_id=$room" -H "Authorization: Bearer $writer" | jq '.messages[-1].id // 0')
  export BENCH_ROOM_AFTER
  measure_as_new_users mixed "10 mixed: 60% reads, 25% polls, 15% writes" "$CONNECTIONS" mixed.lua /api/ping prepare_mixed_user
fi

PEAK_KB=$(peak_rss_kb)
read -r busy1 server1 children1 < <(cpu_ticks)
# Whatever else ran on the machine during the scenarios, as a share of all cores: it skews the figures.
OTHER_CPU=$(awk -v b=$((busy1 - busy0)) -v s=$((server1 - server0)) -v c=$((children1 - children0)) \
  -v t="$(getconf CLK_TCK)" -v secs=$(($(date +%s) - started)) -v cores="$CORES" \
  'BEGIN { o = (b - s - c) / (t * secs * cores) * 100; printf "%.0f%%", (o < 0 ? 0 : o) }')
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

ms() { awk -v us="$1" 'BEGIN { printf (us < 10000 ? "%.2f ms" : "%.1f ms"), us / 1000 }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f MB", kb / 1024 }'; }

echo
echo "Mirage benchmark on $DB_PROVIDER, $(date -u +%Y-%m-%d), $CORES cores, $(dotnet --version) SDK; ${DURATION} s per scenario after ${WARMUP} s warm-up;"
echo "password hashing: $ITERATIONS iterations, MaxConcurrent $MAX_CONCURRENT, MaxQueued $MAX_QUEUED"
echo
echo "| scenario | connections | requests/s | p50 | p99 | p99.9 | max | errors | 429s | server peak RSS so far |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
errors=0
for row in "${rows[@]}"; do
  IFS='|' read -r label conns r_rps r_p50 r_p99 r_p999 r_max r_errors r_429 r_kb <<<"$row"
  errors=$((errors + r_errors))
  echo "| $label | $conns | $r_rps | $(ms "$r_p50") | $(ms "$r_p99") | $(ms "$r_p999") | $(ms "$r_max") | $r_errors | $r_429 | $(mb "$r_kb") |"
done
[[ -n "$HASHER" ]] && echo "| 4 password hasher, raw capacity (verifies/s) | $CORES threads | $HASHER | | | | | | | |"
echo
echo "errors: status >= 400 other than 429, plus socket errors and timeouts; 429s: the hashing bound's"
echo "deliberate fast refusals. Peak RSS: the server's VmHWM after each row; at the end $(mb "$PEAK_KB")."
echo "Other processes used $OTHER_CPU of the machine's CPU during the scenarios (0% is a quiet machine)."

# check <target> <measured> <">=" or "<="> <limit>: prints a row of the targets table.
# check <what> <measured> <op> <limit>: the verdict is on the measured value as given; it is shown to three
# decimals at most, so that a ratio of 0.4989 reads 0.499, not 0.50 (and is not met).
check() {
  local verdict shown
  verdict=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { print ((op == ">=" ? v >= l : v <= l) ? "met" : "NOT MET") }')
  shown=$(awk -v v="$2" 'BEGIN { s = sprintf("%.3f", v); sub(/\.?0+$/, "", s); print (index(v, ".") ? s : v) }')
  printf '| %s | %s | %s %s | %s |\n' "$1" "$shown" "$3" "$4" "$verdict"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a / b }'; }

echo
echo "| target | measured | limit | verdict |"
echo "|---|---:|---:|---|"
if wanted 1; then
check "profile rate / ping rate" "$(ratio "${rps[user]}" "${rps[ping]}")" ">=" 0.50
check "me rate / ping rate" "$(ratio "${rps[me]}" "${rps[ping]}")" ">=" 0.50
fi
wanted 4 && check "login rate / hasher capacity" "$(ratio "${rps[login]}" "$HASHER")" ">=" 0.85
wanted 1 && wanted 5 && check "profile p99 during the flood / without" "$(ratio "${p99[isolation]}" "${p99[user]}")" "<=" 3
first="${SIZES%% *}"
last="${SIZES##* }"
if wanted 7 && [[ "$first" != "$last" ]]; then
  for endpoint in get_posts fyp; do
    check "$endpoint p99 at $last / at $first posts" "$(ratio "${p99[$endpoint-$last]}" "${p99[$endpoint-$first]}")" "<=" 2
  done
fi
wanted 1 && wanted 7 && check "get_posts rate at $last posts / ping rate" "$(ratio "${rps[get_posts-$last]}" "${rps[ping]}")" ">=" 0.30
wanted 1 && wanted 7 && check "fyp rate at $last posts / ping rate" "$(ratio "${rps[fyp-$last]}" "${rps[ping]}")" ">=" 0.15
if wanted 1 && wanted 9; then
  for endpoint in get_replies get_followers inbox; do
    check "$endpoint rate / ping rate" "$(ratio "${rps[$endpoint]}" "${rps[ping]}")" ">=" 0.30
  done
  check "polling rate / ping rate" "$(ratio "${rps[polling]}" "${rps[ping]}")" ">=" 0.40
fi
if wanted 8; then
  check "create_post rate, requests/s" "${rps[write-create_post]}" ">=" 2000
  for key in write-create_post write-vote write-follow write-reply write-inbox; do
    check "${key#write-} p99, ms" "$(awk -v us="${p99[$key]}" 'BEGIN { printf "%.1f", us / 1000 }')" "<=" 50
  done
fi
wanted 10 && check "mixed p99, ms (the target is for SQLite)" "$(awk -v us="${p99[mixed]}" 'BEGIN { printf "%.1f", us / 1000 }')" "<=" 50
check "errors other than deliberate 429s" "$errors" "<=" 0
check "server peak RSS, MB" "$(awk -v kb="$PEAK_KB" 'BEGIN { printf "%.0f", kb / 1024 }')" "<=" 250
echo
echo "wrk reports, hasher and server logs: $OUT/run-*.txt"
