from django import template

from stewardship import freshness, law_changes, reviews

register = template.Library()


def _review_of(page):
    """The page's review record, read once for both tags of a page."""
    if not hasattr(page, "_upkeep_review"):
        page._upkeep_review = reviews.review_of(page)
    return page._upkeep_review


@register.inclusion_tag("stewardship/includes/page_notices.html")
def page_notices(page):
    """The notices above a page's content: law changes it was not reviewed after, and that its
    translation may be out of date."""
    if page is None or page.pk is None:
        return {}
    review = _review_of(page)
    last_reviewed_on = review.last_reviewed_on if review is not None else None
    return {
        "law_changes": list(law_changes.unreviewed_changes(page, last_reviewed_on)),
        "stale_translation": freshness.stale_notice(page),
    }


@register.inclusion_tag("stewardship/includes/last_reviewed.html")
def last_reviewed(page):
    return {"review": _review_of(page)}
