"""Extranet announcements in the Wagtail admin."""

from django.utils.translation import gettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import (
    BooleanColumn,
    DateColumn,
    LocaleColumn,
    UpdatedAtColumn,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from extranet.models import ExtranetAnnouncement


class AnnouncementViewSet(SnippetViewSet):
    """News for members only, shown on the extranet home."""

    model = ExtranetAnnouncement
    icon = "info-circle"
    list_display = [
        "title",
        DateColumn("published_at", label=gettext_lazy("Published"), sort_key="published_at"),
        BooleanColumn("is_published", label=gettext_lazy("Shown to members")),
        LocaleColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["is_published"]
    search_fields = ["title"]
    search_backend_name = None
    panels = [
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("published_at"),
        FieldPanel("is_published"),
    ]
