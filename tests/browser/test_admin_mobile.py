"""Our own admin views on a phone (390 px wide): the page never scrolls sideways; a wide table
scrolls in its own labelled box instead."""

import uuid

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from search.models import DailySearch
from tests.extranet.builders import PASSWORD, make_staff

from .accounts import log_in_to_admin
from .conftest import assert_accessible, browser_test

pytestmark = browser_test

PHONE = {"width": 390, "height": 844}
OUR_ADMIN_VIEWS = [
    "/admin/",  # the dashboard's waiting items panels
    "/admin/reports/site-search/?language=fi",
    "/admin/blog/commenter-data/",
    "/admin/snippets/blog/comment/",
    "/admin/extranet/reports/",
    "/admin/extranet/members/",
    "/admin/extranet/workspaces/",
]


def page_scrolls_sideways(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )


@pytest.fixture
def phone_admin(new_browser_page):
    # The browser tests' database is not rolled back between tests: a new address each time.
    staff = make_staff(f"puhelin-{uuid.uuid4().hex[:8]}@example.fi", groups=(), superuser=True)
    staff.set_password(PASSWORD)
    staff.save()
    page = new_browser_page(locale="fi-FI")
    page.set_viewport_size(PHONE)
    log_in_to_admin(page, staff, PASSWORD)
    return page


@pytest.mark.parametrize("url", OUR_ADMIN_VIEWS)
def test_our_admin_views_do_not_scroll_the_page_sideways_on_a_phone(phone_admin, url):
    response = phone_admin.goto(url)
    assert response.status == 200
    assert not page_scrolls_sideways(phone_admin), url


def test_the_search_report_tables_scroll_in_their_own_labelled_box(phone_admin):
    today = timezone.localdate()
    for query in ("kotoutumiskoulutus-ja-työllistymisen-tukipalvelut-kunnissa", "tulkkaus"):
        DailySearch.objects.update_or_create(
            query=query, language="fi", date=today, defaults={"searches": 7, "hit_count": 0}
        )

    phone_admin.goto("/admin/reports/site-search/?language=fi")

    box = phone_admin.get_by_role("region", name="Top queries")
    expect(box.locator("table#top-queries")).to_be_visible()
    expect(phone_admin.get_by_role("region", name="Queries with no results")).to_be_visible()
    assert not page_scrolls_sideways(phone_admin)
    assert_accessible(phone_admin)
