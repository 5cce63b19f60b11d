#!/usr/bin/env bash
# Sets up and runs the whole test suite against a throwaway PostgreSQL cluster, which it starts
# on a free local port and removes afterwards, whether the tests pass or fail.
# Arguments are passed to pytest, e.g. scripts/test.sh tests/home -k sitemap
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh requirements-test.txt

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
if [ -z "${CHROMIUM_PATH:-}" ]; then
    if ! command -v chromium >/dev/null 2>&1; then
        scripts/apt-install.sh chromium fonts-dejavu-core
    fi
    CHROMIUM_PATH=$(command -v chromium)
fi
export CHROMIUM_PATH

pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    scripts/apt-install.sh postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

cluster=$(mktemp -d "${TMPDIR:-/tmp}/kotoutuminen-pg.XXXXXX")
as_db_owner=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres system user.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$cluster"
    as_db_owner=(runuser -u postgres --)
fi
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop_cluster() {
    "${as_db_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap stop_cluster EXIT

"${as_db_owner[@]}" "$pg_bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8 --no-sync >/dev/null
"${as_db_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (removed after the run)"

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
export DJANGO_SETTINGS_MODULE=config.settings.test

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python manage.py compilemessages --ignore=.venv -v 0
.venv/bin/python manage.py check --fail-level WARNING
# One test process per core (at most four), each with its own test database and demo server.
.venv/bin/python -m pytest -n "${TEST_WORKERS:-auto}" --maxprocesses 4 "$@"
