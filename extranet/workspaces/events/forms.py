"""A workspace meeting's time, place and online link."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The years a meeting may be in. Year 1 in Finnish time is before year 1 in UTC: PostgreSQL
# stores such a moment but can't give it back, and the meeting's pages would fail.
MEETING_YEARS = (1900, 2999)


def validate_meeting_year(value):
    first, last = MEETING_YEARS
    if not first <= value.year <= last:
        raise ValidationError(
            _("Give a year between %(first)d and %(last)d."),
            code="year",
            params={"first": first, "last": last},
        )


class WorkspaceEventForm(forms.Form):
    """A workspace meeting: a date and time as the member's browser offers them, read in the
    site's time zone (Europe/Helsinki). The end date may be left out for a meeting within a day."""

    title = forms.CharField(label=_("Title"), max_length=200)
    start_date = forms.DateField(
        label=_("Start date"),
        validators=[validate_meeting_year],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Give the date as day, month and year.")},
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Give the time as hours and minutes, for example 13:00.")},
    )
    end_date = forms.DateField(
        label=_("End date"),
        validators=[validate_meeting_year],
        required=False,
        help_text=_("Leave empty if the meeting ends on the day it starts."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Give the date as day, month and year.")},
    )
    end_time = forms.TimeField(
        label=_("End time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Give the time as hours and minutes, for example 13:00.")},
    )
    location = forms.CharField(
        label=_("Place"),
        max_length=300,
        required=False,
        help_text=_("An address or a room. Give a place, an online meeting link or both."),
    )
    online_url = forms.CharField(
        label=_("Online meeting link"),
        max_length=1000,
        required=False,
        help_text=_("A web address beginning with https://"),
        widget=forms.URLInput,
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    # Where the service's complaints about a whole moment are shown.
    ERROR_FIELDS = {"starts_at": "start_time", "ends_at": "end_time"}

    def __init__(self, *args, event=None, **kwargs):
        if event is not None and "initial" not in kwargs:
            starts, ends = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
            kwargs["initial"] = {
                "title": event.title,
                "start_date": starts.date(),
                "start_time": starts.time(),
                "end_date": ends.date(),
                "end_time": ends.time(),
                "location": event.location,
                "online_url": event.online_url,
                "description": event.description,
            }
        super().__init__(*args, **kwargs)
        for name in ("title", "location"):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    def clean(self):
        from extranet.workspaces.events.services import validate

        cleaned = super().clean()
        start_date, start_time = cleaned.get("start_date"), cleaned.get("start_time")
        end_time = cleaned.get("end_time")
        if start_date and start_time and end_time:
            zone = timezone.get_default_timezone()
            end_date = cleaned.get("end_date") or start_date
            cleaned["starts_at"] = timezone.make_aware(
                datetime.datetime.combine(start_date, start_time), zone
            )
            cleaned["ends_at"] = timezone.make_aware(
                datetime.datetime.combine(end_date, end_time), zone
            )
            cleaned["online_url"] = cleaned.get("online_url", "").strip()
            cleaned["location"] = cleaned.get("location", "").strip()
            try:
                validate(**cleaned)
            except forms.ValidationError as error:
                for name, messages in error.message_dict.items():
                    self.add_error(self.ERROR_FIELDS.get(name, name), messages)
        return cleaned

    @property
    def event_data(self):
        """The meeting's fields for extranet.workspaces.events.services.schedule() and edit()."""
        names = ("title", "description", "starts_at", "ends_at", "location", "online_url")
        return {name: self.cleaned_data[name] for name in names}
