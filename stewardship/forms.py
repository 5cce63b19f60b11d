from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm


class LawChangeForm(WagtailAdminModelForm):
    """A law change reaches some pages: at least one section or one topic."""

    def clean(self):
        cleaned_data = super().clean()
        sections = self.formsets.get("sections")
        # The sections' forms are validated after this one: validate them first.
        has_section = sections is not None and any(
            form.is_valid()
            and form.cleaned_data.get("page")
            and not form.cleaned_data.get("DELETE")
            for form in sections.forms
        )
        if not has_section and not cleaned_data.get("topics"):
            raise ValidationError(
                _("Choose at least one section or topic: the pages under them show the notice.")
            )
        return cleaned_data
