"""sitemap.xml, robots.txt and the load balancer's health check."""

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories import LANGUAGES
from tests.sitemaps import sitemap_files, sitemap_locations

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_live_page_of_every_language(client, site_tree):
    locations = sitemap_locations(client)

    expected = {
        f"http://localhost{site_tree.page(kind, code).url}"
        for kind in ("home", "section", "content")
        for code in LANGUAGES
    }
    assert locations == expected


def test_sitemap_leaves_out_drafts_and_restricted_pages(client, site_tree):
    site_tree.page("content", "sv").unpublish()
    PageViewRestriction.objects.create(
        page=site_tree.page("section", "en"), restriction_type="password", password="salainen"
    )

    locations = sitemap_locations(client)

    assert f"http://localhost{site_tree.page('content', 'sv').url}" not in locations
    assert f"http://localhost{site_tree.page('section', 'en').url}" not in locations
    assert f"http://localhost{site_tree.page('content', 'en').url}" not in locations
    assert f"http://localhost{site_tree.page('section', 'sv').url}" in locations


def test_the_sitemap_is_an_index_of_one_file_per_language_in_parts_of_a_thousand(
    client, site_tree, settings
):
    from home import sitemaps

    sitemaps.LanguageSitemap.limit = 2
    try:
        files = sitemap_files(client)
    finally:
        sitemaps.LanguageSitemap.limit = sitemaps.URLS_PER_FILE
    # three pages per language: two files each
    assert sorted(files) == sorted(
        ["/sitemap.xml"]
        + [f"/sitemap-{code}.xml" for code in LANGUAGES]
        + [f"/sitemap-{code}.xml?p=2" for code in LANGUAGES]
    )
    assert sitemaps.URLS_PER_FILE == 1000


def test_sitemap_addresses_are_wagtails_own_also_for_unusual_slugs(client, site_tree):
    """The sitemap builds addresses from the pages' paths without asking each page (issue 20):
    they must be what the pages themselves say, last change and language versions included."""
    from home.models import ContentPage

    section = site_tree.page("section", "fi")
    unusual = section.add_child(
        instance=ContentPage(
            title="Äidinkieli", slug="äidinkieli-ja-selkokieli", locale=section.locale
        )
    )
    unusual.save_revision().publish()
    unusual.refresh_from_db()

    text = client.get("/sitemap-fi.xml").content.decode()

    assert f"<loc>{unusual.get_full_url()}</loc>" in text
    assert unusual.get_full_url().endswith("/%C3%A4idinkieli-ja-selkokieli/")
    content = site_tree.page("content", "fi")
    day = timezone.localtime(content.last_published_at).date().isoformat()
    assert f"<loc>{content.get_full_url()}</loc><lastmod>{day}</lastmod>" in text
    for version in content.get_translations(inclusive=True):
        code = version.locale.language_code
        assert f'hreflang="{code}" href="{version.get_full_url()}"/>' in text


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_health_check_answers_while_the_database_does(client, db):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.content == b"ok"
