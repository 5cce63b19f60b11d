#!/usr/bin/env bash
# Times sign-up with a taken address against a new one under production settings (the real
# password hasher, the database task queue) on a throwaway PostgreSQL: the figures of the
# README's Security section. Usage: bench/signup.sh [ROUNDS]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh requirements.txt
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/kotoutuminen-signup.XXXXXX")
trap 'rm -rf "$work"; stop_cluster' EXIT
export DJANGO_SETTINGS_MODULE=bench.settings
export SECRET_KEY
SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(64))')
export ALLOWED_HOSTS=testserver CACHE_URL=locmem:// LOG_LEVEL=ERROR
export MEDIA_ROOT=$work/media PRIVATE_MEDIA_ROOT=$work/private-media STATIC_ROOT=$work/static

.venv/bin/python manage.py migrate --no-input -v 0
.venv/bin/python manage.py compilemessages --ignore=.venv -v 0
.venv/bin/python manage.py collectstatic --no-input -v 0
.venv/bin/python bench/signup_timing.py "${1:-30}"
