"""An image can't be saved in the admin without alternative text: the editor is told so in
their language, and what they uploaded waits until they write it."""

import pytest

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from tests.factories import staff_ready_for_admin

pytestmark = pytest.mark.django_db

MISSING_ALT = "Kirjoita kuvan vaihtoehtoinen teksti: mitä kuvassa näkyy, yhdellä lauseella."


@pytest.fixture
def as_editor(client, db):
    user = User.objects.create_user("editori", "editori@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fi"
    profile.save()
    staff_ready_for_admin(user)
    client.force_login(user)
    return client


def upload(client):
    png = get_test_image_file("kokous.png").file.getvalue()
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("kokous.png", png, content_type="image/png")},
    )
    assert response.status_code == 200
    return response.json()


def test_an_upload_without_alt_text_waits_with_a_finnish_error(as_editor):
    uploaded = upload(as_editor)
    assert not Image.objects.exists()
    upload_id = uploaded["uploaded_file_id"]
    assert UploadedFile.objects.filter(pk=upload_id).exists()
    prefix = f"uploaded-image-{upload_id}"
    url = f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/"
    form = {
        f"{prefix}-title": "Kokous",
        f"{prefix}-collection": Collection.get_first_root_node().pk,
        f"{prefix}-tags": "",
        f"{prefix}-description": "",
    }

    answer = as_editor.post(url, form).json()

    assert answer["success"] is False
    assert MISSING_ALT in answer["form"]
    assert "Vaihtoehtoinen teksti" in answer["form"]
    assert not Image.objects.exists()
    assert UploadedFile.objects.filter(pk=upload_id).exists()

    form[f"{prefix}-description"] = "Kuusi ihmistä istuu pöydän ääressä."
    answer = as_editor.post(url, form).json()

    assert answer["success"] is True
    image = Image.objects.get()
    assert image.description == "Kuusi ihmistä istuu pöydän ääressä."
    assert image.width == 640


def test_alt_text_cannot_be_emptied_on_the_edit_page(as_editor):
    image = Image.objects.create(
        title="Kokous", file=get_test_image_file(), description="Kuusi ihmistä pöydän ääressä."
    )

    response = as_editor.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Kokous",
            "description": "",
            "collection": image.collection_id,
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )

    assert response.status_code == 200
    assert MISSING_ALT in response.content.decode()
    image.refresh_from_db()
    assert image.description == "Kuusi ihmistä pöydän ääressä."
