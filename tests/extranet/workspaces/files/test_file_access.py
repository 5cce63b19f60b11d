"""Who gets what from every file address and action: one table, every URL and action × every kind
of person × every visibility × every state (the people and workspaces of
test_workspace_access).

Files are for the workspace's members only, whatever its visibility: everyone else gets 404 and
not one byte, whether they GET, HEAD, ask for a range or guess the ETag. Archived and closed
workspaces are read-only; deleted ones answer nobody. Sharing needs an active workspace; editing,
moving and deleting a file or folder someone else shared needs an admin."""

import hashlib
from urllib.parse import quote

import pytest

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from extranet.models import FileVersion, Folder, WorkspaceFile
from tests.extranet.builders import pdf_bytes, person, upload, workspaces_for
from tests.extranet.workspaces.test_workspace_access import (
    GONE,
    LOGIN,
    OK,
    READ_ONLY,
    ROLES,
    STATUS,
    S,
    inside,
    when,
    writable,
)

# A bare 404 page: the site's own (with its menus) costs a tenth of a second to render, and
# this table asks for a few thousand refusals. The answers and headers are the site's.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.extranet.plain_404_urls"),
]

DONE = "→ done"  # a redirect back into the workspace's files
ACTIVE = (S.ACTIVE,)
L, ST = (lambda v, s: LOGIN), (lambda v, s: STATUS)
N = lambda v, s: GONE  # noqa: E731
SECRET_BYTES = b"SISAPIIRIN-SALAISUUS"


def readers(answer):
    """Anonymous, applicant, requester, outsider, staff, member, admin, owner."""
    return (L, ST, N, N, N, inside(answer), inside(answer), inside(answer))


def sharers(answer):
    return (L, ST, N, N, N, when(ACTIVE, answer), when(ACTIVE, answer), when(ACTIVE, answer))


def adders(answer):
    """Sharers, told that an archived or closed workspace is read-only."""
    return (L, ST, N, N, N, writable(answer), writable(answer), writable(answer))


def admins(answer):
    return (L, ST, N, N, N, N, when(ACTIVE, answer), when(ACTIVE, answer))


# In this order: reading first, then changes, deletes last.
# fmt: off
TABLE = [
    # URL name,               method  who gets what
    ("file_list",             "get",  readers(OK)),
    ("file_detail",           "get",  readers(OK)),
    ("file_download",         "get",  readers(OK)),
    ("file_version_download", "get",  readers(OK)),
    ("file_upload",           "get",  adders(OK)),
    ("file_link_add",         "get",  adders(OK)),
    ("folder_create",         "get",  adders(OK)),
    ("file_new_version",      "get",  sharers(OK)),
    ("file_edit",             "get",  admins(OK)),
    ("file_delete",           "get",  admins(OK)),
    ("folder_rename",         "get",  admins(OK)),
    ("folder_delete",         "get",  admins(OK)),
    ("file_upload",           "post", adders(DONE)),
    ("file_link_add",         "post", adders(DONE)),
    ("folder_create",         "post", adders(DONE)),
    ("file_new_version",      "post", sharers(DONE)),
    ("file_edit",             "post", admins(DONE)),
    ("folder_rename",         "post", admins(DONE)),
    ("file_delete",           "post", admins(DONE)),
    ("folder_delete",         "post", admins(DONE)),
]
# fmt: on


def test_the_table_covers_every_file_url():
    from extranet.workspaces.files import urls as files

    assert {p.name for p in files.urlpatterns} == {name for name, *_ in TABLE}


def shared_by_insider(ws):
    """A file with two versions and a folder, shared by a member who is not the one testing."""
    insider = ws.memberships.get(user__first_name="Sisäpiirin").user
    folder = Folder.objects.create(workspace=ws, name="Kansio", created_by=insider)
    shared = WorkspaceFile.objects.create(
        workspace=ws, title="Salainen raportti", created_by=insider
    )
    for number in (1, 2):
        content = pdf_bytes() + SECRET_BYTES + str(number).encode()
        version = FileVersion(
            file=shared,
            number=number,
            original_name=f"raportti-{number}.pdf",
            size=len(content),
            content_type="application/pdf",
            sha256=hashlib.sha256(content).hexdigest(),
        )
        version.blob.save("raportti.pdf", ContentFile(content), save=False)
        version.save()
    shared.current_version = version
    shared.save()
    return shared, folder


