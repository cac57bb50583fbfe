#!/usr/bin/env bash
# Generates a first-Mirage database (scale 1.0 = the issue's size) and imports it into a new SQLite
# database with the built Mirage.Api, printing the wall time and the peak memory (max RSS).
# Usage: bench/legacy-import/measure.sh [scale]     (build first: dotnet build -c Release Mirage.sln)
# For PostgreSQL, export Database__Provider=Postgres and ConnectionStrings__Mirage (an empty database).
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${1:-1.0}"
work="$(mktemp -d /tmp/mirage-import-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
python3 bench/legacy-import/generate.py "$work/legacy.sqlite" "$scale"
Database__Provider="${Database__Provider:-Sqlite}" ConnectionStrings__Mirage="${ConnectionStrings__Mirage:-Data Source=$work/target.db}" \
    /usr/bin/time -f "wall %e s, peak RSS %M KB" \
    dotnet Mirage.Api/bin/Release/net10.0/Mirage.Api.dll import-legacy "$work/legacy.sqlite" >"$work/out.txt"
grep -E "^[a-z_]+: [0-9,]+ read" "$work/out.txt"
