"""Listing addresses that read naturally in each language: /fi/blogi/aihe/tyollisyys/,
/sv/evenemang/tidigare/. Every word works in every language, so an address keeps working
whichever language's word it has; the links a page makes use its own language's words."""

from django.shortcuts import get_object_or_404

from wagtail.contrib.routable_page.models import RoutablePageMixin

from .models import Topic

ROUTE_WORDS = {
    "topic": {"fi": "aihe", "sv": "amne", "en": "topic"},
    "tag": {"fi": "avainsana", "sv": "nyckelord", "en": "tag"},
    "author": {"fi": "kirjoittaja", "sv": "skribent", "en": "author"},
    "past": {"fi": "menneet", "sv": "tidigare", "en": "past"},
}


def route_pattern(kind):
    """A regular expression for the word of `kind` in any language, for `re_path` routes."""
    return "|".join(sorted(set(ROUTE_WORDS[kind].values())))


class LocalisedRoutesMixin(RoutablePageMixin):
    """A listing page whose filters (a topic, a tag, the past…) have addresses of their own."""

    def route_url(self, kind, value=None):
        words = ROUTE_WORDS[kind]
        word = words.get(self.locale.language_code, words["en"])
        return f"{self.url}{word}/{value}/" if value else f"{self.url}{word}/"

    def topic_url(self, topic):
        return self.route_url("topic", topic.slug)

    def topic_for_slug(self, slug):
        return get_object_or_404(Topic, slug=slug, locale=self.locale)
