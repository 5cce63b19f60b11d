"""The newsletter page lists sent issues; each sent issue can be read on the web."""

import pytest

from tests.newsletter.conftest import add_issue

pytestmark = pytest.mark.django_db


def test_the_archive_lists_only_sent_issues(client, newsletter):
    add_issue(newsletter, title="Syyskuun uutiskirje", slug="syyskuu", sent=True)
    add_issue(newsletter, title="Lokakuun luonnos", slug="lokakuu")

    page = client.get(newsletter.url).content.decode()

    assert "Syyskuun uutiskirje" in page
    assert "Lokakuun luonnos" not in page


def test_a_sent_issue_is_readable_and_an_unsent_one_is_not(client, newsletter):
    sent = add_issue(newsletter, title="Syyskuun uutiskirje", slug="syyskuu", sent=True)
    unsent = add_issue(newsletter, title="Lokakuun luonnos", slug="lokakuu")

    response = client.get(sent.url)
    assert response.status_code == 200
    assert "Kumppanuusohjelma kokoontuu" in response.content.decode()
    assert client.get(unsent.url).status_code == 404


def test_the_archive_is_paginated_and_past_the_end_is_not_found(client, newsletter):
    for number in range(14):
        add_issue(newsletter, title=f"Numero {number}", slug=f"numero-{number}", sent=True)

    first = client.get(newsletter.url).content.decode()
    second = client.get(f"{newsletter.url}?page=2").content.decode()

    assert first.count('class="article-card"') == 12
    assert second.count('class="article-card"') == 2
    assert client.get(f"{newsletter.url}?page=3").status_code == 404


def test_the_archive_needs_few_queries_however_many_issues(
    client, newsletter, django_assert_max_num_queries
):
    for number in range(12):
        add_issue(newsletter, title=f"Numero {number}", slug=f"numero-{number}", sent=True)
    client.get(newsletter.url)

    with django_assert_max_num_queries(30):
        response = client.get(newsletter.url)

    assert response.status_code == 200


def test_an_issue_pulls_in_the_latest_news_in_its_language(client, newsletter, site_tree):
    from blog.models import NewsIndexPage
    from tests.blog.conftest import add_post

    news = site_tree.page("home").add_child(
        instance=NewsIndexPage(
            title="Ajankohtaista", slug="ajankohtaista", locale=newsletter.locale
        )
    )
    add_post(news, "Rahoitusinfo syksyllä", "rahoitusinfo")
    issue = add_issue(
        newsletter,
        sent=True,
        body=[("latest_news", {"heading": "", "count": 3}), ("upcoming_events", {"count": 2})],
    )

    page = client.get(issue.url).content.decode()

    assert "Rahoitusinfo syksyllä" in page
    assert "http://testserver/fi/ajankohtaista/rahoitusinfo/" in page


def test_a_translated_copy_of_a_sent_issue_is_a_new_unsent_issue(client, newsletters):
    finnish = add_issue(newsletters["fi"], sent=True)

    swedish = finnish.copy_for_translation(newsletters["sv"].locale)
    swedish.save_revision().publish()
    swedish.refresh_from_db()

    assert finnish.is_sent
    assert not swedish.is_sent
    assert client.get(swedish.url).status_code == 404


def test_the_footer_tag_finds_the_newsletter_page_in_the_current_language(newsletters):
    from django.template import Context, Template
    from django.utils import translation

    template = Template("{% load newsletter_tags %}{% newsletter_page as p %}{{ p.url }}")
    with translation.override("sv"):
        assert template.render(Context()) == "/sv/nyhetsbrev/"
