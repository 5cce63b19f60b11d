"""The good practice database's filters and search, read from the query string.

Every kind of filter takes several values (?region=uusimaa&region=pirkanmaa): a practice
matches a kind when it has any of its values, and must match every kind chosen. The criteria
are the exception: a practice must meet every criterion chosen. Unknown values are ignored, so
an old shared link still lists practices and no input ever makes the page fail. Each choice
shows how many practices choosing it would give, the other filters applied.
"""

from django.db.models import Count, Prefetch, Q

from home.models import Topic

from .choices import REGION_CHOICES, Criterion, Phase, TargetGroupCode
from .models import PracticePage, Region, TargetGroup

MAX_QUERY_LENGTH = 200
MAX_SEARCH_HITS = 1000

# The query-string name of each kind, the relation it filters on and its choices' codes.
KINDS = {
    "topic": "topics__translation_key",
    "region": "regions__code",
    "target": "target_groups__code",
    "phase": "phase",
}


def clean_query(text):
    text = "".join(c for c in str(text) if c.isprintable() or c.isspace())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


class PracticeFilter:
    def __init__(self, page, params):
        self.page = page
        self.topics = list(Topic.objects.filter(locale_id=page.locale_id).order_by("name"))
        chosen_slugs = set(params.getlist("topic"))
        self.chosen_topics = [t for t in self.topics if t.slug in chosen_slugs]
        self.regions = self._chosen(params, "region", [code for code, _ in REGION_CHOICES])
        self.targets = self._chosen(params, "target", TargetGroupCode.values)
        self.phases = self._chosen(params, "phase", Phase.values)
        self.criteria = self._chosen(params, "criterion", Criterion.values)
        self.query = clean_query(params.get("q", ""))

    @staticmethod
    def _chosen(params, name, allowed):
        chosen = set(params.getlist(name))
        return [value for value in allowed if value in chosen]

    @property
    def active(self):
        return bool(
            self.chosen_topics
            or self.regions
            or self.targets
            or self.phases
            or self.criteria
            or self.query
        )

    def _values(self, kind):
        if kind == "topic":
            return [t.translation_key for t in self.chosen_topics]
        return {"region": self.regions, "target": self.targets, "phase": self.phases}[kind]

    # Queries

    def _filtered(self, skip=None):
        practices = self.page.get_practices()
        if self.query:
            practices = practices.filter(pk__in=self._search_hits())
        for kind, lookup in KINDS.items():
            values = self._values(kind)
            if values and kind != skip:
                if kind == "phase":
                    practices = practices.filter(phase__in=values)
                else:
                    matching = PracticePage.objects.filter(**{f"{lookup}__in": values})
                    practices = practices.filter(pk__in=matching.values("pk"))
        if self.criteria and skip != "criterion":
            practices = practices.filter(**{f"{value}_met": True for value in self.criteria})
        return practices

    def _search_hits(self):
        if not hasattr(self, "_hits"):
            # The search backend parses the words with the locale's stemming; it filters on
            # plain fields only, so visibility is left to the listing's own query.
            searchable = PracticePage.objects.live().filter(locale_id=self.page.locale_id)
            results = searchable.search(self.query, operator="and")
            self._hits = [practice.pk for practice in results[:MAX_SEARCH_HITS]]
        return self._hits

    def results(self):
        return (
            self._filtered()
            .order_by("-first_published_at", "pk")
            .prefetch_related(
                "organisations",
                Prefetch("regions", queryset=Region.objects.order_by("sort_order", "code")),
                Prefetch(
                    "target_groups", queryset=TargetGroup.objects.order_by("sort_order", "code")
                ),
            )
        )

    # Choices: (value, label, count, chosen)

    def _counts(self, kind):
        return dict(
            self._filtered(skip=kind)
            .order_by()
            .values_list(KINDS[kind])
            .annotate(n=Count("pk", distinct=True))
        )

    def _choices(self, kind, options):
        counts, chosen = self._counts(kind), set(self._values(kind))
        return [(value, label, counts.get(value, 0), value in chosen) for value, label in options]

    def topic_choices(self):
        counts = self._counts("topic")
        chosen = {t.pk for t in self.chosen_topics}
        return [
            (t.slug, t.name, counts.get(t.translation_key, 0), t.pk in chosen) for t in self.topics
        ]

    def region_choices(self):
        return self._choices("region", REGION_CHOICES)

    def target_choices(self):
        return self._choices("target", TargetGroupCode.choices)

    def phase_choices(self):
        return self._choices("phase", Phase.choices)

    def criterion_choices(self):
        """A criterion adds to the others chosen: its count is of the practices meeting it
        and every criterion already chosen."""
        counts = self._filtered().aggregate(
            **{
                value: Count("pk", filter=Q(**{f"{value}_met": True}), distinct=True)
                for value in Criterion.values
            }
        )
        return [
            (value, label, counts[value], value in self.criteria)
            for value, label in Criterion.choices
        ]

    def chosen_labels(self):
        """What the reader has chosen, for the results heading."""
        labels = [t.name for t in self.chosen_topics]
        labels += [str(dict(REGION_CHOICES)[code]) for code in self.regions]
        labels += [TargetGroupCode(code).label for code in self.targets]
        labels += [Phase(code).label for code in self.phases]
        labels += [Criterion(code).label for code in self.criteria]
        return labels
