"""`{{ value|html_datetime }}`: a date or time as a `<time datetime>` value that HTML accepts."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def html_datetime(value):
    """`2026-12-03T08:15:00+02:00` in the site's time zone, whole seconds (HTML's valid global
    date and time has no room for Python's microseconds); a date as `2026-12-03`."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