def args_for(name, ws, shared, folder):
    if name.startswith("folder_") and name != "folder_create":
        return [ws.slug, folder.pk]
    if name == "file_version_download":
        return [ws.slug, shared.pk, 1]
    if name in ("file_list", "file_upload", "file_link_add", "folder_create"):
        return [ws.slug]
    return [ws.slug, shared.pk]


def post_data(name):
    return {
        "file_upload": {"file": upload("uusi.pdf", pdf_bytes()), "title": "Uusi"},
        "file_link_add": {"url": "https://example.fi/ohje", "title": "Ohje"},
        "folder_create": {"name": "Uusi kansio"},
        "file_new_version": {"file": upload("raportti-3.pdf", pdf_bytes())},
        "file_edit": {"title": "Uusi nimi", "description": ""},
        "folder_rename": {"name": "Toinen kansio"},
    }.get(name, {})


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("role", ROLES)
def test_every_file_address_answers_each_person_as_the_table_says(client, role):
    user = person(role)
    if user is not None:
        client.force_login(user)
    spaces = workspaces_for(role, user)
    made = {combo: shared_by_insider(ws) for combo, ws in spaces.items()}
    wrong = []
    with translation.override("fi"):
        for name, method, rules in TABLE:
            rule = rules[ROLES.index(role)]
            for (visibility, state), ws in spaces.items():
                shared, folder = made[visibility, state]
                expected = rule(visibility, state)
                path = reverse(f"extranet:{name}", args=args_for(name, ws, shared, folder))
                if method == "get":
                    response = client.get(path)
                else:
                    response = client.post(path, post_data(name))
                if expected == LOGIN:
                    ok = response.status_code == 302 and response["Location"] == (
                        f"{reverse('account_login')}?next={quote(path)}"
                    )
                elif expected == STATUS:
                    ok = response.status_code == 302 and response["Location"] == reverse(
                        "extranet:status"
                    )
                elif expected == DONE:
                    files = reverse("extranet:file_list", args=[ws.slug])
                    ok = response.status_code == 302 and response["Location"].startswith(files)
                else:
                    ok = response.status_code == expected
                if not ok:
                    wrong.append(
                        f"{method} {name} {visibility}/{state}: expected {expected}, got "
                        f"{response.status_code} {response.get('Location', '')}"
                    )
                content = body(response)
                if expected not in (OK, READ_ONLY):  # members may read its name
                    assert SECRET_BYTES not in content, f"{name} {visibility}/{state} leaks"
                    assert ws.name.encode() not in content, f"{name} {visibility}/{state} leaks"
                if name in ("file_download", "file_version_download"):
                    wrong += probe_download(client, path, shared, expected, visibility, state)
    assert not wrong, "\n".join(wrong)


def probe_download(client, path, shared, expected, visibility, state):
    """HEAD, a range and a guessed ETag: the same refusal and no bytes for those who may not
    read; a short body, 206 and 304 for those who may."""
    etag = f'"{shared.current_version.sha256}"'
    answers = {
        "head": client.head(path),
        "range": client.get(path, headers={"Range": "bytes=0-"}),
        "etag": client.get(path, headers={"If-None-Match": etag}),
    }
    wrong = []
    for probe, response in answers.items():
        content = body(response)
        if expected == OK:
            current = "/versions/" not in path  # the guessed ETag is the current version's
            want = {"head": 200, "range": 206, "etag": 304 if current else 200}[probe]
        else:
            want = 302 if expected in (LOGIN, STATUS) else GONE
            if SECRET_BYTES in content or "ETag" in response or "Content-Range" in response:
                wrong.append(f"{probe} {path} {visibility}/{state}: leaks the file")
        if response.status_code != want:
            wrong.append(
                f"{probe} {path} {visibility}/{state}: expected {want}, got {response.status_code}"
            )
    return wrong
