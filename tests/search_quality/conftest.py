import pytest

from django.db import transaction

from demo.loaders import blog as blog_demo
from demo.loaders import events as events_demo
from demo.loaders import home as home_demo
from demo.loaders import materials as materials_demo
from demo.seeding import SeedReport, seeding


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo's public site (home, blog, news, events, materials), seeded and indexed the way
    `seed_demo` does it, for the module; rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        report = SeedReport()
        with seeding():
            home = home_demo.seed(report)
            for app_demo in (blog_demo, events_demo, materials_demo):
                app_demo.seed(home, report)
        yield
        transaction.set_rollback(True)
