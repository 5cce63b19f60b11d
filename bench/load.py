"""Drives the running server one URL class at a time, from this separate process: pages with
wrk (bench/wrk.py), the scripted flows that post forms with Locust.

Each class gets a fixed number of clients that send their next request as soon as the last one
is answered (a closed loop, no think time), so the server is always busy: the requests per
second are what it can do, and the latencies include waiting for a free worker. Signed-in
pages are measured with SIGNED_IN_CLIENTS (2) at once, everything else with BENCH_USERS (4).
The hello ceiling is measured again with twice the clients: if that gets much more, the load
generator, not the server, was the limit.
Usage: load.py PLAN.json HOST OUT.json  (BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_USERS)
"""

from gevent import monkey

monkey.patch_all()

import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import gevent  # noqa: E402
from locust import FastHttpUser, constant, task  # noqa: E402
from locust.env import Environment  # noqa: E402
from locust.log import setup_logging  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import wrk  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
WARMUP = float(os.environ.get("BENCH_WARMUP_SECONDS", "2"))
USERS = int(os.environ.get("BENCH_USERS", "4"))
SIGNED_IN_CLIENTS = 2
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def user_class(spec, plan, host):
    """A Locust user that posts this class's form to its addresses in turn, as a member if it
    says so, after fetching the form for its CSRF token.

    Cookies are sent by hand: the site marks them Secure, and the load goes to plain HTTP on
    the loopback with the header a TLS proxy would add."""
    urls = spec["urls"]
    base_headers = {"X-Forwarded-Proto": "https"}
    if spec["auth"] == "member":
        base_headers["Cookie"] = plan["session_cookie"]
    csrf_cookie = plan["csrf_cookie_name"]

    class ClassUser(FastHttpUser):
        wait_time = constant(0)

        def on_start(self):
            self.addresses = itertools.cycle(urls)
            self.headers = dict(base_headers)
            self._get_form_token()

        def _get_form_token(self):
            page = spec.get("form_page", urls[0])
            response = self.client.get(page, headers=self.headers, name=f"{spec['name']} form")
            token = CSRF_INPUT.search(response.text).group(1)
            cookie = response.headers.get("Set-Cookie", "")
            secret = re.search(rf"{csrf_cookie}=([^;]+)", cookie)
            cookies = [c for c in [self.headers.get("Cookie")] if c]
            if secret:
                cookies.append(f"{csrf_cookie}={secret.group(1)}")
            self.headers["Cookie"] = "; ".join(cookies)
            self.headers["Referer"] = f"https://{host.split('://', 1)[1]}{page}"
            self.form = {**spec["form"], "csrfmiddlewaretoken": token}

        @task
        def request(self):
            call = self.client.post(
                next(self.addresses),
                data=self.form,
                headers=self.headers,
                name=spec["name"],
                catch_response=True,
                allow_redirects=False,
            )
            with call as response:
                if response.status_code != spec["expect"]:
                    response.failure(f"status {response.status_code}")

    ClassUser.__name__ = f"User_{spec['name']}"
    return ClassUser


def run_class(spec, plan, host):
    env = Environment(user_classes=[user_class(spec, plan, host)], host=host)
    runner = env.create_local_runner()
    runner.start(USERS, spawn_rate=USERS)
    gevent.sleep(WARMUP)
    env.stats.reset_all()
    started = time.monotonic()
    gevent.sleep(SECONDS)
    entry = env.stats.get(spec["name"], spec["method"])
    elapsed = time.monotonic() - started
    result = {
        "requests": entry.num_requests,
        "errors": entry.num_failures,
        "rps": round(entry.num_requests / elapsed, 1),
        "median_ms": entry.get_response_time_percentile(0.5),
        "p99_ms": entry.get_response_time_percentile(0.99),
        "mean_ms": round(entry.avg_response_time, 1),
    }
    runner.quit()
    return {**result, "clients": USERS}


def clients_for(spec):
    return SIGNED_IN_CLIENTS if spec["auth"] == "member" else USERS


def measure(spec, plan, host, clients=None):
    if spec["method"] == "POST":
        return run_class(spec, plan, host)
    headers = {"X-Forwarded-Proto": "https"}
    if spec["auth"] == "member":
        headers["Cookie"] = plan["session_cookie"]
    clients = clients or clients_for(spec)
    result = wrk.measure(spec["urls"], host, headers, clients, SECONDS, WARMUP)
    return {**result, "clients": clients}


def main(plan_path, host, out):
    setup_logging("WARNING")
    plan = json.loads(Path(plan_path).read_text())
    results = {}
    for spec in plan["classes"]:
        result = measure(spec, plan, host)
        results[spec["name"]] = result
        print(
            f"  {spec['name']:<22} {result['rps']:>8} req/s  median {result['median_ms']:>6} ms"
            f"  p99 {result['p99_ms']:>6} ms  errors {result['errors']}",
            flush=True,
        )
    hello = next(spec for spec in plan["classes"] if spec["name"] == "hello")
    ceiling = measure(hello, plan, host, clients=USERS * 2)
    print(f"  hello, {USERS * 2} clients       {ceiling['rps']:>8} req/s", flush=True)
    Path(out).write_text(
        json.dumps(
            {
                "users": USERS,
                "signed_in_clients": SIGNED_IN_CLIENTS,
                "seconds": SECONDS,
                "warmup_seconds": WARMUP,
                "generator": "wrk (pages), Locust (form posts)",
                "hello_with_twice_the_clients": ceiling,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
