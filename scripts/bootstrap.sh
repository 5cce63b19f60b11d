#!/usr/bin/env bash
# Creates .venv and installs a requirements file into it, only when that file has changed.
# Usage: scripts/bootstrap.sh requirements.txt
set -euo pipefail
cd "$(dirname "$0")/.."

requirements=${1:-requirements.txt}
python=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi

stamp=".venv/.installed-$(basename "$requirements")"
digest=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -r "$requirements"
    echo "$digest" > "$stamp"
fi

# compilemessages needs GNU gettext's msgfmt.
if ! command -v msgfmt >/dev/null 2>&1; then
    scripts/apt-install.sh gettext
fi
