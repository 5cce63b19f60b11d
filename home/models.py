"""The public site's page foundation: home, section and content pages, site-wide settings, and
the topics that posts, news, events, materials and members' expertise are filed under."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from stewardship.panels import ReadabilityPanel

from . import plain_language
from .blocks import BodyBlock, FeaturedLinkBlock
from .slugs import OwnLanguageSlugMixin
from .visibility import public


class HeroMixin(models.Model):
    """A large decorative image at the top of the page."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
        help_text=_("Shown at the top of the page as decoration; put essential content in text."),
    )

    panels = [FieldPanel("hero_image")]

    class Meta:
        abstract = True


class ListingMixin(models.Model):
    """What a page shows of itself in lists of pages and when shared on social media."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown where this page is listed."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social media image"),
        help_text=_("Shown when the page is shared; defaults to the hero image."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("social_image")],
            heading=_("Listings and sharing"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or self.search_description

    @property
    def sharing_image(self):
        return self.social_image or getattr(self, "hero_image", None)


class GlossaryTermsMixin(models.Model):
    """A page whose text links the first occurrence of each glossary term to its entry."""

    mark_glossary_terms = models.BooleanField(
        _("link glossary terms"),
        default=True,
        help_text=_(
            "Link the first occurrence of each glossary term in the text to its definition."
        ),
    )

    settings_panels = [FieldPanel("mark_glossary_terms")]

    class Meta:
        abstract = True


class HomePage(OwnLanguageSlugMixin, HeroMixin, ListingMixin, Page):
    """The front page of one language version of the site."""

    hero_heading = models.CharField(_("hero heading"), max_length=150, blank=True)
    introduction = models.TextField(_("introduction"), blank=True)
    featured_links = StreamField(
        [("link", FeaturedLinkBlock())], blank=True, verbose_name=_("featured links")
    )
    footer_text = models.CharField(
        _("footer text"),
        max_length=250,
        blank=True,
        help_text=_("For example, who maintains the site. Shown in every page's footer."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("introduction"),
        *HeroMixin.panels,
        FieldPanel("featured_links"),
        FieldPanel("footer_text"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.ContentPage",
        "blog.BlogIndexPage",
        "blog.NewsIndexPage",
        "events.EventIndexPage",
        "materials.MaterialIndexPage",
        "practices.PracticeIndexPage",
        "glossary.GlossaryPage",
        "home.PlainLanguageIndexPage",
        "newsletter.NewsletterPage",
        "feedback.FeedbackFormPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(OwnLanguageSlugMixin, HeroMixin, ListingMixin, GlossaryTermsMixin, Page):
    """An information page: an introduction and a body built from blocks."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        *HeroMixin.panels,
        FieldPanel("body"),
        ReadabilityPanel(),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    settings_panels = Page.settings_panels + GlossaryTermsMixin.settings_panels
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.SearchField("listing_summary"),
    ]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["home.PlainLanguagePage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class SectionPage(OwnLanguageSlugMixin, HeroMixin, ListingMixin, Page):
    """A section of the site: introduces a theme and lists the pages under it."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = ContentPage.content_panels
    promote_panels = ContentPage.promote_panels
    search_fields = ContentPage.search_fields

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["home.SectionPage", "home.ContentPage", "home.PlainLanguagePage"]
    show_in_menus_default = True

    class Meta:
        verbose_name = _("section page")
        verbose_name_plural = _("section pages")

    def get_child_pages(self):
        return public(self.get_children().live().not_type(PlainLanguagePage)).specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_child_pages()
        return context


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A theme of integration work (employment, reception…) shared by posts, news, events,
    materials, workspaces and members' expertise."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        # The blog had topics first; the table kept its name when they became the site's.
        db_table = "blog_topic"
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Contact details and fixed links shown in every page's footer."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    accessibility_statement_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement page"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy statement page"),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_statement_page"), FieldPanel("privacy_page")],
            heading=_("Statements"),
            help_text=_("Pick the Finnish pages; each language links to its own translation."),
        ),
        InlinePanel("social_links", heading=_("Social media"), label=_("Social media link")),
    ]
    # Every page's footer links to both statements.
    select_related = ["accessibility_statement_page", "privacy_page"]

    class Meta:
        verbose_name = _("site settings")


class SocialLink(Orderable):
    SERVICES = [
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("youtube", "YouTube"),
        ("bluesky", "Bluesky"),
        ("mastodon", "Mastodon"),
        ("x", "X"),
    ]

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    service = models.CharField(_("service"), max_length=20, choices=SERVICES)
    url = models.URLField(_("address"))

    panels = [FieldPanel("service"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")


class PlainLanguagePage(OwnLanguageSlugMixin, ListingMixin, GlossaryTermsMixin, Page):
    """The plain-language version (selkosuomi, lättläst svenska) of the page above it: written
    anew for readers who need easier language, not translated from it."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    plain_language_checked_by = models.CharField(
        _("plain language checked by"),
        max_length=150,
        blank=True,
        help_text=_("Who checked that the text is in plain language, e.g. Selkokeskus."),
    )
    plain_language_checked_on = models.DateField(
        _("plain language checked on"), null=True, blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]
    promote_panels = ContentPage.promote_panels
    settings_panels = (
        Page.settings_panels
        + [
            MultiFieldPanel(
                [FieldPanel("plain_language_checked_by"), FieldPanel("plain_language_checked_on")],
                heading=_("Plain-language check"),
                help_text=_("Readers see who checked the text and when."),
            )
        ]
        + GlossaryTermsMixin.settings_panels
    )
    search_fields = ContentPage.search_fields

    parent_page_types = ["home.ContentPage", "home.SectionPage", "blog.BlogPage", "blog.NewsPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("plain-language version")
        verbose_name_plural = _("plain-language versions")

    def save(self, *args, **kwargs):
        if self._state.adding:
            plain_language.join_translated_versions(self)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if bool(self.plain_language_checked_by) != bool(self.plain_language_checked_on):
            field = (
                "plain_language_checked_on"
                if self.plain_language_checked_by
                else "plain_language_checked_by"
            )
            raise ValidationError(
                {field: _("Give both who checked the plain language and when, or neither.")}
            )


class PlainLanguageIndexPage(OwnLanguageSlugMixin, Page):
    """Every plain-language page of one language, for readers who look for them."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("plain-language index")
        verbose_name_plural = _("plain-language indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["plain_pages"] = plain_language.pages_in(self.locale_id)
        return context
