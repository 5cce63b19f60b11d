"""Page owners and review dates: defaults, marking pages reviewed, what is due for whom."""

import datetime

from dateutil.relativedelta import relativedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from .models import PageReview, UpkeepSettings

EDITORS_GROUP = "Editors"

# Page types whose content ages at its own pace (months); a type may also set a
# `review_interval_months` class attribute, which wins. Others use the upkeep setting.
TYPE_INTERVALS = {
    "blog.newspage": 24,
    "blog.blogpage": 24,
}


def review_of(page):
    """The page's review record, or None: one query."""
    if page is None or page.pk is None:
        return None
    return PageReview.objects.filter(page_id=page.pk).first()


def interval_months(page):
    """How many months a page of this type stays current after it is published or reviewed."""
    specific_class = page.specific_class or type(page)
    months = getattr(specific_class, "review_interval_months", None)
    if months:
        return months
    months = TYPE_INTERVALS.get(specific_class._meta.label_lower)
    if months:
        return months
    site = page.get_site()
    if site is None:
        return UpkeepSettings._meta.get_field("review_interval_months").default
    return UpkeepSettings.for_site(site).review_interval_months


def inherited_owner(page):
    """The owner of the nearest ancestor's review (a section's owner passes down), else Editors."""
    ancestor_review = (
        PageReview.objects.filter(page__in=page.get_ancestors())
        .exclude(owner_user__isnull=True, owner_group__isnull=True)
        .select_related("owner_user", "owner_group")
        .order_by("-page__depth")
        .first()
    )
    if ancestor_review is not None:
        return ancestor_review.owner_user, ancestor_review.owner_group
    return None, Group.objects.filter(name=EDITORS_GROUP).first()


def ensure_review(page, published_on=None):
    """Give a page its first review record when it is first published; later publishing keeps it."""
    if PageReview.objects.filter(page_id=page.pk).exists():
        return None
    published_on = published_on or timezone.localdate()
    owner_user, owner_group = inherited_owner(page)
    review, _created = PageReview.objects.get_or_create(
        page_id=page.pk,
        defaults={
            "owner_user": owner_user,
            "owner_group": owner_group,
            "review_by": published_on + relativedelta(months=interval_months(page)),
        },
    )
    return review


def mark_reviewed(page, user, on=None):
    """Record that `user` checked the page today: its next review is one interval from now."""
    on = on or timezone.localdate()
    review = ensure_review(page, on) or PageReview.objects.get(page_id=page.pk)
    review.last_reviewed_on = on
    review.last_reviewed_by = user if user is not None and user.is_authenticated else None
    review.review_by = on + relativedelta(months=interval_months(page))
    review.save(update_fields=["last_reviewed_on", "last_reviewed_by", "review_by"])
    return review


def on_page_published(sender, instance, **kwargs):
    published_at = instance.last_published_at
    published_on = timezone.localdate(published_at) if published_at else None
    if isinstance(published_at, datetime.datetime) and timezone.is_naive(published_at):
        published_on = published_at.date()
    ensure_review(instance, published_on)
