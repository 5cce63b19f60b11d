import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from django.contrib.auth.models import Group, User

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage
from tests.factories import staff_ready_for_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editori", "editori@example.fi", "Salasana-123456")
    # Editors submit pages for approval; this one also publishes them, as a Publisher.
    user.groups.add(Group.objects.get(name="Editors"), Group.objects.get(name="Publishers"))
    user.totp_secret = staff_ready_for_admin(user)
    return user


def test_editor_signs_in_with_an_authenticator_code_and_publishes_a_page(client, site_tree, editor):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.url == "/fi/accounts/login/?next=/admin/pages/"
    response = client.post(
        response.url, {"login": "editori@example.fi", "password": "Salasana-123456"}
    )
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response.url
    code = format_hotp_value(hotp_value(editor.totp_secret, int(time.time()) // 30))
    response = client.post(response.url, {"code": code}, follow=True)
    assert response.status_code == 200
    assert response.wsgi_request.user == editor
    assert response.wsgi_request.path == "/admin/pages/"

    section = site_tree.page("section", "fi")
    response = client.post(
        f"/admin/pages/add/home/contentpage/{section.pk}/",
        nested_form_data(
            {
                "title": "Kotoutumisen tietoperusta",
                "slug": "tietoperusta",
                "introduction": "Tutkimus ja seuranta tukevat kotoutumistyötä.",
                "body": streamfield(
                    [
                        ("heading", {"heading_text": "Tutkimus", "size": "h2"}),
                        (
                            "paragraph",
                            '{"blocks": [{"key": "a", "type": "unstyled", "text": "Tietoa.", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
                        ),
                    ]
                ),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    page = ContentPage.objects.get(slug="tietoperusta")
    assert page.live
    assert page.owner == editor
    public = client.get(page.url)
    assert public.status_code == 200
    assert "Tutkimus ja seuranta tukevat kotoutumistyötä." in public.content.decode()


def test_wrong_password_keeps_the_editor_out(client, site_tree, editor):
    response = client.post(
        "/fi/accounts/login/", {"login": "editori@example.fi", "password": "väärä"}
    )

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated
    assert client.get("/admin/").status_code == 302


def test_anonymous_visitor_is_sent_to_the_sites_login(client, site_tree):
    response = client.get(f"/admin/pages/{Page.get_first_root_node().pk}/")

    assert response.status_code == 302
    assert response.url.startswith("/fi/accounts/login/?next=/admin/pages/")


def test_admin_gets_its_own_content_security_policy(client, site_tree, editor):
    client.force_login(editor)
    response = client.get("/admin/")

    assert "default-src 'self'" in response["Content-Security-Policy"]
