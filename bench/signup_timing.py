"""Times sign-up with an address that already has an account against one that doesn't, under
production settings (the real password hasher, the database task queue): if the two differ, the
answer's timing tells whether an address has an account. Also times the taken address without
the password hash that sign-up now does for it, to show the gap that closes. Run by
bench/signup.sh, which prepares the database; prints a table and writes
bench/results/signup-<time>-<commit>.json."""

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from allauth.account.forms import SignupForm as AllauthSignupForm  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402

from extranet.accounts.adapter import SignupForm  # noqa: E402

PASSWORD = "Kotoutuminen-on-yhteistyota-2025"  # noqa: S105 - benchmark password
TAKEN = "varattu@example.fi"


def sign_up(client, email, n):
    started = time.perf_counter()
    response = client.post(
        "/fi/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
        REMOTE_ADDR=f"198.51.{n // 250}.{n % 250 + 1}",  # past allauth's 20 sign-ups a minute
    )
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 302:
        raise SystemExit(f"sign-up of {email} answered {response.status_code}")
    return elapsed


@contextmanager
def without_equal_hashing():
    with mock.patch.object(SignupForm, "try_save", AllauthSignupForm.try_save):
        yield


def measure(rounds):
    if not get_user_model().objects.filter(email=TAKEN).exists():
        get_user_model().objects.create_user("varattu", TAKEN, PASSWORD)
    client = Client(secure=True, HTTP_HOST="testserver", HTTP_X_FORWARDED_PROTO="https")
    timings = {"new address": [], "taken address": [], "taken, without the hash": []}
    for n in range(rounds):
        cache.clear()  # allauth's cooldown for "an account exists" emails would skip the email
        # Interleaved, so a slower moment of the machine falls on all three alike.
        timings["new address"].append(sign_up(client, f"uusi-{time.time_ns()}@example.fi", 3 * n))
        client.logout()
        timings["taken address"].append(sign_up(client, TAKEN, 3 * n + 1))
        with without_equal_hashing():
            timings["taken, without the hash"].append(sign_up(client, TAKEN, 3 * n + 2))
    return timings


def summary(values):
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered), 1),
        "p10_ms": round(ordered[len(ordered) // 10], 1),
        "p90_ms": round(ordered[len(ordered) * 9 // 10], 1),
    }


def main(rounds):
    sign_up(
        Client(secure=True, HTTP_HOST="testserver", HTTP_X_FORWARDED_PROTO="https"),
        "lammitys@example.fi",
        9999,
    )  # warm up
    results = {name: summary(values) for name, values in measure(rounds).items()}
    commit = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    print(f"Sign-up, {rounds} rounds, {platform.processor() or platform.machine()}, {commit}")
    print("| address | median | p10 | p90 |")
    print("| --- | --- | --- | --- |")
    for name, figures in results.items():
        print(
            f"| {name} | {figures['median_ms']} ms | {figures['p10_ms']} ms"
            f" | {figures['p90_ms']} ms |"
        )
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    path = out / f"signup-{stamp}-{commit}.json"
    path.write_text(json.dumps({"rounds": rounds, "commit": commit, "results": results}, indent=2))
    print(f"Written to {path}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
