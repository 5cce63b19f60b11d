from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published

        from home import page_cache

        from .models import AnnouncedDetails, EventPage, Registration
        from .registrations import on_event_published

        # Only an event's own page shows its registrations, and it is never cached.
        page_cache.ignore_saves(Registration, lambda instance, created: True)
        page_cache.ignore_saves(AnnouncedDetails, lambda instance, created: True)

        page_published.connect(
            on_event_published, sender=EventPage, dispatch_uid="events_announce_changes"
        )
