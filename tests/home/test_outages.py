"""While PostgreSQL is down, readers are told so: `/healthz/` and every page that needs the
database answer 503 with Retry-After and a "temporarily unavailable" page in the reader's
language, pages cached before the outage are still served, and once the database is back the
same app server answers as before, without a restart.

The site runs under gunicorn (tests/app_servers.py) with the production default, a file cache.
These tests stop and start the PostgreSQL cluster of scripts/test.sh, so they are marked
`outage`: scripts/test.sh runs them on their own after the others (tests/conftest.py).
"""

import os
import shutil
import subprocess
from contextlib import contextmanager

import pytest

from django.core.management import call_command
from django.db import connections
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from home.models import SiteSettings
from tests.app_servers import AppServer
from tests.extranet.builders import make_member

# Committed, for the server to see. Not serialized_rollback like the other committing tests: these
# run last or alone, on a database that may hold what earlier tests left (see app_server).
pytestmark = [pytest.mark.outage, pytest.mark.django_db(transaction=True)]

TITLE = "The service is temporarily unavailable"
# Already translated for the 500 page, so these prove the language whatever the catalogues hold.
TRY_AGAIN = {
    "fi": "Yritä hetken kuluttua uudelleen.",
    "sv": "Försök igen om en stund.",
    "en": "Please try again in a moment.",
}


def pg_ctl(*args):
    command = [os.environ["THROWAWAY_PG_CTL"], "-D", os.environ["THROWAWAY_PG_DATA"], *args]
    if owner := os.environ.get("THROWAWAY_PG_OWNER"):
        command = ["runuser", "-u", owner, "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@contextmanager
def postgresql_down():
    """PostgreSQL stopped (its connections cut, as in a crash or a failover) until the block
    ends, however it ends."""
    pg_ctl("-m", "fast", "-w", "stop")
    try:
        yield
    finally:
        pg_ctl("-l", os.environ["THROWAWAY_PG_LOG"], "-w", "start")
        connections.close_all()  # this test process's own connection died with the server


@pytest.fixture(scope="module")
def cache_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def app_server(django_db_setup, django_db_blocker, cache_folder, tmp_path_factory):
    if not os.environ.get("THROWAWAY_PG_DATA"):
        pytest.skip(
            "stops the throwaway PostgreSQL that scripts/test.sh starts: "
            "scripts/test.sh tests/home/test_outages.py"
        )
    with django_db_blocker.unblock():
        # scripts/test.sh lends these tests a test database the others have used (--reuse-db),
        # and in a run of one process they come after tests that leave it without content types:
        # empty it, with the content types and permissions made again.
        call_command("flush", interactive=False, verbosity=0)
        server = AppServer(
            tmp_path_factory.mktemp("gunicorn") / "server.log", cache_url=f"file://{cache_folder}"
        ).start()
    yield server
    server.stop()


@pytest.fixture
def site(app_server, cache_folder, site_tree):
    """A fresh site in the database and nothing of an earlier test's in the server's cache."""
    SiteSettings.for_site(site_tree.site)  # made on the first visit otherwise, clearing the cache
    shutil.rmtree(cache_folder, ignore_errors=True)
    cache_folder.mkdir()
    return site_tree


@pytest.fixture
def member_cookies(site):
    """The cookies of an approved member who is signed in."""
    client = Client()
    client.force_login(make_member().user)
    return {"sessionid": client.cookies["sessionid"].value}


def assert_temporarily_unavailable(response, language):
    assert response.status_code == 503, response.text[:500]
    assert response.headers["Retry-After"] == "30"
    assert f'<html lang="{language}">' in response.text
    with translation.override(language):
        assert gettext(TITLE) in response.text
    assert TRY_AGAIN[language] in response.text


def test_healthz_answers_503_with_retry_after_while_the_database_is_down(app_server, site):
    assert app_server.get("/healthz/").status_code == 200
    with postgresql_down():
        response = app_server.get("/healthz/")
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "30"


def test_pages_that_need_the_database_say_it_is_temporarily_unavailable_in_each_language(
    app_server, site, member_cookies
):
    assert app_server.get("/fi/extranet/", cookies=member_cookies).status_code == 200
    with postgresql_down():
        for language in ("fi", "sv", "en"):
            page = site.page("content", language)
            assert_temporarily_unavailable(app_server.get(page.url), language)
            search = app_server.get(f"/{language}/search/?q=kotoutuminen")
            assert_temporarily_unavailable(search, language)
            extranet = app_server.get(f"/{language}/extranet/", cookies=member_cookies)
            assert_temporarily_unavailable(extranet, language)


def test_a_page_cached_before_the_outage_is_still_served(app_server, site):
    url = site.page("section", "fi").url
    assert app_server.get(url).status_code == 200
    assert app_server.get(url).headers["X-Page-Cache"] == "hit"
    with postgresql_down():
        response = app_server.get(url)
        assert response.status_code == 200
        assert response.headers["X-Page-Cache"] == "hit"
        assert "Kotoutumistyö" in response.text


def test_the_app_server_recovers_by_itself_when_the_database_is_back(
    app_server, site, member_cookies
):
    url = site.page("section", "sv").url
    with postgresql_down():
        assert app_server.get("/healthz/").status_code == 503
        assert app_server.get(url).status_code == 503
        assert app_server.get("/fi/extranet/", cookies=member_cookies).status_code == 503

    assert app_server.get("/healthz/").status_code == 200
    page = app_server.get(url)
    assert page.status_code == 200
    assert "Integrationsarbete" in page.text
    assert app_server.get("/sv/search/?q=integration").status_code == 200
    assert app_server.get("/fi/extranet/", cookies=member_cookies).status_code == 200
