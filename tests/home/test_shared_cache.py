"""Several app servers share one Redis (CACHE_URL=redis://…): a page cached through one of them is
served from the cache by the other, publishing a change clears it for both at once, and while
Redis is down both still serve every page, uncached, with a line in the log instead of an error.

Two gunicorn servers (tests/app_servers.py) and a redis-server of this module's own, which it
stops without disturbing any other test.
"""

import re
import time

import pytest
import requests

from django.test import Client, override_settings

from config.settings.base import cache_from_url
from home.models import SiteSettings
from tests.app_servers import AppServer, RedisServer
from tests.extranet.builders import PASSWORD, make_member

# Committed, for the servers to see; put back as the migrations left it, like the other tests that
# commit (a plain flush would renumber the content types under them).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UNREACHABLE = "The cache is unreachable"


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def app_servers(django_db_setup, django_db_blocker, redis_server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("gunicorn")
    with django_db_blocker.unblock():
        servers = [
            AppServer(folder / f"{name}.log", cache_url=redis_server.url) for name in ("a", "b")
        ]
    for server in servers:
        server.launch()
    try:
        for server in servers:
            server.wait_until_up()
        yield servers
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def site(app_servers, redis_server, site_tree):
    """A fresh site in the database, and an empty Redis."""
    SiteSettings.for_site(site_tree.site)  # made on the first visit otherwise, clearing the cache
    redis_server.flush()
    return site_tree


@pytest.fixture
def on_the_shared_cache(redis_server):
    """This test process uses the servers' Redis too, so what it publishes reaches them."""
    with override_settings(CACHES={"default": cache_from_url(redis_server.url)}):
        yield


def test_a_page_cached_through_one_app_server_is_served_from_the_cache_by_the_other(
    app_servers, site
):
    a, b = app_servers
    url = site.page("content", "fi").url

    first = a.get(url)
    second = b.get(url)

    assert first.status_code == second.status_code == 200
    assert "X-Page-Cache" not in first.headers
    assert second.headers["X-Page-Cache"] == "hit"
    assert second.text == first.text


def test_publishing_a_change_shows_at_once_on_every_app_server(
    app_servers, site, on_the_shared_cache
):
    a, b = app_servers
    page = site.page("content", "fi")
    a.get(page.url)
    assert b.get(page.url).headers["X-Page-Cache"] == "hit"

    page.title = "Selkokielen opas"
    page.save_revision().publish()

    for server in (b, a):
        response = server.get(page.url)
        assert response.status_code == 200
        assert "<h1>Selkokielen opas</h1>" in response.text


def sign_in(server, user):
    """Through the sign-in form, as a browser would."""
    session = requests.Session()
    page = server.get("/fi/accounts/login/", cookies=session.cookies)
    session.cookies.update(page.cookies)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return session.post(
        server.url + "/fi/accounts/login/",
        data={"login": user.email, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Host": "localhost"},
        allow_redirects=False,
        timeout=30,
    )


def test_with_redis_down_both_app_servers_still_serve_pages_and_log_it_once(
    app_servers, site, redis_server
):
    url = site.page("content", "fi").url
    client = Client()
    client.force_login(make_member().user)
    member = {"sessionid": client.cookies["sessionid"].value}
    for server in app_servers:
        server.get(url)
        assert server.get("/fi/extranet/", cookies=member).status_code == 200
    log_ends = [len(server.log()) for server in app_servers]

    redis_server.stop()
    try:
        for server in app_servers:
            for _ in range(3):
                page = server.get(url)
                assert page.status_code == 200
                assert "X-Page-Cache" not in page.headers
                assert "<h1>Selkokieli</h1>" in page.text
            assert server.get("/fi/extranet/", cookies=member).status_code == 200
        # Sign-in still works: allauth's limits go uncounted rather than refuse everyone.
        signed_in = sign_in(app_servers[0], make_member(email="ilman.redista@example.fi").user)
        assert signed_in.status_code == 302
        assert signed_in.headers["Location"] == "/fi/extranet/"
    finally:
        redis_server.start()

    for server, log_end in zip(app_servers, log_ends, strict=True):
        log = server.log()[log_end:]
        assert log.count(UNREACHABLE) == 1, log
        assert "Traceback" not in log


def test_after_redis_is_back_the_app_servers_cache_pages_again(app_servers, site, redis_server):
    url = site.page("content", "fi").url
    redis_server.stop()
    try:
        assert all(server.get(url).status_code == 200 for server in app_servers)
    finally:
        redis_server.start()

    # Each server tries Redis again a few seconds after it failed (home.cache).
    a, b = app_servers
    deadline = time.monotonic() + 15
    while b.get(url).headers.get("X-Page-Cache") != "hit":
        assert time.monotonic() < deadline, "the servers never used Redis again"
        a.get(url)
        time.sleep(0.2)
