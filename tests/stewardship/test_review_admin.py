"""Editors mark a page reviewed in the admin; nobody who may not edit the page can."""

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from stewardship.models import PageReview
from tests.extranet.builders import make_staff
from tests.stewardship.refused import REFUSED, assert_refused, sign_in_refused

pytestmark = pytest.mark.django_db


def mark_url(page):
    return reverse("stewardship_mark_reviewed", args=(page.pk,))


def test_an_editor_confirms_and_marks_a_page_reviewed(client, site_tree):
    page = site_tree.page("content", "en")
    editor = make_staff(groups=("Editors",))
    client.force_login(editor)

    confirm = client.get(mark_url(page))
    response = client.post(mark_url(page), follow=True)

    assert confirm.status_code == 200
    assert "still correct and current" in confirm.content.decode()
    assert "marked as reviewed" in response.content.decode()
    review = PageReview.objects.get(page=page)
    today = timezone.localdate()
    assert review.last_reviewed_on == today
    assert review.last_reviewed_by == editor
    assert review.review_by == today.replace(year=today.year + 1)
    assert PageLogEntry.objects.filter(
        page=page, action="stewardship.mark_reviewed", user=editor
    ).exists()
    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert "Marked as reviewed" in history.content.decode()


def test_the_page_header_offers_marking_it_reviewed(client, site_tree):
    page = site_tree.page("content", "en")
    client.force_login(make_staff(groups=("Editors",)))

    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))

    assert mark_url(page) in response.content.decode()


@pytest.mark.parametrize("who", REFUSED)
def test_others_may_not_mark_a_page_reviewed(client, site_tree, who):
    page = site_tree.page("content", "en")
    sign_in_refused(client, who)

    for response in (client.get(mark_url(page)), client.post(mark_url(page))):
        assert_refused(response)
    assert not PageReview.objects.filter(page=page, last_reviewed_on__isnull=False).exists()
