"""The newest good practices, for the home page and the topic listings."""

from django import template
from django.utils import translation

from home.visibility import public
from practices.models import PracticeIndexPage, PracticePage

register = template.Library()

LATEST_COUNT = 3


@register.inclusion_tag("practices/includes/latest_practices.html", takes_context=True)
def latest_practices_section(context, topic=None):
    """The newest live practices of the reader's language (of `topic`, a home.Topic, if given)
    with a link to the database, filtered by the topic; nothing when there are none."""
    language_code = translation.get_language()
    practices = public(PracticePage.objects.live()).filter(locale__language_code=language_code)
    if topic is not None:
        practices = practices.filter(topics__translation_key=topic.translation_key).distinct()
    practices = list(practices.order_by("-first_published_at", "-pk")[:LATEST_COUNT])
    index = None
    if practices:
        index = (
            PracticeIndexPage.objects.live()
            .filter(locale__language_code=language_code)
            .order_by("path")
            .first()
        )
    return {
        "practices": practices,
        "index": index,
        "topic": topic,
        "request": context.get("request"),
    }
