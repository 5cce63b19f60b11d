"""The concept's edit form: one preferred term and one definition in each language."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm

LANGUAGE_NAMES = {
    "fi": gettext_lazy("Finnish"),
    "sv": gettext_lazy("Swedish"),
    "en": gettext_lazy("English"),
}


def _kept(formset):
    """The formset's filled, not deleted forms' cleaned data (the form is cleaned before its
    formsets, so this cleans them first)."""
    formset.is_valid()
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


class ConceptForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        languages = LANGUAGE_NAMES
        terms = self.formsets.get("terms")
        if terms is not None:
            kept = _kept(terms)
            for code, name in languages.items():
                preferred = [
                    t for t in kept if t.get("language") == code and t.get("status") == "preferred"
                ]
                if not preferred:
                    self.add_error(
                        None,
                        _("Give the concept a preferred term in %(language)s.")
                        % {"language": name},
                    )
                elif len(preferred) > 1:
                    self.add_error(
                        None,
                        _("The concept has more than one preferred term in %(language)s.")
                        % {"language": name},
                    )
        definitions = self.formsets.get("definitions")
        if definitions is not None:
            kept = _kept(definitions)
            for code, name in languages.items():
                count = sum(1 for d in kept if d.get("language") == code)
                if count != 1:
                    self.add_error(
                        None,
                        _("Give the concept exactly one definition in %(language)s.")
                        % {"language": name},
                    )
        return cleaned
