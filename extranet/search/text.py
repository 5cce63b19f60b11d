"""Text search shared by the contact-person directory and the extranet search: cleaning what was
typed, each word's stems (search.analysis) and the prefix tsquery that matches them against the
stored search documents."""

import re

from django.db.models import F

from search.analysis import query_terms

MAX_QUERY_LENGTH = 200

# The search document's tsvector, stored and indexed (migration 0012): matching it costs no
# to_tsvector() per row.
SEARCH_VECTOR = F("search_vector")
NOT_A_WORD = re.compile(r"[\W_]+", re.UNICODE)


def clean_query(text):
    """The query as typed, without control characters, runs of spaces or excess length."""
    text = "".join(c for c in str(text or "") if c.isprintable() or c.isspace())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """Per query word, its stems reduced to letters and digits (nothing a tsquery would read as
    an operator); words left with no stem are dropped."""
    terms = []
    for alternatives in query_terms(query):
        stems = [stem for stem in (NOT_A_WORD.sub("", a) for a in alternatives) if stem]
        if stems:
            terms.append(sorted(set(stems)))
    return terms


def raw_tsquery(terms):
    """`(kotoutum:*) & (kielikoulutu:* | kielikoulutus:*)`: every word, any of its stems, as a
    prefix of a document token."""
    return " & ".join("(" + " | ".join(f"{stem}:*" for stem in stems) + ")" for stems in terms)
