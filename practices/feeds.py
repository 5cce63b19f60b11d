"""RSS and Atom feeds of a language's good practices, newest first: the blog's feeds
(blog.feeds) with practices as their entries, their organisations as the entries' authors."""

from django.utils.feedgenerator import Atom1Feed

from blog.feeds import FEED_LENGTH, ArticleFeed


class PracticeFeed(ArticleFeed):
    def items(self, index):
        practices = index.get_practices().prefetch_related("organisations", "topics")
        return practices.order_by("-first_published_at", "pk")[:FEED_LENGTH]

    def item_pubdate(self, practice):
        return practice.first_published_at

    def item_author_name(self, practice):
        names = [organisation.name for organisation in practice.organisations.all()]
        if practice.other_organisations:
            names.append(practice.other_organisations)
        return ", ".join(names) or None

    def item_author_link(self, practice):
        return None


class AtomPracticeFeed(PracticeFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
