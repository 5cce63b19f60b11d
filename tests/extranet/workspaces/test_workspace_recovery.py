"""Staff recover a deleted workspace within the retention period; after it, the purge removes it."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import ModelLogEntry

from extranet.models import Workspace
from extranet.workspaces import services as service
from tests.extranet.builders import make_member, make_staff

pytestmark = pytest.mark.django_db

S = Workspace.State
INDEX = "extranet_workspaces:index"


def deleted_workspace(days_ago=1, archived=False, owner_language="fi"):
    owner = make_member(first_name="Olli", last_name="Omistaja", language=owner_language).user
    ws = service.create(owner, name="Poistettu verkosto")
    if archived:
        service.archive(ws, owner)
    service.delete(ws, owner)
    Workspace.objects.filter(pk=ws.pk).update(deleted_at=timezone.now() - timedelta(days=days_ago))
    return Workspace.objects.get(pk=ws.pk)


@pytest.fixture
def editor(db):
    return make_staff("eila.editori@example.fi", first_name="Eila", last_name="Editori")


def test_recovering_brings_an_active_workspace_back_for_its_members(
    editor, django_capture_on_commit_callbacks
):
    ws = deleted_workspace(owner_language="sv")
    owner = ws.memberships.get().user

    with django_capture_on_commit_callbacks(execute=True):
        service.recover(ws, editor)

    ws.refresh_from_db()
    assert ws.state == S.ACTIVE
    assert ws.deleted_at is None
    assert ws.can_read(owner)
    entry = ModelLogEntry.objects.get(action="extranet.workspace.recover")
    assert entry.user == editor
    [email] = mail.outbox
    assert email.to == [owner.email]
    assert email.body.startswith("Hej Olli Omistaja,")  # in the owner's language
    assert "Poistettu verkosto" in email.subject + email.body
    assert f"/sv/extranet/workspaces/{ws.slug}/" in email.body


def test_a_workspace_archived_before_deletion_comes_back_archived(editor):
    ws = deleted_workspace(archived=True)
    service.recover(ws, editor)
    ws.refresh_from_db()
    assert ws.state == S.ARCHIVED
    assert ws.archived_at is not None


@override_settings(WORKSPACE_DELETE_RETENTION_DAYS=30)
def test_after_the_retention_period_it_cannot_be_recovered_and_is_purged(editor):
    ws = deleted_workspace(days_ago=31)
    with translation.override("en"), pytest.raises(service.WorkspaceError) as error:
        service.recover(ws, editor)
    assert "retention period is over" in str(error.value)
    assert not mail.outbox

    call_command("purge_deleted_workspaces", stdout=None)
    assert not Workspace.objects.filter(pk=ws.pk).exists()


@override_settings(WORKSPACE_DELETE_RETENTION_DAYS=30)
def test_within_the_retention_period_the_purge_leaves_it_recoverable(editor):
    ws = deleted_workspace(days_ago=29)
    call_command("purge_deleted_workspaces", stdout=None)
    assert service.can_recover(Workspace.objects.get(pk=ws.pk), editor)


def test_only_deleted_workspaces_are_recovered_and_only_by_staff_who_close_workspaces(editor):
    active = service.create(make_member().user, name="Elävä")
    with pytest.raises(service.WorkspaceError):
        service.recover(active, editor)
    ws = deleted_workspace()
    owner = ws.memberships.get().user
    for person in (owner, make_staff(groups=("Moderators",))):
        with pytest.raises(service.WorkspaceError):
            service.recover(ws, person)
    ws.refresh_from_db()
    assert ws.state == S.DELETED


@override_settings(WORKSPACE_DELETE_RETENTION_DAYS=30)
def test_staff_filter_deleted_workspaces_and_recover_one_in_the_admin(
    client, editor, django_capture_on_commit_callbacks
):
    recoverable = deleted_workspace(days_ago=2)
    expired = deleted_workspace(days_ago=40)
    service.create(make_member().user, name="Elävä työtila")
    client.force_login(editor)

    listing = client.get(reverse(INDEX), {"state": "deleted"})

    content = listing.content.decode()
    assert listing.status_code == 200
    assert {ws.pk for ws in listing.context["object_list"]} == {recoverable.pk, expired.pk}
    assert "Elävä työtila" not in content
    recover_url = reverse("extranet_workspaces:recover", args=[recoverable.pk])
    assert recover_url in content
    assert reverse("extranet_workspaces:recover", args=[expired.pk]) not in content
    assert client.get(recover_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(recover_url)
    assert response.status_code == 302
    recoverable.refresh_from_db()
    assert recoverable.state == S.ACTIVE
    assert len(mail.outbox) == 1

    response = client.post(reverse("extranet_workspaces:recover", args=[expired.pk]), follow=True)
    messages = [str(m).strip() for m in response.context["messages"]]
    assert any("retention period is over" in m for m in messages)
    expired.refresh_from_db()
    assert expired.state == S.DELETED


def test_staff_without_the_close_permission_cannot_recover(client):
    ws = deleted_workspace()
    group = Group.objects.create(name="Page writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(make_staff(groups=("Page writers",)))
    response = client.post(reverse("extranet_workspaces:recover", args=[ws.pk]))
    assert response.status_code in (302, 403)
    ws.refresh_from_db()
    assert ws.state == S.DELETED


@pytest.mark.parametrize("days, words", [(14, "for 14 days"), (1, "for 1 day;")])
def test_the_delete_page_says_how_many_days_staff_can_recover_the_workspace(
    client, settings, days, words
):
    settings.WORKSPACE_DELETE_RETENTION_DAYS = days
    owner = make_member(language="en").user
    workspace = service.create(owner, name="Poistettava", language="fi")
    client.force_login(owner)
    with translation.override("en"):
        page = client.get(reverse("extranet:workspace_delete", args=[workspace.slug]))
    assert page.status_code == 200
    assert f"The site's staff can still recover it {words}" in page.content.decode()
    assert "limited time" not in page.content.decode()
