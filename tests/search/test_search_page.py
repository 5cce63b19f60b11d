"""The public search page: what a reader finds in their language, and nothing they shouldn't."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, PageViewRestriction
from wagtail.search import index

from blog.models import BlogIndexPage, Comment, NewsIndexPage
from events.models import EventIndexPage
from home.models import Topic
from search import services
from tests.search.builders import (
    add_article,
    add_event,
    add_index,
    add_material,
    add_page,
    bulk_pages,
)

pytestmark = pytest.mark.django_db

WORD = "Kumppanuusalusta"  # a made-up compound no other test content contains


def search(client, query, language="fi", **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


def titles(response):
    return [hit.title for hit in response.context["page_obj"].hits]


@pytest.fixture
def locales(site_tree):
    return {code: Locale.objects.get(language_code=code) for code in ("fi", "sv", "en")}


# Only the reader's language, only what is public


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_finds_the_page_of_the_current_language_only(client, site_tree, language):
    for code in ("fi", "sv", "en"):
        add_page(site_tree.page("section", code), f"{WORD} {code}", body=f"{WORD} on {code}.")

    response = search(client, WORD, language)

    assert response.status_code == 200
    assert titles(response) == [f"{WORD} {language}"]


def test_drafts_restricted_pages_and_comments_are_never_found(client, site_tree):
    section = site_tree.page("section", "fi")
    add_page(section, "Julkinen sivu", body=f"{WORD} julkisesti.")
    draft = add_page(section, "Luonnos", body=f"{WORD} luonnoksessa.")
    draft.unpublish()
    private = add_page(section, "Suojattu sivu", body=f"{WORD} vain kirjautuneille.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    blog = add_index(site_tree.page("home"), BlogIndexPage, "Blogi")
    post = add_article(blog, "Kirjoitus", "Tavallinen kirjoitus.")
    Comment.objects.create(post=post, name="Liisa", text=f"{WORD} kommentissa.")

    response = search(client, WORD)

    assert titles(response) == ["Julkinen sivu"]


def test_no_extranet_model_is_in_the_search_index():
    indexed = {model._meta.app_label for model in index.get_indexed_models()}

    assert "extranet" not in indexed


def test_only_live_materials_of_the_current_language_are_found(client, site_tree, locales):
    add_material(locales["fi"], f"{WORD} opas", "Julkaistu opas.")
    add_material(locales["fi"], f"{WORD} luonnos", "Keskeneräinen.", live=False)
    add_material(locales["sv"], f"{WORD} guide", "En guide.")

    response = search(client, WORD)

    assert titles(response) == [f"{WORD} opas"]


def test_a_title_match_ranks_above_a_body_match(client, site_tree):
    section = site_tree.page("section", "fi")
    add_page(section, "Yleistä", body=f"Sivulla mainitaan {WORD} kerran.")
    add_page(section, f"{WORD} esittely", body="Esittely.")

    response = search(client, WORD)

    assert titles(response) == [f"{WORD} esittely", "Yleistä"]


# What each hit shows


def test_each_hit_shows_its_type_date_and_marked_excerpt(client, site_tree):
    news = add_index(site_tree.page("home", "en"), NewsIndexPage, "News")
    article = add_article(news, "A new platform", f"We opened the {WORD} service today.")

    html = search(client, WORD, "en").content.decode()

    assert f'href="{article.url}"' in html
    assert "News item" in html
    assert f'datetime="{article.date_published:%Y-%m-%d}"' in html
    assert f"We opened the <mark>{WORD}</mark> service today." in html


def test_the_excerpt_escapes_the_page_text_before_marking(client, site_tree):
    add_page(
        site_tree.page("section", "fi"),
        "Koodia",
        introduction=f'<script>alert("x")</script> {WORD} <b>lihavoitu</b>',
    )

    html = search(client, WORD).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert f"<mark>{WORD}</mark> &lt;b&gt;lihavoitu&lt;/b&gt;" in html


def test_an_inflected_form_of_a_query_word_is_marked(site_tree):
    found = services.search_site("kotoutuminen", "fi")

    excerpt = found.excerpt("Kotoutumisen tuki alkaa kotoutumisohjelmasta.")

    assert "<mark>Kotoutumisen</mark>" in excerpt


# Facets


@pytest.fixture
def mixed_results(site_tree, locales):
    """One hit of each kind in Finnish; the news item, the event and the material are about
    employment."""
    home = site_tree.page("home")
    employment = Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=locales["fi"])
    Topic.objects.create(name="Vastaanotto", slug="vastaanotto", locale=locales["fi"])
    add_page(site_tree.page("section"), f"{WORD} sivu", body="Tietoa.")
    add_article(
        add_index(home, NewsIndexPage, "Uutiset"), f"{WORD} uutinen", "U.", topics=[employment]
    )
    add_article(add_index(home, BlogIndexPage, "Blogi"), f"{WORD} blogi", "B.")
    add_event(
        add_index(home, EventIndexPage, "Tapahtumat"),
        f"{WORD} tapahtuma",
        "T.",
        topics=[employment],
    )
    add_material(locales["fi"], f"{WORD} aineisto", "A.", topics=[employment])
    return employment


def test_facets_count_the_hits_of_each_type_and_topic(client, mixed_results):
    found = services.search_site(WORD, "fi")

    assert found.kind_counts == {
        "pages": 1,
        "news": 1,
        "blog": 1,
        "events": 1,
        "materials": 1,
        "practices": 0,
        "plain": 0,
    }
    assert [(topic.slug, count) for topic, count in found.topic_facets()] == [("tyollisyys", 3)]


def test_choosing_a_type_and_a_topic_narrows_the_results_and_keeps_the_query(client, mixed_results):
    response = search(client, WORD, kind="events")
    assert titles(response) == [f"{WORD} tapahtuma"]

    response = search(client, WORD, topic="tyollisyys")
    assert sorted(titles(response)) == sorted(
        [f"{WORD} uutinen", f"{WORD} tapahtuma", f"{WORD} aineisto"]
    )
    found = response.context["search"]
    assert found.kind_counts["blog"] == 0  # the other facet counts within the chosen topic
    html = response.content.decode()
    assert f"?q={WORD}&amp;topic=tyollisyys&amp;kind=news" in html


def test_unknown_type_and_topic_are_ignored(client, mixed_results):
    response = search(client, WORD, kind="secret", topic="nope")

    assert response.status_code == 200
    assert len(titles(response)) == 5


# Pagination


def test_results_come_ten_to_a_page_and_the_links_keep_the_query(client, site_tree):
    bulk_pages(site_tree.page("home"), 25, title=f"{WORD} {{n}}")

    first = search(client, WORD)
    last = search(client, WORD, page=3)

    assert len(titles(first)) == 10
    assert len(titles(last)) == 5
    assert f"?q={WORD}&amp;page=2#results-heading" in first.content.decode()


def test_a_bad_page_number_shows_a_page_of_results(client, site_tree):
    bulk_pages(site_tree.page("home"), 12, title=f"{WORD} {{n}}")

    for page in ["0", "-1", "abc", "99999999999999999999", "1.5", "", "\ufffd"]:
        response = search(client, WORD, page=page)

        assert response.status_code == 200, page
        assert titles(response), page


# Odd input


ODD_QUERIES = [
    '"kotoutuminen"',
    '"unterminated',
    "kotoutuminen AND työ",
    "kotoutuminen OR -työ",
    "-kotoutuminen",
    "a | b & !c",
    "kotou:*",
    "!!!",
    "...",
    "&&||",
    "()[]{}<>",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "x" * 1000,
    "kotoutuminen " * 200,
    "ääkköset Åbo 日本語 русский العربية",
    # Other control characters get the 400 page first (tests/fuzz/test_control_characters.py).
    "tab\tand\nnewline",
    "%",
    "_",
    "\\",
    "😀",
    " ",
]


def test_odd_input_never_breaks_the_page(client, site_tree):
    add_page(site_tree.page("section", "fi"), "Kotoutuminen", body="Kotoutumisesta.")

    for query in ODD_QUERIES:
        for language in ("fi", "sv"):
            response = search(client, query, language)

            assert response.status_code == 200, repr(query)


def test_odd_facet_parameters_never_break_the_page(client, site_tree):
    response = client.get(
        "/fi/search/", {"q": "kotoutuminen", "kind": "\ufffd", "topic": "x" * 5000, "page": "1e309"}
    )

    assert response.status_code == 200


def test_a_long_query_is_shortened_politely(client, site_tree):
    response = search(client, "kotoutuminen " * 100, "en")

    assert response.status_code == 200
    assert "Your search was long: its first 200 characters were used." in response.content.decode()


def test_a_query_of_only_punctuation_asks_for_a_word(client, site_tree):
    response = search(client, "?!-", "en")

    assert "Type at least one word to search for." in response.content.decode()


def test_nothing_found_suggests_what_to_do_next(client, site_tree):
    response = search(client, "zzxxyyqq", "en")
    html = response.content.decode()

    assert "0 results for “zzxxyyqq”." in html
    assert "check the spelling of the words" in html
    assert site_tree.page("section", "en").title in html  # a main section to go to


def test_the_page_without_a_query_shows_the_form(client, site_tree):
    response = client.get("/sv/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


# Promoted results


@pytest.fixture
def promotions_installed():
    from django.apps import apps

    if not apps.is_installed(services.PROMOTIONS_APP):
        pytest.skip("wagtail.contrib.search_promotions is not in INSTALLED_APPS")


def test_a_promoted_page_comes_first_marked_as_recommended(client, site_tree, promotions_installed):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    section = site_tree.page("section", "en")
    add_page(section, f"{WORD} guide", body="A guide.")
    promoted = add_page(section, "Start here", body="Where to begin.")
    other_language = add_page(site_tree.page("section", "fi"), "Aloita tästä", body="Alku.")
    query = Query.get(WORD)
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
    SearchPromotion.objects.create(query=query, page=other_language, sort_order=1)

    response = search(client, WORD.lower(), "en")
    html = response.content.decode()

    assert [p.title for p in response.context["promotions"]] == ["Start here"]
    assert html.index("Start here") < html.index(f"{WORD} guide")
    assert "Recommended" in html


# SQL queries


def _queries_for(client, query, **params):
    with CaptureQueriesContext(connection) as captured:
        response = search(client, query, **params)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_a_result_page_runs_the_same_queries_for_20_or_200_hits(client, site_tree, locales):
    employment = Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=locales["fi"])
    news = add_index(site_tree.page("home"), NewsIndexPage, "Uutiset")
    for n in range(3):
        add_article(news, f"{WORD} uutinen {n}", "U.", topics=[employment])
    bulk_pages(site_tree.page("home"), 20, title=f"{WORD} {{n}}")
    search(client, WORD)  # warm the site and content type caches
    few = _queries_for(client, WORD, page=2)

    bulk_pages(site_tree.page("home"), 180, title=f"{WORD} lisää {{n}}")
    many = _queries_for(client, WORD, page=2)

    assert many == few
    assert many <= 25


def test_a_search_over_more_pages_than_it_ranks_runs_a_bounded_number_of_queries(client, site_tree):
    bulk_pages(
        site_tree.page("home"),
        services.MAX_HITS + 200,
        title="Sivu {n}",
        introduction=f"{WORD} {{n}}",
    )
    search(client, "sivu")

    queries = _queries_for(client, WORD, page=7)

    assert queries <= 25
