"""sitemap.xml, robots.txt and the load balancer's health check."""

import pytest
from defusedxml import ElementTree as ET

from wagtail.models import PageViewRestriction

from tests.factories import LANGUAGES

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)}


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


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_health_check_answers_while_the_database_does(client, db):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.content == b"ok"
