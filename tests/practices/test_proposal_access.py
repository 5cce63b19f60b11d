"""Who gets what from the practice proposal pages and their review in the admin: one table,
every address × every kind of person. Only approved members reach the member pages, and only
their own proposals; only reviewers (editors, the expert panel) reach the review; an attachment
goes to its proposer and the reviewers, nobody else."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.urls import reverse

from practices.models import PracticeProposal
from tests.extranet.builders import enable_totp, make_member, make_staff, make_user, pdf_bytes

pytestmark = pytest.mark.django_db

LOGIN = "→ login"
STATUS = "→ status"
OK = 200
FORBIDDEN = 403
GONE = 404
NOT_ALLOWED = 405
REFUSED = "refused"  # the admin's answer to those without the permission: 403 or a redirect away

MEMBER_ROLES = ("anonymous", "unverified", "pending", "suspended", "other_member", "proposer")

# fmt: off
MEMBER_TABLE = [
    # URL name, proposal       anonymous unverified pending suspended other_member proposer
    ("list", None,              LOGIN, STATUS, STATUS, LOGIN, OK,   OK),
    ("new", None,               LOGIN, STATUS, STATUS, LOGIN, OK,   OK),
    ("edit", "returned",        LOGIN, STATUS, STATUS, LOGIN, GONE, OK),
    ("edit", "submitted",       LOGIN, STATUS, STATUS, LOGIN, GONE, FORBIDDEN),
    ("attachment", "returned",  LOGIN, STATUS, STATUS, LOGIN, GONE, OK),
    ("attachment", "published", LOGIN, STATUS, STATUS, LOGIN, GONE, OK),
    ("attachment_remove", "returned", LOGIN, STATUS, STATUS, LOGIN, NOT_ALLOWED, NOT_ALLOWED),
]
# fmt: on

ADMIN_ROLES = ("anonymous", "member", "page_writer", "editor", "expert", "proposer_editor")

# fmt: off
ADMIN_TABLE = [
    # URL name         anonymous member page_writer editor expert proposer_editor
    ("index",          LOGIN, REFUSED, REFUSED, OK, OK, OK),
    ("detail",         LOGIN, REFUSED, REFUSED, OK, OK, OK),
    ("start_review",   LOGIN, REFUSED, REFUSED, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED),
    ("return",         LOGIN, REFUSED, REFUSED, OK, OK, OK),
    ("publish",        LOGIN, REFUSED, REFUSED, OK, OK, OK),
    ("download",       LOGIN, REFUSED, REFUSED, OK, OK, OK),
]
# fmt: on


def member_person(role, proposer):
    match role:
        case "anonymous":
            return None
        case "unverified":
            return make_user(verified=False)
        case "pending":
            return make_member("pending").user
        case "suspended":
            user = make_member().user
            user.is_active = False
            user.save()
            return user
        case "other_member":
            return make_member().user
        case "proposer":
            return proposer


def admin_person(role, proposer):
    match role:
        case "anonymous":
            return None
        case "member":
            return make_member().user
        case "page_writer":
            group = Group.objects.create(name="Page writers")
            group.permissions.add(Permission.objects.get(codename="access_admin"))
            return make_staff(groups=("Page writers",))
        case "editor":
            return make_staff(groups=("Editors",))
        case "expert":
            return make_staff(groups=("Expert panel",))
        case "proposer_editor":
            proposer.is_staff = True
            proposer.save()
            proposer.groups.add(Group.objects.get(name="Editors"))
            enable_totp(proposer)
            return proposer


def proposal_of(proposer, status):
    proposal = PracticeProposal.objects.create(
        proposer=proposer, title="Kummitoiminta", status=status
    )
    attachment = proposal.attachments.create(
        file=ContentFile(pdf_bytes(), name="liite.pdf"),
        name="liite.pdf",
        content_type="application/pdf",
        size=len(pdf_bytes()),
    )
    return proposal, attachment


def answer_of(response):
    if response.status_code == 302:
        if "/accounts/login/" in response.url:
            return LOGIN
        if response.url.endswith("/extranet/status/"):
            return STATUS
        return f"→ {response.url}"
    return response.status_code


@pytest.mark.parametrize(
    ("name", "status", "role", "expected"),
    [
        pytest.param(name, status, role, expected, id=f"{name}-{status}-{role}")
        for name, status, *answers in MEMBER_TABLE
        for role, expected in zip(MEMBER_ROLES, answers, strict=True)
    ],
)
def test_member_pages_answer_each_person_as_the_table_says(client, name, status, role, expected):
    proposer = make_member(first_name="Pia").user
    proposal, attachment = proposal_of(proposer, status or "draft")
    args = {
        "list": [],
        "new": [],
        "edit": [proposal.pk],
        "attachment": [proposal.pk, attachment.pk],
        "attachment_remove": [proposal.pk, attachment.pk],
    }[name]
    person = member_person(role, proposer)
    if person is not None:
        client.force_login(person)
    response = client.get(reverse(f"practice_proposals:{name}", args=args))
    assert answer_of(response) == expected
    if expected != OK:
        assert b"%PDF" not in response.content


@pytest.mark.parametrize("role", ["other_member", "pending"])
def test_nobody_else_removes_an_attachment(client, role):
    proposer = make_member().user
    proposal, attachment = proposal_of(proposer, "returned")
    client.force_login(member_person(role, proposer))
    client.post(reverse("practice_proposals:attachment_remove", args=[proposal.pk, attachment.pk]))
    assert proposal.attachments.count() == 1


@pytest.mark.parametrize(
    ("name", "role", "expected"),
    [
        pytest.param(name, role, expected, id=f"{name}-{role}")
        for name, *answers in ADMIN_TABLE
        for role, expected in zip(ADMIN_ROLES, answers, strict=True)
    ],
)
def test_admin_review_answers_each_person_as_the_table_says(client, name, role, expected):
    proposer = make_member(first_name="Pia").user
    proposal, attachment = proposal_of(proposer, "submitted")
    person = admin_person(role, proposer)
    if person is not None:
        client.force_login(person)
    pk = attachment.pk if name == "download" else proposal.pk
    address = reverse(f"practice_review:{name}", args=[] if name == "index" else [pk])
    response = client.get(address)
    answer = answer_of(response)
    if expected == REFUSED:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response.url != address
        assert b"Kummitoiminta" not in response.content
    elif expected == LOGIN:
        assert response.status_code == 302 and "login" in response.url
    else:
        assert answer == expected


@pytest.mark.parametrize("role", ["member", "page_writer"])
def test_admin_steps_are_refused_without_the_permission(client, role):
    proposer = make_member().user
    proposal, _attachment = proposal_of(proposer, "submitted")
    client.force_login(admin_person(role, proposer))
    client.post(reverse("practice_review:start_review", args=[proposal.pk]))
    client.post(reverse("practice_review:return", args=[proposal.pk]), {"comment": "Muuta"})
    client.post(reverse("practice_review:publish", args=[proposal.pk]), {})
    proposal.refresh_from_db()
    assert proposal.status == PracticeProposal.Status.SUBMITTED
