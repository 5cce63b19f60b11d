"""Form fields the public site's forms share."""

from django import forms
from django.utils.translation import gettext_lazy as _


def email_field(**kwargs):
    """The address a reader gives us to write to, with messages that say how to fix it."""
    return forms.EmailField(
        label=_("Email"),
        max_length=254,
        error_messages={
            "required": _("Please give your email address."),
            "invalid": _("Please give an email address in the form name@example.fi."),
        },
        **kwargs,
    )
