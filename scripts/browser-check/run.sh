#!/usr/bin/env bash
# Manual/operator check (not part of .ci/run): drives the first web client in headless Chromium
# against a freshly started Mirage. Usage:
#   MIRAGE_WEB_DIR=/path/to/Mirage-web scripts/browser-check/run.sh
# Exit status: 0 every flow passed (known client issues allowed), 1 a flow failed, 2 could not run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Debian's Chromium: no browser can be downloaded here, and playwright-core brings none.
if [[ -z "${CHROMIUM:-}" ]] && ! command -v chromium >/dev/null; then
    echo "installing Debian's chromium..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

if [[ -z "${MIRAGE_URL:-}" ]]; then
    echo "building Mirage.Api..."
    (cd "$repo" && nice dotnet build Mirage.Api/Mirage.Api.csproj -v q -nologo >/dev/null) \
        || { echo "build failed: run 'dotnet build Mirage.Api' to see why"; exit 2; }
fi

cd "$here"
exec node check.mjs
