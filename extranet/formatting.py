"""Safe formatting for what members write in discussions."""

from django.utils.html import escape, linebreaks


def render(text):
    """`text` as the member wrote it → safe HTML."""
    return linebreaks(escape(text))
