"""Adding anything to an archived or closed workspace, from any of its parts, answers the same
403 page saying it is read-only, with a link back to that part, and adds nothing."""

import pytest

from django.urls import reverse
from django.utils import translation

from extranet.models import Discussion, Folder, Workspace, WorkspaceEvent, WorkspaceFile
from tests.extranet.builders import person, workspaces_for

pytestmark = pytest.mark.django_db

S = Workspace.State
# The address of the action, the part's listing it leads back to, what a member would send,
# and what must not have been made.
ADDING = {
    "discussion": (
        "extranet:discussion_create",
        "extranet:discussion_list",
        {"title": "Uusi aihe", "body": "Uusi viesti"},
        lambda ws: Discussion.objects.filter(workspace=ws, title="Uusi aihe"),
    ),
    "link": (
        "extranet:file_link_add",
        "extranet:file_list",
        {"url": "https://example.fi/", "title": "Uusi linkki"},
        lambda ws: WorkspaceFile.objects.filter(workspace=ws, title="Uusi linkki"),
    ),
    "upload": (
        "extranet:file_upload",
        "extranet:file_list",
        {"title": "Uusi tiedosto"},
        lambda ws: WorkspaceFile.objects.filter(workspace=ws, title="Uusi tiedosto"),
    ),
    "folder": (
        "extranet:folder_create",
        "extranet:file_list",
        {"name": "Uusi kansio"},
        lambda ws: Folder.objects.filter(workspace=ws, name="Uusi kansio"),
    ),
    "event": (
        "extranet:event_add",
        "extranet:event_list",
        {"title": "Uusi tapaaminen"},
        lambda ws: WorkspaceEvent.objects.filter(workspace=ws, title="Uusi tapaaminen"),
    ),
}


@pytest.mark.parametrize("state", [S.ARCHIVED, S.CLOSED])
@pytest.mark.parametrize("part", ADDING)
def test_adding_to_a_read_only_workspace_says_so_with_a_way_back(client, part, state):
    action, listing, data, made = ADDING[part]
    owner = person("owner")
    ws = workspaces_for("owner", owner)[Workspace.Visibility.OPEN, state]
    client.force_login(owner)
    with translation.override("fi"):
        path = reverse(action, args=[ws.slug])
        back = reverse(listing, args=[ws.slug])
        page = client.get(path)
        sent = client.post(path, data)

    assert page.status_code == sent.status_code == 403
    text = page.content.decode()
    assert "Siihen ei voi enää lisätä tai muuttaa mitään." in text
    assert f'href="{back}"' in text
    assert not made(ws).exists()
