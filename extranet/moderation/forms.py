"""Reporting a post or a file to the moderators."""

from django import forms
from django.utils.translation import gettext_lazy as _

from extranet.models import Report


class ReportForm(forms.Form):
    """A member tells the moderators what is wrong with a post or a file."""

    reason = forms.ChoiceField(
        label=_("Why are you reporting this?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Details (optional)"),
        help_text=_("Only the moderators read this."),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
