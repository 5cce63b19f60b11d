"""Editors manage redirects and promoted search results, as the search report asks them to."""

import pytest

from django.contrib.auth.models import Group, User

from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion

from tests.factories import staff_ready_for_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_editor(client, db):
    user = User.objects.create_user("editori", "editori@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    staff_ready_for_admin(user)
    client.force_login(user)
    return client


def test_editor_sees_redirects_and_promoted_results_in_the_menu(as_editor):
    menu = as_editor.get("/admin/").content.decode()

    assert "/admin/redirects/" in menu
    assert "/admin/searchpicks/" in menu
    assert as_editor.get("/admin/redirects/").status_code == 200
    assert as_editor.get("/admin/searchpicks/").status_code == 200


def test_editor_adds_a_redirect(as_editor, site_tree):
    response = as_editor.post(
        "/admin/redirects/add/",
        {
            "old_path": "/kotoutumislaki",
            "site": "",
            "is_permanent": "on",
            "redirect_page": site_tree.page("content", "fi").pk,
            "redirect_link": "",
        },
    )

    assert response.status_code == 302
    redirect = Redirect.objects.get(old_path="/kotoutumislaki")
    assert redirect.redirect_page_id == site_tree.page("content", "fi").pk
    assert as_editor.get("/kotoutumislaki").status_code == 301


def test_editor_promotes_a_page_for_a_search_term(as_editor, site_tree):
    page = site_tree.page("content", "fi")
    response = as_editor.post(
        "/admin/searchpicks/add/",
        {
            "query_string": "kotoutumislaki",
            "editors_picks-TOTAL_FORMS": "1",
            "editors_picks-INITIAL_FORMS": "0",
            "editors_picks-MIN_NUM_FORMS": "0",
            "editors_picks-MAX_NUM_FORMS": "1000",
            "editors_picks-0-page": page.pk,
            "editors_picks-0-external_link_url": "",
            "editors_picks-0-external_link_text": "",
            "editors_picks-0-description": "Laki ja sen soveltaminen.",
            "editors_picks-0-ORDER": "0",
            "editors_picks-0-DELETE": "",
        },
    )

    assert response.status_code == 302
    promotion = SearchPromotion.objects.get()
    assert promotion.query.query_string == "kotoutumislaki"
    assert promotion.page_id == page.pk
