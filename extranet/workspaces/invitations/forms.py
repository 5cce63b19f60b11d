"""Inviting people to a workspace by email address."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

ADDRESS_SEPARATORS = re.compile(r"[\s,;]+")


class InvitationForm(forms.Form):
    """Addresses to invite to a workspace, with an optional message for the email."""

    emails = forms.CharField(
        label=_("Email addresses"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
    )
    message = forms.CharField(
        label=_("Message to include in the invitation (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["emails"].help_text = _(
            "One or more addresses, separated by commas or new lines; at most %(count)s at a time."
        ) % {"count": settings.WORKSPACE_INVITATION_MAX_ADDRESSES}

    def clean_emails(self):
        addresses = list(
            dict.fromkeys(
                address.lower()
                for address in ADDRESS_SEPARATORS.split(self.cleaned_data["emails"])
                if address
            )
        )
        invalid = []
        for address in addresses:
            try:
                validate_email(address)
            except ValidationError:
                invalid.append(address)
        if invalid:
            raise ValidationError(
                _("These are not email addresses: %(addresses)s")
                % {"addresses": ", ".join(invalid)}
            )
        if not addresses:
            raise ValidationError(_("Enter at least one email address."))
        if len(addresses) > settings.WORKSPACE_INVITATION_MAX_ADDRESSES:
            raise ValidationError(
                _("Invite at most %(count)s addresses at a time.")
                % {"count": settings.WORKSPACE_INVITATION_MAX_ADDRESSES}
            )
        return addresses
