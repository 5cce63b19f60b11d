"""The materials bank's filters and search, read from the query string.

Unknown values are ignored rather than refused: a shared old link with a removed topic still
shows the materials, and no input ever makes the page fail.
"""

from django.db.models import Count, Prefetch

from home.models import Topic

from .languages import LANGUAGES, material_language
from .models import Language, Material

MAX_QUERY_LENGTH = 200


class MaterialFilter:
    def __init__(self, page, params):
        self.page = page
        self.topics = list(Topic.objects.filter(locale_id=page.locale_id))
        self.type = self._choice(params, "type", [value for value, _ in Material.Type.choices])
        self.topic = next((t for t in self.topics if t.slug == params.get("topic")), None)
        self.language = self._choice(params, "language", [lang.code for lang in LANGUAGES])
        query = "".join(c for c in str(params.get("q", "")) if c.isprintable() or c.isspace())
        self.query = " ".join(query.split())[:MAX_QUERY_LENGTH]

    @staticmethod
    def _choice(params, name, allowed):
        value = params.get(name, "")
        return value if value in allowed else ""

    @property
    def active(self):
        return bool(self.type or self.topic or self.language or self.query)

    # Queries

    def _filtered(self, skip=None):
        materials = self.page.get_materials()
        if self.query:
            materials = materials.filter(pk__in=self._search_hits())
        if self.type and skip != "type":
            materials = materials.filter(material_type=self.type)
        if self.topic and skip != "topic":
            materials = materials.filter(topics__translation_key=self.topic.translation_key)
        if self.language and skip != "language":
            materials = materials.filter(languages__code=self.language)
        return materials

    def _search_hits(self):
        if not hasattr(self, "_hits"):
            results = self.page.get_materials().search(self.query, operator="and")
            self._hits = [material.pk for material in results[:1000]]
        return self._hits

    def results(self):
        return (
            self._filtered()
            .distinct()
            .order_by("title", "pk")
            .select_related("document")
            .prefetch_related(
                Prefetch("languages", queryset=Language.objects.order_by("sort_order"))
            )
        )

    # Choices with the number of results each would give, the other filters applied

    def type_choices(self):
        counts = dict(
            self._filtered(skip="type")
            .order_by()
            .values_list("material_type")
            .annotate(n=Count("pk", distinct=True))
        )
        return [(value, label, counts.get(value, 0)) for value, label in Material.Type.choices]

    def topic_choices(self):
        counts = dict(
            self._filtered(skip="topic")
            .order_by()
            .values_list("topics__translation_key")
            .annotate(n=Count("pk", distinct=True))
        )
        return [(t.slug, t.name, counts.get(t.translation_key, 0)) for t in self.topics]

    def language_choices(self):
        counts = dict(
            self._filtered(skip="language")
            .order_by()
            .values_list("languages__code")
            .annotate(n=Count("pk", distinct=True))
        )
        return [
            (language.code, language.name, counts.get(language.code, 0)) for language in LANGUAGES
        ]

    def chosen_labels(self):
        """What the reader has chosen, for the results heading."""
        labels = []
        if self.type:
            labels.append(Material.Type(self.type).label)
        if self.topic:
            labels.append(self.topic.name)
        if self.language:
            labels.append(material_language(self.language).name)
        return labels
