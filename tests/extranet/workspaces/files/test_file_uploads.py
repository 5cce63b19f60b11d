"""What may be shared in a workspace: the real type is read from the content, the name must agree
with it, the size is limited, and a name is reduced to a safe base name. Each refusal names the
file and the reason, and the form keeps what the member typed."""

import pytest

from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from extranet import uploads
from extranet.models import WorkspaceFile
from extranet.workspaces.files import services as service
from tests.extranet.builders import (
    ELF,
    HTML,
    SVG,
    WINDOWS_EXE,
    csv_bytes,
    docx_bytes,
    make_member,
    odt_bytes,
    pdf_bytes,
    png_bytes,
    upload,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def keep_the_language():
    """Requests activate the language of their address; put back the one before the test."""
    with translation.override(translation.get_language()):
        yield


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("muistio.docx", docx_bytes(), uploads.KINDS["docx"].content_type),
        ("tilasto.xlsx", xlsx_bytes(), uploads.KINDS["xlsx"].content_type),
        ("raportti.pdf", pdf_bytes(), "application/pdf"),
        ("kaavio.png", png_bytes(), "image/png"),
        ("luvut.csv", csv_bytes(), "text/csv"),
        ("teksti.odt", odt_bytes(), uploads.KINDS["odt"].content_type),
        ("lue minut.TXT", "Hei maailma\r\nToinen rivi".encode("utf-16"), "text/plain"),
        ("vertailu.txt", "Jos x < a ja y > b, arvo on <5 %.".encode("cp1252"), "text/plain"),
    ],
)
def test_real_files_of_the_accepted_types_are_accepted(name, content, content_type):
    assert uploads.check(upload(name, content)) == (name, content_type)


def refusal(name, content):
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        uploads.check(upload(name, content, "application/pdf"))
    return refused.value.messages[0], refused.value.code


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("ohjelma.pdf", ELF, "type_mismatch"),
        ("asennus.docx", WINDOWS_EXE, "type_mismatch"),
        ("sivu.pdf", HTML, "active_content"),
        ("sivu.txt", HTML, "active_content"),
        ("kuva.png", SVG, "active_content"),
        ("kuva.svg", SVG, "type_not_allowed"),
        ("sivu.html", HTML, "type_not_allowed"),
        ("ohjelma.exe", WINDOWS_EXE, "type_not_allowed"),
        ("tilasto.docx", xlsx_bytes(), "type_mismatch"),
        ("raportti.png", pdf_bytes(), "type_mismatch"),
        ("paketti.docx", docx_bytes({"word/vbaProject.bin": b"\x00macro"}), "macros"),
        ("arkisto.csv", b"PK\x03\x04" + b"\x00" * 40, "type_mismatch"),
        ("skripti.txt", b"#!/bin/sh\nrm -rf /\n", "active_content"),
        ("taulukko.csv", b"nimi;arvo\n<table><tr><td>1</td></tr></table>\n", "active_content"),
    ],
)
def test_a_file_whose_content_is_not_what_its_name_says_is_refused(name, content, code):
    message, got = refusal(name, content)
    assert got == code
    assert f"“{name}”" in message
    if code != "macros":
        assert ".pdf, .docx, .xlsx" in message


def test_the_refusal_names_the_allowed_types_and_the_file():
    message, _code = refusal("ohjelma.pdf", ELF)
    assert message == (
        "The content of “ohjelma.pdf” is not what its name says (.pdf). Only real files of these "
        "types can be shared: .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .txt, .csv, .png, "
        ".jpg, .gif, .webp."
    )


@override_settings(WORKSPACE_FILE_MAX_MB=1)
def test_an_oversized_file_is_refused_with_its_size_and_the_limit():
    big = pdf_bytes() + b"0" * (1024 * 1024 + 200_000)
    message, code = refusal("iso.pdf", big)
    assert code == "too_large"
    assert message == "“iso.pdf” is too large (1.2 MB). The limit is 1 MB."


