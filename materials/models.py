"""The materials bank: guides, reports, templates and policy briefs, in many languages.

A material is a translatable snippet rather than a page: it has no body of its own to read on
the site, only a description and a file or link, and editors keep many of them in one list with
filters. Each language's MaterialIndexPage lists the live materials of its locale.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from home.models import Topic
from home.pagination import page_of
from home.slugs import OwnLanguageSlugMixin

from .languages import LANGUAGE_CODES, language_label, material_language


class Language(models.Model):
    """A language a material is written in. The rows are fixed (see languages.py); names are
    shown in the language itself and in the reader's language, never stored."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("material language")
        verbose_name_plural = _("material languages")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return str(language_label(self.code))

    @property
    def info(self):
        """Its names and lang attribute (languages.MaterialLanguage)."""
        return material_language(self.code)


class MaterialQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class Material(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A document or link in the materials bank."""

    class Type(models.TextChoices):
        GUIDE = "guide", _("Guide")
        REPORT = "report", _("Report")
        TEMPLATE = "template", _("Template")
        POLICY_BRIEF = "policy_brief", _("Policy brief")
        VIDEO = "video", _("Video")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), max_length=1000)
    material_type = models.CharField(
        _("type"), max_length=20, choices=Type.choices, default=Type.GUIDE
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="materials", verbose_name=_("topics")
    )
    languages = ParentalManyToManyField(
        Language,
        related_name="materials",
        verbose_name=_("languages of the material"),
        help_text=_("The languages the document or linked material is written in."),
    )
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("document"),
    )
    link = models.URLField(_("external link"), max_length=500, blank=True)

    objects = MaterialQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("material_type"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("year")], heading=_("Publisher and year")
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("link")],
            heading=_("Document or link"),
            help_text=_("Give either a document or an external link, not both."),
        ),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.SearchField("publisher"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("document", [index.SearchField("title")]),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("material_type"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if bool(self.document_id) == bool(self.link):
            message = _("Give either a document or an external link, not both.")
            raise ValidationError({"document": message, "link": message})

    @property
    def url(self):
        return self.document.url if self.document_id else self.link

    @property
    def file_type(self):
        """ "PDF", "DOCX"… of the document, or "" for a link."""
        return self.document.file_extension.upper() if self.document_id else ""

    @property
    def file_size(self):
        return self.document.get_file_size() if self.document_id else None


class MaterialIndexPage(OwnLanguageSlugMixin, Page):
    """The materials bank of one language: filters, search and the list of materials."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    materials_per_page = 20

    class Meta:
        verbose_name = _("materials bank")
        verbose_name_plural = _("materials banks")

    def get_materials(self):
        """The live materials of this page's language."""
        return Material.objects.filter(locale_id=self.locale_id, live=True)

    def get_context(self, request, *args, **kwargs):
        from .filters import MaterialFilter

        context = super().get_context(request, *args, **kwargs)
        material_filter = MaterialFilter(self, request.GET)
        page_obj = page_of(request, material_filter.results(), self.materials_per_page)
        context.update(
            {
                "filter": material_filter,
                "page_obj": page_obj,
                "materials": page_obj.object_list,
                "result_count": page_obj.paginator.count,
            }
        )
        return context


__all__ = ["LANGUAGE_CODES", "Language", "Material", "MaterialIndexPage"]
