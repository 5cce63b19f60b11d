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

# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
export DJANGO_SETTINGS_MODULE=config.settings.test

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python manage.py compilemessages --ignore=.venv -v 0
.venv/bin/python manage.py check --fail-level WARNING
# One test process per core (at most four), each with its own test database and demo server.
.venv/bin/python -m pytest -n "${TEST_WORKERS:-auto}" --maxprocesses 4 "$@"
