"""Which pages anyone may read, decided inside the query that lists them.

Wagtail's `PageQuerySet.public()` first reads every view restriction in a query of its own; every
listing on a page paid for it again. `public()` here gives the same answer in the listing's
own SQL."""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef

from wagtail.models import PageViewRestriction


def under_restriction():
    """True for a page (the outer query's) that has a view restriction on it or above it."""
    return Exists(
        PageViewRestriction.objects.annotate(
            listed_path=ExpressionWrapper(OuterRef("path"), output_field=CharField())
        ).filter(listed_path__startswith=F("page__path"))
    )


def public(pages):
    """`pages` without those that only some readers may see, like Wagtail's `.public()`."""
    return pages.exclude(under_restriction())
