"""The demo's plain-language versions, law change, review dates and stale translation."""

import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page

from home.models import PlainLanguageIndexPage, PlainLanguagePage
from stewardship import freshness, law_changes
from stewardship.models import PageReview

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=io.StringIO())


def test_five_finnish_and_two_swedish_plain_versions_under_their_pages(demo):
    plain = PlainLanguagePage.objects.live()

    assert plain.filter(locale__language_code="fi").count() == 5
    swedish = plain.filter(locale__language_code="sv")
    assert swedish.count() == 2
    for page in swedish:
        finnish = page.get_translation(plain.filter(locale__language_code="fi").first().locale)
        assert finnish.get_parent().translation_key == page.get_parent().translation_key
    assert PlainLanguageIndexPage.objects.live().count() == 3


def test_the_law_change_reaches_pages_in_three_languages_and_some_are_overdue(demo):
    flagged = law_changes.pages_not_reviewed_since_changes()

    languages = set(
        Page.objects.filter(pk__in=list(flagged)).values_list("locale__language_code", flat=True)
    )
    assert languages == {"fi", "sv", "en"}
    assert PageReview.objects.filter(review_by__lt=timezone.localdate()).count() >= 3
    reviewed_languages = set(
        PageReview.objects.filter(last_reviewed_on__isnull=False).values_list(
            "page__locale__language_code", flat=True
        )
    )
    assert reviewed_languages == {"fi", "sv", "en"}


def test_a_swedish_translation_is_stale(demo):
    stale = list(freshness.stale_translations())

    assert [translation.target_locale.language_code for translation in stale] == ["sv"]
