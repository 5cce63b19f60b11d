"""The whole demo site as `seed_demo` builds it on an empty database: exactly as many objects of
every kind as before the demo moved into its own app and its content into files, working logins,
a second run that changes nothing, and the content upkeep it shows (plain-language versions, a
law change, review dates and a stale translation).

The site is seeded once for the module (twice, for the second run) and rolled back after it;
every test here reads that one site."""

import io
import re
from collections import Counter

import pytest

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from wagtail.images.models import Image
from wagtail.models import Page, Revision

from blog.models import BlogPage, Comment, NewsPage
from demo.loaders import members as members_demo
from events.models import EventPage, Registration
from extranet.models import MemberProfile
from home.models import (
    ContentPage,
    HomePage,
    PlainLanguageIndexPage,
    PlainLanguagePage,
    SectionPage,
    SiteSettings,
)
from stewardship import freshness, law_changes
from stewardship.models import PageReview

pytestmark = pytest.mark.django_db

# What one run of seed_demo adds to a freshly migrated database, by model (auto-created
# many-to-many tables included), counted before the demo moved into its own app and its content
# into demo/content/.
# Left out: the search index's rows, which depend on the search backend configured.
CREATED = {
    "home.PlainLanguagePage": 7,
    "home.PlainLanguageIndexPage": 3,
    "stewardship.PageReview": 243,
    "stewardship.LawChange": 1,
    "stewardship.LawChangeSection": 1,
    "stewardship.UpkeepSettings": 1,
    "wagtail_localize.TranslatableObject": 1,
    "wagtail_localize.TranslationSource": 1,
    "wagtail_localize.Translation": 1,
    "wagtail_localize.String": 23,
    "wagtail_localize.TranslationContext": 23,
    "wagtail_localize.Template": 2,
    "wagtail_localize.StringSegment": 23,
    "wagtail_localize.TemplateSegment": 7,
    "wagtail_localize.OverridableSegment": 2,
    "account.EmailAddress": 203,
    "auth.User": 203,
    "auth.User_groups": 166,
    "blog.Author": 18,
    "blog.BlogIndexPage": 3,
    "blog.BlogPage": 30,
    "blog.BlogPageTag": 90,
    "blog.BlogPage_authors": 36,
    "blog.BlogPage_topics": 51,
    "blog.Comment": 26,
    "blog.NewsIndexPage": 3,
    "blog.NewsPage": 30,
    "blog.NewsPageTag": 84,
    "blog.NewsPage_authors": 3,
    "blog.NewsPage_topics": 45,
    "events.EventIndexPage": 3,
    "events.AnnouncedDetails": 10,
    "events.EventPage": 30,
    "events.EventPage_topics": 45,
    "events.Registration": 20,
    "extranet.EventAttendance": 379,
    "extranet.Discussion": 136,
    "extranet.DiscussionRead": 35,
    "extranet.ExtranetAnnouncement": 9,
    "extranet.FileVersion": 112,
    "extranet.Folder": 45,
    "extranet.JoinRequest": 8,
    "extranet.MemberProfile": 200,
    "extranet.MemberProfile_topics": 380,
    "extranet.Notification": 56,
    "extranet.Organisation": 44,
    "extranet.Post": 623,
    "extranet.Post_mentions": 55,
    "extranet.ProfileLanguage": 458,
    "extranet.ProfileRegion": 245,
    "extranet.Workspace": 30,
    "extranet.WorkspaceEvent": 79,
    "extranet.WorkspaceFile": 109,
    "extranet.WorkspaceMembership": 474,
    "extranet.Workspace_topics": 32,
    "feedback.FeedbackFormField": 12,
    "feedback.FeedbackFormPage": 3,
    "glossary.Concept": 68,
    "glossary.Concept_related": 192,
    "glossary.Definition": 204,
    "glossary.GlossaryPage": 3,
    "glossary.Term": 247,
    "home.ContentPage": 30,
    "home.HomePage": 3,
    "home.SectionPage": 9,
    "home.SiteSettings": 1,
    "home.Topic": 18,
    "materials.Material": 96,
    "materials.MaterialIndexPage": 3,
    "materials.Material_languages": 204,
    "materials.Material_topics": 114,
    "newsletter.NewsletterIssuePage": 3,
    "newsletter.NewsletterPage": 3,
    "newsletter.Subscriber": 30,
    "practices.PracticeIndexPage": 3,
    "practices.PracticePage": 75,
    "practices.PracticePage_organisations": 93,
    "practices.PracticePage_regions": 78,
    "practices.PracticePage_target_groups": 150,
    "practices.PracticePage_topics": 132,
    "practices.PracticeProposal": 5,
    "practices.PracticeProposal_organisations": 5,
    "practices.PracticeProposal_regions": 5,
    "practices.PracticeProposal_target_groups": 6,
    "practices.PracticeProposal_topics": 7,
    "taggit.Tag": 119,
    "wagtailcore.Collection": 1,
    "wagtailcore.Locale": 2,
    # 234 pages, less Wagtail's welcome page, which the demo home page replaces.
    "wagtailcore.Page": 243,
    "wagtailcore.PageLogEntry": 744,
    "wagtailcore.ReferenceIndex": 432,
    "wagtailcore.Revision": 453,
    "wagtaildocs.Document": 28,
    "wagtailimages.Image": 8,
}
# Derived from the content by the search index, not content of its own.
NOT_COUNTED = {"wagtailsearch.IndexEntry", "search.SearchWord"}
# Pages of each type in each language.
PAGES = {
    "blog.blogindexpage": 1,
    "blog.blogpage": 10,
    "blog.newsindexpage": 1,
    "blog.newspage": 10,
    "events.eventindexpage": 1,
    "events.eventpage": 10,
    "feedback.feedbackformpage": 1,
    "glossary.glossarypage": 1,
    "home.contentpage": 10,
    "home.homepage": 1,
    "home.sectionpage": 3,
    "materials.materialindexpage": 1,
    "newsletter.newsletterissuepage": 1,
    "newsletter.newsletterpage": 1,
    "practices.practiceindexpage": 1,
    "practices.practicepage": 25,
    "home.plainlanguageindexpage": 1,
}
# Plain-language versions are in Finnish and Swedish only.
PLAIN_PAGES = {("home.plainlanguagepage", "fi"): 5, ("home.plainlanguagepage", "sv"): 2}


