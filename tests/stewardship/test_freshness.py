"""Translation freshness: a page translated with wagtail-localize tells its readers when the page
it was translated from has been published again since the translation was last synced, and the
editors' report lists such translations per language."""

import datetime
import uuid

import pytest

from django.contrib.auth.models import Permission
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.models import ContentPage
from tests.extranet.builders import make_staff

pytestmark = pytest.mark.django_db

EN_NOTICE = "This page was updated in Finnish on"


def published_on_commit():
    """wagtail-localize publishes a translation once the transaction commits; a test's never does."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def add_finnish_page(site_tree, title="Kotoutumisohjelma"):
    page = site_tree.page("section", "fi").add_child(
        instance=ContentPage(
            title=title,
            slug=f"s-{uuid.uuid4().hex[:8]}",
            locale=site_tree.page("section", "fi").locale,
            introduction="Ohjelman johdanto.",
        )
    )
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def translate_with_localize(page, *codes):
    """Submit `page` for translation as the admin's "Translate this page" does: the translations
    are created and published at once (untranslated text falls back to the source)."""
    creator = TranslationCreator(None, [Locale.objects.get(language_code=code) for code in codes])
    with published_on_commit():
        creator.create_translations(page)
    return {code: page.get_translation(Locale.objects.get(language_code=code)) for code in codes}


def publish_new_revision(page, introduction="Päivitetty johdanto."):
    page = Page.objects.get(pk=page.pk).specific
    page.introduction = introduction
    page.save_revision().publish()
    return page


def sync(page):
    """What "Sync translated pages" does: take the source in again and publish the translations."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    with published_on_commit():
        for translation in source.translations.filter(enabled=True):
            translation.save_target(publish=True)


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_editing_the_finnish_source_makes_the_swedish_translation_show_the_notice(
    client, site_tree
):
    finnish = add_finnish_page(site_tree)
    swedish = translate_with_localize(finnish, "sv")["sv"]
    assert "notice--translation" not in html(client, swedish)

    publish_new_revision(finnish)

    page = html(client, swedish)
    assert "notice--translation" in page
    assert f'href="{finnish.url}" lang="fi" hreflang="fi">{finnish.title}</a>' in page
    today = timezone.localdate()
    assert f'<time datetime="{today:%Y-%m-%d}">' in page
    # The source itself says nothing.
    assert "notice--translation" not in html(client, finnish)


def test_the_notice_is_in_the_readers_language(client, site_tree):
    finnish = add_finnish_page(site_tree)
    english = translate_with_localize(finnish, "en")["en"]
    publish_new_revision(finnish)

    page = html(client, english)
    assert EN_NOTICE in page
    assert "this translation may be out of date" in page


def test_syncing_removes_the_notice(client, site_tree):
    finnish = add_finnish_page(site_tree)
    swedish = translate_with_localize(finnish, "sv")["sv"]
    publish_new_revision(finnish)
    assert "notice--translation" in html(client, swedish)

    sync(finnish)

    assert "notice--translation" not in html(client, swedish)


def test_syncing_through_the_admin_removes_the_notice(client, site_tree):
    finnish = add_finnish_page(site_tree)
    swedish = translate_with_localize(finnish, "sv")["sv"]
    publish_new_revision(finnish)
    assert "notice--translation" in html(client, swedish)  # and now cached

    client.force_login(make_staff(superuser=True))
    source = TranslationSource.objects.get_for_instance(finnish)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.id]), {})
    assert response.status_code == 302
    client.logout()

    # Synced without publishing the translation: the cached page must not keep the notice.
    assert "notice--translation" not in html(client, swedish)


def test_pages_not_made_with_wagtail_localize_never_show_it(client, site_tree):
    publish_new_revision(site_tree.page("content", "fi"))

    for code in ("sv", "en"):
        assert "notice--translation" not in html(client, site_tree.page("content", code))


def test_a_disabled_translation_shows_nothing(client, site_tree):
    """An editor who turns sync off ("Convert to manual editing") edits the translation alone."""
    finnish = add_finnish_page(site_tree)
    swedish = translate_with_localize(finnish, "sv")["sv"]
    Translation.objects.filter(source__object_id=finnish.translation_key).update(enabled=False)
    publish_new_revision(finnish)

    assert "notice--translation" not in html(client, swedish)


def test_only_the_translations_whose_source_changed_show_it(client, site_tree):
    changed = add_finnish_page(site_tree, "Muuttunut")
    untouched = add_finnish_page(site_tree, "Ennallaan")
    changed_sv = translate_with_localize(changed, "sv")["sv"]
    untouched_sv = translate_with_localize(untouched, "sv")["sv"]

    publish_new_revision(changed)

    assert "notice--translation" in html(client, changed_sv)
    assert "notice--translation" not in html(client, untouched_sv)


def test_the_notice_costs_one_query_however_many_translations(site_tree):
    from stewardship.freshness import stale_notice

    finnish = add_finnish_page(site_tree)
    translations = translate_with_localize(finnish, "sv", "en")
    publish_new_revision(finnish)
    swedish = Page.objects.get(pk=translations["sv"].pk)
    with CaptureQueriesContext(connection) as one_page:
        notice = stale_notice(swedish)
    assert notice.source_page.pk == finnish.pk
    assert notice.language_code == "fi"
    assert len(one_page) == 1

    plain = Page.objects.get(pk=site_tree.page("content", "sv").pk)
    with CaptureQueriesContext(connection) as not_localized:
        assert stale_notice(plain) is None
    assert len(not_localized) == 1


