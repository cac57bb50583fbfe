# Shared by bench/run.sh and bench/feed-latency.sh: tools, the server, JSON posts. Source it from the
# repository root after setting URL, DB and OUT.

# Installs the missing tools with apt-get when running as root; otherwise says which are missing.
ensure_tools() {
  local missing=() tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "bench: installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bench: missing ${missing[*]} (Debian/Ubuntu: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
}

# Builds the projects in Release, appending the build output to $1.
build_release() {
  local log="$1" project
  shift
  for project in "$@"; do
    dotnet build -c Release "$project" -v quiet -nologo >>"$log" 2>&1 || { cat "$log"; exit 1; }
  done
}

# Starts Mirage on $URL over $DB with per-address rate limits off, logging to $1; sets SERVER_PID and
# waits until it answers.
start_mirage() {
  local log="$1"
  echo "== starting Mirage on $URL (database $DB)"
  # The content root is the build output, so the server reads its appsettings.json (the working
  # directory is the default content root, and the repository root has no appsettings.json).
  ConnectionStrings__Mirage="Data Source=$DB" RateLimiting__Enabled=false ASPNETCORE_ENVIRONMENT=Production \
    dotnet Mirage.Api/bin/Release/net10.0/Mirage.Api.dll --urls "$URL" --contentRoot "$PWD/Mirage.Api/bin/Release/net10.0" \
    >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$URL/api/ping" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped; see $log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the server did not answer; see $log" >&2
  exit 1
}

# Stops the processes given (ignoring ones already gone) and deletes the database.
stop_and_clean() {
  local pid
  for pid in "$@"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$DB" "$DB-wal" "$DB-shm"
}

# POST path json [token]
post_json() { curl -fsS -X POST "$URL$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
