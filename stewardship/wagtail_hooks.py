from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LawChange


class LawChangeViewSet(SnippetViewSet):
    model = LawChange
    icon = "warning"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["notice", "date", "recorded_at"]
    search_fields = ["notice_fi", "notice_sv", "notice_en"]
    search_backend_name = None
    ordering = ["-date"]


register_snippet(LawChangeViewSet)
