#!/usr/bin/env bash
# Lighthouse's accessibility, best-practices and SEO scores of every public page type in Finnish,
# on the seeded demo served by gunicorn with production settings over a throwaway PostgreSQL.
# Lighthouse (pinned) is installed into var/lighthouse/ (git-ignored) and drives Debian's
# Chromium: no browser is ever downloaded. Writes a Markdown table to stdout and to
# var/lighthouse/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# 12.x: the last Lighthouse that runs on Debian's Node 20 (13 needs Node 22).
LIGHTHOUSE_VERSION=12.8.2
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless --no-sandbox --disable-background-networking --disable-component-update"

tool=var/lighthouse
mkdir -p "$tool"
if [ ! -x "$tool/node_modules/.bin/lighthouse" ]; then
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund --prefix "$tool" \
        "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

scripts/bootstrap.sh requirements.txt
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/kotoutuminen-lighthouse.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
    stop_cluster
}
trap cleanup EXIT

export SECRET_KEY
SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(64))')
export ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0
export MEDIA_ROOT=$work/media PRIVATE_MEDIA_ROOT=$work/private-media STATIC_ROOT=$work/static
export CACHE_URL=file://$work/cache EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend
export LOG_LEVEL=WARNING SERVE_MEDIA=1
manage() { DJANGO_SETTINGS_MODULE=${SETTINGS:-config.settings.production} .venv/bin/python manage.py "$@"; }
SETTINGS=config.settings.dev manage migrate --no-input -v 0
manage compilemessages --ignore=.venv -v 0
manage collectstatic --no-input -v 0
SETTINGS=config.settings.dev DEBUG=0 manage seed_demo --if-empty >/dev/null

port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DJANGO_SETTINGS_MODULE=config.settings.production .venv/bin/gunicorn config.wsgi:application \
    --bind "127.0.0.1:$port" --workers 2 --log-level warning &
server_pid=$!
.venv/bin/python scripts/wait_for_server.py "$port"

# One page of each public type in Finnish, then search with results, the 404 and the sign-in pages
# (Lighthouse scores no page that answers 404; search and sign-in are noindex on purpose).
pages=$(SETTINGS=config.settings.dev manage shell -c '
from wagtail.models import Page
types = ["homepage", "sectionpage", "contentpage", "blogindexpage", "blogpage", "newsindexpage",
         "newspage", "eventindexpage", "eventpage", "materialindexpage", "newsletterpage",
         "feedbackformpage"]
for model in types:
    page = Page.objects.live().public().filter(locale__language_code="fi",
        content_type__model=model).order_by("path").first()
    if page:
        print(model, page.url)
for name, path in [("search", "/fi/search/?q=kotoutuminen"), ("404", "/fi/ei-ole-olemassa/"),
                   ("login", "/fi/accounts/login/"), ("signup", "/fi/accounts/signup/")]:
    print(name, path)
')

report=$tool/report.md
{
    echo "Lighthouse $LIGHTHOUSE_VERSION, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), Finnish pages:"
    echo
    echo "| Page | Accessibility | Best practices | SEO |"
    echo "| --- | --- | --- | --- |"
} >"$report"
while read -r name path; do
    "$tool/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" --quiet \
        --only-categories=accessibility,best-practices,seo --output=json \
        --output-path="$work/$name.json" --chrome-flags="$CHROME_FLAGS" >/dev/null 2>&1 || true
    .venv/bin/python - "$work/$name.json" "$name" >>"$report" <<'PY'
import json, sys
try:
    categories = json.load(open(sys.argv[1]))["categories"]
    scores = [round(categories[key]["score"] * 100) for key in ("accessibility", "best-practices", "seo")]
except (OSError, KeyError, TypeError, ValueError):
    scores = ["–"] * 3
print(f"| {sys.argv[2]} | " + " | ".join(map(str, scores)) + " |")
PY
done < <(grep -E '^[a-z0-9]+ /' <<<"$pages")
cat "$report"
