"""Good practices: what worked in integration work, judged by an expert panel against five
quality criteria, and the proposals members send in from the extranet.

A practice is a page (translatable with wagtail-localize, in the site search and the sitemap)
under its language's PracticeIndexPage. A proposal is a member's own record until the panel
publishes it as a practice page in the proposer's language.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from extranet.storage import private_storage, random_name
from home.blocks import BodyBlock
from home.models import GlossaryTermsMixin, HeroMixin, ListingMixin, Topic
from home.pagination import page_of
from home.slugs import OwnLanguageSlugMixin
from home.visibility import public

from .choices import CRITERION_HELP, REGION_CHOICES, Criterion, Phase, TargetGroupCode

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class Region(models.Model):
    """A region a practice works in. The rows are fixed (choices.REGION_CHOICES); the name is
    the code's label in the reader's language, never stored."""

    code = models.CharField(_("code"), max_length=32, unique=True, choices=REGION_CHOICES)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return str(self.get_code_display())


class TargetGroup(models.Model):
    """A group of people a practice serves. Fixed rows, like Region."""

    code = models.CharField(_("code"), max_length=32, unique=True, choices=TargetGroupCode.choices)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return str(self.get_code_display())


class MaterialLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class MaterialDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, required=False, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class CriteriaJudgement(models.Model):
    """The expert panel's judgement of the five criteria: met or not, and why."""

    goal_oriented_met = models.BooleanField(_("goal-oriented"), default=False)
    goal_oriented_justification = models.TextField(_("justification"), blank=True)
    client_centred_met = models.BooleanField(_("client-centred"), default=False)
    client_centred_justification = models.TextField(_("justification"), blank=True)
    effective_met = models.BooleanField(_("effective"), default=False)
    effective_justification = models.TextField(_("justification"), blank=True)
    modellable_met = models.BooleanField(_("modellable"), default=False)
    modellable_justification = models.TextField(_("justification"), blank=True)
    generalisable_met = models.BooleanField(_("generalisable"), default=False)
    generalisable_justification = models.TextField(_("justification"), blank=True)

    criteria_panels = [
        MultiFieldPanel(
            [
                FieldPanel(f"{criterion.value}_met", help_text=CRITERION_HELP[criterion]),
                FieldPanel(f"{criterion.value}_justification"),
            ],
            heading=criterion.label,
        )
        for criterion in Criterion
    ]

    class Meta:
        abstract = True

    @property
    def criteria(self):
        """[(criterion, met, justification)] in the criteria's order."""
        return [
            (
                criterion,
                getattr(self, f"{criterion.value}_met"),
                getattr(self, f"{criterion.value}_justification"),
            )
            for criterion in Criterion
        ]

    @property
    def criteria_met_count(self):
        return sum(1 for _criterion, met, _text in self.criteria if met)


