from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published

        from .models import EventPage
        from .registrations import on_event_published

        page_published.connect(
            on_event_published, sender=EventPage, dispatch_uid="events_announce_changes"
        )
