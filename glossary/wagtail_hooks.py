"""The glossary in the Wagtail admin: concepts with their terms in all three languages."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import ConceptForm
from .models import Concept, Term


def _preferred(language):
    def accessor(concept):
        return next(
            (
                term.text
                for term in concept.terms.all()
                if term.language == language and term.status == Term.Status.PREFERRED
            ),
            "",
        )

    return accessor


class ConceptViewSet(SnippetViewSet):
    model = Concept
    icon = "openquote"
    menu_label = _("Glossary")
    menu_order = 175
    add_to_admin_menu = True
    list_display = [
        Column("fi", accessor=_preferred("fi"), label=_("Finnish")),
        Column("sv", accessor=_preferred("sv"), label=_("Swedish")),
        Column("en", accessor=_preferred("en"), label=_("English")),
        "last_checked",
        UpdatedAtColumn(),
    ]
    list_filter = {"last_checked": ["lt", "gte"]}
    search_fields = ["terms__text", "definitions__definition"]
    search_backend_name = None
    ordering = ["-updated_at"]
    edit_handler = ObjectList(Concept.panels, base_form_class=ConceptForm)

    def get_queryset(self, request):
        return Concept.objects.prefetch_related(
            Prefetch("terms", queryset=Term.objects.filter(status=Term.Status.PREFERRED))
        )


register_snippet(ConceptViewSet)
