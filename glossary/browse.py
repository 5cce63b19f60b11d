"""The glossary as readers see it in one language: the A–Z index with its letters, the search,
and a concept's entry with its terms in every language.

Every listing costs a fixed number of queries, however many concepts there are: the page
language's terms in one query, then the definitions and other languages' terms of the
concepts shown.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils.text import capfirst
from django.utils.translation import get_language_info

from home.visibility import public
from search.analysis import fold

from .models import Concept, Definition, Term
from .services import find_concept_ids, text_stems

FINNISH_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
ALPHABETS = {"fi": FINNISH_ALPHABET, "sv": FINNISH_ALPHABET, "en": FINNISH_ALPHABET[:26]}
OTHER_LETTER = "#"
SEARCH_LIMIT = 50


def language_names():
    """The site's languages named in the reader's language: {"sv": "Ruotsi", …} in Finnish."""
    return {
        code: capfirst(get_language_info(code)["name_translated"])
        for code, _name in settings.LANGUAGES
    }


def alphabet(language):
    return ALPHABETS.get(language, ALPHABETS["en"])


def letter_of(text, language):
    """The A–Z heading a term is listed under: "Ärsyke" → "Ä" in Finnish, "A" in English."""
    letters = alphabet(language)
    first = (text.strip()[:1] or OTHER_LETTER).upper()
    if first in letters:
        return first
    folded = fold(first)
    return folded if folded in letters else OTHER_LETTER


def sort_key(text, language):
    """Dictionary order in the language: Å, Ä and Ö after Z in Finnish and Swedish."""
    letters = alphabet(language)
    key = []
    for char in text.upper():
        if char in letters:
            key.append(letters.index(char) + 1)
        elif (folded := fold(char)) and folded in letters:
            key.append(letters.index(folded) + 1)
        else:
            key.append(0)  # spaces and hyphens come before letters
    return key


@dataclass
class IndexEntry:
    """A line of the A–Z index: a preferred term, or a synonym or deprecated form that refers
    to its concept's preferred term."""

    text: str
    concept_id: int
    slug: str
    status: str
    preferred_text: str = ""
    definition: str = ""
    equivalents: list = field(default_factory=list)
    url: str = ""

    @property
    def is_reference(self):
        return self.status != Term.Status.PREFERRED


@dataclass
class Equivalent:
    language: str
    language_name: str
    text: str


class GlossaryIndex:
    """The terms of one language in dictionary order, with the letters that have terms."""

    def __init__(self, language):
        self.language = language
        rows = Term.objects.filter(language=language).values_list(
            "concept_id", "text", "slug", "status"
        )
        preferred = {}
        entries = []
        for concept_id, text, slug, status in rows:
            entries.append(IndexEntry(text, concept_id, slug, status))
            if status == Term.Status.PREFERRED:
                preferred[concept_id] = (text, slug)
        for entry in entries:
            entry.preferred_text, entry.slug = preferred.get(entry.concept_id, ("", ""))
        # A concept without a term in this language has no entry to refer to.
        self.entries = sorted(
            (entry for entry in entries if entry.slug),
            key=lambda entry: (sort_key(entry.text, language), entry.is_reference),
        )
        self.used_letters = {letter_of(entry.text, language) for entry in self.entries}

    def letters(self, current=None):
        """Every letter of the alphabet, whether it has terms, and whether it is shown now."""
        letters = list(alphabet(self.language))
        if OTHER_LETTER in self.used_letters:
            letters.append(OTHER_LETTER)
        return [(letter, letter in self.used_letters, letter == current) for letter in letters]

    def under(self, letter):
        return [entry for entry in self.entries if letter_of(entry.text, self.language) == letter]

    def clean_letter(self, value):
        """The letter asked for, or None for nonsense."""
        value = (value or "").strip().upper()
        if value == OTHER_LETTER or (len(value) == 1 and value in alphabet(self.language)):
            return value
        return None


def fill_entries(entries, language):
    """The definitions and other languages' preferred terms of a page of index entries."""
    concept_ids = {entry.concept_id for entry in entries if not entry.is_reference}
    definitions = dict(
        Definition.objects.filter(concept_id__in=concept_ids, language=language).values_list(
            "concept_id", "definition"
        )
    )
    others = {}
    rows = (
        Term.objects.filter(concept_id__in=concept_ids, status=Term.Status.PREFERRED)
        .exclude(language=language)
        .values_list("concept_id", "language", "text")
    )
    for concept_id, code, text in rows:
        others.setdefault(concept_id, {})[code] = text
    names = language_names()
    for entry in entries:
        entry.definition = definitions.get(entry.concept_id, "")
        entry.equivalents = [
            Equivalent(code, names[code], others[entry.concept_id][code])
            for code, _name in settings.LANGUAGES
            if code in others.get(entry.concept_id, {})
        ]
    return entries


