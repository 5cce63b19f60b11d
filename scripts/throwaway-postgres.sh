# Sourced by scripts/test.sh and bench/*.sh: starts a throwaway PostgreSQL cluster on a free
# local port, exports DATABASE_URL for it, and removes it on exit, whatever happens.
# Needs .venv (for picking the port); installs PostgreSQL with apt when it is missing.

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
# In the cluster's own configuration rather than on the command line, so that a plain
# `pg_ctl start` brings it back the same after a test has stopped it.
cat >>"$cluster/data/postgresql.conf" <<EOF
port = $port
unix_socket_directories = '$cluster'
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
"${as_db_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (removed after the run)"

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
# For the tests that stop and start this cluster (tests/home/test_outages.py): pg_ctl, the data
# folder and its log, and the system user who must run pg_ctl (empty: the current one).
export THROWAWAY_PG_CTL="$pg_bin/pg_ctl" THROWAWAY_PG_DATA="$cluster/data"
export THROWAWAY_PG_LOG="$cluster/server.log" THROWAWAY_PG_OWNER="${as_db_owner:+postgres}"
