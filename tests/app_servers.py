"""The site served for real, by gunicorn in a process of its own against the test database, and a
redis-server of the test's own: for the tests of what readers see when a part of the service
fails (tests/home/test_outages.py, tests/home/test_shared_cache.py).

The servers read what a test has committed, so their tests use transactional databases.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
import requests

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_SECONDS = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def url_of_the_test_database():
    """DATABASE_URL of the test database pytest-django made for this test process."""
    settings = connection.settings_dict
    password = f":{quote(settings['PASSWORD'], safe='')}" if settings["PASSWORD"] else ""
    return (
        f"postgres://{quote(settings['USER'], safe='')}{password}"
        f"@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    )


class AppServer:
    """`gunicorn config.wsgi` with one sync worker (so one database connection, kept between
    requests as in production), settings tests.app_server_settings, on a free local port. Its
    standard output and error (gunicorn's and Django's log) go to `log_path`."""

    def __init__(self, log_path, *, cache_url="locmem://", page_cache_seconds=600):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_path)
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.app_server_settings",
            "DATABASE_URL": url_of_the_test_database(),
            "CACHE_URL": cache_url,
            "PAGE_CACHE_SECONDS": str(page_cache_seconds),
            # The test settings make their media folders with mkdtemp: keep them with the log.
            "TMPDIR": str(self.log_path.parent),
        }
        self.process = None

    def start(self):
        return self.launch().wait_until_up()

    def launch(self):
        """Start gunicorn without waiting for it (`wait_until_up()`), to start several at once."""
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "config.wsgi:application",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    "1",
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env=self.environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def wait_until_up(self):
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            if self.process.poll() is not None:
                pytest.fail(f"gunicorn stopped at start:\n{self.log()}")
            try:
                # 503 is an answer too: the database may be down on purpose.
                if self.get("/healthz/").status_code in (200, 503):
                    return self
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"gunicorn didn't answer in {START_TIMEOUT_SECONDS} s:\n{self.log()}")
            time.sleep(0.1)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def get(self, path, **kwargs):
        # The public host name, as a load balancer passes it on to every app server alike.
        headers = {"Host": "localhost", **kwargs.pop("headers", {})}
        return requests.get(
            self.url + path, headers=headers, allow_redirects=False, timeout=30, **kwargs
        )

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


class RedisServer:
    """Debian's redis-server on a free local port, keeping nothing on disk; `stop()` and
    `start()` take it away and bring it back (empty) on the same port."""

    def __init__(self, folder):
        self.executable = os.environ.get("REDIS_SERVER_PATH") or shutil.which("redis-server")
        if not self.executable:
            pytest.fail("redis-server is missing: `make test` installs Debian's redis-server.")
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                self.executable,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            try:
                client.ping()
                client.close()
                return self
            except redis.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"redis-server didn't start on port {self.port}")
                time.sleep(0.05)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)

    def flush(self):
        client = redis.Redis.from_url(self.url)
        client.flushall()
        client.close()
