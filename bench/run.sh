#!/usr/bin/env bash
# The load benchmark (make bench): a throwaway PostgreSQL, the demo site plus generated data at
# two sizes, the site under gunicorn with production settings, and wrk (pages) and Locust (form
# posts) driving each URL class from separate processes over the loopback. Every public page
# is measured from the page cache and rendered. Results: bench/results/<time>-<commit>/.
# Settings: WEB_CONCURRENCY (gunicorn workers, default one per core), BENCH_USERS (clients at
# once, default 4; signed-in pages get 2), BENCH_SECONDS (per URL class, default 10),
# BENCH_QUICK=1 (tiny data, 2 s: checks the harness only).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

scripts/bootstrap.sh requirements-bench.txt
command -v wrk >/dev/null || scripts/apt-install.sh wrk
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/kotoutuminen-bench.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
    stop_cluster
}
trap cleanup EXIT

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
run_dir=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$commit
mkdir -p "$run_dir"

export WEB_CONCURRENCY=${WEB_CONCURRENCY:-$(nproc)}
export SECRET_KEY
SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(64))')
export ALLOWED_HOSTS=127.0.0.1,localhost,testserver
export MEDIA_ROOT=$work/media PRIVATE_MEDIA_ROOT=$work/private-media STATIC_ROOT=$work/static
export CACHE_URL=${CACHE_URL:-file://$work/cache}
export EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend
# One address sends every comment here: the per-address limit would refuse all but five.
export BLOG_COMMENT_RATE_LIMIT=1000000000
# The benchmark's post takes comments whatever its generated date.
export BLOG_COMMENTS_CLOSE_AFTER_DAYS=0
export LOG_LEVEL=WARNING

if [ "${BENCH_QUICK:-0}" = 1 ]; then
    export BENCH_SECONDS=${BENCH_SECONDS:-2} BENCH_WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-1}
    sizes=(
        "small --members 60 --workspaces 5 --posts 600 --pages 20 --articles 12 --comments 250"
        "large --members 120 --workspaces 10 --posts 1200 --pages 40 --articles 24 --comments 500"
    )
else
    # The second size adds to the first: 20,000 members, 1,000 workspaces, 100,000 posts,
    # 2,000 pages per language, 2,000 blog and news posts and 20,000 comments in all.
    sizes=(
        "small --members 2000 --workspaces 100 --posts 10000 --pages 200 --articles 200 --comments 2000"
        "large --members 18000 --workspaces 900 --posts 90000 --pages 1800 --articles 1800 --comments 18000"
    )
fi

manage() { DJANGO_SETTINGS_MODULE=${SETTINGS:-bench.settings} .venv/bin/python manage.py "$@"; }
SETTINGS=config.settings.dev manage migrate --no-input -v 0
manage compilemessages --ignore=.venv -v 0
manage collectstatic --no-input -v 0

for size in "${sizes[@]}"; do
    read -r name options <<<"$size"
    echo "== Seeding the $name data set: $options"
    seed_started=$SECONDS
    # shellcheck disable=SC2086
    SETTINGS=config.settings.dev DEBUG=0 manage seed_demo --if-empty $options >/dev/null
    echo "   seeded in $((SECONDS - seed_started)) s"

    port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/gunicorn config.wsgi:application \
        --bind "127.0.0.1:$port" --workers "$WEB_CONCURRENCY" --log-level warning &
    server_pid=$!
    .venv/bin/python scripts/wait_for_server.py "$port"
    echo "== Cost of one request ($name): SQL queries uncached/cached, bytes"
    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python bench/prepare.py "$run_dir/$name-plan.json"
    echo "== Load ($name): $WEB_CONCURRENCY gunicorn workers, ${BENCH_USERS:-4} clients, ${BENCH_SECONDS:-10} s per URL class"
    .venv/bin/python bench/load.py "$run_dir/$name-plan.json" "http://127.0.0.1:$port" "$run_dir/$name-load.json"
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
done

.venv/bin/python bench/report.py "$run_dir" "$((SECONDS - started))"
