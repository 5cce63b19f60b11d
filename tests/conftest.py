import os

import pytest

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.utils import translation

from tests.factories import build_site
from tests.task_queue import database_queue  # noqa: F401 (a fixture for every test)

MIGRATED_DB_CONTENTS = pytest.StashKey[str]()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests marked `outage` stop the PostgreSQL cluster every other test uses. They run last in a
    run of one process and never in a parallel one; OUTAGE_TESTS=skip leaves them out and
    OUTAGE_TESTS=only runs nothing else (scripts/test.sh runs them so, after the others)."""
    outage = [item for item in items if item.get_closest_marker("outage")]
    others = [item for item in items if not item.get_closest_marker("outage")]
    mode = os.environ.get("OUTAGE_TESTS", "")
    if mode == "skip" or (mode != "only" and os.environ.get("PYTEST_XDIST_WORKER")):
        kept, deselected = others, outage
    elif mode == "only":
        kept, deselected = outage, others
    else:
        kept, deselected = others + outage, []
    if deselected:
        config.hook.pytest_deselected(items=deselected)
    items[:] = kept


@pytest.fixture(scope="session", autouse=True)
def mail_goes_through_the_queue(django_test_environment):
    """pytest-django swaps EMAIL_BACKEND for locmem; put the site's queue back in front of it, as
    in production: requests queue their mail, the (immediate) task delivers it to the outbox."""
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def empty_cache_for_each_test():
    """Cached pages and fragments of one test's database must not show in the next."""
    cache.clear()
    yield


@pytest.fixture(autouse=True)
def default_language_after_each_test():
    """A request under /en/ or /sv/ leaves its language active in the test process; each test
    starts again from the site's default language."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site_tree(db):
    return build_site()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """Also keep what the migrations put in the test database (root page, groups, collections)
    before any test runs, to put back after transactional tests have emptied the database."""
    connection = connections["default"]
    if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
        return  # no database tests in this process: pytest-django made no test database
    with django_db_blocker.unblock():
        contents = connection.creation.serialize_db_to_string()
    request.config.stash[MIGRATED_DB_CONTENTS] = contents


@pytest.fixture(scope="session")
def migrated_db_contents(django_db_setup, request):
    return request.config.stash.get(MIGRATED_DB_CONTENTS, None)
