#!/usr/bin/env bash
# Installs Debian packages, as root directly or through sudo.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then
    apt_get() { apt-get "$@"; }
elif command -v sudo >/dev/null 2>&1; then
    apt_get() { sudo apt-get "$@"; }
else
    echo "Please install these Debian packages first: $*" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt_get update -qq
apt_get install -y -qq --no-install-recommends "$@" >/dev/null
