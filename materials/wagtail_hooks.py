"""The materials bank in the Wagtail admin: one list of materials with filters and search."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, LocaleColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Material


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "doc-full"
    menu_label = _("Materials bank")
    menu_order = 170
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("material_type", accessor="get_material_type_display", label=_("type")),
        "publisher",
        "year",
        LocaleColumn(),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = {"material_type": ["exact"], "topics": ["exact"], "languages": ["exact"]}
    search_fields = ["title", "description", "publisher"]
    search_backend_name = None


register_snippet(MaterialViewSet)
