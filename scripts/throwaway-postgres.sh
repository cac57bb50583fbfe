#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: its own data folder and port, trust
# authentication on loopback only, durability settings off (the data is thrown away), no effect on
# any cluster the machine already runs. Installs Debian's postgresql package when no server is found.
#
#   source scripts/throwaway-postgres.sh
#   postgres_start DIR PORT    # prints nothing; sets POSTGRES_URL (an Npgsql connection string)
#                              # POSTGRES_OPTIONS adds server settings, e.g. "-c deadlock_timeout=100ms"
#   postgres_down DIR          # stops the server (fast shutdown), keeping its data, for outage tests
#   postgres_up DIR            # starts it again on the same port, waiting until it accepts connections
#   postgres_stop DIR          # stops the server and deletes DIR
#
# As root the server runs as the 'postgres' user (PostgreSQL refuses to run as root).

postgres_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$bin" ]]; then
        echo "postgres: installing Debian's postgresql package" >&2
        local sudo=""
        [[ $(id -u) -ne 0 ]] && sudo="sudo"
        $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2 || return 1
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$bin"
}

postgres_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

postgres_start() {
    local dir=$1 port=$2 bin
    bin=$(postgres_bin) || { echo "postgres: no PostgreSQL server could be installed" >&2; return 1; }
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    postgres_as_owner "$bin/initdb" -D "$dir/data" -U mirage -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    echo "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${POSTGRES_OPTIONS:-}" \
        >"$dir/server.options"
    postgres_up "$dir" || return 1
    POSTGRES_URL="Host=127.0.0.1;Port=$port;Username=mirage;Database=postgres"
    export POSTGRES_URL
}

postgres_up() {
    local dir=$1 bin
    bin=$(postgres_bin) || return 1
    postgres_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(cat "$dir/server.options")" \
        >/dev/null || { cat "$dir/server.log" >&2; return 1; }
}

postgres_down() {
    local dir=$1 bin
    bin=$(postgres_bin) || return 1
    postgres_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

postgres_stop() {
    local dir=$1 bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -n "$bin" && -d "$dir/data" ]]; then
        postgres_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
