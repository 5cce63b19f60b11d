"""Language analysis shared by the site's searches: words reduced to stems in Finnish, Swedish
and English, so that "kotoutumisesta" finds "kotoutuminen" and "flyktingar" finds "flykting",
and folded to ASCII, so that "tyollisyys" typed without ä and ö finds "työllisyys".

Snowball's Finnish stemmer leaves the -nen/-sen/-s forms of a word apart (kotoutumin,
kotoutumis, kotoutum); trimming the stem's final letters from a small set joins them again.
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
