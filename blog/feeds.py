"""RSS and Atom feeds of an article index, per language and per topic."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, topic=None):
        super().__init__()
        self.index = index
        self.topic = topic

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return f"{index.title}: {self.topic.name}" if self.topic else index.title

    def link(self, index):
        return index.topic_url(self.topic) if self.topic else index.url

    def description(self, index):
        return index.introduction or index.title

    def items(self, index):
        articles = index.get_articles().prefetch_related("authors", "topics")
        if self.topic:
            articles = articles.filter(topics__translation_key=self.topic.translation_key)
        return articles.distinct()[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return timezone.make_aware(
            datetime.datetime.combine(article.date_published, datetime.time(9))
        )

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return ", ".join(author.name for author in article.authors.all()) or None

    def item_categories(self, article):
        return [topic.name for topic in article.topics.all()]


class AtomArticleFeed(ArticleFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
