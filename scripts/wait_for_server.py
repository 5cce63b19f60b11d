"""Waits until the site served on 127.0.0.1:PORT answers /healthz/ (at most a minute).

Usage: .venv/bin/python scripts/wait_for_server.py PORT
"""

import sys
import time
import urllib.request


def main(port):
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    sys.exit("gunicorn did not start")


if __name__ == "__main__":
    main(sys.argv[1])
