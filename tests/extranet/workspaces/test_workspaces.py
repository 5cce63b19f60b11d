"""Workspaces: the rules of who sees and does what, and the actions members and staff take."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import ModelLogEntry

from extranet.models import JoinRequest, MemberProfile, Workspace, WorkspaceMembership
from extranet.workspaces import services as service
from tests.extranet.builders import (
    cover_upload,
    make_member,
    make_staff,
    member,
    settings_data,
    workspace,
)

pytestmark = pytest.mark.django_db

Role = WorkspaceMembership.Role
V = Workspace.Visibility
S = Workspace.State


def actions(ws):
    return list(
        ModelLogEntry.objects.filter(object_id=str(ws.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_the_creator_becomes_the_only_owner_and_it_is_logged():
    owner = member()
    ws = workspace(owner)
    assert ws.role_of(owner) == Role.OWNER
    assert ws.memberships.count() == 1
    assert ws.slug == "kotoutumisen-tyoryhma"
    assert actions(ws) == ["extranet.workspace.create"]


def test_an_applicant_cannot_create_a_workspace():
    with pytest.raises(service.WorkspaceError):
        workspace(make_member(MemberProfile.Status.PENDING).user)


def test_a_workspace_never_gets_the_address_of_the_create_page():
    assert workspace(name="New").slug == "new-2"


def test_a_workspace_cannot_have_two_owners():
    ws = workspace()
    with pytest.raises(IntegrityError):
        WorkspaceMembership.objects.create(workspace=ws, user=member(), role=Role.OWNER)


def test_a_new_member_gets_a_daily_digest_by_default():
    ws = workspace()
    assert service.join(ws, member()).notify == WorkspaceMembership.Notify.DAILY_DIGEST


def test_open_workspaces_are_joined_closed_ones_requested_secret_ones_neither():
    open_ws, closed_ws, secret_ws = (workspace(visibility=v, name=v) for v in V)
    anna = member()
    service.join(open_ws, anna)
    assert open_ws.can_read(anna)
    with pytest.raises(service.WorkspaceError):
        service.join(closed_ws, anna)
    with pytest.raises(service.WorkspaceError):
        service.join(secret_ws, anna)
    with pytest.raises(service.WorkspaceError):
        service.request_to_join(secret_ws, anna)
    service.request_to_join(closed_ws, anna, "Olen mukana hankkeessa.")
    assert not closed_ws.can_read(anna)
    with pytest.raises(service.WorkspaceError):
        service.request_to_join(closed_ws, anna)


def test_an_admin_accepts_or_declines_a_request_to_join():
    owner = member()
    ws = workspace(owner, V.CLOSED)
    anna, ben = member(), member()
    first = service.request_to_join(ws, anna)
    second = service.request_to_join(ws, ben)
    with pytest.raises(service.WorkspaceError):
        service.accept(second, anna)  # not an admin
    service.accept(first, owner)
    service.decline(second, owner)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == JoinRequest.Status.ACCEPTED and first.decided_by == owner
    assert second.status == JoinRequest.Status.DECLINED
    assert ws.can_read(anna) and not ws.can_read(ben)
    with pytest.raises(service.WorkspaceError):
        service.accept(second, owner)  # already decided
    assert "extranet.workspace.accept" in actions(ws)
    assert "extranet.workspace.decline" in actions(ws)


def test_admins_invite_active_members_only_into_any_workspace():
    owner = member()
    ws = workspace(owner, V.SECRET)
    anna = member()
    service.invite(ws, anna, owner)
    assert ws.can_read(anna)
    with pytest.raises(service.WorkspaceError):
        service.invite(ws, anna, owner)  # already in
    with pytest.raises(service.WorkspaceError):
        service.invite(ws, make_member(MemberProfile.Status.SUSPENDED).user, owner)
    with pytest.raises(service.WorkspaceError):
        service.invite(ws, member(), anna)  # a plain member can't


def test_the_owner_must_hand_over_before_leaving():
    owner = member()
    ws = workspace(owner)
    anna = member()
    service.join(ws, anna)
    with pytest.raises(service.WorkspaceError, match="Siirrä omistajuus"):
        service.leave(ws, owner)
    with pytest.raises(service.WorkspaceError):
        service.hand_over_ownership(ws, owner, anna)  # not the owner
    service.hand_over_ownership(ws, anna, owner)
    assert ws.role_of(anna) == Role.OWNER
    assert ws.role_of(owner) == Role.ADMIN
    service.leave(ws, owner)
    assert not ws.can_read(owner)
    assert ws.memberships.filter(role=Role.OWNER).count() == 1


def test_roles_change_and_members_are_removed_by_admins_only_the_owner_untouchable():
    owner = member()
    ws = workspace(owner)
    anna, ben = member(), member()
    service.join(ws, anna)
    service.join(ws, ben)
    service.change_role(ws, anna, Role.ADMIN, owner)
    assert ws.can_manage(anna)
    with pytest.raises(service.WorkspaceError):
        service.change_role(ws, owner, Role.MEMBER, anna)
    with pytest.raises(service.WorkspaceError):
        service.change_role(ws, ben, Role.OWNER, owner)
    with pytest.raises(service.WorkspaceError):
        service.remove_member(ws, owner, anna)
    with pytest.raises(service.WorkspaceError):
        service.remove_member(ws, anna, ben)  # a plain member can't
    service.remove_member(ws, ben, anna)
    assert not ws.can_read(ben)
    assert "extranet.workspace.remove" in actions(ws)


def test_archiving_makes_it_read_only_and_restoring_brings_it_back():
    owner = member()
    ws = workspace(owner)
    anna = member()
    service.join(ws, anna)
    with pytest.raises(service.WorkspaceError):
        service.archive(ws, anna)
    service.archive(ws, owner)
    assert ws.state == S.ARCHIVED and ws.archived_at
    assert ws.can_read(anna) and not ws.can_post(anna) and not ws.can_manage(owner)
    assert ws in Workspace.objects.visible_to(member())
    service.restore(ws, owner)
    assert ws.state == S.ACTIVE and ws.archived_at is None and ws.can_post(anna)


def test_a_deleted_workspace_is_gone_for_everyone_and_purged_after_the_retention(settings):
    settings.WORKSPACE_DELETE_RETENTION_DAYS = 30
    owner = member()
    ws = workspace(owner)
    service.delete(ws, owner)
    assert ws.state == S.DELETED and ws.deleted_at
    assert not ws.can_read(owner)
    assert not Workspace.objects.visible_to(owner).exists()
    old = workspace(owner, name="Vanha")
    service.delete(old, owner)
    Workspace.objects.filter(pk=old.pk).update(deleted_at=timezone.now() - timedelta(days=31))
    call_command("purge_deleted_workspaces", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Workspace.objects.filter(pk=ws.pk).exists()
    assert not Workspace.objects.filter(pk=old.pk).exists()
    assert "extranet.workspace.purge" in actions(old)


def test_staff_close_with_a_reason_members_read_only_others_see_nothing():
    owner = member()
    ws = workspace(owner)
    outsider = member()
    editor = make_staff()
    with pytest.raises(service.WorkspaceError):
        service.close(ws, owner, "Asiaton")
    with pytest.raises(service.WorkspaceError):
        service.close(ws, editor, "  ")
    service.close(ws, editor, "Laiton sisältö")
    ws.refresh_from_db()
    assert ws.state == S.CLOSED and ws.close_reason == "Laiton sisältö"
    assert ws.can_read(owner) and not ws.can_post(owner) and not ws.can_delete(owner)
    assert not ws.can_see_description(outsider)
    assert ws not in Workspace.objects.visible_to(outsider)
    assert ws in Workspace.objects.visible_to(owner)
    service.reopen(ws, editor)
    assert ws.state == S.ACTIVE and ws.can_post(owner)
    assert actions(ws)[-2:] == ["extranet.workspace.close", "extranet.workspace.reopen"]


def test_reopening_an_archived_then_closed_workspace_leaves_it_archived():
    owner = member()
    ws = workspace(owner)
    service.archive(ws, owner)
    editor = make_staff()
    service.close(ws, editor, "Tarkistus")
    service.reopen(ws, editor)
    assert ws.state == S.ARCHIVED


def test_visible_to_lists_open_and_closed_to_members_and_secret_only_to_its_own():
    owner = member()
    open_ws, closed_ws, secret_ws = (workspace(owner, v, name=v) for v in V)
    outsider = member()
    assert set(Workspace.objects.visible_to(outsider)) == {open_ws, closed_ws}
    assert set(Workspace.objects.visible_to(owner)) == {open_ws, closed_ws, secret_ws}
    assert not Workspace.objects.visible_to(make_member(MemberProfile.Status.PENDING).user)
    assert not Workspace.objects.visible_to(make_staff())
    assert outsider_cannot_read_any(outsider, open_ws, closed_ws, secret_ws)


def outsider_cannot_read_any(user, *spaces):
    return not any(ws.can_read(user) or ws.can_post(user) for ws in spaces)


def test_a_suspended_member_loses_access_to_their_workspaces():
    profile = make_member()
    ws = workspace(profile.user, V.SECRET)
    profile.status = MemberProfile.Status.SUSPENDED
    profile.save()
    user = type(profile.user).objects.get(pk=profile.user.pk)
    assert not ws.can_read(user) and not Workspace.objects.visible_to(user).exists()


def test_a_refused_action_speaks_the_members_language():
    ws = workspace()
    with translation.override("en"), pytest.raises(service.WorkspaceError) as refused:
        service.archive(ws, member())
    assert "owner" in str(refused.value)


def test_the_extranet_home_lists_my_active_workspaces_only(client):
    owner = member()
    mine = workspace(owner, V.SECRET, name="Oma salainen ryhmä")
    archived = workspace(owner, name="Arkistoitu ryhmä")
    service.archive(archived, owner)
    workspace(name="Toisen ryhmä")
    client.force_login(owner)
    with translation.override("fi"):
        text = client.get(reverse("extranet:home")).content.decode()
    assert mine.name in text
    assert "Arkistoitu ryhmä" not in text
    assert "Toisen ryhmä" not in text


def test_creating_a_workspace_through_the_form(client):
    owner = member()
    client.force_login(owner)
    with translation.override("fi"):
        response = client.post(
            reverse("extranet:workspace_create"),
            {
                "name": "Ukrainalaisten työllistyminen",
                "description": "Yhteistyöryhmä",
                "purpose": "project",
                "visibility": "closed",
                "language": "fi",
            },
        )
    ws = Workspace.objects.get()
    assert response.status_code == 302
    assert ws.visibility == V.CLOSED and ws.role_of(owner) == Role.OWNER


def test_a_form_with_errors_keeps_the_input_and_answers_400(client):
    client.force_login(member())
    with translation.override("fi"):
        response = client.post(
            reverse("extranet:workspace_create"),
            {"name": "", "description": "Säilyvä kuvaus", "purpose": "x", "visibility": "open"},
        )
    assert response.status_code == 400
    assert "Säilyvä kuvaus" in response.content.decode()
    assert not Workspace.objects.exists()


def with_cover(owner):
    ws = workspace(owner)
    ws.cover.save("kansi.png", cover_upload(), save=True)
    return ws


def test_the_settings_show_the_cover_through_the_members_only_view(client):
    owner = member()
    ws = with_cover(owner)
    client.force_login(owner)

    with translation.override("fi"):
        response = client.get(reverse("extranet:workspace_settings", args=[ws.slug]))
        cover_url = reverse("extranet:workspace_cover", args=[ws.slug])

    text = response.content.decode()
    assert response.status_code == 200
    assert f'src="{cover_url}?v=' in text
    assert 'name="remove_cover"' in text
    assert client.get(cover_url).status_code == 200


def test_a_new_cover_replaces_the_old_one_in_private_storage(
    client, django_capture_on_commit_callbacks
):
    owner = member()
    ws = with_cover(owner)
    old, old_url = ws.cover.name, ws.cover_url
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True), translation.override("fi"):
        response = client.post(
            reverse("extranet:workspace_settings", args=[ws.slug]),
            settings_data(ws, cover=cover_upload((200, 30, 30))),
        )

    ws.refresh_from_db()
    assert response.status_code == 302
    assert ws.cover.name != old and ws.cover.storage.exists(ws.cover.name)
    assert not ws.cover.storage.exists(old)
    # The workspace's home asks for the new picture, not the one the browser kept.
    with translation.override("fi"):
        home = client.get(reverse("extranet:workspace_detail", args=[ws.slug])).text
    assert f'src="{ws.cover_url}"' in home
    assert old_url not in home


def test_removing_the_cover_deletes_the_picture(client, django_capture_on_commit_callbacks):
    owner = member()
    ws = with_cover(owner)
    old, storage = ws.cover.name, ws.cover.storage
    client.force_login(owner)

    with django_capture_on_commit_callbacks(execute=True), translation.override("fi"):
        client.post(
            reverse("extranet:workspace_settings", args=[ws.slug]),
            settings_data(ws, remove_cover="on"),
        )

    ws.refresh_from_db()
    assert not ws.cover
    assert not storage.exists(old)
    assert client.get(reverse("extranet:workspace_cover", args=[ws.slug])).status_code == 404


def test_settings_with_errors_keep_the_input_and_the_cover(client):
    owner = member()
    ws = with_cover(owner)
    client.force_login(owner)

    with translation.override("fi"):
        response = client.post(
            reverse("extranet:workspace_settings", args=[ws.slug]),
            settings_data(ws, name="", description="Säilyvä kuvaus", remove_cover="on"),
        )

    text = response.content.decode()
    ws.refresh_from_db()
    assert response.status_code == 400
    assert "Säilyvä kuvaus" in text
    assert (
        BeautifulSoup(text, "html.parser")
        .find("input", {"name": "remove_cover"})
        .has_attr("checked")
    )
    assert ws.cover


def test_the_admin_page_manages_members_through_posts(client):
    owner = member()
    ws = workspace(owner, V.CLOSED)
    anna = make_member(first_name="Annika", last_name="Hakija").user
    request = service.request_to_join(ws, anna)
    ben = make_member(first_name="Bertta", last_name="Kutsuttava").user
    client.force_login(owner)
    with translation.override("fi"):
        url = reverse("extranet:workspace_members", args=[ws.slug])
        page = client.get(url, {"q": "Kutsu"}).content.decode()
        assert "Bertta" in page and "Annika" in page
        client.post(url, {"action": "accept", "request": request.pk})
        client.post(url, {"action": "invite", "user": ben.pk})
        client.post(url, {"action": "role", "user": ben.pk, "role": "admin"})
        client.post(url, {"action": "hand_over", "user": anna.pk})
    ws = Workspace.objects.get(pk=ws.pk)
    assert ws.role_of(anna) == Role.OWNER
    assert ws.role_of(ben) == Role.ADMIN
    assert ws.role_of(owner) == Role.ADMIN


def test_staff_close_and_reopen_in_the_admin_seeing_no_content(client):
    ws = workspace(name="Suljettava ryhmä", description="Kuvaus näkyy")
    editor = make_staff()
    client.force_login(editor)
    listing = client.get(reverse("extranet_workspaces:index"))
    assert listing.status_code == 200
    assert "Suljettava ryhmä" in listing.content.decode()
    url = reverse("extranet_workspaces:close", args=[ws.pk])
    assert url in listing.content.decode()
    assert client.get(url).status_code == 200
    client.post(url, {"reason": "Sääntöjen vastainen"})
    ws.refresh_from_db()
    assert ws.state == S.CLOSED
    client.post(reverse("extranet_workspaces:reopen", args=[ws.pk]))
    ws.refresh_from_db()
    assert ws.state == S.ACTIVE


def test_staff_without_the_permission_cannot_close(client):
    ws = workspace()
    moderator = make_staff(groups=("Moderators",))
    client.force_login(moderator)
    response = client.post(reverse("extranet_workspaces:close", args=[ws.pk]), {"reason": "x"})
    assert response.status_code in (302, 403)
    ws.refresh_from_db()
    assert ws.state == S.ACTIVE
