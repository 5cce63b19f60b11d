"""The editors' admin speaks Finnish and Swedish throughout: our own strings, Wagtail's and
wagtail-localize's where their catalogues lack them, language names and the workflow names."""

import ast
import json
from pathlib import Path

import pytest

from django.utils import translation
from django.utils.translation import pgettext
from django.utils.translation.trans_real import translation as catalogue_of

from wagtail.models import Locale

from .test_admin_publishing import admin_user

pytestmark = pytest.mark.django_db

THIRD_PARTY_STRINGS = Path(__file__).resolve().parents[2] / "home" / "third_party_strings.py"


def shown(text, html):
    """The text as the page shows it, in its HTML or in the JSON the admin's menu is built from."""
    return text in html or json.dumps(text)[1:-1] in html


@pytest.mark.parametrize(
    ("language", "search", "reports", "content_reports"),
    [
        ("fi", "Hae kaikista sivuista…", "Raportit", "Ilmoitukset"),
        ("sv", "Sök bland alla sidor…", "Rapporter", "Anmälningar"),
    ],
)
def test_the_dashboard_and_menu_speak_the_editors_language(
    client, site_tree, language, search, reports, content_reports
):
    client.force_login(admin_user(f"editori-{language}", language=language))

    dashboard = client.get("/admin/").content.decode()

    assert shown(search, dashboard)
    # Wagtail's reports and the members' reports of content have names of their own.
    assert shown(reports, dashboard)
    assert shown(content_reports, dashboard)
    assert not shown("Search all pages", dashboard)
    images = client.get("/admin/images/").content.decode()
    assert 'aria-label="Actions"' not in images  # Wagtail's header names it in English only


def test_members_reports_are_named_alike_in_the_menu_and_on_the_page():
    for language, one, many in [
        ("fi", "Ilmoitus", "Ilmoitukset"),
        ("sv", "Anmälan", "Anmälningar"),
    ]:
        with translation.override(language):
            assert pgettext("content report", "Report") == one
            assert pgettext("content report", "Reports") == many
            assert str(translation.gettext("Reports")) != many


def test_wagtails_missing_finnish_strings_are_ours(client, site_tree):
    client.force_login(admin_user("paakayttaja", group=None, superuser=True))

    dashboard = client.get("/admin/").content.decode()
    explorer = client.get(f"/admin/pages/{site_tree.page('home', 'fi').pk}/").content.decode()

    assert shown("Hakutermit", dashboard)  # wagtail.contrib.search_promotions' report
    assert shown("Muuta valikkojärjestystä", explorer)
    assert "Sort menu order" not in explorer


def test_the_admin_names_languages_in_the_editors_language(db):
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    for language, name in [("fi", "ruotsi"), ("sv", "svenska"), ("en", "Swedish")]:
        with translation.override(language):
            assert str(swedish.get_display_name()) == name


def test_wagtail_localize_scripts_speak_finnish(client, db):
    client.force_login(admin_user("editori-js"))

    with translation.override("fi"):
        scripts = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="fi").content.decode()

    assert shown("Julkaise kieliversio: ", scripts)


def third_party_msgids():
    tree = ast.parse(THIRD_PARTY_STRINGS.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.func.id in ("gettext_noop", "ngettext_lazy"):
            yield node.func.id == "ngettext_lazy", node.args[0].value


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_message_kept_for_the_packages_is_translated(language):
    catalogue = catalogue_of(language)._catalog
    untranslated = [
        msgid
        for plural, msgid in third_party_msgids()
        if not catalogue.get((msgid, 0) if plural else msgid)
    ]
    assert untranslated == []


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("fi", "Julkaisijan hyväksyntä"),
        ("sv", "Publicerarens godkännande"),
    ],
)
def test_the_workflow_name_is_readable_in_both_languages(client, site_tree, language, name):
    client.force_login(admin_user(f"editori-wf-{language}", language=language))

    workflows_of_page = client.get(
        f"/admin/pages/{site_tree.page('content', language).pk}/edit/"
    ).content.decode()

    assert name in workflows_of_page
