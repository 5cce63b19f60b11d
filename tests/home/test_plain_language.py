"""Plain-language versions (selkosuomi, lättläst svenska): the way to them and back, their list,
their language versions, the site search and the sitemap."""

import re
import uuid

import pytest
from defusedxml import ElementTree as ET

from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import PlainLanguageIndexPage, PlainLanguagePage
from tests.factories import sign_in_editor
from tests.search.builders import publish
from tests.sitemaps import sitemap_files

pytestmark = pytest.mark.django_db

SELKO = {
    "fi": ("Kotoutuminen selkosuomeksi", "Kotoutuminen tarkoittaa, että opit elämään Suomessa."),
    "sv": ("Integration på lättläst svenska", "Integration betyder att du lär dig leva i Finland."),
    "en": ("Integration in plain English", "Integration means that you learn to live in Finland."),
}
XHTML = "{http://www.w3.org/1999/xhtml}link"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def add_plain_version(parent, language, **fields):
    title, text = SELKO[language]
    page = parent.add_child(
        instance=PlainLanguagePage(
            title=title,
            slug=f"selko-{uuid.uuid4().hex[:6]}",
            locale=parent.locale,
            introduction=text,
            body=[("paragraph", f"<p>{text}</p>")],
            **fields,
        )
    )
    return publish(page)


@pytest.fixture
def plain(site_tree):
    """Plain versions of the content page in Finnish and Swedish, each written by hand."""
    return {code: add_plain_version(site_tree.page("content", code), code) for code in ("fi", "sv")}


def hreflangs(response):
    return dict(
        re.findall(
            r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', response.content.decode()
        )
    )


def test_a_page_with_a_plain_version_links_to_it_and_the_plain_version_links_back(
    client, site_tree, plain
):
    standard = site_tree.page("content", "fi")

    on_standard = client.get(standard.url).content.decode()
    on_plain = client.get(plain["fi"].url)

    assert f'href="{plain["fi"].url}"' in on_standard
    assert "Selkokielellä" in on_standard
    assert on_plain.status_code == 200
    assert re.search(r'<html lang="fi">', on_plain.content.decode())
    assert "Tämä on sivun selkokielinen versio." in on_plain.content.decode()
    assert f'href="{standard.url}"' in on_plain.content.decode()


def test_the_swedish_switch_says_lattlast_svenska(client, site_tree, plain):
    response = client.get(site_tree.page("content", "sv").url)

    assert "På lättläst svenska" in response.content.decode()
    assert f'href="{plain["sv"].url}"' in response.content.decode()


def test_a_page_without_a_plain_version_shows_no_switch(client, site_tree, plain):
    response = client.get(site_tree.page("content", "en").url)

    assert "In plain language" not in response.content.decode()


def test_a_draft_plain_version_is_not_offered(client, site_tree):
    parent = site_tree.page("content", "fi")
    draft = parent.add_child(
        instance=PlainLanguagePage(
            title="Luonnos", slug="luonnos", locale=parent.locale, live=False
        )
    )

    response = client.get(parent.url)

    assert draft.url not in response.content.decode()


def test_plain_versions_written_separately_are_each_others_language_versions(
    client, site_tree, plain
):
    response = client.get(plain["fi"].url)

    assert plain["fi"].translation_key == plain["sv"].translation_key
    links = hreflangs(response)
    assert links["fi"].endswith(plain["fi"].url)
    assert links["sv"].endswith(plain["sv"].url)
    assert "en" not in links  # no English plain version: not an alternate
    switcher = response.content.decode()
    assert f'href="{plain["sv"].url}"' in switcher
    # Readers of English go to the standard English page, the nearest there is.
    assert f'href="{site_tree.page("content", "en").url}"' in switcher


def test_the_standard_pages_hreflang_never_names_a_plain_version(client, site_tree, plain):
    links = hreflangs(client.get(site_tree.page("content", "fi").url))

    assert set(links) == {"fi", "sv", "en", "x-default"}
    assert all(plain_page.url not in url for url in links.values() for plain_page in plain.values())