def search(query, language):
    """The concepts the query names, as index entries: by any form of any term first, then
    the page language's terms that begin with the query's words."""
    languages = [language] + [code for code, _name in settings.LANGUAGES if code != language]
    ids = find_concept_ids(query, languages, limit=SEARCH_LIMIT)
    stems = " ".join(text_stems(query, language))
    if stems and len(ids) < SEARCH_LIMIT:
        more = (
            Term.objects.filter(language=language, stems__startswith=stems)
            .exclude(concept_id__in=ids)
            .values_list("concept_id", flat=True)
            .distinct()[: SEARCH_LIMIT - len(ids)]
        )
        ids += list(more)
    preferred = {
        concept_id: (text, slug)
        for concept_id, text, slug in Term.objects.filter(
            concept_id__in=ids, language=language, status=Term.Status.PREFERRED
        ).values_list("concept_id", "text", "slug")
    }
    entries = [
        IndexEntry(preferred[pk][0], pk, preferred[pk][1], Term.Status.PREFERRED)
        for pk in ids
        if pk in preferred
    ]
    return fill_entries(entries, language)


@dataclass
class LanguageColumn:
    """A concept in one language: its terms and definition, for the entry's side-by-side view."""

    language: str
    language_name: str
    preferred: str = ""
    synonyms: list = field(default_factory=list)
    deprecated: list = field(default_factory=list)
    definition: str = ""
    note: str = ""


@dataclass
class Entry:
    concept: Concept
    language: str
    columns: list
    related: list  # (preferred term, slug) in the page's language

    @property
    def own(self):
        return self.columns[0]

    def url_in(self, glossary_pages):
        """The entry's address in each language whose glossary page exists."""
        slugs = {term.language: term.slug for term in self.concept.terms.all() if term.slug}
        return {
            code: f"{page.get_url()}{slugs[code]}/"
            for code, page in glossary_pages.items()
            if code in slugs
        }


def entry(slug, language):
    """The concept whose preferred term in the language has this address, or None."""
    term = (
        Term.objects.filter(language=language, slug=slug, status=Term.Status.PREFERRED)
        .only("concept_id")
        .first()
    )
    if term is None:
        return None
    concept = (
        Concept.objects.filter(pk=term.concept_id)
        .prefetch_related(
            "terms",
            "definitions",
            Prefetch(
                "related",
                queryset=Concept.objects.prefetch_related(
                    Prefetch(
                        "terms",
                        queryset=Term.objects.filter(
                            language=language, status=Term.Status.PREFERRED
                        ),
                        to_attr="own_terms",
                    )
                ),
            ),
        )
        .get()
    )
    names = language_names()
    codes = [language] + [code for code, _name in settings.LANGUAGES if code != language]
    columns = {code: LanguageColumn(code, names[code]) for code in codes}
    for t in sorted(concept.terms.all(), key=lambda t: sort_key(t.text, t.language)):
        column = columns.get(t.language)
        if column is None:
            continue
        if t.status == Term.Status.PREFERRED:
            column.preferred = t.text
        elif t.status == Term.Status.ADMITTED:
            column.synonyms.append(t.text)
        else:
            column.deprecated.append(t.text)
    for definition in concept.definitions.all():
        if definition.language in columns:
            columns[definition.language].definition = definition.definition
            columns[definition.language].note = definition.note
    related = sorted(
        ((r.own_terms[0].text, r.own_terms[0].slug) for r in concept.related.all() if r.own_terms),
        key=lambda pair: sort_key(pair[0], language),
    )
    return Entry(concept, language, [columns[code] for code in codes], related)


def glossary_page(language):
    """The live, public glossary page of a language, or None."""
    from .models import GlossaryPage

    pages = GlossaryPage.objects.live().filter(locale__language_code=language).order_by("path")
    return public(pages).first()


def definition_for(query, language):
    """The glossary entry a site search names in its language, for showing its definition
    first: the index entry with the entry's address as `url`, or None."""
    ids = find_concept_ids(query, [language], limit=1)
    page = glossary_page(language) if ids else None
    if page is None:
        return None
    preferred = Term.objects.filter(concept_id=ids[0], language=language, status="preferred")
    term = preferred.exclude(slug="").first()
    if term is None:
        return None
    found = IndexEntry(term.text, term.concept_id, term.slug, term.status)
    fill_entries([found], language)
    found.url = f"{page.get_url()}{term.slug}/"
    return found
