"""The blocks of a newsletter issue: text, chosen links, and lists that fill themselves."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES


class LatestListBlock(blocks.StructBlock):
    """A heading and the newest items of one kind in the issue's language."""

    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Heading"),
        help_text=_("Leave empty to use the default heading."),
    )
    count = blocks.IntegerBlock(min_value=1, max_value=10, default=3, label=_("How many"))

    class Meta:
        icon = "list-ul"


class LatestNewsBlock(LatestListBlock):
    class Meta:
        label = _("Latest news")
        description = _("The newest news items in the issue's language")
        preview_value = {"heading": "", "count": 3}


class LatestBlogPostsBlock(LatestListBlock):
    class Meta:
        label = _("Latest blog posts")
        description = _("The newest blog posts in the issue's language")
        icon = "doc-full"
        preview_value = {"heading": "", "count": 3}


class UpcomingEventsBlock(LatestListBlock):
    class Meta:
        label = _("Upcoming events")
        description = _("The next events in the issue's language")
        icon = "date"
        preview_value = {"heading": "", "count": 3}


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    description = blocks.TextBlock(required=False, max_length=300, label=_("Description"))


class PageLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    links = blocks.ListBlock(PageLinkBlock(), label=_("Links"))

    class Meta:
        icon = "link"
        label = _("Chosen pages")
        description = _("Links to pages you choose, each with a short description")


class IssueBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["h2", "h3", *RICH_TEXT_FEATURES],
        label=_("Text"),
        icon="pilcrow",
        description=_("Text with headings, lists and links"),
    )
    page_links = PageLinksBlock()
    latest_news = LatestNewsBlock()
    latest_blog_posts = LatestBlogPostsBlock()
    upcoming_events = UpcomingEventsBlock()
