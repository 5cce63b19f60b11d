"""Browser tests: Debian's Chromium driven by Playwright against Django's live server."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from django.core.management import call_command
from django.db import connections

# Playwright's sync API runs an event loop in this thread; Django's ORM guard would then refuse
# the database access our fixtures make between browser steps.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Browser tests see committed data through the live server: each gets a fresh database with the
# data Wagtail's migrations made (root page, groups, collections) put back.
browser_test = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="session")
def chromium():
    executable = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not executable:
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        # From here on Django sees new connection objects (Playwright's greenlets bring their own
        # context); give them the data that serialized rollback puts back before each test.
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, locale="fi-FI")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_site(live_server):
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


_axe = Axe()


def assert_accessible(page):
    """Run axe-core's WCAG 2.1 A and AA rules on the page as it is now; no violation passes."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    violations = results.response["violations"]
    assert not violations, f"{page.url}\n{results.generate_report()}"
