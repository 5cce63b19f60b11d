"""A term is found by any inflected form, synonym or deprecated form, and has an address."""

import pytest

from glossary.services import find_concept, find_concepts

from .builders import make_concept

pytestmark = pytest.mark.django_db


@pytest.fixture
def integration():
    return make_concept(
        "kotoutuminen",
        "integration",
        "integration",
        synonyms=[("fi", "integroituminen")],
        deprecated=[("sv", "integrering")],
    )


def test_an_inflected_form_finds_the_concept(integration):
    assert find_concepts("kotoutumisen", "fi") == [integration]
    assert find_concepts("Kotoutumisesta", "fi") == [integration]


def test_a_synonym_or_deprecated_form_finds_the_concept(integration):
    assert find_concepts("integroitumisen", "fi") == [integration]
    assert find_concepts("integrering", "sv") == [integration]


def test_a_term_of_another_language_finds_the_concept(integration):
    assert find_concepts("integration", "fi") == [integration]


def test_an_unknown_word_finds_nothing(integration):
    assert find_concepts("sauna", "fi") == []
    assert find_concept("sauna", "fi") is None
    assert find_concept("   ", "fi") is None


def test_preferred_terms_get_addresses_unique_in_their_language(integration):
    other = make_concept("kotoutuminen", "integration", "integration")
    slugs = {t.language: t.slug for t in integration.terms.filter(status="preferred")}
    assert slugs == {"fi": "kotoutuminen", "sv": "integration", "en": "integration"}
    assert other.terms.get(language="fi").slug == "kotoutuminen-2"
    assert integration.terms.get(text="integrering").slug == ""


def test_letters_outside_ascii_fold_in_the_address():
    concept = make_concept("työtila", "arbetsrum", "workspace")
    assert concept.terms.get(language="fi").slug == "tyotila"
