"""Files and links in a workspace: folders, versions, edits, deletes, attachments of posts,
downloads (ranges, conditional requests, HEAD, the nginx hand-off), purging and query counts."""

import hashlib
from datetime import timedelta

import pytest

from django.core.files.storage import storages
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from extranet.errors import WorkspaceError
from extranet.models import Discussion, FileVersion, Folder, Post, Workspace, WorkspaceFile
from extranet.workspaces import services as workspaces
from extranet.workspaces.files import services as service
from extranet.workspaces.purge import purge_deleted
from tests.extranet.builders import docx_bytes, make_member, pdf_bytes, png_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def keep_the_language():
    """Requests activate the language of their address; put back the one before the test."""
    with translation.override(translation.get_language()):
        yield


def stored(name):
    return storages["private"].exists(name)


@pytest.fixture
def team():
    owner, member = make_member().user, make_member().user
    ws = workspaces.create(owner, name="Tiedostot")
    workspaces.join(ws, member)
    return ws, owner, member


def file_url(name, ws, *args):
    with translation.override("en"):
        return reverse(f"extranet:{name}", args=[ws.slug, *args])


def test_an_upload_goes_into_its_folder_with_the_file_name_as_title(team):
    ws, owner, member = team
    folder = service.create_folder(ws, "Pöytäkirjat", member)
    shared = service.upload(ws, upload("kokous 3.pdf", pdf_bytes()), member, folder=folder)
    assert (shared.title, shared.folder, shared.created_by) == ("kokous 3.pdf", folder, member)
    assert shared.current_version.number == 1
    assert shared.current_version.size == len(pdf_bytes())


def test_a_new_version_keeps_the_old_ones_and_each_downloads(client, team):
    ws, owner, member = team
    shared = service.upload(ws, upload("raportti.pdf", pdf_bytes("eka")), owner)
    service.add_version(shared, upload("raportti-v2.pdf", pdf_bytes("toka")), member)
    shared.refresh_from_db()
    assert list(shared.versions.values_list("number", flat=True)) == [2, 1]
    assert shared.current_version.number == 2
    client.force_login(member)
    detail = client.get(file_url("file_detail", ws, shared.pk)).content.decode()
    assert "raportti.pdf" in detail and "raportti-v2.pdf" in detail
    old = client.get(file_url("file_version_download", ws, shared.pk, 1))
    current = client.get(file_url("file_download", ws, shared.pk))
    assert b"".join(old.streaming_content) == pdf_bytes("eka")
    assert b"".join(current.streaming_content) == pdf_bytes("toka")


