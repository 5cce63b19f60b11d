"""Page owners and review dates: defaults, marking pages reviewed, what is due for whom."""

import datetime

from dateutil.relativedelta import relativedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils import timezone

from . import law_changes
from .models import PageReview, UpkeepSettings

EDITORS_GROUP = "Editors"


def review_of(page):
    """The page's review record, or None: one query."""
    if page is None or page.pk is None:
        return None
    return PageReview.objects.filter(page_id=page.pk).first()


def interval_months(page):
    """How many months a page of this type stays current after it is published or reviewed: the
    type's `review_interval_months` where it has one, else the upkeep setting."""
    specific_class = page.specific_class or type(page)
    months = getattr(specific_class, "review_interval_months", None)
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


DUE_WITHIN_DAYS = 30


def due_reviews(today=None):
    """The reviews of live pages that are overdue, due within DUE_WITHIN_DAYS, or not reviewed
    since a law change that reaches them, soonest first; each with `law_changes` (a list).
    A fixed number of queries: two per law change and one for the lot."""
    flagged = law_changes.pages_not_reviewed_since_changes()
    return with_reasons(due_reviews_queryset(flagged, today), flagged, today)


def due_reviews_queryset(flagged, today=None):
    """The due reviews (see due_reviews) as a queryset, given the pages law changes flag."""
    today = today or timezone.localdate()
    return (
        PageReview.objects.filter(page__live=True)
        .filter(
            Q(review_by__lte=today + datetime.timedelta(days=DUE_WITHIN_DAYS))
            | Q(page_id__in=list(flagged))
        )
        .select_related("page", "page__locale", "owner_user", "owner_group")
        .order_by("review_by", "page__path")
    )


def with_reasons(reviews, flagged, today=None):
    """The reviews as a list, each with why it is due: `law_changes` and `is_overdue`."""
    today = today or timezone.localdate()
    reviews = list(reviews)
    for review in reviews:
        review.law_changes = flagged.get(review.page_id, [])
        review.is_overdue = review.review_by < today
    return reviews


def answered_for_by(user):
    """A filter of the reviews `user` answers for: their own pages and their groups'."""
    return Q(owner_user_id=user.pk) | Q(owner_group__in=user.groups.all())


def owned_by(reviews, user, group_ids):
    """The reviews that `user` answers for: their own pages and their groups' (`group_ids`)."""
    return [
        review
        for review in reviews
        if review.owner_user_id == user.pk or review.owner_group_id in group_ids
    ]


def reviewers_with_due_pages(reviews):
    """{user: [reviews]} for every active user with an email address who owns a due page,
    directly or through a group: two queries."""
    user_ids = {review.owner_user_id for review in reviews if review.owner_user_id}
    group_ids = {review.owner_group_id for review in reviews if review.owner_group_id}
    users = (
        get_user_model()
        .objects.filter(Q(pk__in=user_ids) | Q(groups__in=group_ids), is_active=True)
        .exclude(email="")
    )
    groups_of = {}
    for user_id, group_id in (
        get_user_model()
        .groups.through.objects.filter(group_id__in=group_ids)
        .values_list("user_id", "group_id")
    ):
        groups_of.setdefault(user_id, set()).add(group_id)
    due = {}
    for user in users.distinct():
        mine = owned_by(reviews, user, groups_of.get(user.pk, set()))
        if mine:
            due[user] = mine
    return due
