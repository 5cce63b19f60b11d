"""The demo glossary: about 60 concepts of Finnish integration terminology with their official
Finnish, Swedish and English terms, definitions, sources and related concepts
(demo/content/glossary.yaml).

A concept is known by its Finnish preferred term: one already in the database is left as it
is. The new ones are inserted with one bulk insert per table, as every browser test worker
seeds the demo."""

import datetime

from demo import reader
from demo.reader import LANGUAGES
from glossary.models import Concept, Definition, Term
from glossary.services import fill_terms

# The keys of a concept's record that list its other terms, with their status.
OTHER_TERMS = {"synonyms": Term.Status.ADMITTED, "deprecated": Term.Status.DEPRECATED}


def seed(home, report):
    specs = reader.data("glossary")
    existing = dict(
        Term.objects.filter(language="fi", status=Term.Status.PREFERRED).values_list(
            "text", "concept_id"
        )
    )
    new = [spec for spec in specs if spec["fi"] not in existing]
    if not new:
        return
    concepts = Concept.objects.bulk_create(
        [Concept(source=spec["source"], last_checked=_date(spec["checked"])) for spec in new]
    )
    terms, definitions = [], []
    for spec, concept in zip(new, concepts, strict=True):
        terms.extend(_terms(spec, concept))
        definitions.extend(
            Definition(
                concept=concept,
                language=code,
                definition=spec["definition"][code],
                note=spec.get("note", {}).get(code, ""),
            )
            for code in LANGUAGES
        )
        report.created.append(f"glossary concept {spec['fi']}")
    fill_terms(terms)
    Term.objects.bulk_create(terms)
    Definition.objects.bulk_create(definitions)
    ids = existing | {spec["fi"]: concept.pk for spec, concept in zip(new, concepts, strict=True)}
    _relate(new, ids)


def _terms(spec, concept):
    for code in LANGUAGES:
        yield Term(concept=concept, language=code, text=spec[code], status=Term.Status.PREFERRED)
    for key, status in OTHER_TERMS.items():
        for code, texts in spec.get(key, {}).items():
            for text in texts:
                yield Term(concept=concept, language=code, text=text, status=status)


def _relate(specs, ids):
    """The new concepts' related concepts, both ways (the relation is symmetrical)."""
    through = Concept.related.through
    pairs = set()
    for spec in specs:
        for other in spec.get("related", []):
            pairs |= {(ids[spec["fi"]], ids[other]), (ids[other], ids[spec["fi"]])}
    if pairs:
        through.objects.bulk_create(
            [through(from_concept_id=a, to_concept_id=b) for a, b in sorted(pairs)],
            ignore_conflicts=True,
        )


def _date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
