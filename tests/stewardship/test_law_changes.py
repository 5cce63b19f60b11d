"""Law-change notices: an editor records a change for a section or a topic, and every page it
reaches shows readers a notice in their language until that page is reviewed after the change."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from blog.models import BlogIndexPage
from demo.bulk import bulk_pages
from home.models import ContentPage, SectionPage, Topic
from stewardship import law_changes
from stewardship.models import LawChange, LawChangeSection, PageReview
from tests.extranet.builders import make_member, make_staff
from tests.search.builders import add_article, add_index

pytestmark = pytest.mark.django_db

NOTICES = {
    "fi": "Kotoutumislakia muutettiin 1.1.2025.",
    "sv": "Integrationslagen ändrades 1.1.2025.",
    "en": "The Act on the Promotion of Integration was amended on 1.1.2025.",
}
CHANGE_DATE = datetime.date(2025, 1, 1)


def record_change(*, sections=(), topics=()):
    change = LawChange.objects.create(
        date=CHANGE_DATE,
        notice_fi=NOTICES["fi"],
        notice_sv=NOTICES["sv"],
        notice_en=NOTICES["en"],
        link="https://finlex.fi/fi/laki/alkup/2023/20230681",
    )
    for section in sections:
        LawChangeSection.objects.create(law_change=change, page=section)
    change.topics.set(topics)
    change.save()  # commits the topics, kept in memory until then
    return change


def mark_reviewed(page, on):
    PageReview.objects.update_or_create(
        page_id=page.pk,
        defaults={"review_by": on.replace(year=on.year + 1), "last_reviewed_on": on},
    )


def shows_notice(client, page, language):
    return NOTICES[language] in client.get(page.url).content.decode()


def test_an_editor_records_a_change_and_every_page_under_the_section_shows_it(client, site_tree):
    editor = make_staff(groups=("Editors",))
    client.force_login(editor)
    section = site_tree.page("section", "fi")

    response = client.post(
        reverse("wagtailsnippets_stewardship_lawchange:add"),
        {
            "date": "2025-01-01",
            **{f"notice_{code}": text for code, text in NOTICES.items()},
            "link": "",
            "sections-TOTAL_FORMS": "1",
            "sections-INITIAL_FORMS": "0",
            "sections-MIN_NUM_FORMS": "0",
            "sections-MAX_NUM_FORMS": "1000",
            "sections-0-page": str(section.pk),
            "sections-0-ORDER": "1",
            "sections-0-id": "",
        },
    )
    client.logout()

    assert response.status_code == 302
    for language in ("fi", "sv", "en"):
        assert shows_notice(client, site_tree.page("section", language), language)
        assert shows_notice(client, site_tree.page("content", language), language)
    assert not shows_notice(client, site_tree.page("home", "fi"), "fi")


def test_a_change_that_reaches_no_page_is_refused_and_keeps_what_was_typed(client, site_tree):
    client.force_login(make_staff(groups=("Editors",)))

    response = client.post(
        reverse("wagtailsnippets_stewardship_lawchange:add"),
        {
            "date": "2025-01-01",
            **{f"notice_{code}": text for code, text in NOTICES.items()},
            "sections-TOTAL_FORMS": "0",
            "sections-INITIAL_FORMS": "0",
            "sections-MIN_NUM_FORMS": "0",
            "sections-MAX_NUM_FORMS": "1000",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 200
    assert "Choose at least one section or topic" in response.content.decode()
    assert NOTICES["sv"] in response.content.decode()
    assert not LawChange.objects.exists()


def test_a_page_reviewed_after_the_change_no_longer_shows_it(client, site_tree):
    record_change(sections=[site_tree.page("section", "fi")])
    content = site_tree.page("content", "sv")

    mark_reviewed(content, CHANGE_DATE - datetime.timedelta(days=1))
    still_shown = shows_notice(client, content, "sv")
    mark_reviewed(content, CHANGE_DATE)

    assert still_shown
    assert not shows_notice(client, content, "sv")
    assert shows_notice(client, site_tree.page("content", "fi"), "fi")  # reviewed separately


def test_a_change_about_a_topic_reaches_the_articles_filed_under_it_in_every_language(
    client, site_tree
):
    topic_fi = Topic.objects.create(
        name="Kotoutumislaki", slug="laki", locale=site_tree.page("home").locale
    )
    topic_sv = topic_fi.copy_for_translation(site_tree.page("home", "sv").locale)
    topic_sv.name, topic_sv.slug = "Integrationslagen", "lagen"
    topic_sv.save()
    index_sv = add_index(site_tree.page("home", "sv"), BlogIndexPage, "Blogg")
    about_the_law = add_article(index_sv, "Om lagen", "Sammanfattning.", topics=[topic_sv])
    about_something_else = add_article(index_sv, "Om annat", "Sammanfattning.")

    record_change(topics=[topic_fi])

    assert shows_notice(client, about_the_law, "sv")
    assert not shows_notice(client, about_something_else, "sv")
    flagged = law_changes.pages_not_reviewed_since_changes()
    assert about_the_law.pk in flagged and about_something_else.pk not in flagged


def test_the_owner_list_knows_the_pages_a_change_reaches_until_they_are_reviewed(site_tree):
    change = record_change(sections=[site_tree.page("section", "fi")])
    mark_reviewed(site_tree.page("content", "en"), datetime.date(2025, 3, 1))

    flagged = law_changes.pages_not_reviewed_since_changes()

    expected = {
        site_tree.page(kind, code).pk
        for kind in ("section", "content")
        for code in ("fi", "sv", "en")
    }
    assert set(flagged) == expected - {site_tree.page("content", "en").pk}
    assert flagged[site_tree.page("section", "sv").pk] == [change]


def test_the_notice_reaches_readers_of_a_cached_page_as_soon_as_it_is_recorded(client, site_tree):
    page = site_tree.page("content", "fi")
    before = shows_notice(client, page, "fi")

    record_change(sections=[site_tree.page("section", "fi")])

    assert not before
    assert shows_notice(client, page, "fi")


@pytest.mark.parametrize("person", ["anonymous", "member"])
def test_only_editors_reach_the_law_changes_in_the_admin(client, site_tree, person):
    record_change(sections=[site_tree.page("section", "fi")])
    if person == "member":
        client.force_login(make_member().user)

    response = client.get(reverse("wagtailsnippets_stewardship_lawchange:list"))

    assert response.status_code in (302, 403)
    assert NOTICES["fi"] not in response.content.decode()


def test_editors_see_the_law_changes_in_the_admin(client, site_tree):
    record_change(sections=[site_tree.page("section", "fi")])
    client.force_login(make_staff(groups=("Editors",)))

    response = client.get(reverse("wagtailsnippets_stewardship_lawchange:list"))

    assert response.status_code == 200
    assert NOTICES["en"] in response.content.decode()  # the admin's language


def test_each_page_of_a_tree_of_200_shows_the_notice_with_the_same_number_of_queries(
    client, site_tree
):
    """A section with ten subsections of nineteen pages each (200 pages under the change)."""
    top = site_tree.page("section", "fi")
    subsections = bulk_pages(
        top, [SectionPage(title=f"Alaosio {n}", slug=f"alaosio-{n}") for n in range(10)]
    )
    pages = list(subsections)
    for subsection in subsections:
        pages += bulk_pages(
            subsection,
            [
                ContentPage(title=f"Sivu {n}", slug=f"sivu-{n}", introduction="Teksti.")
                for n in range(19)
            ],
        )
    assert len(pages) == 200
    record_change(sections=[top])
    client.force_login(make_staff(groups=("Editors",)))  # signed in: rendered, never cached

    for page in (pages[0], pages[10]):  # the first of each type fills Wagtail's caches
        client.get(page.url)
    counts = {}
    for page in pages[:3] + pages[100:102] + pages[-3:]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert NOTICES["fi"] in response.content.decode()
        counts.setdefault(type(page).__name__, set()).add(len(queries))

    assert counts.keys() == {"SectionPage", "ContentPage"}
    assert all(len(numbers) == 1 for numbers in counts.values()), counts
    with CaptureQueriesContext(connection) as queries:
        client.get(top.url)
    notice_queries = [q for q in queries.captured_queries if "stewardship_lawchange" in q["sql"]]
    assert len(notice_queries) == 1