def test_the_section_does_not_list_a_plain_version_among_its_pages(client, site_tree):
    section = site_tree.page("section", "fi")
    plain_section = add_plain_version(section, "fi")

    response = client.get(section.url)

    assert plain_section.title not in [p.title for p in response.context["child_pages"]]
    assert f'href="{plain_section.url}"' in response.content.decode()  # the switch, once


def test_the_index_lists_the_plain_pages_of_its_language_only(client, site_tree, plain):
    home = site_tree.page("home", "fi")
    index = publish(
        home.add_child(
            instance=PlainLanguageIndexPage(title="Selkokieli", slug="selko", locale=home.locale)
        )
    )

    response = client.get(index.url)

    assert [p.title for p in response.context["plain_pages"]] == [SELKO["fi"][0]]
    assert f'href="{index.url}"' in client.get(home.url).content.decode()  # footer link


def test_the_search_finds_plain_pages_and_filters_them(client, site_tree, plain):
    everything = client.get("/fi/search/", {"q": "elämään"})
    only_plain = client.get("/fi/search/", {"q": "Kotoutuminen", "kind": "plain"})

    assert SELKO["fi"][0] in [hit.title for hit in everything.context["page_obj"].hits]
    assert [hit.title for hit in only_plain.context["page_obj"].hits] == [SELKO["fi"][0]]
    assert "Selkokielinen sivu" in only_plain.content.decode()


def test_the_sitemap_pairs_the_plain_versions_with_valid_reciprocal_hreflang(
    client, site_tree, plain
):
    urls = {}
    for path, text in sitemap_files(client).items():
        if path == "/sitemap.xml":
            continue
        for entry in ET.fromstring(text.encode()).findall(f"{SM}url"):
            alternates = {link.get("hreflang"): link.get("href") for link in entry.findall(XHTML)}
            urls[entry.find(f"{SM}loc").text] = alternates

    plain_urls = [url for url in urls if any(url.endswith(p.url) for p in plain.values())]
    assert len(plain_urls) == 2
    assert_valid_hreflang(urls)
    for url in plain_urls:
        assert set(urls[url]) == {"fi", "sv", "x-default"}


def assert_valid_hreflang(urls):
    """What hreflang validators check: known language codes, each set names the page itself,
    every alternate is listed too and names the same set back, one address per language."""
    for url, alternates in urls.items():
        if not alternates:
            continue
        assert set(alternates) <= {"fi", "sv", "en", "x-default"}, url
        assert url in alternates.values(), f"{url} does not name itself"
        for code, other in alternates.items():
            assert other in urls, f"{other} ({code}) is not in the sitemap"
            assert urls[other] == alternates, f"{other} does not name {url} back"
        languages = [code for code in alternates if code != "x-default"]
        assert len({alternates[code] for code in languages}) == len(languages)


def test_who_checked_the_plain_language_is_shown_and_needs_a_date(client, site_tree):
    page = add_plain_version(
        site_tree.page("content", "en"),
        "en",
        plain_language_checked_by="Selkokeskus",
        plain_language_checked_on="2026-11-02",
    )

    response = client.get(page.url)

    assert "checked by Selkokeskus on 2.11.2026" in response.content.decode()
    page.plain_language_checked_on = None
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "plain_language_checked_on" in error.value.message_dict


def test_a_page_has_at_most_one_plain_version(site_tree, plain):
    assert not PlainLanguagePage.can_create_at(site_tree.page("content", "fi"))
    assert PlainLanguagePage.can_create_at(site_tree.page("section", "fi"))


def test_an_editor_previews_a_new_plain_language_version_before_saving_it(client, site_tree):
    sign_in_editor(client)
    parent = site_tree.page("content", "fi")
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("home", "plainlanguagepage", parent.pk)
    )
    data = nested_form_data(
        {
            "title": "Esikatselu selkokielellä",
            "slug": "esikatselu",
            "introduction": "Lyhyt johdanto.",
            "body": streamfield([]),
            "plain_language_checked_by": "",
            "plain_language_checked_on": "",
            "mark_glossary_terms": "on",
        }
    )

    posted = client.post(url, data)
    shown = client.get(url)

    assert posted.json()["is_valid"] is True
    assert shown.status_code == 200
    assert "Esikatselu selkokielellä" in shown.content.decode()
    assert f'href="{parent.url}"' in shown.content.decode()
