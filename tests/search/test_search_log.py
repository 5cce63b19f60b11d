"""Searches are counted anonymously, and editors see the top queries and the ones that found
nothing in the Reports menu."""

import datetime
import io

import pytest

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.utils import timezone

from search import statistics
from search.models import DailySearch
from tests.factories import staff_ready_for_admin
from tests.search.builders import add_page

pytestmark = pytest.mark.django_db


def test_a_search_is_counted_with_its_language_and_hit_count_and_nothing_personal(
    client, site_tree
):
    add_page(site_tree.page("section", "sv"), "Flyktingar", body="Om flyktingar.")
    client.get("/sv/search/", {"q": "  Flyktingar  "}, REMOTE_ADDR="192.0.2.7")
    client.get("/sv/search/", {"q": "flyktingar"})

    row = DailySearch.objects.get()
    assert (row.query, row.language, row.searches, row.hit_count) == ("flyktingar", "sv", 2, 1)
    assert row.date == timezone.localdate()
    stored = " ".join(str(value) for value in DailySearch.objects.values().get().values())
    assert "192.0.2.7" not in stored


def test_paging_and_facets_are_not_counted_as_new_searches(client, site_tree):
    client.get("/fi/search/", {"q": "kotoutuminen"})
    client.get("/fi/search/", {"q": "kotoutuminen", "page": "2"})
    client.get("/fi/search/", {"q": "kotoutuminen", "kind": "news"})

    assert DailySearch.objects.get().searches == 1


def test_email_addresses_and_long_numbers_are_masked_and_queries_capped():
    statistics.record_search("Matti.M@example.fi 040 123 4567 010190-123A", "fi", 0)
    statistics.record_search("x" * 500, "fi", 0)

    queries = set(DailySearch.objects.values_list("query", flat=True))
    assert "[email] [number] [number]" in queries
    assert "x" * statistics.MAX_LOGGED_LENGTH in queries


def test_the_report_lists_top_queries_and_queries_without_results_per_language():
    today = timezone.localdate()
    statistics.record_search("kotoutuminen", "fi", 12)
    statistics.record_search("kotoutuminen", "fi", 12)
    statistics.record_search("zzz", "fi", 0)
    statistics.record_search("flykting", "sv", 3)
    old = today - datetime.timedelta(days=40)
    DailySearch.objects.create(query="vanha", language="fi", date=old, searches=99, hit_count=0)

    top = statistics.top_queries("fi")
    empty = statistics.queries_without_results("fi")

    assert [(row["query"], row["searches_total"]) for row in top] == [
        ("kotoutuminen", 2),
        ("zzz", 1),
    ]
    assert [row["query"] for row in empty] == ["zzz"]


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editori", "editori@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    staff_ready_for_admin(user)
    return user


def test_editors_see_the_report_in_the_reports_menu(client, editor):
    statistics.record_search("kotoutuminen", "fi", 12)
    statistics.record_search("tyhjää", "fi", 0)
    client.force_login(editor)

    response = client.get("/admin/reports/site-search/?language=fi")

    assert response.status_code == 200
    html = response.content.decode()
    assert "kotoutuminen" in html
    assert 'id="queries-without-results"' in html
    assert "tyhjää" in html
    assert "/admin/reports/site-search/" in client.get("/admin/").content.decode()


def test_staff_without_the_permission_and_readers_cannot_see_the_report(client, db):
    user = User.objects.create_user("toimittaja", "t@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Moderators"))
    staff_ready_for_admin(user)
    client.force_login(user)

    assert client.get("/admin/reports/site-search/").status_code in (302, 403)

    client.logout()
    response = client.get("/admin/reports/site-search/")
    assert response.status_code == 302
    assert "login" in response.url


def test_the_daily_pruning_forgets_old_counts_only(db):
    today = timezone.localdate()
    DailySearch.objects.create(
        query="vanha", language="fi", date=today - datetime.timedelta(days=500), searches=3
    )
    DailySearch.objects.create(query="uusi", language="fi", date=today, searches=1)
    output = io.StringIO()
    call_command("prune_search_statistics", stdout=output)
    assert list(DailySearch.objects.values_list("query", flat=True)) == ["uusi"]
    assert "Forgot 1" in output.getvalue()
