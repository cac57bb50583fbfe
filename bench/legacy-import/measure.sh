#!/usr/bin/env bash
# Imports a generated first-Mirage database (scale 1.0 = the issue's size) into a new SQLite database with the
# built Mirage.Api, and prints the wall time, the peak memory (max RSS), each table's rows/s, and the share of
# the machine's CPU that other processes used meanwhile (it skews the figures; 0% is a quiet machine).
# Usage: bench/legacy-import/measure.sh [scale]     (build first: dotnet build -c Release Mirage.sln)
# LEGACY_DB=path: reuse that generated database (it is generated there first if missing) rather than a new one.
# For PostgreSQL, export Database__Provider=Postgres and ConnectionStrings__Mirage (an empty database), and
# POSTGRES_DATA=the server's data directory, so that the server's own CPU counts as the import's, not as other.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${1:-1.0}"
work="$(mktemp -d /tmp/mirage-import-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
legacy="${LEGACY_DB:-$work/legacy.sqlite}"
[[ -f "$legacy" ]] || python3 bench/legacy-import/generate.py "$legacy" "$scale"

# CPU ticks: the whole machine's busy time, and the PostgreSQL server's (its processes and the finished ones it reaped).
busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
server() {
    [[ -n "${POSTGRES_DATA:-}" ]] || { echo 0; return; }
    local pid; pid=$(head -n 1 "$POSTGRES_DATA/postmaster.pid")
    { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat"
      for child in $(pgrep -P "$pid"); do awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || true; done; } | awk '{ s += $1 } END { print s }'
}
busy0=$(busy); server0=$(server); started=$(date +%s.%N)
Database__Provider="${Database__Provider:-Sqlite}" ConnectionStrings__Mirage="${ConnectionStrings__Mirage:-Data Source=$work/target.db}" \
    /usr/bin/time -o "$work/time.txt" -f "wall %e s, peak RSS %M KB, cpu %U %S" \
    dotnet Mirage.Api/bin/Release/net10.0/Mirage.Api.dll import-legacy "$legacy" >"$work/out.txt"
busy1=$(busy); server1=$(server); ended=$(date +%s.%N)
read -r _ wall _ _ _ rss _ _ user system < <(tail -n 1 "$work/time.txt")
echo "wall $wall s, peak RSS $rss KB"
grep -E "^[a-z_]+: [0-9,]+ read" "$work/out.txt"
awk -v b=$((busy1 - busy0)) -v s=$((server1 - server0)) -v u="$user" -v k="$system" -v t="$(getconf CLK_TCK)" \
    -v secs="$(awk -v a="$started" -v z="$ended" 'BEGIN { print z - a }')" -v cores="$(nproc)" \
    'BEGIN { o = (b / t - s / t - u - k) / (secs * cores) * 100; printf "other processes: %.0f%% of the CPU (import %.0f s, server %.0f s of CPU)\n", (o < 0 ? 0 : o), u + k, s / t }'
