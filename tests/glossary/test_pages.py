"""Readers browse the glossary from A to Ö, search it in any form, and read an entry with its
terms in Finnish, Swedish and English side by side."""

import datetime

import pytest

from .builders import make_concept

pytestmark = pytest.mark.django_db


def test_the_index_lists_terms_in_finnish_order_with_their_equivalents(
    client, glossaries, integration, workspace_term
):
    make_concept("ääntäminen", "uttal", "pronunciation")
    make_concept("asioimistulkki", "kontakttolk", "community interpreter")
    response = client.get(glossaries["fi"].url)
    content = response.content.decode()
    assert response.status_code == 200
    texts = [entry.text for entry in response.context["entries"]]
    # Ä after Z, as in a Finnish dictionary; a synonym refers to its preferred term.
    assert texts == ["asioimistulkki", "integroituminen", "kotoutuminen", "työtila", "ääntäminen"]
    assert '<dd lang="sv">integration</dd>' in content
    assert '<dd lang="en">workspace</dd>' in content
    assert "Maahanmuuttajan ja yhteiskunnan vuorovaikutteinen kehitys." in content
    assert f'href="{glossaries["fi"].url}kotoutuminen/">kotoutuminen</a>' in content


def test_a_letter_shows_its_terms_and_letters_without_terms_are_not_links(
    client, glossaries, integration, workspace_term
):
    response = client.get(glossaries["fi"].url, {"letter": "t"})
    assert [entry.text for entry in response.context["entries"]] == ["työtila"]
    letters = {
        letter: (has_terms, current) for letter, has_terms, current in response.context["letters"]
    }
    assert letters["T"] == (True, True)
    assert letters["Å"] == (False, False)
    assert "?letter=K" in response.content.decode()
    assert "?letter=B" not in response.content.decode()


def test_a_nonsense_letter_shows_every_term(client, glossaries, integration):
    response = client.get(glossaries["fi"].url, {"letter": "<script>"})
    assert response.status_code == 200
    assert response.context["letter"] is None
    assert "<script>" not in response.content.decode()


def test_kotoutumisen_finds_the_entry_with_its_swedish_and_english_terms(
    client, glossaries, integration
):
    response = client.get(glossaries["fi"].url, {"q": "kotoutumisen"})
    content = response.content.decode()
    assert [entry.text for entry in response.context["results"]] == ["kotoutuminen"]
    assert '<dd lang="sv">integration</dd>' in content
    assert '<dd lang="en">integration</dd>' in content


def test_a_synonym_deprecated_or_partial_word_finds_the_entry(client, glossaries, integration):
    for language, query in (("fi", "integroitumisesta"), ("sv", "integrering"), ("fi", "kotout")):
        response = client.get(glossaries[language].url, {"q": query})
        texts = [entry.text for entry in response.context["results"]]
        assert texts and texts[0] in ("kotoutuminen", "integration"), query


def test_a_search_that_finds_nothing_says_so(client, glossaries, integration):
    response = client.get(glossaries["en"].url, {"q": "sauna" * 100})
    assert response.status_code == 200
    assert "No term matches your search" in response.content.decode()


def test_the_entry_shows_every_language_side_by_side_with_lang(client, glossaries, integration):
    integration.last_checked = datetime.date(2026, 3, 9)
    integration.save()
    response = client.get(f"{glossaries['en'].url}integration/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "<title>integration – Glossary" in content
    assert '<strong lang="fi">kotoutuminen</strong>' in content
    assert '<span lang="fi">integroituminen</span>' in content
    assert '<span class="glossary-deprecated" lang="sv">integrering</span>' in content
    assert '<p class="glossary-language__definition" lang="sv">En växelverkan' in content
    assert "Laki kotoutumisen edistämisestä 681/2023" in content
    assert '<time datetime="2026-03-09">' in content
    # Its own address, description and language versions: the entry in Finnish and Swedish.
    assert (
        f'<link rel="canonical" href="http://testserver{glossaries["en"].url}integration/">'
        in content
    )
    assert 'content="Interactive development involving immigrants' in content
    assert f'hreflang="fi" href="http://testserver{glossaries["fi"].url}kotoutuminen/"' in content
    assert f'href="{glossaries["sv"].url}integration/"' in content


def test_related_terms_link_to_their_entries(client, glossaries, integration, workspace_term):
    integration.related.add(workspace_term)
    integration.save()
    response = client.get(f"{glossaries['fi'].url}kotoutuminen/")
    assert f'<a href="{glossaries["fi"].url}tyotila/">työtila</a>' in response.content.decode()
    response = client.get(f"{glossaries['fi'].url}tyotila/")
    assert (
        f'href="{glossaries["fi"].url}kotoutuminen/">kotoutuminen</a>' in response.content.decode()
    )


def test_an_unknown_entry_is_not_found(client, glossaries, integration):
    assert client.get(f"{glossaries['fi'].url}ei-ole/").status_code == 404
    # A term's address belongs to its own language's glossary.
    assert client.get(f"{glossaries['fi'].url}integration/").status_code == 404


def test_the_sitemap_lists_every_entry(client, glossaries, integration, workspace_term):
    content = client.get("/sitemap-fi.xml").content.decode()
    assert f"{glossaries['fi'].full_url}kotoutuminen/" in content
    assert f"{glossaries['fi'].full_url}tyotila/" in content
