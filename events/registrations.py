"""Registering for an event, the waiting list and cancelling.

An event's language versions share its places. Whoever registers, cancels or is promoted
holds a lock on one row per event (its first language version's), so two people never take
the last place at the same time."""

from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from .models import AnnouncedDetails, EventPage, Registration

Status = Registration.Status


class RegistrationClosed(Exception):
    """Registration is off, past its deadline, or the event has ended."""


class EventFull(Exception):
    """Every place is taken and the event has no waiting list."""


def of_event(event):
    return Registration.objects.filter(event_key=event.translation_key)


def taken_places(event):
    return of_event(event).filter(status=Status.CONFIRMED).count()


def is_open(event):
    return event.registration_enabled and bool(event.capacity) and not event.registration_closed


def _lock(event):
    """Lock the event's first language version for the rest of the transaction."""
    return (
        EventPage.objects.select_for_update(of=("self",))
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )


def existing(event, email):
    return (
        of_event(event)
        .exclude(status=Status.CANCELLED)
        .annotate(address=Lower("email"))
        .filter(address=email.lower())
        .first()
    )


def register(event, *, language, **fields):
    """(registration, created): confirmed while places are left, else on the waiting list if
    the event has one. The same address again gets the registration it already has."""
    if not is_open(event):
        raise RegistrationClosed
    try:
        with transaction.atomic():
            _lock(event)
            found = existing(event, fields["email"])
            if found:
                return found, False
            if taken_places(event) < event.capacity:
                status = Status.CONFIRMED
            elif event.waiting_list_enabled:
                status = Status.WAITING
            else:
                raise EventFull
            registration = Registration.objects.create(
                event=event,
                event_key=event.translation_key,
                language=language,
                status=status,
                **fields,
            )
    except IntegrityError:  # the same address registering twice at the same instant
        return existing(event, fields["email"]), False
    _notify(registration, "confirmed" if status == Status.CONFIRMED else "waiting")
    return registration, True


def waiting_position(registration):
    """1 for the first on the waiting list; None for anyone not waiting."""
    if registration.status != Status.WAITING:
        return None
    earlier = of_event(registration.event).filter(
        status=Status.WAITING, created_at__lt=registration.created_at
    )
    return earlier.count() + 1


def cancel(registration):
    """Cancel the registration; a freed place goes to the first on the waiting list, who is
    told. Returns the promoted registration, if any."""
    promoted = None
    with transaction.atomic():
        _lock(registration.event)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return None
        freed_a_place = registration.status == Status.CONFIRMED
        _set_status(registration, Status.CANCELLED)
        if freed_a_place:
            promoted = _promote_first_waiting(registration.event)
    if promoted:
        _notify(promoted, "promoted")
    return promoted


def confirm(registration):
    """Editors move a waiting registration to a place (even past the capacity)."""
    with transaction.atomic():
        _lock(registration.event)
        registration.refresh_from_db()
        if registration.status != Status.WAITING:
            return False
        _set_status(registration, Status.CONFIRMED)
    _notify(registration, "promoted")
    return True


def mark_attendance(people, came):
    """Of `people` (registrations), those whose pk is in `came` attended and the others not."""
    Registration.objects.filter(pk__in=[p.pk for p in people if p.pk in came]).update(attended=True)
    Registration.objects.filter(pk__in=[p.pk for p in people if p.pk not in came]).update(
        attended=False
    )


def _promote_first_waiting(event):
    if taken_places(event) >= (event.capacity or 0):
        return None
    first = of_event(event).filter(status=Status.WAITING).order_by("created_at", "pk").first()
    if first:
        _set_status(first, Status.CONFIRMED)
    return first


def announce_changes(event):
    """After `event` is published: when its time, place, online address or cancellation differ
    from what its registrants were last told, queue a notice to everyone registered. Returns how
    many are told. A change the event's other language versions bring again tells nobody twice."""
    details = event.announced_details
    with transaction.atomic():
        told, created = AnnouncedDetails.objects.select_for_update().get_or_create(
            event_key=event.translation_key, defaults={"details": details}
        )
        if created or told.details == details:
            return 0
        newly_cancelled = details["cancelled"] and not told.details.get("cancelled")
        told.details = details
        told.save(update_fields=["details", "updated_at"])
        if event.has_ended:
            return 0
        recipients = list(
            of_event(event).exclude(status=Status.CANCELLED).values_list("pk", flat=True)
        )
        kind = "cancelled" if newly_cancelled else "changed"
        for registration_id in recipients:
            _queue(registration_id, kind, event.pk)
    return len(recipients)


def on_event_published(sender, instance, **kwargs):
    announce_changes(instance.specific)


def _set_status(registration, status):
    registration.status = status
    registration.status_changed_at = timezone.now()
    registration.save(update_fields=["status", "status_changed_at"])


def _notify(registration, kind):
    _queue(registration.pk, kind)


def _queue(registration_id, kind, page_id=None):
    from .tasks import send_registration_email

    transaction.on_commit(lambda: send_registration_email.enqueue(registration_id, kind, page_id))
