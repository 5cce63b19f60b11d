"""Registration on three upcoming demo events (demo/content/event_registrations.yaml): their
places, questions and registrants in three languages, one event full with a waiting list.
The registrants are added as they stand, without emailing anyone."""

import datetime
import unicodedata

from django.utils import timezone

from demo import reader
from events.models import EventPage, Registration


def seed(home, report):
    for key, spec in reader.data("event_registrations").items():
        _seed_event(key, spec, report)


def _versions(key):
    """The event's language versions by language, found by the Finnish slug of its spec."""
    finnish_slug = next(spec for spec in reader.pages("events") if spec["key"] == key)["slug"]["fi"]
    finnish = EventPage.objects.get(slug=finnish_slug, locale__language_code="fi")
    return {
        version.locale.language_code: version
        for version in EventPage.objects.filter(
            translation_key=finnish.translation_key
        ).select_related("locale")
    }


def _seed_event(key, spec, report):
    versions = _versions(key)
    finnish = versions["fi"]
    if Registration.objects.filter(event_key=finnish.translation_key).exists():
        return
    for code, event in versions.items():
        event.registration_enabled = True
        event.registration_url = ""
        event.capacity = spec["capacity"]
        event.waiting_list_enabled = spec["waiting_list"]
        event.ask_dietary_needs = spec.get("dietary", False)
        event.ask_accessibility_needs = spec.get("accessibility", False)
        event.registration_questions = "\n".join(spec["questions"][code])
        event.save_revision().publish()
    registered_at = timezone.now() - datetime.timedelta(days=len(spec["registrants"]) + 1)
    for number, person in enumerate(spec["registrants"]):
        event = versions[person["lang"]]
        questions = spec["questions"][person["lang"]]
        status = (
            Registration.Status.CONFIRMED
            if number < spec["capacity"]
            else Registration.Status.WAITING
        )
        registration = Registration.objects.create(
            event=event,
            event_key=finnish.translation_key,
            language=person["lang"],
            name=person["name"],
            email=_address(person["name"]),
            organisation=person["org"],
            dietary_needs=person.get("dietary", ""),
            accessibility_needs=person.get("accessibility", ""),
            answers=[
                list(pair) for pair in zip(questions, person.get("answers", []), strict=False)
            ],
            status=status,
        )
        when = registered_at + datetime.timedelta(days=number, hours=number % 5)
        Registration.objects.filter(pk=registration.pk).update(
            created_at=when, status_changed_at=when
        )
    report.created.append(f"registrations for event {key}")


def _address(name):
    """firstname.lastname@example.fi, without accents."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return ascii_name.lower().replace(" ", ".") + "@example.fi"
