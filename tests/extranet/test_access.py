"""Who gets what from every extranet address: one table, every URL × every kind of person.

Only approved, active members get extranet pages. Everyone else is sent where they belong:
anonymous visitors to log in (and back after), people who have not applied to the
application, applicants and former members to their status page. The own-data pages (download,
delete the account) are open to every signed-in person: it is their own data. No answer, to
anyone, contains a member's contact details that the member has hidden.
"""

import io
from urllib.parse import quote

import pytest
from PIL import Image

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from extranet.models import MemberProfile, Notification, Visibility
from extranet.workspaces import services as workspaces
from tests.extranet.builders import make_member, make_staff, make_user

pytestmark = pytest.mark.django_db

LOGIN = "→ login"  # 302 to the login page, with ?next= back here
APPLY = "→ apply"  # 302 to the membership application
STATUS = "→ status"  # 302 to the status page
HOME = "→ home"  # 302 to the extranet home
EMAIL = "→ email"  # 302 to allauth's email page (verify the address first)
OK = 200
GONE = 404
NOT_ALLOWED = 405  # POST only

ROLES = (
    "anonymous",
    "unverified",
    "not_applied",
    "pending",
    "denied",
    "suspended",
    "ended",
    "deactivated",
    "member",
    "staff",
    "staff_member",
)

# fmt: off
TABLE = [
    # URL name              anonymous unverified not_applied pending denied  suspended ended  deactivated member staff  staff_member
    ("home",                 LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("apply",                LOGIN,  EMAIL,   OK,     STATUS, STATUS, STATUS, STATUS, LOGIN,  HOME,  OK,     HOME),
    ("status",               LOGIN,  OK,      APPLY,  OK,     OK,     OK,     OK,     LOGIN,  HOME,  APPLY,  HOME),
    ("profile_edit",         LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("data_export",          LOGIN,  OK,      OK,     OK,     OK,     OK,     OK,     LOGIN,  OK,    OK,     OK),
    ("delete_account",       LOGIN,  OK,      OK,     OK,     OK,     OK,     OK,     LOGIN,  OK,    OK,     OK),
    ("directory",            LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("notifications",        LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("notification_settings", LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("notification_open",    LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  GONE,  APPLY,  GONE),
    ("notifications_mark_read", LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  NOT_ALLOWED, APPLY, NOT_ALLOWED),
    ("search",               LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("member_detail",        LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("member_photo",         LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("former_member_detail", LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  GONE,  APPLY,  GONE),
    ("former_member_photo",  LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  GONE,  APPLY,  GONE),
    ("organisations",        LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("propose_organisation", LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("organisation_detail",  LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("workspaces",           LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
    ("workspace_create",     LOGIN,  STATUS,  APPLY,  STATUS, STATUS, STATUS, STATUS, LOGIN,  OK,    APPLY,  OK),
]
# fmt: on

CASES = [
    pytest.param(name, role, expected, id=f"{name}-{role}")
    for name, *answers in TABLE
    for role, expected in zip(ROLES, answers, strict=True)
]

HIDDEN_EMAIL = "salainen.kollega@example.fi"
HIDDEN_PHONE = "+358 50 000 1234"


def test_the_table_covers_every_extranet_url():
    from extranet import urls

    # The addresses inside one workspace have tables of their own (test_workspace_access.py
    # and one per area: discussions, files, events, reports).
    # An invitation's page is for anyone holding its token (test_invitations.py).
    named = {
        pattern.name
        for pattern in urls.urlpatterns
        if not str(pattern.pattern).startswith("workspaces/<slug:slug>/")
        and pattern.name != "invitation_accept"
    }
    tabled = {name for name, *_ in TABLE}
    assert named == {name.removeprefix("former_") for name in tabled}


def person(role):
    """A signed-in person of `role`, or None for an anonymous visitor."""
    status = MemberProfile.Status
    match role:
        case "anonymous":
            return None
        case "unverified":
            return make_user(verified=False)
        case "not_applied":
            return make_user()
        case "pending" | "denied" | "suspended" | "ended":
            return make_member(status(role)).user
        case "deactivated":
            return make_member(user=make_user(is_active=False)).user
        case "member":
            return make_member().user
        case "staff":
            return make_staff()
        case "staff_member":
            return make_member(user=make_staff()).user
    raise AssertionError(role)


def photo():
    output = io.BytesIO()
    Image.new("RGB", (40, 40), (10, 120, 60)).save(output, "JPEG")
    return ContentFile(output.getvalue(), name="photo.jpg")


@pytest.fixture
def colleague():
    """An approved member who hides their email address and phone number from everyone."""
    profile = make_member(
        email=HIDDEN_EMAIL,
        first_name="Salla",
        last_name="Salainen",
        organisation="Kuopion kaupunki",
        phone=HIDDEN_PHONE,
        email_visibility=Visibility.NOBODY,
        phone_visibility=Visibility.NOBODY,
    )
    profile.photo.save("photo.jpg", photo())
    return profile


@pytest.fixture
def former_member():
    profile = make_member(MemberProfile.Status.ENDED, organisation="Kuopion kaupunki")
    profile.photo.save("photo.jpg", photo())
    return profile


def address(name, colleague, former_member):
    args = {
        "member_detail": [colleague.pk],
        "member_photo": [colleague.pk],
        "former_member_detail": [former_member.pk],
        "former_member_photo": [former_member.pk],
        "organisation_detail": [colleague.organisation.slug],
    }.get(name, [])
    if name == "notification_open":  # someone else's notification
        workspace = workspaces.create(colleague.user, name="Salainen tila")
        args = [
            Notification.objects.create(
                recipient=colleague.user, workspace=workspace, kind=Notification.Kind.ADDED
            ).pk
        ]
    return reverse(f"extranet:{name.removeprefix('former_')}", args=args)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode()


@pytest.mark.parametrize(("name", "role", "expected"), CASES)
def test_every_extranet_address_answers_each_person_as_the_table_says(
    client, colleague, former_member, name, role, expected
):
    user = person(role)
    if user is not None:
        client.force_login(user)

    with translation.override("fi"):
        path = address(name, colleague, former_member)
        response = client.get(path)
        redirects = {
            LOGIN: f"{reverse('account_login')}?next={quote(path)}",
            APPLY: reverse("extranet:apply"),
            STATUS: reverse("extranet:status"),
            HOME: reverse("extranet:home"),
            EMAIL: reverse("account_email"),
        }

    if expected in redirects:
        assert response.status_code == 302
        assert response["Location"] == redirects[expected]
    else:
        assert response.status_code == expected
    text = body(response)
    assert HIDDEN_EMAIL not in text
    assert HIDDEN_PHONE not in text
