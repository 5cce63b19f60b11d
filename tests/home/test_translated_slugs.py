"""A translation lives at an address in its own language, even when the translator leaves the
slug untranslated in wagtail-localize's editor."""

import pytest

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def new_finnish_page(site_tree):
    section = site_tree.page("section", "fi")
    page = ContentPage(
        title="Kotoutumisen palvelut", slug="kotoutumisen-palvelut", introduction="Johdanto."
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    def translate_page(page, language, strings):
        # wagtail-localize publishes, and Wagtail redirects the old address, once committed.
        with django_capture_on_commit_callbacks(execute=True):
            translation = _translate(page, language, strings)
        return ContentPage.objects.get(pk=translation.pk)

    return translate_page


def _translate(page, language, strings):
    """Translates `page` as the translation editor would: the given strings, others left as
    they are in the source (wagtail-localize's fallback when publishing)."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    locale = Locale.objects.get(language_code=language)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )
    translation, _ = source.create_or_update_translation(locale, fallback=True)
    return translation


def test_a_translation_with_only_its_title_translated_gets_a_slug_of_its_own_title(
    site_tree, translate
):
    page = new_finnish_page(site_tree)

    swedish = translate(page, "sv", {"Kotoutumisen palvelut": "Integrationstjänster"})

    assert swedish.slug == "integrationstjanster"
    assert swedish.url_path.endswith("/integrationstjanster/")
    page.refresh_from_db()
    assert page.slug == "kotoutumisen-palvelut"


def test_a_slug_the_translator_translated_is_kept(site_tree, translate):
    page = new_finnish_page(site_tree)

    swedish = translate(
        page,
        "sv",
        {"Kotoutumisen palvelut": "Integrationstjänster", "kotoutumisen-palvelut": "tjanster"},
    )

    assert swedish.slug == "tjanster"


def test_a_live_translation_at_the_finnish_address_moves_and_its_old_address_redirects(
    site_tree, client, translate
):
    page = new_finnish_page(site_tree)
    swedish = translate(page, "sv", {})
    assert swedish.slug == "kotoutumisen-palvelut"  # the title isn't translated yet either
    old_url = swedish.get_url()

    swedish = translate(page, "sv", {"Kotoutumisen palvelut": "Integrationstjänster"})

    assert swedish.slug == "integrationstjanster"
    assert client.get(swedish.get_url()).status_code == 200
    assert Redirect.objects.filter(redirect_page=swedish).exists()
    response = client.get(old_url)
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(swedish.get_url())
