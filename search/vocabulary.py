"""The words of the site, per language, and the closest of them to a word a reader mistyped.

The search index keeps the vocabulary as it indexes (search.backends): the words of each live,
public page and live material, in the object's language (SearchWord rows, replaced whenever the
object is indexed again, removed when it is deleted). A draft, a page with a view restriction
or an unpublished material adds nothing, so a suggestion never reveals what readers can't see.
`manage.py update_index` (and seed_demo, which runs it) rebuilds it with the index.

closest() finds, for a word, the vocabulary word most like it by trigram similarity, as
PostgreSQL's pg_trgm counts it: on PostgreSQL the database compares, with the trigram index of
migration 0003; elsewhere Python compares the words of about the same length and first letter.
"""

from django.db import connection
from django.db.models import Count, F, Value
from django.db.models.functions import Length

from . import analysis
from .models import SearchWord

MIN_LENGTH = 3
MAX_LENGTH = 40
MIN_SIMILARITY = 0.3  # pg_trgm's default similarity threshold
MAX_CANDIDATES = 5000  # vocabulary words compared in Python for one word (not on PostgreSQL)
LENGTH_SPREAD = 3  # candidates are this many letters shorter or longer at most
BATCH = 2000


def vocabulary_words(*texts):
    """The distinct words of texts worth suggesting: letters, 3 to 40 of them."""
    return {
        word
        for text in texts
        for word in analysis.words(text)
        if MIN_LENGTH <= len(word) <= MAX_LENGTH and word.isalpha()
    }


def _kind_of(model):
    from wagtail.models import Page

    from materials.models import Material

    if issubclass(model, Page):
        return SearchWord.Kind.PAGE
    if issubclass(model, Material):
        return SearchWord.Kind.MATERIAL
    return None


def _shown(kind, objs):
    """The primary keys of the objects readers may find."""
    if kind == SearchWord.Kind.MATERIAL:
        return {obj.pk for obj in objs if obj.live}
    from wagtail.models import Page

    from home.visibility import public

    return set(
        public(Page.objects.filter(pk__in=[obj.pk for obj in objs], live=True)).values_list(
            "pk", flat=True
        )
    )


def record(model, entries):
    """Replace the words of indexed objects: `entries` are (object, language code, *texts)."""
    kind = _kind_of(model)
    if kind is None or not entries:
        return
    objs = [obj for obj, *_rest in entries]
    shown = _shown(kind, objs)
    SearchWord.objects.filter(kind=kind, object_id__in=[obj.pk for obj in objs]).delete()
    rows = [
        SearchWord(language=language, word=word, kind=kind, object_id=obj.pk)
        for obj, language, *texts in entries
        if obj.pk in shown and language
        for word in sorted(vocabulary_words(*texts))
    ]
    SearchWord.objects.bulk_create(rows, batch_size=BATCH)


def forget(obj):
    """An object left the index: its words go too."""
    kind = _kind_of(type(obj))
    if kind is not None:
        SearchWord.objects.filter(kind=kind, object_id=obj.pk).delete()


def forget_deleted():
    """Remove the words of pages and materials that no longer exist (after a rebuild)."""
    from wagtail.models import Page

    from materials.models import Material

    for kind, model in ((SearchWord.Kind.PAGE, Page), (SearchWord.Kind.MATERIAL, Material)):
        SearchWord.objects.filter(kind=kind).exclude(
            object_id__in=model.objects.values("pk")
        ).delete()


# Suggestions


def trigrams(word):
    """A word's trigrams as pg_trgm makes them: padded with two spaces before, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a, b):
    """pg_trgm's similarity(): shared trigrams over all trigrams of the two words."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second) if first or second else 0.0


def known(words, language):
    """Which of the words are in the vocabulary of a language: one query."""
    return set(
        SearchWord.objects.filter(language=language, word__in=words)
        .values_list("word", flat=True)
        .distinct()
    )


def closest(word, language):
    """The vocabulary word of `language` most similar to `word` (ties: the one more documents
    have), or None when none is similar enough. One query."""
    if connection.vendor == "postgresql":
        return _closest_in_postgresql(word, language)
    candidates = (
        SearchWord.objects.alias(length=Length("word"))
        .filter(
            language=language,
            word__startswith=word[0],
            length__range=(len(word) - LENGTH_SPREAD, len(word) + LENGTH_SPREAD),
        )
        .exclude(word=word)
        .values_list("word")
        .annotate(documents=Count("pk"))
        .order_by("-documents", "word")[:MAX_CANDIDATES]
    )
    scored = [
        (similarity(word, candidate), documents, candidate) for candidate, documents in candidates
    ]
    scored = sorted(
        (-score, -documents, candidate)
        for score, documents, candidate in scored
        if score >= MIN_SIMILARITY
    )
    return scored[0][2] if scored else None


def _closest_in_postgresql(word, language):
    from django.contrib.postgres.lookups import TrigramSimilar
    from django.contrib.postgres.search import TrigramSimilarity

    found = (
        SearchWord.objects.filter(TrigramSimilar(F("word"), Value(word)), language=language)
        .exclude(word=word)
        .values("word")
        .annotate(similarity=TrigramSimilarity("word", word), documents=Count("pk"))
        .filter(similarity__gte=MIN_SIMILARITY)
        .order_by("-similarity", "-documents", "word")
        .values_list("word", flat=True)
        .first()
    )
    return found
