"""Language analysis shared by the site's searches: words reduced to stems in Finnish, Swedish
and English, so that "kotoutumisesta" finds "kotoutuminen" and "flyktingar" finds "flykting",
and folded to ASCII, so that "tyollisyys" typed without ä and ö finds "työllisyys".

Snowball's Finnish stemmer leaves the -nen/-sen/-s forms of a word apart (kotoutumin,
kotoutumis, kotoutum); trimming the stem's final letters from a small set joins them again.

document() and query_terms() serve the extranet (every language's stems at once);
index_tokens() and query_alternatives() serve the site search on SQLite, one language at a
time, the way PostgreSQL's text-search configurations do (search.backends).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"\w+", re.UNICODE)
STEMMERS = {
    code: snowballstemmer.stemmer(name)
    for code, name in (
        ("fi", "finnish"),
        ("sv", "swedish"),
        ("en", "english"),
    )
}
FINNISH_TRAILING = set("stdnkei")
MIN_STEM = 4
MAX_QUERY_WORDS = 8


def fold(text):
    """Text without its diacritics: "työllisyys" → "tyollisyys", "Åland" → "Aland"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    return [word.lower() for word in WORD.findall(unicodedata.normalize("NFC", text or ""))]


def finnish_stem(word):
    """Snowball's Finnish stem without the trailing vowels and consonants that still differ
    between inflected forms ("kotoutumisen", "kotoutuminen" → "kotoutum")."""
    stem = STEMMERS["fi"].stemWord(word)
    while len(stem) > MIN_STEM and stem[-1] in FINNISH_TRAILING:
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=50_000)
def stems(word):
    """Every form a word is reduced to: itself and its Finnish, Swedish and English stems."""
    forms = {word}
    if len(word) >= MIN_STEM:
        forms.add(finnish_stem(word))
        forms.add(STEMMERS["sv"].stemWord(word))
        forms.add(STEMMERS["en"].stemWord(word))
    return frozenset(form for form in forms if form)


@lru_cache(maxsize=50_000)
def folded_stems(word):
    """stems() of a word and of the word folded, and those stems folded: what a word typed
    with or without ä, ö and å is reduced to."""
    folded = fold(word)
    forms = stems(word) | stems(folded) if folded != word else stems(word)
    return frozenset(forms | {fold(form) for form in forms})


def document(*texts):
    """The text to store for searching: every stem of every word, with and without its
    diacritics, each once, space-separated."""
    tokens = set()
    for text in texts:
        for word in words(text):
            tokens |= folded_stems(word)
    return " ".join(sorted(tokens))


def query_terms(query):
    """A query as a list of alternatives per word; a match needs one alternative of every word.

    The shortest stems are enough: a document token that starts with a query stem matches.
    """
    terms = []
    for word in dict.fromkeys(words(query)):
        forms = sorted(folded_stems(word), key=len)
        shortest = [
            form for form in forms if not any(form.startswith(o) for o in forms if o != form)
        ]
        terms.append(shortest)
    return terms[:MAX_QUERY_WORDS]


# One language at a time: the site search on SQLite

LANGUAGES = tuple(STEMMERS)


def language_of(language_code):
    """ "fi", "sv" or "en" for a language code ("sv-fi", "en-GB"), or None for any other."""
    code = (language_code or "").lower().split("-")[0]
    return code if code in STEMMERS else None


def prefix_stem(word, language):
    """The stem a Finnish or Swedish word also matches as a prefix, or None (other languages,
    short words): "kotoutuminen" → "kotoutum", "flyktingar" → "flykting". The prefix is what
    lets a form find the others, and the first part of a compound ("koulutus" finds
    "koulutussarja")."""
    if language not in ("fi", "sv") or len(word) <= MIN_STEM:
        return None
    stem = finnish_stem(word) if language == "fi" else STEMMERS["sv"].stemWord(word)
    return stem if len(stem) >= MIN_STEM else None


def _language_forms(word, language):
    """A word's own stems in a language (None: in every one), as PostgreSQL stores them, with
    the prefix stem."""
    forms = {word}
    for code in (language,) if language else LANGUAGES:
        forms.add(STEMMERS[code].stemWord(word))
        if stem := prefix_stem(word, code):
            forms.add(stem)
    return forms


@lru_cache(maxsize=50_000)
def word_tokens(word, language=None):
    """The tokens stored for one word of a text in `language`: the word, its stems, and both
    folded to ASCII."""
    folded = fold(word)
    forms = _language_forms(word, language)
    if folded != word:
        forms |= _language_forms(folded, language) | {fold(form) for form in forms}
    return " ".join(sorted(forms))


def index_tokens(text, language=None):
    """A text as the tokens to index for it, word by word (repeated words repeated, so that
    frequency still ranks)."""
    return " ".join(word_tokens(word, language) for word in words(text))


@lru_cache(maxsize=10_000)
def query_alternatives(word, language=None):
    """What one query word matches in an index of index_tokens(): (token, is a prefix) pairs,
    any of which will do. A token that starts with one of the prefixes is not listed apart."""
    exact, prefixes = set(), set()
    for form in {word, fold(word)}:
        for code in (language,) if language else LANGUAGES:
            exact |= {form, STEMMERS[code].stemWord(form)}
            if stem := prefix_stem(form, code):
                prefixes.add(stem)
    prefixes = {p for p in prefixes if not any(p.startswith(o) for o in prefixes if o != p)}
    exact = {e for e in exact if not any(e.startswith(p) for p in prefixes)}
    return tuple(sorted((token, False) for token in exact)) + tuple(
        sorted((token, True) for token in prefixes)
    )
