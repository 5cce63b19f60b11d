"""The registration form of an event: who is coming, what they need, the event's own
questions and consent to keeping the answers."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import email_field

QUESTION_PREFIX = "question_"


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        error_messages={"required": _("Please give your name.")},
    )
    email = email_field()
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        error_messages={"required": _("Please give your organisation.")},
    )
    dietary_needs = forms.CharField(label=_("Dietary needs"), max_length=500, required=False)
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        max_length=500,
        required=False,
        help_text=_("For example an induction loop, an interpreter or step-free access."),
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are stored for organising the event."),
        error_messages={"required": _("Please confirm that your details may be stored.")},
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        if not event.ask_dietary_needs:
            del self.fields["dietary_needs"]
        if not event.ask_accessibility_needs:
            del self.fields["accessibility_needs"]
        consent = self.fields.pop("consent")
        for number, question in enumerate(self.questions):
            self.fields[f"{QUESTION_PREFIX}{number}"] = forms.CharField(
                label=question, max_length=1000, required=False, widget=forms.Textarea({"rows": 2})
            )
        self.fields["consent"] = consent

    @property
    def questions(self):
        return [
            line.strip() for line in self.event.registration_questions.splitlines() if line.strip()
        ]

    def registration_fields(self):
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data["organisation"],
            "dietary_needs": data.get("dietary_needs", ""),
            "accessibility_needs": data.get("accessibility_needs", ""),
            "answers": [
                [question, data[f"{QUESTION_PREFIX}{number}"]]
                for number, question in enumerate(self.questions)
                if data.get(f"{QUESTION_PREFIX}{number}")
            ],
        }
