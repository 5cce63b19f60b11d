from django import template

from stewardship import freshness, law_changes, reviews

register = template.Library()


@register.inclusion_tag("stewardship/includes/page_notices.html")
def page_notices(page):
    """The notices above a page's content: law changes it was not reviewed after, and that its
    translation may be out of date."""
    if page is None or page.pk is None:
        return {}
    return {
        "law_changes": list(law_changes.unreviewed_changes(page)),
        "stale_translation": freshness.stale_notice(page),
    }


@register.inclusion_tag("stewardship/includes/last_reviewed.html")
def last_reviewed(page):
    return {"review": reviews.review_of(page)}
