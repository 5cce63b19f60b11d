"""Invitations to a workspace by email: a workspace admin invites addresses; members are added at
once, everyone else gets a link that leads them through sign-up, verification and the membership
application into the workspace once the staff approve them."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress

from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode

from wagtail.models import ModelLogEntry

from extranet.members import membership
from extranet.models import MemberProfile, Notification, WorkspaceInvitation, WorkspaceMembership
from extranet.workspaces import services as service
from extranet.workspaces.invitations import services as invitations
from tests.extranet import builders
from tests.extranet.builders import application, make_member, make_staff, owner_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def default_language_afterwards():
    """Pages asked for in Swedish leave Swedish active in this thread; later tests expect the
    default language."""
    yield
    translation.deactivate()


NEW_PASSWORD = "Kotoutuminen-on-yhteistyota-2025"  # noqa: S105 - test password


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"extranet:{name}", args=args)


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


@pytest.fixture
def workspace(db):
    owner = builders.member("Olli", "Omistaja")
    return builders.workspace(
        owner, name="Pohjoisen verkosto", language="sv", description="Sisältö"
    )


def invite(client, workspace, emails, message="", by=None):
    client.force_login(by or owner_of(workspace))
    return client.post(
        url("invitation_create", workspace.slug), {"emails": emails, "message": message}
    )


# Inviting


def test_an_admin_invites_a_member_and_a_newcomer_at_once(
    client, workspace, django_capture_on_commit_callbacks
):
    colleague = make_member(email="kollega@example.fi", first_name="Kalle", language="fi")
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(
            client,
            workspace,
            "Kollega@example.fi, uusi.ihminen@example.fi\nuusi.ihminen@example.fi",
            "Tervetuloa mukaan!",
        )

    assert response.status_code == 302
    assert workspace.memberships.filter(user=colleague.user).exists()
    assert Notification.objects.get(recipient=colleague.user).kind == Notification.Kind.ADDED
    invitation = WorkspaceInvitation.objects.get()
    assert invitation.email == "uusi.ihminen@example.fi"
    assert invitation.message == "Tervetuloa mukaan!"
    invited = [m for m in mail.outbox if m.to == ["uusi.ihminen@example.fi"]]
    assert len(invited) == 1
    body = invited[0].body
    assert "Pohjoisen verkosto" in invited[0].subject
    assert "Olli Omistaja" in body
    assert "Tervetuloa mukaan!" in body
    # In the workspace's language, Swedish.
    assert body.startswith("Hej,")
    assert link_in(invited[0]) == url("invitation_accept", invitation.token, language="sv")
    logged = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"extranet.workspace.invitation", "extranet.workspace.invite"} <= logged

    page = client.get(response["Location"]).content.decode()
    assert "uusi.ihminen@example.fi" in page  # in the list of invitations waiting


def test_inviting_again_does_not_send_a_second_invitation(client, workspace):
    invite(client, workspace, "uusi@example.fi")
    invite(client, workspace, "uusi@example.fi")

    assert WorkspaceInvitation.objects.count() == 1


def test_a_wrong_address_is_refused_and_the_input_kept(client, workspace):
    with translation.override("en"):
        response = invite(client, workspace, "hyva@example.fi, ei-osoite", "Viesti säilyy")

    assert response.status_code == 400
    page = response.content.decode()
    assert "These are not email addresses: ei-osoite" in page
    assert "hyva@example.fi, ei-osoite" in page
    assert "Viesti säilyy" in page
    assert not WorkspaceInvitation.objects.exists()


def test_too_many_addresses_at_once_are_refused(client, workspace, settings):
    settings.WORKSPACE_INVITATION_MAX_ADDRESSES = 3
    response = invite(client, workspace, " ".join(f"h{n}@example.fi" for n in range(4)))

    assert response.status_code == 400
    assert "Invite at most 3 addresses at a time." in response.content.decode()
    assert not WorkspaceInvitation.objects.exists()


def test_a_workspace_may_send_only_so_many_invitations_a_day(client, workspace, settings):
    settings.WORKSPACE_INVITATIONS_PER_DAY = 4
    invite(client, workspace, "a@example.fi b@example.fi c@example.fi")
    response = invite(client, workspace, "d@example.fi e@example.fi")

    assert response.status_code == 400
    assert "Please try again tomorrow." in response.content.decode()
    assert WorkspaceInvitation.objects.count() == 3


def test_only_the_workspaces_admins_may_invite(client, workspace):
    member = make_member().user
    WorkspaceMembership.objects.create(workspace=workspace, user=member)
    outsider = make_member().user
    for person in (member, outsider):
        client.force_login(person)
        assert client.get(url("invitation_create", workspace.slug)).status_code == 404
        response = client.post(url("invitation_create", workspace.slug), {"emails": "x@example.fi"})
        assert response.status_code == 404
    assert not WorkspaceInvitation.objects.exists()


def test_an_admin_cancels_an_invitation_and_its_link_stops_working(client, workspace):
    invite(client, workspace, "peruttu@example.fi")
    invitation = WorkspaceInvitation.objects.get()

    response = client.post(url("invitation_create", workspace.slug), {"cancel": invitation.pk})

    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.cancelled_at is not None
    client.logout()
    page = client.get(url("invitation_accept", invitation.token))
    assert page.status_code == 410
    assert "This invitation has been cancelled" in page.content.decode()


# The link


def test_an_anonymous_visitor_sees_only_the_workspaces_name_and_is_offered_sign_up(
    client, workspace
):
    invitation = invitations.invite_by_email(workspace, owner_of(workspace), ["u@example.fi"])
    token = WorkspaceInvitation.objects.get().token
    assert invitation.invited == ["u@example.fi"]

    response = client.get(url("invitation_accept", token))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Pohjoisen verkosto" in page
    assert "Sisältö" not in page  # not even the description
    assert "Olli Omistaja" not in page
    with translation.override("en"):
        signup = reverse("account_signup")
    back = urlencode({"next": url("invitation_accept", token)})
    assert f'href="{signup}?{back}"' in page
    assert "private" in response["Cache-Control"]


def test_a_member_accepts_and_lands_in_the_workspace(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["jasen@example.fi"])
    invitation = WorkspaceInvitation.objects.get()
    member = make_member(email="toinen.osoite@example.fi").user
    # Invited at an address the member added to their account and confirmed.
    EmailAddress.objects.create(user=member, email="Jasen@example.fi", verified=True)
    client.force_login(member)

    assert "Join Pohjoisen verkosto" in client.get(url("invitation_accept", invitation.token)).text
    response = client.post(url("invitation_accept", invitation.token))

    assert response["Location"] == url("workspace_detail", workspace.slug)
    assert workspace.memberships.filter(user=member).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_by == member
    assert invitation.accepted_at is not None
    # Back to the link later: straight into the workspace.
    again = client.get(url("invitation_accept", invitation.token))
    assert again["Location"] == url("workspace_detail", workspace.slug)
    # Anyone else: the invitation has been used.
    client.force_login(make_member().user)
    used = client.get(url("invitation_accept", invitation.token))
    assert used.status_code == 410
    assert "already been used" in used.text
    assert ModelLogEntry.objects.filter(action="extranet.workspace.invitation_accept").exists()


def test_an_invitation_works_only_for_the_account_that_holds_the_invited_address(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["kutsuttu@example.fi"])
    invitation = WorkspaceInvitation.objects.get()
    other = make_member(email="joku.muu@example.fi").user  # a forwarded email, say
    client.force_login(other)

    page = client.get(url("invitation_accept", invitation.token))
    refused = client.post(url("invitation_accept", invitation.token))

    assert page.status_code == refused.status_code == 403
    assert "This invitation was sent to another email address" in page.text
    assert "Pohjoisen verkosto" in page.text  # what the email itself said, and no more
    assert "kutsuttu@example.fi" not in page.text
    assert "Join Pohjoisen verkosto" not in page.text
    assert not workspace.memberships.filter(user=other).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    # The same address, added but not confirmed, is not enough either.
    EmailAddress.objects.create(user=other, email="kutsuttu@example.fi", verified=False)
    assert client.post(url("invitation_accept", invitation.token)).status_code == 403
    with pytest.raises(service.WorkspaceError):
        invitations.accept(invitation, other)
    # Confirmed, it works.
    EmailAddress.objects.filter(email="kutsuttu@example.fi").update(verified=True)
    client.post(url("invitation_accept", invitation.token))
    assert workspace.memberships.filter(user=other).exists()


def test_a_member_of_the_workspace_does_not_use_up_someone_elses_invitation(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["uusi@example.fi"])
    invitation = WorkspaceInvitation.objects.get()
    client.force_login(owner_of(workspace))

    response = client.post(url("invitation_accept", invitation.token))

    assert response["Location"] == url("workspace_detail", workspace.slug)
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_the_refusal_is_in_the_readers_language(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["kutsuttu@example.fi"])
    token = WorkspaceInvitation.objects.get().token
    client.force_login(make_member().user)

    finnish = client.get(url("invitation_accept", token, language="fi"))
    swedish = client.get(url("invitation_accept", token, language="sv"))

    assert finnish.status_code == swedish.status_code == 403
    assert "sähköpostiosoitteeseen" in finnish.text
    assert "e-postadress" in swedish.text


def test_an_expired_invitation_explains_itself(client, workspace, settings):
    invitations.invite_by_email(workspace, owner_of(workspace), ["vanha@example.fi"])
    WorkspaceInvitation.objects.update(
        created_at=timezone.now() - timedelta(days=settings.WORKSPACE_INVITATION_DAYS + 1)
    )
    token = WorkspaceInvitation.objects.get().token
    client.force_login(make_member().user)

    response = client.get(url("invitation_accept", token))
    refused = client.post(url("invitation_accept", token))

    assert response.status_code == refused.status_code == 410
    assert "This invitation has expired." in response.text
    assert not workspace.memberships.filter(user=response.wsgi_request.user).exists()


def test_an_unknown_link_is_not_found(client, db):
    assert client.get(url("invitation_accept", "ei-tallaista")).status_code == 404


def test_an_invitation_to_a_deleted_workspace_shows_nothing_of_it(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["x@example.fi"])
    service.delete(workspace, owner_of(workspace))

    response = client.get(url("invitation_accept", WorkspaceInvitation.objects.get().token))

    assert response.status_code == 410
    assert "Pohjoisen verkosto" not in response.text


def test_a_pending_applicant_is_added_when_approved(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["tyo@example.fi"])
    invitation = WorkspaceInvitation.objects.get()
    applicant = make_member(MemberProfile.Status.PENDING, email="tyo@example.fi")
    client.force_login(applicant.user)

    page = client.get(url("invitation_accept", invitation.token))
    assert "You will be added to the workspace when your membership is approved." in page.text

    membership.approve(applicant, make_staff())

    assert workspace.memberships.filter(user=applicant.user).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    assert Notification.objects.get(recipient=applicant.user).kind == Notification.Kind.ADDED


def test_an_applicant_with_another_address_is_not_added_on_approval(client, workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["tyo@example.fi"])
    invitation = WorkspaceInvitation.objects.get()
    applicant = make_member(MemberProfile.Status.PENDING, email="koti@example.fi")
    client.force_login(applicant.user)

    page = client.get(url("invitation_accept", invitation.token))
    membership.approve(applicant, make_staff())

    assert page.status_code == 403
    assert "This invitation was sent to another email address" in page.text
    assert not workspace.memberships.filter(user=applicant.user).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_approval_accepts_invitations_to_the_applicants_verified_address(workspace):
    invitations.invite_by_email(workspace, owner_of(workspace), ["hakija@example.fi"])
    cancelled = service.create(owner_of(workspace), name="Peruttu tila")
    invitations.invite_by_email(cancelled, owner_of(workspace), ["hakija@example.fi"])
    invitations.cancel(WorkspaceInvitation.objects.get(workspace=cancelled), owner_of(workspace))
    applicant = make_member(MemberProfile.Status.PENDING, email="hakija@example.fi")

    membership.approve(applicant, make_staff())

    assert list(
        WorkspaceMembership.objects.filter(user=applicant.user).values_list(
            "workspace__name", flat=True
        )
    ) == ["Pohjoisen verkosto"]


def test_the_whole_path_from_the_invitation_email_into_the_workspace(
    client, workspace, django_capture_on_commit_callbacks
):
    """Invitation email → sign up → verify → apply → staff approve → in the workspace."""
    cache.clear()  # allauth's rate limits count in the cache
    with django_capture_on_commit_callbacks(execute=True):
        invitations.invite_by_email(workspace, owner_of(workspace), ["aino@example.fi"])
    link = link_in(mail.outbox[-1])
    client.logout()

    landing = client.get(link)
    signup = re.search(r'href="([^"]*/accounts/signup/[^"]*)"', landing.text).group(1)
    signup = signup.replace("&amp;", "&")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            signup,
            {"email": "aino@example.fi", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )
    assert response.status_code == 302
    confirmation = [m for m in mail.outbox if m.to == ["aino@example.fi"]][-1]
    response = client.post(link_in(confirmation))
    assert response.status_code == 302
    # Verified and signed in, back on the invitation, which tells them to apply.
    assert response["Location"] == link
    page = client.get(link)
    assert f'href="{url("apply", language="sv")}"' in page.text

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("apply", language="sv"), application(new_organisation="Pohjoisen kunta")
        )
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user__email="aino@example.fi")
    assert not workspace.memberships.filter(user=profile.user).exists()

    staff = make_staff(superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        membership.approve(profile, staff)

    home = client.get(url("home", language="sv"))
    assert "Pohjoisen verkosto" in home.text
    detail = client.get(url("workspace_detail", workspace.slug, language="sv"))
    assert detail.status_code == 200
    assert workspace.can_read(profile.user)
    assert WorkspaceInvitation.objects.get().accepted_by == profile.user
    assert EmailAddress.objects.get(user=profile.user).verified
