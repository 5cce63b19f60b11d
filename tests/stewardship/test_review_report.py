"""The pages to review: the report under Reports and the dashboard panel."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from stewardship.models import LawChange, LawChangeSection, PageReview
from tests.extranet.builders import make_member, make_staff
from tests.search.builders import add_page

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/pages-to-review/"


def set_review(page, *, days, user=None, group=None, reviewed=None):
    PageReview.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "review_by": timezone.localdate() + datetime.timedelta(days=days),
            "owner_user": user,
            "owner_group": group,
            "last_reviewed_on": reviewed,
        },
    )


@pytest.fixture
def editor(client, site_tree):
    user = make_staff("editori@example.fi", groups=("Editors",))
    client.force_login(user)
    PageReview.objects.update(review_by=timezone.localdate() + datetime.timedelta(days=365))
    return user


def test_the_report_lists_overdue_soon_due_and_law_change_pages(client, site_tree, editor):
    set_review(site_tree.page("content", "fi"), days=-5, user=editor)
    set_review(site_tree.page("content", "sv"), days=10, group=Group.objects.get(name="Editors"))
    change = LawChange.objects.create(
        date=datetime.date(2025, 1, 1),
        notice_fi="Laki muuttui.",
        notice_sv="Lagen.",
        notice_en="The Act changed.",
    )
    LawChangeSection.objects.create(law_change=change, page=site_tree.page("section", "en"))

    response = client.get(REPORT, HTTP_ACCEPT_LANGUAGE="en")

    content = response.content.decode()
    assert response.status_code == 200
    assert site_tree.page("content", "fi").title in content and "Overdue" in content
    assert site_tree.page("content", "sv").title in content and "Due soon" in content
    assert "The Act changed." in content  # the English section and the page under it
    assert site_tree.page("home", "fi").title not in content


def test_mine_keeps_the_pages_the_user_answers_for_and_the_dashboard_counts_them(
    client, site_tree, editor
):
    other = make_staff("toinen@example.fi", groups=())
    set_review(site_tree.page("content", "fi"), days=-5, user=editor)
    set_review(site_tree.page("content", "sv"), days=-5, group=Group.objects.get(name="Editors"))
    set_review(site_tree.page("content", "en"), days=-5, user=other)

    mine = client.get(REPORT + "?owner=mine").content.decode()
    dashboard = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert site_tree.page("content", "fi").title in mine
    assert site_tree.page("content", "sv").title in mine
    assert site_tree.page("content", "en").title not in mine
    assert "2 pages you answer for are due for review." in dashboard


def test_the_report_exports_as_csv(client, site_tree, editor):
    set_review(site_tree.page("content", "fi"), days=-5, user=editor)

    response = client.get(REPORT + "?export=csv")

    assert response.status_code == 200
    assert site_tree.page("content", "fi").title in response.getvalue().decode("utf-8-sig")


def test_the_csv_is_headed_in_the_editors_language(client, site_tree, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "sv"
    profile.save()
    set_review(site_tree.page("content", "fi"), days=-5, user=editor)

    response = client.get(REPORT + "?export=csv")

    heading = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()[0]
    assert heading.startswith("Sida,Språk")


@pytest.mark.parametrize("person", ["anonymous", "member", "staff_without_pages"])
def test_the_report_is_refused_to_those_who_may_not_edit_pages(client, site_tree, person):
    if person == "member":
        client.force_login(make_member().user)
    elif person == "staff_without_pages":
        client.force_login(make_staff("ei@example.fi", groups=()))

    response = client.get(REPORT)

    assert response.status_code in (302, 403)


def test_the_report_costs_the_same_with_ten_times_the_due_pages(client, site_tree, editor):
    section = site_tree.page("section", "fi")

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(REPORT).status_code == 200
        return len(queries)

    for n in range(5):
        set_review(add_page(section, f"Sivu {n}"), days=-1, user=editor)
    few = count_queries()
    for n in range(5, 50):
        set_review(add_page(section, f"Sivu {n}"), days=-1, user=editor)

    assert count_queries() == few
