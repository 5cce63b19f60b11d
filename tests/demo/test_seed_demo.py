"""seed_demo on a site that has content already, and the generated pages for benchmarks. The
whole demo site, as seed_demo builds it on an empty database, is in test_seed_counts.py."""

import pytest

from demo.generators import pages as page_generator
from demo.reader import LANGUAGES
from home.models import ContentPage
from search.services import search_site
from tests.demo.test_seed_counts import seed, snapshot

pytestmark = pytest.mark.django_db


def test_if_empty_leaves_an_existing_site_alone(site_tree):
    before = snapshot()

    output = seed("--if-empty")

    assert snapshot() == before
    assert "already has content" in output


def test_generated_pages_come_in_each_language_and_are_searchable(site_tree):
    assert page_generator.build_pages(30) == 90
    for language in LANGUAGES:
        pages = ContentPage.objects.live().filter(
            locale__language_code=language, url_path__contains="/bulk-"
        )
        assert pages.count() == 30, language
        first = pages.order_by("path").first()
        assert first.live_revision == first.latest_revision
        assert first.live_revision.as_object().introduction == first.introduction
        subject = first.title.split(" – ")[0]
        assert search_site(subject, language).ranked, (language, subject)


def test_the_demo_site_answers_at_site_base_url(db, settings):
    """SITE_BASE_URL (read into WAGTAILADMIN_BASE_URL) is where `make run` serves the demo: the
    Site's hostname and port come from it, so absolute links (sitemap, feeds, canonical) work."""
    from wagtail.models import Site

    from demo.loaders import home as home_demo
    from demo.seeding import SeedReport, seeding

    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    with seeding():
        home = home_demo.seed(SeedReport())

    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert site.root_url == "http://127.0.0.1:8000"
    assert type(home).objects.get(pk=home.pk).get_full_url().startswith("http://127.0.0.1:8000/")
