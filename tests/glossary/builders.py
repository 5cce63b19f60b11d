"""Glossary concepts for tests: terms and definitions in all three languages."""

from glossary.models import Concept, Definition, Term


def make_concept(fi, sv, en, synonyms=(), deprecated=(), definitions=None, **fields):
    """A concept with its preferred term in each language; synonyms and deprecated forms are
    (language, text) pairs."""
    concept = Concept.objects.create(**fields)
    preferred = {"fi": fi, "sv": sv, "en": en}
    for language, text in preferred.items():
        Term.objects.create(concept=concept, language=language, text=text)
    for status, pairs in ((Term.Status.ADMITTED, synonyms), (Term.Status.DEPRECATED, deprecated)):
        for language, text in pairs:
            Term.objects.create(concept=concept, language=language, text=text, status=status)
    definitions = definitions or {code: f"What {text} means." for code, text in preferred.items()}
    for language, text in definitions.items():
        Definition.objects.create(concept=concept, language=language, definition=text)
    return concept
