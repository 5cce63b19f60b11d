"""The demo members seed_demo adds: varied, findable, idempotent and quick to build in bulk."""

import random
from collections import Counter

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model

from wagtail.models import Locale

from demo.loaders import blog as blog_demo
from demo.loaders import members as demo
from demo.seeding import SeedReport
from extranet.members.directory import search_members
from extranet.models import ExtranetAnnouncement, MemberProfile, Organisation


@pytest.fixture
def topics(db):
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ["fi", "sv", "en"]
    }
    return blog_demo.seed_topics(locales, SeedReport())


@pytest.fixture
def seeded(topics):
    report = SeedReport()
    demo.seed(None, report)
    return report


def test_the_demo_has_about_two_hundred_varied_members(seeded):
    profiles = MemberProfile.objects.all()
    assert profiles.count() == demo.DEFAULT_MEMBERS
    statuses = Counter(profiles.values_list("status", flat=True))
    assert statuses[MemberProfile.Status.APPROVED] > 120
    for status in ("pending", "suspended", "denied"):
        assert statuses[status] > 0
    assert len(set(profiles.values_list("sector", flat=True))) >= 6
    assert profiles.values("regions__code").distinct().count() >= 15
    assert profiles.values("organisation").distinct().count() >= 30
    assert profiles.filter(topics__isnull=False).distinct().count() > 150
    assert profiles.filter(languages__code="so").exists()
    assert profiles.filter(bio__contains="Jag ").exists()
    member_years = {
        d.year for d in profiles.exclude(member_since=None).dates("member_since", "year")
    }
    assert len(member_years) >= 4


def test_every_demo_member_has_a_verified_address(seeded):
    users = get_user_model().objects.filter(member_profile__isnull=False)
    verified = EmailAddress.objects.filter(user__in=users, verified=True, primary=True)
    assert verified.count() == users.count() == demo.DEFAULT_MEMBERS


def test_the_register_has_approved_proposed_and_rejected_organisations(seeded):
    statuses = Counter(Organisation.objects.values_list("status", flat=True))
    assert statuses["approved"] >= 35 and statuses["proposed"] >= 2 and statuses["rejected"] >= 1
    proposed = Organisation.objects.filter(status="proposed")
    assert all(o.proposed_by for o in proposed)
    for organisation in proposed:
        assert organisation.proposed_by.member_profile.organisation == organisation


def test_announcements_come_in_three_languages(seeded):
    languages = Counter(
        ExtranetAnnouncement.objects.values_list("locale__language_code", flat=True)
    )
    assert languages == {"fi": 3, "sv": 3, "en": 3}


def test_the_known_member_signs_in_and_is_found_by_an_inflected_word(seeded):
    email, password = seeded.credentials[0]
    profile = MemberProfile.objects.get(user__email=email)
    assert profile.is_active_member
    assert profile.user.check_password(password)
    results = search_members(
        profile.user, query="kielikoulutuksessa", regions=["pirkanmaa"]
    ).results
    assert profile in results
    assert profile in search_members(profile.user, query="työllisyydestä").results


def test_seeding_again_adds_nothing(seeded):
    counts = (MemberProfile.objects.count(), Organisation.objects.count())
    report = SeedReport()
    demo.seed(None, report)
    assert not report.created and not report.credentials
    assert (MemberProfile.objects.count(), Organisation.objects.count()) == counts
    assert ExtranetAnnouncement.objects.count() == 9


def test_build_members_adds_as_many_as_asked_each_time(topics):
    first = demo.build_members(30, random.Random(1))
    second = demo.build_members(30, random.Random(1))
    assert len(first) == len(second) == 30
    assert MemberProfile.objects.count() == 60
    assert get_user_model().objects.values("email").distinct().count() == 60
    assert all(profile.search_document for profile in first)