def test_the_rendered_page_costs_no_more_with_more_translations(client, site_tree):
    finnish = add_finnish_page(site_tree)
    swedish = translate_with_localize(finnish, "sv")["sv"]
    publish_new_revision(finnish)
    with CaptureQueriesContext(connection) as few:
        html(client, swedish)

    for index in range(5):
        other = add_finnish_page(site_tree, f"Toinen {index}")
        translate_with_localize(other, "sv", "en")
        publish_new_revision(other)
    translate_with_localize(finnish, "en")
    with CaptureQueriesContext(connection) as many:
        html(client, Page.objects.get(pk=swedish.pk))

    assert len(many) <= len(few)


# The editors' report


def report(client, **params):
    return client.get(reverse("stale_translations_report"), params)


def test_the_report_lists_stale_translations_per_language(client, site_tree):
    finnish = add_finnish_page(site_tree, "Muuttunut sivu")
    untouched = add_finnish_page(site_tree, "Ennallaan pysynyt")
    translations = translate_with_localize(finnish, "sv", "en")
    translations["sv"].title = "Ändrad sida"
    translations["sv"].save_revision().publish()
    translate_with_localize(untouched, "sv")
    publish_new_revision(finnish)
    client.force_login(make_staff(groups=("Editors",)))

    everything = report(client).content.decode()
    assert "Ändrad sida" in everything
    assert everything.count("Muuttunut sivu") >= 2  # the English one falls back to the source
    assert "Ennallaan pysynyt" not in everything
    source = TranslationSource.objects.get_for_instance(finnish)
    assert reverse("wagtailadmin_pages:edit", args=[translations["sv"].pk]) in everything
    assert reverse("wagtailadmin_pages:edit", args=[finnish.pk]) in everything

    swedish_only = report(client, target_locale=Locale.objects.get(language_code="sv").pk)
    content = swedish_only.content.decode()
    assert "Ändrad sida" in content
    assert reverse("wagtailadmin_pages:edit", args=[translations["en"].pk]) not in content

    assert reverse("wagtail_localize:update_translations", args=[source.id]) in content


def test_only_those_who_may_sync_get_the_sync_link(client, site_tree):
    finnish = add_finnish_page(site_tree)
    translate_with_localize(finnish, "sv")
    publish_new_revision(finnish)
    editor = make_staff(groups=("Editors",))
    editor.groups.get(name="Editors").permissions.remove(
        Permission.objects.get(codename="submit_translation")
    )
    client.force_login(editor)

    content = report(client).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[finnish.pk]) in content
    source = TranslationSource.objects.get_for_instance(finnish)
    assert reverse("wagtail_localize:update_translations", args=[source.id]) not in content


def test_the_report_shows_when_the_source_changed_and_when_it_was_synced(client, site_tree):
    finnish = add_finnish_page(site_tree)
    translate_with_localize(finnish, "sv")
    long_ago = timezone.now() - datetime.timedelta(days=40)
    TranslationSource.objects.filter(object_id=finnish.translation_key).update(
        last_updated_at=long_ago
    )
    client.force_login(make_staff(groups=("Editors",)))

    content = report(client).content.decode()
    assert "Source updated" in content and "Last synced" in content
    assert f'datetime="{timezone.localtime(long_ago):%Y-%m-%dT%H:%M:%S}' in content
    assert f'datetime="{timezone.localtime(finnish.last_published_at):%Y-%m-%dT%H:%M:%S}' in content


def test_the_report_drops_a_translation_once_synced(client, site_tree):
    finnish = add_finnish_page(site_tree, "Synkronoitava")
    translate_with_localize(finnish, "sv")
    publish_new_revision(finnish)
    client.force_login(make_staff(groups=("Editors",)))
    assert "Synkronoitava" in report(client).content.decode()

    sync(finnish)

    assert "Synkronoitava" not in report(client).content.decode()


def test_a_language_that_is_not_one_gives_a_clear_answer(client, site_tree):
    client.force_login(make_staff(groups=("Editors",)))
    response = report(client, target_locale="nope")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_the_report_is_refused_to_those_who_may_not_edit_pages(client, site_tree):
    client.force_login(make_staff(groups=()))  # staff, but may edit no page
    response = report(client)
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response["Location"]
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("stale_translations_report") not in menu

    client.logout()
    response = report(client)
    assert response.status_code == 302


def test_the_report_is_in_the_editors_reports_menu(client, site_tree):
    client.force_login(make_staff(groups=("Editors",)))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("stale_translations_report") in menu


def test_the_report_costs_the_same_with_many_rows(client, site_tree):
    client.force_login(make_staff(groups=("Editors",)))

    def stale_pages(count):
        for index in range(count):
            page = add_finnish_page(site_tree, f"Sivu {uuid.uuid4().hex[:6]} {index}")
            translate_with_localize(page, "sv", "en")
            publish_new_revision(page)

    stale_pages(2)
    report(client)
    with CaptureQueriesContext(connection) as few:
        assert report(client).status_code == 200
    stale_pages(8)
    with CaptureQueriesContext(connection) as many:
        assert report(client).status_code == 200

    assert len(many) <= len(few)
