import re

import pytest

from tests.factories import LANGUAGES, build_site

pytestmark = pytest.mark.django_db


def switcher_links(response):
    switcher = re.search(
        r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S
    ).group()
    return dict(
        re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', switcher)[i][::-1] for i in range(3)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_links_to_the_translation_of_the_page_being_read(client, site_tree, language):
    response = client.get(site_tree.page("content", language).url)

    links = switcher_links(response)
    assert links == {code: site_tree.page("content", code).url for code in LANGUAGES}


def test_switcher_marks_the_current_language(client, site_tree):
    content = client.get(site_tree.page("section", "sv").url).content.decode()

    assert 'lang="sv" hreflang="sv" aria-current="true">Svenska</a>' in content


def test_switcher_falls_back_to_that_languages_home_page_without_a_translation(client, db):
    tree = build_site(languages=("fi", "sv", "en"))
    tree.page("content", "en").unpublish()

    links = switcher_links(client.get(tree.page("content", "fi").url))

    assert links["sv"] == tree.page("content", "sv").url
    assert links["en"] == "/en/"


def test_hreflang_alternates_name_every_translation(client, site_tree):
    content = client.get(site_tree.page("content", "fi").url).content.decode()

    for code in LANGUAGES:
        url = f"http://testserver{site_tree.page('content', code).url}"
        assert f'<link rel="alternate" hreflang="{code}" href="{url}">' in content
    assert 'hreflang="x-default"' in content


def test_hreflang_leaves_out_languages_without_a_translation(client, db):
    tree = build_site(languages=("fi", "sv"))

    content = client.get(tree.page("content", "fi").url).content.decode()

    assert 'hreflang="sv"' in content
    assert 'hreflang="en" href' not in content


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Sivua ei löytynyt"),
        ("sv", "Sidan hittades inte"),
        ("en", "Page not found"),
    ],
)
def test_404_page_is_in_the_language_of_the_address(client, site_tree, language, text):
    response = client.get(f"/{language}/ei-ole-olemassa/")

    assert response.status_code == 404
    assert f'<html lang="{language}">' in response.content.decode()
    assert f"<h1>{text}</h1>" in response.content.decode()


def test_404_page_switcher_leads_to_each_home_page(client, site_tree):
    links = switcher_links(client.get("/sv/finns-inte/"))

    assert links == {"fi": "/fi/", "sv": "/sv/", "en": "/en/"}


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "Jokin meni vikaan"), ("sv", "Något gick fel"), ("en", "Something went wrong")],
)
def test_500_page_is_translated(rf, language, text):
    from django.utils import translation

    from home.views import server_error

    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))

    assert response.status_code == 500
    assert f'<html lang="{language}">' in response.content.decode()
    assert f"<h1>{text}</h1>" in response.content.decode()
