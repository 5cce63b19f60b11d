"""Editors keep the materials in the Wagtail admin."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from materials.models import Language, Material
from tests.factories import sign_in_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    return sign_in_editor(client)


def test_editors_may_add_change_and_delete_materials():
    editors = Group.objects.get(name="Editors")
    codenames = set(
        editors.permissions.filter(content_type__app_label="materials").values_list(
            "codename", flat=True
        )
    )
    assert {"add_material", "change_material", "delete_material", "publish_material"} <= codenames


def test_the_material_languages_are_in_place():
    assert {"fi", "sv", "en", "fi-plain", "ar", "so", "ckb", "other"} <= set(
        Language.objects.values_list("code", flat=True)
    )


def test_editors_list_filter_and_search_materials(editor_client, bank, make_material):
    make_material("Tervetuloa Suomeen -opas", material_type=Material.Type.GUIDE)
    make_material("Kotoutumisen tilannekatsaus", material_type=Material.Type.REPORT)
    url = reverse("wagtailsnippets_materials_material:list")
    response = editor_client.get(url, {"material_type": "report"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kotoutumisen tilannekatsaus" in html
    assert "Tervetuloa Suomeen -opas" not in html
    response = editor_client.get(url, {"q": "Tervetuloa"})
    assert "Tervetuloa Suomeen -opas" in response.content.decode()


def test_a_material_with_both_a_document_and_a_link_is_refused(editor_client, bank):
    from .conftest import pdf_document

    document = pdf_document()
    url = reverse("wagtailsnippets_materials_material:add")
    response = editor_client.post(
        url,
        {
            "title": "Opas",
            "description": "Kuvaus",
            "material_type": "guide",
            "languages": [Language.objects.get(code="fi").pk],
            "document": document.pk,
            "link": "https://example.fi/opas",
            "locale": "fi",
        },
    )
    assert response.status_code == 200
    assert not Material.objects.exists()
    assert response.context["form"].errors["link"]


def test_editors_add_a_material_with_a_link(editor_client, bank):
    url = reverse("wagtailsnippets_materials_material:add")
    response = editor_client.post(
        url,
        {
            "title": "Opas",
            "description": "Kuvaus",
            "material_type": "guide",
            "languages": [Language.objects.get(code="ar").pk],
            "link": "https://example.fi/opas",
            "locale": "fi",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    material = Material.objects.get()
    assert material.live
    assert [language.code for language in material.languages.all()] == ["ar"]