def seed(*args):
    output = io.StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def counts():
    """Rows of every model with a table of its own, by label."""
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }


def pages_by_type_and_language():
    return Counter(
        (page.content_type.app_label + "." + page.content_type.model, page.locale.language_code)
        for page in Page.objects.select_related("content_type", "locale").exclude(depth=1)
    )


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "users": User.objects.count(),
    }


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """seed_demo run twice on the migrated test database, with the counts before, after the
    first run and after the second, and what each run printed."""
    with django_db_blocker.unblock(), transaction.atomic():
        before = counts()
        first = seed()
        after_first, pages, first_snapshot = counts(), pages_by_type_and_language(), snapshot()
        second = seed()
        yield {
            "before": before,
            "first": after_first,
            "second": counts(),
            "pages": pages,
            "snapshots": (first_snapshot, snapshot()),
            "output": (first, second),
        }
        transaction.set_rollback(True)


@pytest.fixture
def site(demo_site, db):
    return demo_site


def test_seed_demo_creates_as_many_objects_of_every_kind_as_before(site):
    created = {
        label: site["first"][label] - site["before"][label]
        for label in site["first"]
        if label not in NOT_COUNTED
    }
    assert {label: n for label, n in created.items() if n} == CREATED


def test_every_language_has_the_same_pages_of_every_type(site):
    expected = {(kind, code): n for kind, n in PAGES.items() for code in ("fi", "sv", "en")}
    expected |= PLAIN_PAGES
    assert site["pages"] == expected


def test_a_second_run_leaves_every_count_unchanged(site):
    assert site["second"] == site["first"]


