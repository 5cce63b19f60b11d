"""The demo glossary: about 60 concepts of integration terminology in Finnish, Swedish and
English, seeded once."""

from collections import Counter

import pytest

from demo import reader
from demo.loaders import glossary as demo
from demo.seeding import SeedReport
from glossary.models import Concept, Definition, Term
from glossary.services import find_concept

pytestmark = pytest.mark.django_db

LANGUAGES = {"fi", "sv", "en"}


@pytest.fixture
def seeded():
    report = SeedReport()
    demo.seed(None, report)
    return report


def test_every_concept_has_one_preferred_term_and_one_definition_in_each_language(seeded):
    assert 55 <= Concept.objects.count() == len(seeded.created) <= 70
    preferred = Counter(
        Term.objects.filter(status=Term.Status.PREFERRED).values_list("concept_id", "language")
    )
    definitions = Counter(Definition.objects.values_list("concept_id", "language"))
    for concept in Concept.objects.all():
        for code in LANGUAGES:
            assert preferred[concept.pk, code] == 1, concept
            assert definitions[concept.pk, code] == 1, concept
        assert concept.source and concept.last_checked.year in (2025, 2026), concept
    assert not Definition.objects.filter(definition="").exists()


def test_the_glossary_has_the_official_terms_synonyms_and_deprecated_forms(seeded):
    integration = Term.objects.get(text="kotoutuminen", language="fi").concept
    assert str(integration) == "kotoutuminen / integration / integration"
    assert integration.definitions.get(language="en").definition.startswith("A two-way process")

    promotion = Term.objects.get(text="kotoutumisen edistäminen", language="fi").concept
    assert promotion.terms.filter(text="kotouttaminen", status="admitted").exists()
    assert promotion.related.filter(pk=integration.pk).exists()
    # The relation is symmetrical.
    assert integration.related.filter(pk=promotion.pk).exists()

    reception = Term.objects.get(text="förläggning", language="sv").concept
    assert reception.terms.get(text="flyktingförläggning").status == Term.Status.DEPRECATED
    assert Term.objects.filter(status=Term.Status.DEPRECATED).count() >= 4
    # Preferred terms have their address in their language; other forms have none.
    assert Term.objects.get(text="kotoutuminen").slug == "kotoutuminen"
    assert Term.objects.get(text="ensamkommande minderårig").slug == "ensamkommande-minderarig"
    assert not Term.objects.exclude(status=Term.Status.PREFERRED).exclude(slug="").exists()
    assert Term.objects.get(text="kotoutumissuunnitelma").stems


def test_related_concepts_are_concepts_of_the_glossary(seeded):
    specs = reader.data("glossary")
    known = {spec["fi"] for spec in specs}
    assert len(known) == len(specs)
    for spec in specs:
        assert set(spec.get("related", [])) <= known - {spec["fi"]}, spec["fi"]
    assert all(concept.related.exists() for concept in Concept.objects.all())


def test_seeding_twice_adds_nothing(seeded):
    counts = Concept.objects.count(), Term.objects.count(), Definition.objects.count()
    related = Concept.related.through.objects.count()

    again = SeedReport()
    demo.seed(None, again)

    assert again.created == []
    assert (Concept.objects.count(), Term.objects.count(), Definition.objects.count()) == counts
    assert Concept.related.through.objects.count() == related


def test_the_demo_terms_are_found_by_inflected_forms_synonyms_and_deprecated_forms(seeded):
    def preferred(concept, code):
        return next(
            term.text
            for term in concept.terms.all()
            if term.language == code and term.status == Term.Status.PREFERRED
        )

    assert preferred(find_concept("kotoutumissuunnitelmaan", "fi"), "en") == "integration plan"
    assert preferred(find_concept("vastaanottokeskuksessa", "fi"), "sv") == "förläggning"
    assert preferred(find_concept("flyktingförläggningen", "sv"), "fi") == "vastaanottokeskus"
    assert preferred(find_concept("kotouttamisen", "fi"), "fi") == "kotoutumisen edistäminen"
    assert preferred(find_concept("Easy Language", "en"), "fi") == "selkokieli"
