"""Every published page gets an owner and a review-by date; marking it reviewed moves the date."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from blog.models import NewsPage
from home.models import ContentPage
from stewardship.models import PageReview
from stewardship.reviews import mark_reviewed
from tests.extranet.builders import make_staff

pytestmark = pytest.mark.django_db


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_first_published_page_is_owned_by_editors_and_due_after_the_interval(site_tree):
    page = publish_child(site_tree.page("section", "en"), ContentPage(title="New", slug="new"))

    review = PageReview.objects.get(page=page)
    today = timezone.localdate()
    assert review.owner_group == Group.objects.get(name="Editors")
    assert review.review_by == today.replace(year=today.year + 1)


def test_a_sections_owner_passes_down_and_news_stays_current_for_two_years(site_tree):
    section = site_tree.page("section", "en")
    owner = make_staff(groups=("Editors",))
    PageReview.objects.update_or_create(
        page=section,
        defaults={"owner_user": owner, "owner_group": None, "review_by": datetime.date(2030, 1, 1)},
    )

    page = publish_child(section, NewsPage(title="News", slug="news-item", summary="Short."))

    review = PageReview.objects.get(page=page)
    today = timezone.localdate()
    assert review.owner_user == owner
    assert review.review_by == today.replace(year=today.year + 2)


def test_publishing_again_keeps_the_owner_and_date(site_tree):
    page = publish_child(site_tree.page("section", "en"), ContentPage(title="New", slug="new"))
    PageReview.objects.filter(page=page).update(review_by=datetime.date(2031, 5, 5))

    page.save_revision().publish()

    assert PageReview.objects.get(page=page).review_by == datetime.date(2031, 5, 5)


def test_marking_reviewed_records_who_and_when_and_readers_see_it(client, site_tree):
    page = site_tree.page("content", "en")
    editor = make_staff(groups=("Editors",))

    review = mark_reviewed(page, editor, on=datetime.date(2025, 3, 4))

    assert review.last_reviewed_by == editor
    assert review.review_by == datetime.date(2026, 3, 4)
    html = client.get(page.url).content.decode()
    assert "Last reviewed" in html
    assert "2025" in html
