"""The glossary's pages cost the same number of queries with 20 concepts as with 2,000."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossary.models import Concept, Definition, Term
from glossary.services import fill_terms

pytestmark = pytest.mark.django_db

FINNISH_WORDS = ["kotoutumis", "työllisyys", "kieli", "ohjaus", "vastaanotto", "äidinkieli"]


def many_concepts(count, start=0):
    """`count` concepts with a preferred term and a definition in each language, every third
    with a Finnish synonym, each related to the one before."""
    concepts = Concept.objects.bulk_create(Concept() for _ in range(count))
    terms, definitions = [], []
    for number, concept in enumerate(concepts, start=start):
        word = FINNISH_WORDS[number % len(FINNISH_WORDS)]
        for language, text in (
            ("fi", f"{word}palvelu {number}"),
            ("sv", f"tjänst {number}"),
            ("en", f"service {number}"),
        ):
            terms.append(Term(concept=concept, language=language, text=text))
            definitions.append(
                Definition(concept=concept, language=language, definition=f"{text}: selitys.")
            )
        if number % 3 == 0:
            terms.append(
                Term(concept=concept, language="fi", text=f"{word}apu {number}", status="admitted")
            )
    fill_terms(terms)
    Term.objects.bulk_create(terms)
    Definition.objects.bulk_create(definitions)
    Related = Concept.related.through
    pairs = list(zip(concepts, concepts[1:], strict=False))
    Related.objects.bulk_create(
        [Related(from_concept=a, to_concept=b) for a, b in pairs]
        + [Related(from_concept=b, to_concept=a) for a, b in pairs]
    )
    return concepts


def queries_of(client, url, params=None):
    client.get(url, params)  # the matcher and the site's caches are warm after the first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize(
    "address, params",
    [
        ("", {}),
        ("", {"letter": "T"}),
        ("", {"q": "kotoutumispalvelun"}),
        ("", {"page": "2"}),
        ("tyollisyyspalvelu-1/", {}),
        ("export/fi-sv/tbx/", {}),
        ("export/fi-en/csv/", {}),
    ],
    ids=["index", "letter", "search", "page-2", "entry", "tbx", "csv"],
)
def test_the_glossary_costs_the_same_with_2000_concepts(client, glossaries, address, params):
    url = f"{glossaries['fi'].url}{address}"
    many_concepts(60)
    few, _ = queries_of(client, url, params)
    many_concepts(1940, start=60)
    many, response = queries_of(client, url, params)
    assert Concept.objects.count() == 2000
    assert few == many, f"{few} queries with 60 concepts, {many} with 2,000"
    assert many <= 28  # the page frame with its upkeep lookups (review, law changes, freshness)


def test_the_site_search_shows_a_definition_in_a_bounded_number_of_queries(client, glossaries):
    many_concepts(2000)
    counts = []
    for query in ("kielipalvelu 2", "kielipalvelu 1994"):
        client.get("/fi/search/", {"q": query, "page": "1"})  # warm, and not counted as new
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/fi/search/", {"q": query, "page": "1"})
        assert response.context["glossary_entry"].text == query
        counts.append(len(queries))
    # The search itself may differ by a query or two between words; the definition adds a few.
    assert max(counts) <= 36, counts