def test_title_description_and_folder_can_be_changed_by_the_uploader(client, team):
    ws, owner, member = team
    folder = service.create_folder(ws, "Arkisto", owner)
    shared = service.upload(ws, upload("muistio.docx", docx_bytes()), member)
    client.force_login(member)
    response = client.post(
        file_url("file_edit", ws, shared.pk),
        {"title": "Muistio 5.3.", "description": "Hyväksytty", "folder": folder.pk},
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    assert (shared.title, shared.description, shared.folder) == (
        "Muistio 5.3.",
        "Hyväksytty",
        folder,
    )


def test_only_the_uploader_or_an_admin_may_change_a_file(team):
    ws, owner, member = team
    other = make_member().user
    workspaces.join(ws, other)
    shared = service.upload(ws, upload("a.pdf", pdf_bytes()), member)
    with pytest.raises(WorkspaceError):
        service.delete(shared, other)
    assert service.can_change(shared, owner)
    assert service.can_add_version(shared, other)


def test_links_must_be_web_addresses(client, team):
    ws, owner, member = team
    client.force_login(member)
    with translation.override("en"):
        refused = client.post(
            file_url("file_link_add", ws), {"url": "javascript:alert(1)", "title": "Klikkaa"}
        )
        accepted = client.post(file_url("file_link_add", ws), {"url": "https://kotoutuminen.fi"})
    assert refused.status_code == 400
    assert "Enter a web address starting with http:// or https://." in refused.content.decode()
    assert 'value="Klikkaa"' in refused.content.decode()
    assert accepted.status_code == 302
    link = WorkspaceFile.objects.get(kind="link")
    assert (link.title, link.url) == ("https://kotoutuminen.fi", "https://kotoutuminen.fi")
    with pytest.raises(WorkspaceError):
        service.add_link(ws, "file:///etc/passwd", member)


def test_deleting_a_file_removes_its_blobs_after_the_commit(
    team, django_capture_on_commit_callbacks
):
    ws, owner, member = team
    shared = service.upload(ws, upload("a.pdf", pdf_bytes()), member)
    service.add_version(shared, upload("b.pdf", pdf_bytes("b")), member)
    blobs = list(shared.versions.values_list("blob", flat=True))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        service.delete(shared, owner)
    assert all(stored(name) for name in blobs)  # not before the commit
    for callback in callbacks:
        callback()
    assert not any(stored(name) for name in blobs)
    assert not FileVersion.objects.filter(blob__in=blobs).exists()


def test_deleting_a_folder_takes_its_contents_after_confirmation(
    client, team, django_capture_on_commit_callbacks
):
    ws, owner, member = team
    folder = service.create_folder(ws, "Vanhat", member)
    inner = service.create_folder(ws, "Vanhemmat", member, parent=folder)
    mine = service.upload(ws, upload("a.pdf", pdf_bytes()), member, folder=inner)
    theirs = service.upload(ws, upload("b.pdf", pdf_bytes()), owner, folder=folder)
    blobs = [mine.current_version.blob.name, theirs.current_version.blob.name]
    client.force_login(member)
    with translation.override("en"):
        confirm = client.get(file_url("folder_delete", ws, folder.pk)).content.decode()
        assert "2 files or links" in confirm and "1 folder inside it" in confirm
        refused = client.post(file_url("folder_delete", ws, folder.pk), follow=True)
    assert "holds files shared by others" in refused.content.decode()
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(file_url("folder_delete", ws, folder.pk))
    assert response.status_code == 302
    assert not Folder.objects.filter(workspace=ws).exists()
    assert not WorkspaceFile.objects.filter(workspace=ws).exists()
    assert not any(stored(name) for name in blobs)


def test_folder_names_are_unique_where_they_are(client, team):
    ws, owner, member = team
    service.create_folder(ws, "Raportit", member)
    client.force_login(member)
    with translation.override("en"):
        response = client.post(file_url("folder_create", ws), {"name": "Raportit"})
    assert response.status_code == 400
    assert "There is already a folder called “Raportit” here." in response.content.decode()


def test_purging_a_workspace_removes_its_file_blobs(team, django_capture_on_commit_callbacks):
    ws, owner, member = team
    shared = service.upload(ws, upload("a.pdf", pdf_bytes()), member)
    service.add_version(shared, upload("b.png", png_bytes()), member)
    blobs = list(FileVersion.objects.values_list("blob", flat=True))
    workspaces.delete(ws, owner)
    Workspace.objects.filter(pk=ws.pk).update(deleted_at=timezone.now() - timedelta(days=400))
    with django_capture_on_commit_callbacks(execute=True):
        assert purge_deleted() == 1
    assert not any(stored(name) for name in blobs)


def attachment(ws, member, title="Budjetti"):
    discussion = Discussion.objects.create(workspace=ws, title=title, created_by=member)
    post = Post.objects.create(discussion=discussion, author=member, body="Liitteenä")
    return post, service.attach(post, [upload("../liite.pdf", pdf_bytes())], member)[0]


def test_files_attached_to_posts_are_listed_with_their_discussion(client, team):
    ws, owner, member = team
    post, attached = attachment(ws, member)
    assert attached.title == "liite.pdf"
    client.force_login(owner)
    text = client.get(file_url("file_list", ws)).content.decode()
    assert "liite.pdf" in text and "Budjetti" in text
    with translation.override("en"):
        assert reverse("extranet:post_link", args=[ws.slug, post.pk]) in text


def test_hidden_files_and_those_of_hidden_posts_are_neither_listed_nor_downloadable(client, team):
    ws, owner, member = team
    hidden = service.upload(ws, upload("piilotettu.pdf", pdf_bytes("salaisuus")), member)
    WorkspaceFile.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    post, attached = attachment(ws, member, title="Poistettu keskustelu")
    Post.objects.filter(pk=post.pk).update(hidden_at=timezone.now())
    client.force_login(owner)
    listing = client.get(file_url("file_list", ws)).content.decode()
    assert "piilotettu.pdf" not in listing and "liite.pdf" not in listing
    for item in (hidden, attached):
        for name in ("file_detail", "file_download"):
            assert client.get(file_url(name, ws, item.pk)).status_code == 404
        assert client.get(file_url("file_version_download", ws, item.pk, 1)).status_code == 404


# Downloads for members


@pytest.fixture
def download(client, team):
    ws, owner, member = team
    content = pdf_bytes("0123456789" * 20)
    shared = service.upload(ws, upload('Väli raportti "2026".pdf', content), member)
    client.force_login(owner)
    return client, file_url("file_download", ws, shared.pk), content


def test_a_download_is_an_attachment_with_protective_headers(download):
    client, url, content = download
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''V%C3%A4li%20raportti%20%222026%22.pdf"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Cache-Control"] == "private, no-cache"
    assert response["ETag"] == f'"{hashlib.sha256(content).hexdigest()}"'
    assert response["Content-Length"] == str(len(content))


