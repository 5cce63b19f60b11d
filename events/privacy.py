"""Registrants' personal data: erased a set number of days after the event, and exported or
erased for one email address on request (in the admin's data requests, beside comments)."""

import datetime

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import ngettext

from .models import Registration
from .registrations import cancel


def erase_after_events(now=None):
    """Delete the registrations of events that ended more than EVENT_REGISTRATION_RETENTION_DAYS
    ago. Returns how many were deleted."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        days=settings.EVENT_REGISTRATION_RETENTION_DAYS
    )
    # Registrations are shared by an event's language versions; the latest end counts.
    ended = (
        Registration.objects.values("event_key")
        .annotate(last_end=Max("event__end"))
        .filter(last_end__lt=cutoff)
        .values("event_key")
    )
    deleted, _by_model = Registration.objects.filter(event_key__in=ended).delete()
    return deleted


def registrations_of(email):
    return Registration.objects.filter(email__iexact=email.strip()).select_related("event")


class Registrations:
    """The event registrations made with one address, for the admin's data requests."""

    key = "event_registrations"

    def count(self, email):
        return registrations_of(email).count()

    def describe(self, count):
        return ngettext("%(count)d event registration", "%(count)d event registrations", count) % {
            "count": count
        }

    def export(self, email):
        return [
            {
                "event": registration.event.title,
                "address": registration.event.full_url,
                "name": registration.name,
                "organisation": registration.organisation,
                "dietary_needs": registration.dietary_needs,
                "accessibility_needs": registration.accessibility_needs,
                "answers": registration.answers,
                "status": registration.status,
                "language": registration.language,
                "registered": registration.created_at.isoformat(),
                "attended": registration.attended,
            }
            for registration in registrations_of(email)
        ]

    def erase(self, email):
        """Delete them; a place given up at an event still to come goes to the first waiting."""
        for registration in registrations_of(email).exclude(status=Registration.Status.CANCELLED):
            if not registration.event.has_ended:
                cancel(registration)
        deleted, _by_model = registrations_of(email).delete()
        return deleted
