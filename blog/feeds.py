"""RSS and Atom feeds of an article index, per language and per topic, valid for the W3C feed
validator: the site is every feed's author, an article's authors are its entries' authors."""

import datetime
from urllib.parse import urljoin

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
        return self.site_url(index.topic_url(self.topic) if self.topic else index.url)

    def site_url(self, path):
        """The site's own address for `path`, as the pages and the sitemap give it, whatever
        host the request came by."""
        site = self.index.get_site()
        return urljoin(site.root_url, path) if site else self.request.build_absolute_uri(path)

    def feed_url(self, index):
        return self.site_url(self.request.path)

    def description(self, index):
        return index.introduction or index.title

    def feed_guid(self, index):
        # The feed's own address: a topic's feed and the whole index's differ, and both stay put.
        return self.feed_url(index)

    def author_name(self, index):
        """The site's name (its home page's title), as the organisation that publishes."""
        site = index.get_site()
        return site.root_page.localized.title if site else index.title

    def author_link(self, index):
        site = index.get_site()
        return site.root_page.localized.get_full_url(self.request) if site else None

    def feed_copyright(self, index):
        return self.author_name(index)

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

    def item_author_link(self, article):
        authors = list(article.authors.all())
        if len(authors) == 1:
            return self.site_url(self.index.author_url(authors[0]))
        return None

    def item_categories(self, article):
        return [topic.name for topic in article.topics.all()]


class AtomArticleFeed(ArticleFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
