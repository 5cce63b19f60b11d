"""Editors see how readable a page's text is: LIX, sentence length and very long words."""

import re

import pytest

from django.urls import reverse

from wagtail.models import Site

from home.models import ContentPage, PlainLanguagePage
from stewardship.models import UpkeepSettings
from stewardship.readability import measure, page_text
from tests.extranet.builders import make_staff


def test_finnish_text_with_a_long_compound_word():
    # 6 words in 2 sentences; longer than 6 letters: kotoutumissuunnitelma, tehdään,
    # yhdessä; 13 letters or more: kotoutumissuunnitelma. LIX = 6/2 + 100 * 3/6 = 53.
    result = measure("Kotoutumissuunnitelma tehdään yhdessä. Se auttaa sinua.")

    assert (result.words, result.sentences, result.long_words) == (6, 2, 3)
    assert result.very_long_words == 1
    assert result.average_sentence_length == 3
    assert result.lix == 53


def test_swedish_text_in_one_sentence():
    # 8 words, 1 sentence; long: integrationsprogrammet, hjälper, Finland. LIX = 8 + 37.5.
    result = measure("Integrationsprogrammet hjälper dig att hitta arbete i Finland!")

    assert (result.words, result.sentences, result.very_long_words) == (8, 1, 1)
    assert result.lix == 45.5


def test_hyphenated_words_and_numbers():
    # "EU-maiden" is one word of eight letters; numbers are not words.
    result = measure("EU-maiden kansalaiset 2025")

    assert (result.words, result.long_words) == (2, 2)


def test_no_text_has_no_figure():
    assert measure("").lix == 0
    assert measure("  12. ").average_sentence_length == 0


@pytest.mark.django_db
def test_a_pages_text_is_its_title_introduction_and_text_blocks(site_tree):
    page = ContentPage(
        title="Kotoutuminen",
        slug="read",
        introduction="Tervetuloa",
        body=[
            {"type": "heading", "value": {"heading_text": "Palvelut", "size": "h2"}},
            {"type": "paragraph", "value": "<p>Yksi.</p><ul><li>Kaksi</li><li>Kolme</li></ul>"},
        ],
    )
    site_tree.page("section", "en").add_child(instance=page)

    text = page_text(page)

    assert text.split("\n")[:3] == ["Kotoutuminen", "Tervetuloa", "Palvelut"]
    assert measure(text).sentences == 6


def panel(html):
    return re.search(r'<div class="readability".*?</script>', html, re.S).group(0)


@pytest.mark.django_db
def test_the_editor_shows_the_saved_texts_lix_and_warns_above_the_editors_limit(client, site_tree):
    page = ContentPage(
        title="Ohje",
        slug="ohje",
        introduction="Kotoutumissuunnitelma tehdään yhdessä. Se auttaa sinua.",
    )
    site_tree.page("section", "en").add_child(instance=page)
    page.save_revision()
    client.force_login(make_staff(groups=("Editors",)))
    url = reverse("wagtailadmin_pages:edit", args=[page.id])
    # Title and introduction: 7 words, 3 sentences, 3 long words: 7/3 + 300/7 = 45.2.
    settings = UpkeepSettings.for_site(Site.objects.get(is_default_site=True))
    settings.readability_warning_lix = 60
    settings.save()

    html = panel(client.get(url).content.decode())

    assert re.search(r"data-readability-saved>45<", html)
    assert 'data-threshold="60"' in html
    assert re.search(r"data-readability-warning\s+hidden", html)

    settings.readability_warning_lix = 40
    settings.save()

    html = panel(client.get(url).content.decode())

    assert 'data-threshold="40"' in html
    assert not re.search(r"data-readability-warning\s+hidden", html)


@pytest.mark.django_db
def test_a_plain_language_page_is_held_to_the_plain_language_limit(client, site_tree):
    content = site_tree.page("content", "en")
    plain = content.add_child(
        instance=PlainLanguagePage(
            title="Plain", slug="plain-read", locale=content.locale, introduction="Short text."
        )
    )
    plain.save_revision()
    settings = UpkeepSettings.for_site(Site.objects.get(is_default_site=True))
    settings.readability_warning_lix = 60
    settings.plain_readability_warning_lix = 35
    settings.save()
    client.force_login(make_staff(groups=("Editors",)))

    html = panel(client.get(reverse("wagtailadmin_pages:edit", args=[plain.id])).content.decode())

    assert 'data-threshold="35"' in html
