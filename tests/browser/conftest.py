"""Browser tests: Debian's Chromium driven by Playwright against the demo site, served for real.

The demo site is seeded once per session and served by Django's threaded live server; the tests
read it and add to it (comments, users) but never take anything away.
"""

import io
import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from django.core.management import call_command
from django.db import connections
from django.test.utils import setup_databases, teardown_databases

from wagtail.models import Page

# Playwright's sync API runs an event loop in this thread; Django's ORM guard would then refuse
# the database access tests make between browser steps.
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

browser_test = [pytest.mark.browser]


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker, migrated_db_contents):
    """The demo site in the test database, served at demo_server.url for the whole session."""
    with django_db_blocker.unblock():
        connection = connections["default"]
        # pytest-django creates the test database only for sessions with database tests; a run of
        # the browser tests alone must not seed the real database.
        own_databases = None
        if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
            own_databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        # Earlier transactional tests may have emptied the database; put back what the
        # migrations made (root page, groups, collections) before seeding.
        if not Page.objects.exists() and migrated_db_contents:
            connection.creation.deserialize_db_from_string(migrated_db_contents)
        call_command("seed_demo", stdout=io.StringIO())
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        yield server
        server._live_server_modified_settings.disable()
        server.stop()
        if own_databases:
            teardown_databases(own_databases, verbosity=0)


@pytest.fixture(scope="session")
def chromium():
    executable = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not executable:
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_browser_page(chromium, demo_server):
    """Opens pages on the demo site in a fresh browser context (own cookies), closed afterwards."""
    contexts = []

    def open_page(locale="fi-FI"):
        context = chromium.new_context(base_url=demo_server.url, locale=locale)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(new_browser_page):
    return new_browser_page()


_axe = Axe()


def assert_accessible(page):
    """Run axe-core's WCAG 2.1 A and AA rules on the page once its animations have settled (a
    message fading in has no final colours yet); no violation passes."""
    page.evaluate(
        """() => Promise.race([
            Promise.all(document.getAnimations().map((animation) => animation.finished)),
            new Promise((resolve) => setTimeout(resolve, 3000)),
        ]).catch(() => null)"""
    )
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    violations = results.response["violations"]
    assert not violations, f"{page.url}\n{results.generate_report()}"