def test_seed_demo_builds_a_trilingual_site_with_real_text_and_working_logins(site, client):
    output = site["output"][0]

    assert "admin@example.fi             password:" in output
    assert "editor@example.fi            password:" in output
    assert "publisher@example.fi         password:" in output
    for code in ("fi", "sv", "en"):
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert SectionPage.objects.live().filter(locale__language_code=code).count() == 3
        assert ContentPage.objects.live().filter(locale__language_code=code).count() >= 10
        assert BlogPage.objects.live().filter(locale__language_code=code).count() == 10
        assert NewsPage.objects.live().filter(locale__language_code=code).count() == 10
        assert client.get(f"/{code}/").status_code == 200
    assert SiteSettings.objects.get().accessibility_statement_page is not None
    # The admin's image form requires alternative text; the demo's images have it.
    assert Image.objects.exists() and not Image.objects.filter(description="").exists()
    for status in Comment.Status.values:
        assert Comment.objects.filter(status=status).exists(), status

    for page in ContentPage.objects.live():
        assert len(str(page.body).split()) > 150, page.title
        for block in page.body:
            if block.block_type == "image":
                assert block.value["alt_text"].strip(), page.title
    assert "lorem" not in client.get("/fi/").content.decode().lower()

    password = next(
        line.split("password:")[1].strip() for line in output.splitlines() if "editor" in line
    )
    assert client.login(username="editor", password=password)
    # The admin first asks the editor to set up two-factor authentication.
    assert "/accounts/2fa/totp/activate/" in client.get("/admin/")["Location"]


def test_seed_demo_twice_changes_nothing(site):
    before, after = site["snapshots"]
    second = site["output"][1]

    assert after == before
    assert "nothing changed" in second
    assert "password" not in second


def test_seed_demo_prints_one_members_login_once_and_adds_members_on_request(site):
    line = next(
        line for line in site["output"][0].splitlines() if "laura.nieminen@example.fi" in line
    )
    password = re.search(r"password: (\S+)", line).group(1)
    laura = get_user_model().objects.get(email="laura.nieminen@example.fi")
    assert laura.check_password(password)
    assert laura.member_profile.is_active_member
    assert "laura.nieminen@example.fi" not in site["output"][1]
    members = MemberProfile.objects.count()
    assert members == members_demo.DEFAULT_MEMBERS

    output = seed("--members", "25")

    assert "laura.nieminen@example.fi" not in output
    assert "nothing changed" in output
    assert MemberProfile.objects.count() == members + 25


def test_five_finnish_and_two_swedish_plain_versions_under_their_pages(site):
    plain = PlainLanguagePage.objects.live()

    assert plain.filter(locale__language_code="fi").count() == 5
    swedish = plain.filter(locale__language_code="sv")
    assert swedish.count() == 2
    for page in swedish:
        finnish = page.get_translation(plain.filter(locale__language_code="fi").first().locale)
        assert finnish.get_parent().translation_key == page.get_parent().translation_key
    assert PlainLanguageIndexPage.objects.live().count() == 3


def test_the_law_change_reaches_pages_in_three_languages_and_some_are_overdue(site):
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


def test_a_swedish_translation_is_stale(site):
    stale = list(freshness.stale_translations())

    assert [translation.target_locale.language_code for translation in stale] == ["sv"]


def test_upcoming_events_take_registrations_and_one_is_full_with_a_waiting_list(site):
    open_events = EventPage.objects.live().filter(registration_enabled=True)
    keys = set(open_events.values_list("translation_key", flat=True))
    registrations = Registration.objects.filter(event_key__in=keys)
    full = [
        key
        for key in keys
        if registrations.filter(event_key=key, status=Registration.Status.WAITING).exists()
    ]

    assert len(keys) >= 3
    assert all(event.end > timezone.now() and not event.registration_url for event in open_events)
    assert len(full) == 1
    capacity = open_events.filter(translation_key=full[0]).first().capacity
    confirmed = registrations.filter(event_key=full[0], status=Registration.Status.CONFIRMED)
    assert confirmed.count() == capacity
    assert set(registrations.values_list("language", flat=True)) == {"fi", "sv", "en"}
