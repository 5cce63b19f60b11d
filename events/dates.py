"""How an event's time reads in the reader's language: "ti 14.10.2025 klo 13.00–15.00"."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _


def _day(moment):
    return f"{date_format(moment, 'D')} {date_format(moment, 'SHORT_DATE_FORMAT')}"


def _time(moment):
    return date_format(moment, "TIME_FORMAT")


def time_range(start, end):
    """The date and times in the site's time zone, the date once when the event fits in a day."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    if start.date() == end.date():
        return _("%(day)s at %(start)s–%(end)s") % {
            "day": _day(start),
            "start": _time(start),
            "end": _time(end),
        }
    return _("%(start_day)s at %(start)s – %(end_day)s at %(end)s") % {
        "start_day": _day(start),
        "start": _time(start),
        "end_day": _day(end),
        "end": _time(end),
    }


def moment(value):
    """One point in time, such as a registration deadline."""
    value = timezone.localtime(value)
    return _("%(day)s at %(time)s") % {"day": _day(value), "time": _time(value)}
