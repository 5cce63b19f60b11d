"""Which law changes a page has not been reviewed after: shown to its readers as notices, and to
its owner in the list of pages to review."""

from django.apps import apps
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery

from wagtail.models import Page

from .models import LawChange, LawChangeSection, PageReview

# The page types filed under topics, by model label; a law change about a topic reaches them.
PAGE_TYPES_WITH_TOPICS = (
    "blog.BlogPage",
    "blog.NewsPage",
    "events.EventPage",
    "practices.PracticePage",
)


def _ancestor_paths(page):
    return [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]


def _topic_keys(page):
    """The translation keys of the page's topics: a subquery for a saved page, a list for a
    preview (whose topics are not in the database)."""
    topics = getattr(page, "topics", None)
    if topics is None:
        return []
    chosen = topics.all()
    if isinstance(chosen, QuerySet):
        return chosen.values("translation_key")
    return [topic.translation_key for topic in chosen]


NOT_GIVEN = object()


def unreviewed_changes(page, last_reviewed_on=NOT_GIVEN):
    """The law changes that reach `page` (through a section above it, in any language, or one of
    its topics) and that it has not been reviewed on or after: one query. The caller may give
    the page's last review date (None: never reviewed) when it has read it already."""
    sections_above = LawChangeSection.objects.filter(
        law_change=OuterRef("pk"),
        page__translation_key__in=Page.objects.filter(path__in=_ancestor_paths(page)).values(
            "translation_key"
        ),
    )
    reaches = Exists(sections_above)
    topic_keys = _topic_keys(page)
    if topic_keys != []:
        reaches |= Exists(
            LawChange.topics.through.objects.filter(
                lawchange=OuterRef("pk"), topic__translation_key__in=topic_keys
            )
        )
    changes = LawChange.objects.filter(reaches)
    if last_reviewed_on is None:
        return changes
    if last_reviewed_on is not NOT_GIVEN:
        return changes.filter(date__gt=last_reviewed_on)
    last_review = PageReview.objects.filter(page_id=page.pk).values("last_reviewed_on")[:1]
    return changes.annotate(page_reviewed_on=Subquery(last_review)).filter(
        Q(page_reviewed_on__isnull=True) | Q(page_reviewed_on__lt=F("date"))
    )


def pages_reached_by(change):
    """Every page under the change's sections (in every language) or filed under its topics."""
    section_keys = change.sections.values("page__translation_key")
    reached = Q(pk__in=[])
    for path in Page.objects.filter(translation_key__in=section_keys).values_list(
        "path", flat=True
    ):
        reached |= Q(path__startswith=path)
    topic_keys = change.topics.values("translation_key")
    for label in PAGE_TYPES_WITH_TOPICS:
        model = apps.get_model(label)
        reached |= Q(
            pk__in=model.objects.filter(topics__translation_key__in=topic_keys).values("pk")
        )
    return Page.objects.filter(reached)


def pages_not_reviewed_since_changes():
    """{page id: [law changes]}: the pages each change reaches that were not reviewed on or after
    it. Two queries per law change, however many pages they reach."""
    flagged = {}
    for change in LawChange.objects.all():
        reviewed_since = PageReview.objects.filter(
            page_id=OuterRef("pk"), last_reviewed_on__gte=change.date
        )
        pages = pages_reached_by(change).exclude(Exists(reviewed_since))
        for page_id in pages.values_list("pk", flat=True):
            flagged.setdefault(page_id, []).append(change)
    return flagged
