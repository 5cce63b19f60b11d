from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import email_field

from .models import LANGUAGES


class SignupForm(forms.Form):
    email = email_field()
    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=LANGUAGES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose the language of the newsletter.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that my email address is stored for sending the newsletter."),
        error_messages={"required": _("Please confirm that your address may be stored.")},
    )
    # A trap for robots: hidden from people; anything typed into it quietly drops the signup.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def is_trapped(self):
        return bool(self.cleaned_data.get("website"))