class PracticePage(
    OwnLanguageSlugMixin, HeroMixin, ListingMixin, GlossaryTermsMixin, CriteriaJudgement, Page
):
    """A good practice: what was done, by whom, where, for whom, with what results."""

    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("Two or three sentences for listings and feeds.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    organisations = ParentalManyToManyField(
        "extranet.Organisation",
        blank=True,
        related_name="practices",
        verbose_name=_("organisations"),
        help_text=_("Organisations in the extranet's register."),
    )
    other_organisations = models.CharField(
        _("other organisations"),
        max_length=500,
        blank=True,
        help_text=_("Organisations not in the register, separated by commas."),
    )
    regions = ParentalManyToManyField(Region, related_name="practices", verbose_name=_("regions"))
    target_groups = ParentalManyToManyField(
        TargetGroup, blank=True, related_name="practices", verbose_name=_("target groups")
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="practices", verbose_name=_("topics")
    )
    phase = models.CharField(
        _("phase"), max_length=16, choices=Phase.choices, default=Phase.PILOTED, db_index=True
    )
    start_year = models.PositiveSmallIntegerField(_("started"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("ended"), null=True, blank=True)
    funding = models.CharField(
        _("funding"),
        max_length=300,
        blank=True,
        help_text=_("Who funded it, for example the European Social Fund Plus and the city."),
    )
    results = RichTextField(
        pgettext_lazy("good practice", "results"), blank=True, features=RICH_TEXT_FEATURES
    )
    evaluation = RichTextField(
        _("how the results were evaluated"), blank=True, features=RICH_TEXT_FEATURES
    )
    materials = StreamField(
        [("document", MaterialDocumentBlock()), ("link", MaterialLinkBlock())],
        blank=True,
        verbose_name=_("materials"),
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_member = models.ForeignKey(
        "extranet.MemberProfile",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        verbose_name=_("contact person in the member directory"),
        help_text=_(
            "Only with the member's consent. Members who sign in see a link to the profile."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        *HeroMixin.panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("other_organisations"),
            ],
            heading=_("Organisations"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("funding"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("results"),
        FieldPanel("evaluation"),
        FieldPanel("materials"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_member")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            CriteriaJudgement.criteria_panels, heading=_("The expert panel's judgement")
        ),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    settings_panels = Page.settings_panels + GlossaryTermsMixin.settings_panels
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("evaluation"),
        index.SearchField("other_organisations"),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("phase"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    @property
    def years(self):
        """ "2021–2024", "2023–" or "" for the listing and the facts box."""
        if not self.start_year:
            return str(self.end_year or "")
        if self.end_year == self.start_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year or ''}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        member = None
        if self.contact_member_id:
            profiles = self._meta.get_field("contact_member").related_model.objects
            member = profiles.active().filter(pk=self.contact_member_id).first()
        context.update(
            {
                "organisations": list(self.organisations.order_by("name")),
                "regions": list(self.regions.order_by("sort_order", "code")),
                "target_groups": list(self.target_groups.order_by("sort_order", "code")),
                "topics": list(self.topics.order_by("name")),
                "contact_profile": member,
                "index_page": self.get_parent(),
            }
        )
        return context


class PracticeIndexPage(OwnLanguageSlugMixin, RoutablePageMixin, Page):
    """The good practices of one language: filters, search and the list."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1
    practices_per_page = 20

    class Meta:
        verbose_name = _("good practice database")
        verbose_name_plural = _("good practice databases")

    def get_practices(self):
        """The live practices anyone may read in this database."""
        return public(PracticePage.objects.live().child_of(self).filter(locale_id=self.locale_id))

    def get_context(self, request, *args, **kwargs):
        from .filters import PracticeFilter

        context = super().get_context(request, *args, **kwargs)
        practice_filter = PracticeFilter(self, request.GET)
        page_obj = page_of(request, practice_filter.results(), self.practices_per_page)
        context.update(
            {
                "filter": practice_filter,
                "page_obj": page_obj,
                "practices": page_obj.object_list,
                "result_count": page_obj.paginator.count,
            }
        )
        return context

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import PracticeFeed

        return PracticeFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import AtomPracticeFeed

        return AtomPracticeFeed(self)(request)


def proposal_attachment_path(instance, filename):
    return random_name("practice-proposals", filename)


class PracticeProposal(models.Model):
    """A practice a member proposes. The member edits it while it is a draft or returned;
    editors and the expert panel review it in the admin and publish it as a PracticePage."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        IN_REVIEW = "in_review", _("In review")
        RETURNED = "returned", _("Returned for changes")
        PUBLISHED = "published", _("Published")

    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_proposals",
        verbose_name=_("proposer"),
    )
    language = models.CharField(
        _("language of the proposal"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )

    title = models.CharField(_("name of the practice"), max_length=255)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    description = models.TextField(_("description"), max_length=10_000, blank=True)
    organisations = models.ManyToManyField(
        "extranet.Organisation", blank=True, related_name="+", verbose_name=_("organisations")
    )
    other_organisations = models.CharField(_("other organisations"), max_length=500, blank=True)
    regions = models.ManyToManyField(
        Region, blank=True, related_name="+", verbose_name=_("regions")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="+", verbose_name=_("target groups")
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="+", verbose_name=_("topics"))
    phase = models.CharField(_("phase"), max_length=16, choices=Phase.choices, blank=True)
    start_year = models.PositiveSmallIntegerField(_("started"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("ended"), null=True, blank=True)
    funding = models.CharField(_("funding"), max_length=300, blank=True)
    results = models.TextField(
        pgettext_lazy("good practice", "results"), max_length=5000, blank=True
    )
    evaluation = models.TextField(_("how the results were evaluated"), max_length=5000, blank=True)
    links = models.TextField(
        _("links to materials"), max_length=2000, blank=True, help_text=_("One address a line.")
    )
    # The proposer's case for each criterion; the panel's judgement is on the published page.
    goal_oriented_case = models.TextField(_("goal-oriented"), max_length=2000, blank=True)
    client_centred_case = models.TextField(_("client-centred"), max_length=2000, blank=True)
    effective_case = models.TextField(_("effective"), max_length=2000, blank=True)
    modellable_case = models.TextField(_("modellable"), max_length=2000, blank=True)
    generalisable_case = models.TextField(_("generalisable"), max_length=2000, blank=True)
    show_in_directory = models.BooleanField(
        _("link my profile in the member directory as the contact"), default=True
    )

    review_comment = models.TextField(
        _("comment to the proposer"),
        blank=True,
        help_text=_("What to change; emailed to the proposer when the proposal is returned."),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    practice = models.OneToOneField(
        PracticePage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposal",
        verbose_name=_("published practice"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("practice proposal")
        verbose_name_plural = _("practice proposals")
        ordering = ["-submitted_at", "-created_at"]
        permissions = [("review_practiceproposal", _("Can review good practice proposals"))]

    def __str__(self):
        return self.title

    @property
    def is_editable_by_proposer(self):
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)

    @property
    def cases(self):
        """[(criterion, the proposer's case)] in the criteria's order."""
        return [(criterion, getattr(self, f"{criterion.value}_case")) for criterion in Criterion]


class ProposalAttachment(models.Model):
    """A file attached to a proposal, checked like workspace files (extranet.uploads) and kept
    in private storage: only the proposer and the reviewers download it."""

    proposal = models.ForeignKey(
        PracticeProposal, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=proposal_attachment_path, max_length=300
    )
    name = models.CharField(_("name"), max_length=150)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(default=0)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.name
