"""The media Django serves when SERVE_MEDIA is on, whatever DEBUG is: the public images and
their renditions, never the extranet's private files."""

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.test import override_settings

from wagtail.images.models import Image

from tests.extranet.builders import file_in, member, workspace

pytestmark = pytest.mark.django_db


def make_image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (0, 80, 160)).save(buffer, format="PNG")
    return Image.objects.create(title="Kuvitus", file=ImageFile(buffer, name="kuvitus.png"))


@override_settings(DEBUG=False)
def test_a_public_image_rendition_is_served_with_debug_off(client, settings):
    assert settings.SERVE_MEDIA
    rendition = make_image().get_rendition("fill-20x20")

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


@override_settings(DEBUG=False)
def test_a_private_workspace_file_is_not_reachable_through_media(client, settings):
    owner = member()
    shared = file_in(workspace(owner), owner)
    name = shared.current_version.blob.name
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / name).exists()

    for path in (name, f"../{Path(settings.PRIVATE_MEDIA_ROOT).name}/{name}"):
        assert client.get(f"{settings.MEDIA_URL}{path}").status_code == 404


def test_private_files_under_the_media_root_are_refused_too(client, settings):
    private = Path(settings.MEDIA_ROOT) / "private"
    (private / "workspaces").mkdir(parents=True, exist_ok=True)
    (private / "workspaces" / "muistio.pdf").write_bytes(b"%PDF-1.4 muistio")
    settings.PRIVATE_MEDIA_ROOT = private

    response = client.get(f"{settings.MEDIA_URL}private/workspaces/muistio.pdf")

    assert response.status_code == 404
    assert b"%PDF" not in response.content