@override_settings(WORKSPACE_FILE_TYPES=["pdf"])
def test_the_allowed_types_come_from_the_settings():
    message, code = refusal("kaavio.png", png_bytes())
    assert code == "type_not_allowed"
    assert message.endswith("Allowed types: .pdf.")


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\x\\y.pdf", "y.pdf"),
        ("/var/www/.htaccess.pdf", "htaccess.pdf"),
        ("raportti\u202efdp.exe.pdf", "raporttifdp.exe.pdf"),
        ("rivin\nvaihto\x00.pdf", "rivinvaihto.pdf"),
        ("", "file"),
        ("a" * 300 + ".pdf", "a" * 146 + ".pdf"),
    ],
)
def test_a_name_with_a_path_or_control_characters_is_reduced_to_a_safe_base_name(given, kept):
    assert uploads.clean_name(given) == kept


def test_a_file_with_a_path_in_its_name_is_stored_under_its_base_name(client):
    owner = make_member().user
    from extranet.workspaces import services as workspaces

    ws = workspaces.create(owner, name="Polut")
    stored = service.upload(ws, upload("../../etc/passwd.pdf", pdf_bytes()), owner)
    assert stored.title == "passwd.pdf"
    assert stored.current_version.original_name == "passwd.pdf"
    assert ".." not in stored.current_version.blob.name
    client.force_login(owner)
    response = client.get(reverse("extranet:file_download", args=[ws.slug, stored.pk]))
    assert response["Content-Disposition"] == 'attachment; filename="passwd.pdf"'
    b"".join(response.streaming_content)


# Through the form: a refusal is a 400 that keeps everything else the member typed.


@pytest.fixture
def workspace_and_owner(db):
    from extranet.workspaces import services as workspaces

    owner = make_member().user
    return workspaces.create(owner, name="Lomakkeet"), owner


def post_upload(client, ws, name, content, **fields):
    with translation.override("en"):
        url = reverse("extranet:file_upload", args=[ws.slug])
        return client.post(
            url,
            {"file": upload(name, content), "title": "Vuoden raportti", "description": "Luonnos"}
            | fields,
        )


@override_settings(WORKSPACE_FILE_MAX_MB=1)
@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("iso.pdf", pdf_bytes() + b"0" * (2 * 1024 * 1024), "is too large (2.0 MB)"),
        ("ohjelma.pdf", ELF, "The content of “ohjelma.pdf” is not what its name says"),
        ("sivu.html", HTML, "“sivu.html” is not a type of file that can be shared here"),
        ("sivu.pdf", HTML, "“sivu.pdf” contains web page code or a script"),
    ],
)
def test_a_refused_upload_answers_400_with_the_reason_and_keeps_the_form(
    client, workspace_and_owner, name, content, expected
):
    ws, owner = workspace_and_owner
    client.force_login(owner)
    response = post_upload(client, ws, name, content)
    assert response.status_code == 400
    text = response.content.decode()
    assert expected in text
    assert 'value="Vuoden raportti"' in text
    assert "Luonnos</textarea>" in text
    assert not WorkspaceFile.objects.filter(workspace=ws).exists()


def test_an_accepted_upload_is_stored_with_its_real_type(client, workspace_and_owner):
    ws, owner = workspace_and_owner
    client.force_login(owner)
    response = post_upload(client, ws, "tilasto.xlsx", xlsx_bytes(), title="")
    stored = WorkspaceFile.objects.get(workspace=ws)
    assert response.status_code == 302
    assert stored.title == "tilasto.xlsx"
    assert stored.description == "Luonnos"
    assert stored.current_version.content_type == uploads.KINDS["xlsx"].content_type
    assert len(stored.current_version.sha256) == 64


def test_a_refused_new_version_keeps_the_old_one(client, workspace_and_owner):
    ws, owner = workspace_and_owner
    stored = service.upload(ws, upload("raportti.pdf", pdf_bytes()), owner)
    client.force_login(owner)
    with translation.override("en"):
        response = client.post(
            reverse("extranet:file_new_version", args=[ws.slug, stored.pk]),
            {"file": upload("raportti.pdf", HTML)},
        )
    assert response.status_code == 400
    assert "contains web page code or a script" in response.content.decode()
    assert stored.versions.count() == 1


def test_an_empty_file_is_refused_by_name(client, workspace_and_owner):
    ws, owner = workspace_and_owner
    client.force_login(owner)
    response = post_upload(client, ws, "tyhja.pdf", b"")
    assert response.status_code == 400
    assert "“tyhja.pdf” is empty." in response.content.decode()
