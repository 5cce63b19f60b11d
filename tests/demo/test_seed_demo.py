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
