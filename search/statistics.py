"""What readers search for, counted anonymously: the top queries and the queries that found
nothing, per language, for editors (the Reports menu) and for choosing promoted results.

Each search adds one to its query's count of the day (DailySearch); nothing about who searched
is kept. When Wagtail's search promotions are installed, its own daily hits are counted too,
so its "popular search terms" list helps editors pick queries to promote.
"""

import datetime
import re

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q, Sum
from django.utils import timezone

from .models import DailySearch

MAX_LOGGED_LENGTH = 100
REPORT_DAYS = 30
REPORT_ROWS = 50
EMAIL = re.compile(r"\S+@\S+")
IDENTITY_CODE = re.compile(r"\b\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Za-z]\b")  # henkilötunnus
LONG_NUMBER = re.compile(r"\+?\d[\d ()/-]{4,}\d")  # phone numbers and the like


def normalise(query):
    """The query as stored: lower case, single spaces, personal-looking parts masked, capped."""
    text = EMAIL.sub("[email]", query or "")
    text = IDENTITY_CODE.sub("[number]", text)
    text = LONG_NUMBER.sub("[number]", text)
    return " ".join(text.lower().split())[:MAX_LOGGED_LENGTH].strip()


def record_search(query, language, hit_count, today=None):
    """Count one search of `query` in `language` that found `hit_count` results."""
    query = normalise(query)
    if not query:
        return
    today = today or timezone.localdate()
    key = {"query": query, "language": language, "date": today}
    _add_to_row(DailySearch, key, {"searches": 1}, {"hit_count": hit_count})
    if apps.is_installed("wagtail.contrib.search_promotions"):
        from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

        # Query.add_hit() reads the day's row before writing it; this writes it in one query.
        _add_to_row(QueryDailyHits, {"query": Query.get(query), "date": today}, {"hits": 1})


def _add_to_row(model, key, increments, values=None):
    """Add `increments` to the counters of `model`'s row for `key` and set `values`, making the
    row (the day's first search) if there is none."""
    values = values or {}
    changes = {name: F(name) + n for name, n in increments.items()} | values
    if model.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **increments, **values)
    except IntegrityError:  # the same query, at the same moment, from someone else
        model.objects.filter(**key).update(**changes)


def _recent(language, days, today):
    since = (today or timezone.localdate()) - datetime.timedelta(days=days - 1)
    return DailySearch.objects.filter(language=language, date__gte=since)


def top_queries(language, days=REPORT_DAYS, today=None, limit=REPORT_ROWS):
    """[{query, searches, hit_count}] of the last `days` days, most searched first; hit_count
    is the most a search of it found."""
    return list(
        _recent(language, days, today)
        .values("query")
        .annotate(searches_total=Sum("searches"), hits=Max("hit_count"))
        .order_by("-searches_total", "query")[:limit]
    )


def queries_without_results(language, days=REPORT_DAYS, today=None, limit=REPORT_ROWS):
    """[{query, searches}] that never found anything in the last `days` days, most searched
    first: what readers look for and the site lacks (or calls by another name)."""
    return list(
        _recent(language, days, today)
        .values("query")
        .annotate(searches_total=Sum("searches"), hits=Max("hit_count"))
        .filter(hits=0)
        .order_by("-searches_total", "query")[:limit]
    )


def purge(days=400, today=None):
    """Forget the counts older than `days` days. Returns how many rows went."""
    before = (today or timezone.localdate()) - datetime.timedelta(days=days)
    return DailySearch.objects.filter(Q(date__lt=before)).delete()[0]
