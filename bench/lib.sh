# Shared by bench/run.sh and bench/feed-latency.sh: tools, the database, the server, JSON posts.
# Source it from the repository root after setting URL, DB and OUT. DATABASE=postgres runs the
# benchmark on a throwaway PostgreSQL server (scripts/throwaway-postgres.sh) instead of the SQLite
# file $DB.
DATABASE="${DATABASE:-sqlite}"
PG_DIR="/tmp/mirage-bench-postgres-$$"   # not $TMPDIR: the 'postgres' user must reach it

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

# Sets DB_PROVIDER and DB_CONNECTION for $DATABASE, starting the PostgreSQL server when it is chosen.
prepare_database() {
  case "$DATABASE" in
    sqlite)
      DB_PROVIDER=Sqlite
      DB_CONNECTION="Data Source=$DB"
      ;;
    postgres)
      # shellcheck source=scripts/throwaway-postgres.sh
      source scripts/throwaway-postgres.sh
      echo "== starting a throwaway PostgreSQL server"
      postgres_start "$PG_DIR" "${PG_PORT:-55499}"
      DB_PROVIDER=Postgres
      # Mirage's start-up applies the migrations; the database must exist, since the migration lock
      # (PostgresMigrationLock) connects to it before EF Core would create it.
      "$(postgres_bin)/psql" "postgresql://mirage@127.0.0.1:${PG_PORT:-55499}/postgres" -qc "CREATE DATABASE mirage_bench" >/dev/null
      DB_CONNECTION="${POSTGRES_URL/Database=postgres/Database=mirage_bench}"
      ;;
    *)
      echo "bench: DATABASE must be sqlite or postgres, not '$DATABASE'" >&2
      exit 2
      ;;
  esac
}

# Starts Mirage on $URL over the prepared database with per-address rate limits off, logging to $1;
# sets SERVER_PID and waits until it answers.
start_mirage() {
  local log="$1"
  prepare_database
  echo "== starting Mirage on $URL (database: $DB_PROVIDER, $DB_CONNECTION)"
  # The content root is the build output, so the server reads its appsettings.json (the working
  # directory is the default content root, and the repository root has no appsettings.json).
  Database__Provider="$DB_PROVIDER" ConnectionStrings__Mirage="$DB_CONNECTION" \
    RateLimiting__Enabled=false ASPNETCORE_ENVIRONMENT=Production \
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
  if [[ "$DATABASE" == postgres ]]; then
    postgres_stop "$PG_DIR"
  fi
}

# Grows the database to $1 posts with bench/Mirage.Bench.Seed.
seed_posts() {
  dotnet bench/Mirage.Bench.Seed/bin/Release/net10.0/Mirage.Bench.Seed.dll "$DB_PROVIDER" "$DB_CONNECTION" "$1"
}

# POST path json [token]
post_json() { curl -fsS -X POST "$URL$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
