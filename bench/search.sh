#!/usr/bin/env bash
# Measures the site search on PostgreSQL with N generated pages per language (default 5000):
# a throwaway PostgreSQL, the demo site plus the generated pages, then each judged query of
# tests/search_quality in its language, several times, through the search page.
# Usage: bench/search.sh [PAGES] [ROUNDS]   (results: bench/results/search-*.json)
set -euo pipefail
cd "$(dirname "$0")/.."

pages=${1:-5000}
rounds=${2:-5}

scripts/bootstrap.sh requirements-test.txt
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
export DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=0 ALLOWED_HOSTS=testserver

.venv/bin/python manage.py migrate --no-input -v 0
.venv/bin/python manage.py compilemessages --ignore=.venv -v 0
.venv/bin/python manage.py seed_demo --if-empty --pages "$pages" >/dev/null
.venv/bin/python bench/search_bench.py "$pages" "$rounds"
