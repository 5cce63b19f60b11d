"""Blog posts and news items, and the index pages that list, filter and syndicate them."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import StreamField
from wagtail.images.models import Filter, Rendition
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import GlossaryTermsMixin, HeroMixin, Topic
from home.pagination import page_of
from home.routes import LocalisedRoutesMixin, route_pattern
from home.slugs import OwnLanguageSlugMixin
from home.visibility import public
from stewardship.panels import ReadabilityPanel

from .snippets import Author

# The filter spec of an article's image in listings (blog/includes/article_listing.html).
# The card picture's renditions, as {% picture %} in blog/includes/article_listing.html asks.
LISTING_IMAGE = "format-{avif,webp,jpeg}|fill-{320x180,640x360}"


class ArticlePage(OwnLanguageSlugMixin, HeroMixin, GlossaryTermsMixin, Page):
    """What blog posts and news items share: a dated, summarised, categorised article."""

    # Dated articles age more slowly than information pages (stewardship.reviews).
    review_interval_months = 24

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for listings and feeds.")
    )
    date_published = models.DateField(_("publication date"), default=datetime.date.today)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    authors = ParentalManyToManyField(
        Author, blank=True, related_name="+", verbose_name=_("authors")
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="+", verbose_name=_("topics"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("date_published"),
        *HeroMixin.panels,
        FieldPanel("body"),
        ReadabilityPanel(),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("topics"), FieldPanel("tags")],
            heading=_("Authors and categories"),
        ),
    ]
    settings_panels = Page.settings_panels + GlossaryTermsMixin.settings_panels
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date_published"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = []
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def sharing_image(self):
        return self.hero_image

    @property
    def index_page(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = self.authors.select_related("photo")
        context["topics"] = self.topics.all()
        context["tags"] = self.tags.all()
        return context


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogPage(ArticlePage):
    """A blog post by a partner organisation, project, municipality or ministry expert."""

    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))
    comments_enabled = models.BooleanField(
        _("comments open"),
        default=True,
        help_text=_("Readers may comment. Comments also close by themselves after a while."),
    )

    settings_panels = ArticlePage.settings_panels + [FieldPanel("comments_enabled")]
    parent_page_types = ["blog.BlogIndexPage"]

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    @property
    def comments_close_on(self):
        days = settings.BLOG_COMMENTS_CLOSE_AFTER_DAYS
        return self.date_published + datetime.timedelta(days=days) if days else None

    @property
    def comments_open(self):
        closes = self.comments_close_on
        return self.comments_enabled and (closes is None or timezone.localdate() <= closes)

    def approved_comments(self):
        """Top-level approved comments, oldest first, each with its approved replies."""
        from .comments import Comment

        replies = Comment.objects.approved().order_by("created_at", "pk")
        return (
            self.comments.approved()
            .filter(parent__isnull=True)
            .order_by("created_at", "pk")
            .prefetch_related(Prefetch("replies", queryset=replies, to_attr="approved_replies"))
        )

    def shown_comment_count(self):
        """What approved_comments() shows: approved comments and the approved replies to them."""
        from .comments import Comment

        shown = Q(parent__isnull=True) | Q(parent__status=Comment.Status.APPROVED)
        return self.comments.approved().filter(shown).count()

    def get_context(self, request, *args, comment_form=None, **kwargs):
        from blog.comments import CommentForm
        from blog.threads import comment_threads

        context = super().get_context(request, *args, **kwargs)
        context["comment_threads"] = comment_threads(request, self, self.comments_open)
        if self.comments_open:
            context["comment_form"] = comment_form or CommentForm(
                post=self, initial={"parent": request.GET.get("reply_to")}
            )
            context["replying_to"] = context["comment_form"].replying_to
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from blog.views import post_comment

            return post_comment(request, self)
        return super().serve(request, *args, **kwargs)


class NewsPage(ArticlePage):
    """A news item ("ajankohtaista") of the Competence Centre or the partnership programme."""

    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["blog.NewsIndexPage"]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class ArticleIndexPage(OwnLanguageSlugMixin, LocalisedRoutesMixin, Page):
    """Lists the articles under it, newest first, filtered by topic, tag or author, with feeds."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    articles_per_page = 10
    article_model = None  # set by each concrete index

    class Meta:
        abstract = True

    # Queries

    def get_articles(self):
        return public(self.article_model.objects.child_of(self).live()).order_by(
            "-date_published", "-pk"
        )

    def get_listed_articles(self):
        """Articles with what a listing shows of them fetched up front, the image's rendition
        for the listing included."""
        renditions = Prefetch(
            "hero_image__renditions",
            queryset=Rendition.objects.filter(filter_spec__in=Filter.expand_spec(LISTING_IMAGE)),
            to_attr="prefetched_renditions",
        )
        return (
            self.get_articles()
            .select_related("hero_image")
            .prefetch_related("authors", "topics", renditions)
        )

    def author_for_slug(self, slug):
        author = Author.objects.filter(slug=slug, locale=self.locale).first()
        if author is None:
            author = get_object_or_404(Author.objects.filter(slug=slug)[:1])
        return author

    # Addresses

    def tag_url(self, tag):
        return self.route_url("tag", tag.slug)

    def author_url(self, author):
        return self.route_url("author", author.slug)

    # Views

    def render_listing(self, request, articles, filter_label=None, feed_topic=None):
        page_obj = page_of(request, self.annotate_for_listing(articles), self.articles_per_page)
        context = self.get_context(request)
        context.update(
            {
                "page_obj": page_obj,
                "articles": page_obj.object_list,
                "filter_label": filter_label,
                "feed_topic": feed_topic,
                "topics": Topic.objects.filter(locale=self.locale),
            }
        )
        return self.render(request, context_overrides=context)

    def annotate_for_listing(self, articles):
        return articles

    @path("")
    def all_articles(self, request):
        return self.render_listing(request, self.get_listed_articles())

    @re_path(rf"^(?:{route_pattern('topic')})/(?P<slug>[-\w]+)/$", name="topic")
    def by_topic(self, request, slug):
        topic = self.topic_for_slug(slug)
        articles = self.get_listed_articles().filter(topics__translation_key=topic.translation_key)
        return self.render_listing(
            request, articles.distinct(), filter_label=topic.name, feed_topic=topic
        )

    @re_path(rf"^(?:{route_pattern('tag')})/(?P<slug>[-\w]+)/$", name="tag")
    def by_tag(self, request, slug):
        articles = self.get_listed_articles().filter(tags__slug=slug).distinct()
        tag = self.article_model.tags.through.tag_model().objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        return self.render_listing(request, articles, filter_label=tag.name)

    @re_path(rf"^(?:{route_pattern('author')})/(?P<slug>[-\w]+)/$", name="author")
    def by_author(self, request, slug):
        author = self.author_for_slug(slug)
        articles = self.get_listed_articles().filter(
            authors__translation_key=author.translation_key
        )
        return self.render_listing(request, articles.distinct(), filter_label=author.name)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from blog.feeds import ArticleFeed

        return ArticleFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from blog.feeds import AtomArticleFeed

        return AtomArticleFeed(self)(request)

    @re_path(rf"^(?:{route_pattern('topic')})/(?P<slug>[-\w]+)/feed/rss/$", name="topic_rss")
    def topic_rss_feed(self, request, slug):
        from blog.feeds import ArticleFeed

        return ArticleFeed(self, topic=self.topic_for_slug(slug))(request)

    @re_path(rf"^(?:{route_pattern('topic')})/(?P<slug>[-\w]+)/feed/atom/$", name="topic_atom")
    def topic_atom_feed(self, request, slug):
        from blog.feeds import AtomArticleFeed

        return AtomArticleFeed(self, topic=self.topic_for_slug(slug))(request)


class BlogIndexPage(ArticleIndexPage):
    """The blog: partners' and experts' posts, which readers may comment on."""

    article_model = BlogPage
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index")
        verbose_name_plural = _("blog indexes")

    def annotate_for_listing(self, articles):
        from .comments import Comment

        # A correlated count, not a join: the database counts only the posts on the page,
        # after sorting and slicing, instead of every post with all its comments.
        approved = (
            Comment.objects.filter(post=OuterRef("pk"), status=Comment.Status.APPROVED)
            .order_by()
            .values("post")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return articles.annotate(approved_comment_count=Coalesce(Subquery(approved), 0))


class NewsIndexPage(ArticleIndexPage):
    """News ("ajankohtaista")."""

    article_model = NewsPage
    subpage_types = ["blog.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")


def latest_articles(model, language_code=None, count=3):
    """The newest live articles of one kind in a language, for the home page."""
    language_code = language_code or translation.get_language()
    return (
        public(model.objects.live())
        .filter(locale__language_code=language_code)
        .order_by("-date_published", "-pk")[:count]
    )
