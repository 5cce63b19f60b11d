"""The glossary's words: the stems a term is found by, its address, and the concept a
query names."""

from django.db.models import Prefetch
from django.utils.text import slugify

from search.analysis import STEMMERS, finnish_stem, fold, language_of, words

from .models import Concept, Definition, Term


def word_stem(word, language):
    """One word's stem in a language, folded to ASCII: "kotoutumisen" → "kotoutum"."""
    word = word.lower()
    if language == "fi":
        stem = finnish_stem(word)
    elif language in STEMMERS:
        stem = STEMMERS[language].stemWord(word)
    else:
        stem = word
    return fold(stem)


def text_stems(text, language):
    """A text's words as stems in word order: what an inflected form of it is matched by."""
    return tuple(word_stem(word, language) for word in words(text))


def fill_term(term):
    """A term's stems, and the preferred term's slug, unique within its language."""
    fill_terms([term])


def fill_terms(terms):
    """Terms' stems, and the preferred terms' slugs, unique within their language: for one
    term before its save, or many before a bulk create (one query per language)."""
    taken = {}
    for term in terms:
        term.stems = " ".join(text_stems(term.text, term.language))[:600]
        if term.status != Term.Status.PREFERRED:
            term.slug = ""
            continue
        if term.slug:
            continue
        if term.language not in taken:
            taken[term.language] = set(
                Term.objects.filter(language=term.language)
                .exclude(slug="")
                .exclude(pk=term.pk)
                .values_list("slug", flat=True)
            )
        used = taken[term.language]
        base = slugify(fold(term.text))[:190] or "term"
        slug, number = base, 1
        while slug in used:
            number += 1
            slug = f"{base}-{number}"
        term.slug = slug
        used.add(slug)


def find_concept_ids(query, languages, limit=10):
    """Ids of the concepts one of whose terms (any form, synonym or deprecated) the query names,
    searching the languages in order."""
    found = {}
    for code in languages:
        stems = " ".join(text_stems(query, code))
        if not stems:
            return []
        ids = Term.objects.filter(language=code, stems=stems).values_list("concept_id", flat=True)
        for concept_id in ids:
            found.setdefault(concept_id, len(found))
        if len(found) >= limit:
            break
    return sorted(found, key=found.get)[:limit]


def find_concepts(query, language, limit=10):
    """The concepts the query names, with their terms and definitions: the query's language
    first, then the other languages."""
    language = language_of(language) or "fi"
    languages = [language] + [code for code in STEMMERS if code != language]
    return _with_terms(find_concept_ids(query, languages, limit))


def find_concept(query, language):
    """The concept the query names in its own language, or None."""
    found = _with_terms(find_concept_ids(query, [language_of(language) or "fi"], limit=1))
    return found[0] if found else None


def _with_terms(ordered):
    """The concepts of these ids in this order, with their terms and definitions."""
    concepts = Concept.objects.filter(pk__in=ordered).prefetch_related(
        Prefetch("terms", queryset=Term.objects.order_by("language", "status", "text")),
        Prefetch("definitions", queryset=Definition.objects.all()),
    )
    by_id = {concept.pk: concept for concept in concepts}
    return [by_id[pk] for pk in ordered if pk in by_id]