def test_a_known_etag_answers_304_without_the_bytes(download):
    client, url, content = download
    etag = client.get(url)["ETag"]
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-9", 0, 9),
        ("bytes=10-", 10, None),
        ("bytes=-5", -5, None),
        ("bytes=5-99999", 5, None),
    ],
)
def test_a_range_request_gets_206_with_those_bytes(download, header, start, end):
    client, url, content = download
    response = client.get(url, headers={"Range": header})
    expected = content[start : None if end is None else end + 1]
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == expected
    first = start if start >= 0 else len(content) + start
    assert response["Content-Range"] == f"bytes {first}-{first + len(expected) - 1}/{len(content)}"
    assert response["Content-Length"] == str(len(expected))


def test_an_unsatisfiable_range_gets_416_and_others_are_ignored(download):
    client, url, content = download
    response = client.get(url, headers={"Range": f"bytes={len(content)}-"})
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(content)}"
    several = client.get(url, headers={"Range": "bytes=0-1,5-6"})
    assert several.status_code == 200
    stale = client.get(url, headers={"Range": "bytes=0-1", "If-Range": '"old"'})
    assert stale.status_code == 200


def test_head_gives_the_headers_without_a_body(download):
    client, url, content = download
    response = client.head(url)
    assert response.status_code == 200
    assert response.content == b""
    assert response["Content-Length"] == str(len(content))
    assert response["Content-Disposition"].startswith("attachment")


@override_settings(WORKSPACE_FILES_X_ACCEL_REDIRECT="/protected-files/")
def test_with_x_accel_nginx_sends_the_bytes(client, team):
    ws, owner, member = team
    shared = service.upload(ws, upload("a.pdf", pdf_bytes()), member)
    client.force_login(member)
    response = client.get(file_url("file_download", ws, shared.pk))
    assert response.status_code == 200
    assert response.content == b""
    assert response["X-Accel-Redirect"] == f"/protected-files/{shared.current_version.blob.name}"
    assert response["Content-Disposition"] == 'attachment; filename="a.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_guessed_blob_path_under_the_media_url_is_not_served(client, team, settings):
    ws, owner, member = team
    shared = service.upload(ws, upload("a.pdf", pdf_bytes("salainen")), member)
    client.force_login(member)
    name = shared.current_version.blob.name
    for path in (f"{settings.MEDIA_URL}{name}", f"{settings.MEDIA_URL}../private-media/{name}"):
        response = client.get(path)
        assert response.status_code == 404
        assert b"salainen" not in b"".join(
            getattr(response, "streaming_content", [response.content])
        )
    with pytest.raises(ValueError):
        shared.current_version.blob.url  # noqa: B018 - private storage builds no address


# Query counts


def test_the_file_list_runs_a_bounded_number_of_queries(client, team):
    ws, owner, member = team
    client.force_login(member)
    url = file_url("file_list", ws)

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    service.upload(ws, upload("a.pdf", pdf_bytes()), owner)
    service.create_folder(ws, "Yksi", owner)
    attachment(ws, member)
    count_queries()
    few = count_queries()

    folders = Folder.objects.bulk_create(
        [Folder(workspace=ws, name=f"Kansio {n}", created_by=owner) for n in range(30)]
    )
    post = Post.objects.first()
    items = WorkspaceFile.objects.bulk_create(
        [
            WorkspaceFile(
                workspace=ws,
                title=f"Tiedosto {n}",
                created_by=owner if n % 2 else member,
                post=post if n % 3 == 0 else None,
                folder=None if n % 4 else folders[n % 30],
            )
            for n in range(120)
        ]
    )
    versions = FileVersion.objects.bulk_create(
        [
            FileVersion(
                file=item,
                number=number,
                blob=f"workspace-files/x{item.pk}-{number}.pdf",
                original_name="x.pdf",
                size=100,
                content_type="application/pdf",
            )
            for item in items
            for number in (1, 2, 3)
        ]
    )
    for item, version in zip(items, versions[2::3], strict=True):
        item.current_version = version
    WorkspaceFile.objects.bulk_update(items, ["current_version"])
    many = count_queries()
    assert many == few
    assert many <= 25
