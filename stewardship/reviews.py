"""Page owners and review dates: defaults, marking pages reviewed, what is due for whom."""

from .models import PageReview


def review_of(page):
    """The page's review record, or None: one query."""
    if page is None or page.pk is None:
        return None
    return PageReview.objects.filter(page_id=page.pk).first()
