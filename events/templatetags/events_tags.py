from django import template
from django.utils import translation

from events.models import EventIndexPage, upcoming_events
from home.visibility import public

register = template.Library()


@register.filter
def event_topic_url(index, topic):
    return index.topic_url(topic)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events_section(context, count=3):
    """The next events in the reader's language, for the home page."""
    language_code = translation.get_language()
    events = upcoming_events(language_code, count)
    index = public(
        EventIndexPage.objects.live().filter(locale__language_code=language_code)
    ).first()
    return {"events": events, "index": index, "request": context.get("request")}
