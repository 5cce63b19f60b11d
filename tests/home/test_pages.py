import re

import pytest

from wagtail.models import Page

from tests.factories import LANGUAGES, TITLES

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "section", "content"])
def test_each_page_type_renders_in_each_language(client, site_tree, kind, language):
    page = site_tree.page(kind, language)

    response = client.get(page.url)

    assert response.status_code == 200
    assert html_lang(response) == language
    assert f"<h1>{TITLES[kind][language]}</h1>" in response.content.decode() or kind == "home"
    assert page.url.startswith(f"/{language}/")


def test_home_page_shows_hero_heading_and_introduction(client, site_tree):
    response = client.get("/fi/")

    assert "<h1>Tietoa kotoutumistyöhön</h1>" in response.content.decode()
    assert "Tietoa ammattilaisille." in response.content.decode()


def test_section_page_lists_its_children_with_summaries(client, site_tree):
    response = client.get(site_tree.page("section", "sv").url)

    content = response.content.decode()
    assert TITLES["content"]["sv"] in content
    assert "Selkokielen tiivistelmä." in content  # copied to the translation until translated


def test_section_page_hides_draft_children(client, site_tree):
    site_tree.page("content", "fi").unpublish()

    response = client.get(site_tree.page("section", "fi").url)

    assert TITLES["content"]["fi"] not in response.content.decode()


def test_root_redirects_to_the_visitors_language(client, site_tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9").url == "/sv/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").url == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/fi/"


def test_main_menu_lists_the_sections_of_the_current_language(client, site_tree):
    response = client.get("/en/")

    menu = re.search(r'<nav class="main-menu".*?</nav>', response.content.decode(), re.S).group()
    assert site_tree.page("section", "en").url in menu
    assert TITLES["section"]["fi"] not in menu


def test_breadcrumbs_lead_from_home_to_the_current_page(client, site_tree):
    response = client.get(site_tree.page("content", "fi").url)

    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', response.content.decode(), re.S).group()
    assert (
        crumbs.index("Kotoutuminen.fi") < crumbs.index("Kotoutumistyö") < crumbs.index("Selkokieli")
    )
    assert 'aria-current="page">Selkokieli<' in crumbs


def test_every_page_has_a_skip_link_to_the_main_content(client, site_tree):
    content = client.get(site_tree.page("content", "sv").url).content.decode()

    assert '<a class="skip-link" href="#main-content">Hoppa till huvudinnehållet</a>' in content
    assert '<main id="main-content"' in content


def test_seo_title_and_description_and_open_graph_tags(client, site_tree):
    page = site_tree.page("content", "en")
    page.seo_title = "Plain language in integration work"
    page.search_description = "How to write so that everyone understands."
    page.save_revision().publish()

    content = client.get(page.url).content.decode()

    assert "<title>Plain language in integration work – Integration.fi</title>" in content
    assert (
        '<meta name="description" content="How to write so that everyone understands.">' in content
    )
    assert '<meta property="og:title" content="Plain language in integration work">' in content
    assert f'<meta property="og:url" content="http://localhost{page.url}">' in content
    assert '<meta property="og:locale" content="en_GB">' in content


def test_pages_send_a_content_security_policy(client, site_tree):
    response = client.get("/fi/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_draft_page_is_not_served(client, site_tree):
    page = site_tree.page("content", "fi")
    page.unpublish()

    assert client.get(page.get_url()).status_code == 404 or not Page.objects.get(pk=page.pk).live
