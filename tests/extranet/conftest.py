"""Builders for extranet tests: people at every stage of membership, and staff who can reach
the Wagtail admin.

Use the plain functions (`make_user`, `make_member`, `make_staff`, `make_organisation`,
`enable_totp`) from any test module, or the fixtures of the same purpose (`member_factory`,
`staff_factory`) which only add the `db` dependency:

    from tests.extranet.conftest import make_member

    def test_something(db):
        anna = make_member(first_name="Anna", region="pirkanmaa", sector="ngo",
                           organisation="Pirkanmaan Setlementti", topics=["työllisyys"],
                           languages=["fi", "ar"])
        anna.user  # the auth User; password is PASSWORD
"""

import itertools

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from extranet.models import MemberProfile, Organisation, ProfileLanguage, ProfileRegion, Sector

PASSWORD = "correct horse battery staple 42"  # noqa: S105 - test password
_sequence = itertools.count(1)


def make_user(email=None, *, first_name="", last_name="", verified=True, **fields):
    """An account that signs in with `email` and PASSWORD. `verified=False` leaves the address
    unverified (the state right after sign-up); `verified=None` records no address at all."""
    n = next(_sequence)
    email = email or f"person{n}@example.fi"
    user = get_user_model().objects.create_user(
        username=fields.pop("username", f"user{n}"),
        email=email,
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
        **fields,
    )
    if verified is not None:
        EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_organisation(name, *, status=Organisation.Status.APPROVED, **fields):
    """An organisation from the register, created on first use (names are unique)."""
    organisation, _ = Organisation.objects.get_or_create(
        name=name, defaults={"status": status, **fields}
    )
    return organisation


def _topic(value):
    from home.models import Topic

    if isinstance(value, Topic):
        return value
    locale = Locale.objects.get_or_create(language_code="fi")[0]
    slug = value.lower().replace(" ", "-")
    topic, _ = Topic.objects.get_or_create(slug=slug, locale=locale, defaults={"name": value})
    return topic


def make_member(
    status=MemberProfile.Status.APPROVED,
    *,
    email=None,
    first_name="Maija",
    last_name=None,
    region="uusimaa",
    sector=Sector.MUNICIPALITY,
    organisation=None,
    topics=(),
    languages=(),
    job_title="Kotoutumiskoordinaattori",
    motivation="Haluan verkostoitua kotoutumistyön ammattilaisten kanssa.",
    language="fi",
    user=None,
    **fields,
):
    """A person with a verified address and a membership application in `status`; returns the
    MemberProfile (its `.user` signs in with PASSWORD).

    region: a Region code, or a list of codes (ProfileRegion rows); None for none.
    organisation: an Organisation, or a name (created approved in the register if missing).
    topics: Topic objects or names (names become Finnish topics, created if missing).
    languages: SpokenLanguage codes spoken (ProfileLanguage rows).
    language: the language the member gets messages in (fi/sv/en).
    Approved, suspended and ended members get member_since; the profile's search document is
    refreshed so directory searches find them. Other keyword arguments set profile fields
    (bio, phone, email_visibility, applied_at, ...). Nothing is added to the Members group:
    status changes through extranet.members.membership keep that in sync.
    """
    if user is None:
        n = next(_sequence)
        user = make_user(
            email or f"member{n}@example.fi",
            first_name=first_name,
            last_name=last_name if last_name is not None else f"Jäsen{n}",
        )
    if isinstance(organisation, str):
        organisation = make_organisation(organisation)
    if status in (
        MemberProfile.Status.APPROVED,
        MemberProfile.Status.SUSPENDED,
        MemberProfile.Status.ENDED,
    ):
        fields.setdefault("member_since", timezone.now())
    profile = MemberProfile.objects.create(
        user=user,
        status=status,
        language=language,
        motivation=motivation,
        job_title=job_title,
        organisation=organisation,
        sector=sector,
        **fields,
    )
    regions = [region] if isinstance(region, str) else list(region or ())
    ProfileRegion.objects.bulk_create([ProfileRegion(profile=profile, code=c) for c in regions])
    ProfileLanguage.objects.bulk_create(
        [ProfileLanguage(profile=profile, code=c) for c in languages]
    )
    if topics:
        profile.topics.set([_topic(t) for t in topics])
    profile.refresh_search_document()
    return profile


def enable_totp(user):
    """Turn on two-factor authentication for `user`, so the admin lets a staff account in."""
    return TOTP.activate(user, generate_totp_secret())


def make_staff(email=None, *, groups=("Editors",), superuser=False, totp=True, **fields):
    """A staff account that reaches the Wagtail admin: in `groups` (which must exist; the
    migrations create Editors and Moderators), with TOTP enabled unless `totp=False` (then the
    admin two-factor requirement redirects it)."""
    user = make_user(email, is_staff=True, is_superuser=superuser, **fields)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if totp:
        enable_totp(user)
    # The admin speaks English to them, so tests read the source strings.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def member_factory(db):
    """`member_factory(status="pending", region=..., ...)`: see make_member."""
    return make_member


@pytest.fixture
def staff_factory(db):
    """`staff_factory(groups=("Editors",))`: see make_staff."""
    return make_staff
