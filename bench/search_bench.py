"""Times the site search page for each judged query (tests/search_quality/judgements.py) in its
language: median and 95th percentile per language, SQL queries per request, and the database
size. Run by bench/search.sh, which prepares the database."""

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from wagtail.models import Page  # noqa: E402

from tests.search_quality.judgements import JUDGEMENTS  # noqa: E402


def measure(rounds):
    client = Client()
    timings, queries = {}, {}
    for language, query, _pages in JUDGEMENTS:
        path = f"/{language}/search/"
        client.get(path, {"q": query})  # warm caches, as a second visitor would find them
        for _ in range(rounds):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(path, {"q": query})
                elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise SystemExit(f"{path}?q={query} answered {response.status_code}")
            timings.setdefault(language, []).append(elapsed * 1000)
            queries.setdefault(language, []).append(len(captured))
    return timings, queries


def main(pages, rounds):
    timings, queries = measure(rounds)
    commit = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    summary = {
        "commit": commit,
        "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
        "pages_per_language": pages,
        "live_pages": Page.objects.live().count(),
        "rounds": rounds,
        "languages": {
            language: {
                "requests": len(values),
                "median_ms": round(statistics.median(values), 1),
                "p95_ms": round(statistics.quantiles(values, n=20)[-1], 1),
                "max_sql_queries": max(queries[language]),
            }
            for language, values in timings.items()
        },
    }
    print(f"Site search, {summary['live_pages']} live pages, commit {commit}")
    print(f"{'language':<9}{'requests':>9}{'median ms':>11}{'p95 ms':>9}{'SQL':>6}")
    for language, row in summary["languages"].items():
        print(
            f"{language:<9}{row['requests']:>9}{row['median_ms']:>11}{row['p95_ms']:>9}"
            f"{row['max_sql_queries']:>6}"
        )
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    target = out / f"search-{commit or 'work'}-{pages}.json"
    target.write_text(json.dumps(summary, indent=2))
    print(
        f"Written to {target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target}"
    )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 5000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
