"""Editors keep the glossary in the Wagtail admin: each concept needs its three languages."""

import pytest

from django.contrib.auth.models import Group, User
from django.urls import reverse

from glossary.models import Concept
from tests.factories import sign_in_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    return sign_in_editor(client)


def concept_form(terms, definitions, **fields):
    data = {"source": "", "last_checked": "", **fields}
    for prefix, rows in (("terms", terms), ("definitions", definitions)):
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(len(rows)),
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
        for number, row in enumerate(rows):
            data.update({f"{prefix}-{number}-{key}": value for key, value in row.items()})
    return data


TERMS = [
    {"language": "fi", "text": "työtila", "status": "preferred"},
    {"language": "sv", "text": "arbetsrum", "status": "preferred"},
    {"language": "en", "text": "workspace", "status": "preferred"},
]
DEFINITIONS = [
    {"language": code, "definition": f"Määritelmä {code}", "note": ""}
    for code in ("fi", "sv", "en")
]


def test_editors_may_keep_the_glossary():
    codenames = set(
        Group.objects.get(name="Editors")
        .permissions.filter(content_type__app_label="glossary")
        .values_list("codename", flat=True)
    )
    assert {"add_concept", "change_concept", "delete_concept"} <= codenames


def test_an_editor_adds_a_concept_in_three_languages(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_glossary_concept:add"), concept_form(TERMS, DEFINITIONS)
    )
    assert response.status_code == 302, response.context["form"].errors
    concept = Concept.objects.get()
    assert str(concept) == "työtila / arbetsrum / workspace"
    assert concept.terms.get(language="fi").slug == "tyotila"
    listing = editor_client.get(
        reverse("wagtailsnippets_glossary_concept:list"), {"q": "arbetsrum"}
    )
    assert "workspace" in listing.content.decode()


@pytest.mark.parametrize(
    "terms, definitions, message",
    [
        (TERMS[:2], DEFINITIONS, "Give the concept a preferred term in English."),
        (
            TERMS + [{"language": "fi", "text": "työskentelytila", "status": "preferred"}],
            DEFINITIONS,
            "The concept has more than one preferred term in Finnish.",
        ),
        (TERMS, DEFINITIONS[1:], "Give the concept exactly one definition in Finnish."),
    ],
    ids=["missing-language", "two-preferred", "missing-definition"],
)
def test_a_concept_without_its_three_languages_is_refused_keeping_what_was_typed(
    editor_client, terms, definitions, message
):
    response = editor_client.post(
        reverse("wagtailsnippets_glossary_concept:add") + "?locale=en",
        concept_form(terms, definitions, source="Sanastokeskus"),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert not Concept.objects.exists()
    content = response.content.decode()
    assert message in content
    assert 'value="Sanastokeskus"' in content
    assert 'value="arbetsrum"' in content


def test_a_member_without_admin_access_cannot_open_the_glossary_admin(client):
    user = User.objects.create_user("jasen", "jasen@example.fi", "Salasana-123456")
    client.force_login(user)
    response = client.get(reverse("wagtailsnippets_glossary_concept:list"))
    assert response.status_code in (302, 403)
