"""The glossary of integration terms: concepts with their official Finnish, Swedish and English
terms, built with the national terminology centre.

A concept is one record for all three languages (not a translated snippet): terminologists
edit the languages side by side, and the exports (CSV, TBX) are concept-oriented. Each concept
has exactly one preferred term per language, and any number of synonyms and deprecated forms.
"""

from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page
from wagtail.search import index

from home.pagination import page_of
from home.slugs import OwnLanguageSlugMixin
from home.visibility import public


class Concept(ClusterableModel):
    """One idea, named in every language."""

    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("For example the terminology centre's vocabulary the terms come from."),
    )
    last_checked = models.DateField(_("last checked"), null=True, blank=True)
    related = ParentalManyToManyField(
        "self", blank=True, symmetrical=True, verbose_name=_("related concepts")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        InlinePanel("terms", heading=_("Terms"), label=_("Term"), min_num=3),
        InlinePanel("definitions", heading=_("Definitions"), label=_("Definition"), min_num=3),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("last_checked"), FieldPanel("related")],
            heading=_("Source and related concepts"),
        ),
    ]

    class Meta:
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")

    def __str__(self):
        preferred = [term for term in self.terms.all() if term.status == Term.Status.PREFERRED]
        by_language = {term.language: term.text for term in preferred}
        return " / ".join(
            by_language[code] for code, _ in settings.LANGUAGES if code in by_language
        )


class Term(models.Model):
    """A word or phrase for a concept in one language."""

    class Status(models.TextChoices):
        PREFERRED = "preferred", _("Preferred term")
        ADMITTED = "admitted", _("Synonym")
        DEPRECATED = "deprecated", _("Deprecated")

    concept = ParentalKey(Concept, on_delete=models.CASCADE, related_name="terms")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    text = models.CharField(_("term"), max_length=200)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PREFERRED
    )
    # The preferred term's address in its language's glossary: /fi/sanasto/kotoutuminen/.
    slug = models.SlugField(_("slug"), max_length=200, blank=True, allow_unicode=False)
    # Stems of every word (search.analysis), space-separated, for finding inflected forms.
    stems = models.CharField(max_length=600, editable=False, blank=True, default="")

    panels = [FieldPanel("language"), FieldPanel("text"), FieldPanel("status")]

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["language", "status", "text"]
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "language"],
                condition=models.Q(status="preferred"),
                name="one_preferred_term_per_language",
            ),
        ]
        indexes = [models.Index(fields=["language", "slug"], name="glossary_term_slug")]

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        from .services import fill_term

        fill_term(self)
        super().save(*args, **kwargs)


class Definition(models.Model):
    """What a concept means, in one language, with notes on its use."""

    concept = ParentalKey(Concept, on_delete=models.CASCADE, related_name="definitions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    definition = models.TextField(_("definition"), max_length=2000)
    note = models.TextField(_("note"), max_length=2000, blank=True)

    panels = [FieldPanel("language"), FieldPanel("definition"), FieldPanel("note")]

    class Meta:
        verbose_name = _("definition")
        verbose_name_plural = _("definitions")
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "language"], name="one_definition_per_language"
            ),
        ]

    def __str__(self):
        return self.definition[:80]


class GlossaryPage(OwnLanguageSlugMixin, RoutablePageMixin, Page):
    """The glossary in one language: A–Z, search, each concept's entry and the exports."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    entries_per_page = 50

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    @property
    def language(self):
        return self.locale.language_code

    @path("")
    def index_view(self, request):
        from . import browse, exports

        glossary = browse.GlossaryIndex(self.language)
        query = request.GET.get("q", "").strip()[:200]
        letter = glossary.clean_letter(request.GET.get("letter"))
        context = {"query": query, "letter": letter, "letters": glossary.letters(letter)}
        if query:
            context["results"] = browse.search(query, self.language)
        else:
            entries = glossary.under(letter) if letter else glossary.entries
            page_obj = page_of(request, entries, self.entries_per_page)
            browse.fill_entries(page_obj.object_list, self.language)
            context.update(page_obj=page_obj, entries=page_obj.object_list)
            context["page_range"] = page_obj.paginator.get_elided_page_range(page_obj.number)
        context["exports"] = [
            (f"{source}-{target}", source, target)
            for source, target in exports.language_pairs()
            if source == self.language
        ]
        return self.render(request, context_overrides=context)

    @path("<slug:slug>/")
    def entry_view(self, request, slug):
        from . import browse

        entry = browse.entry(slug, self.language)
        if entry is None:
            raise Http404
        glossaries = public(self.get_translations(inclusive=True).live()).select_related("locale")
        language_urls = entry.url_in({page.language: page for page in glossaries})
        return self.render(
            request,
            template="glossary/glossary_entry.html",
            context_overrides={
                "entry": entry,
                "route_path": request.path,
                "route_title": entry.own.preferred,
                "route_description": entry.own.definition,
                "route_language_urls": language_urls,
            },
        )

    # Wagtail serves only addresses of words and hyphens: export/fi-sv/tbx/, not fi-sv.tbx.
    @re_path(r"^export/(?P<pair>[a-z]{2}-[a-z]{2})/(?P<file_format>csv|tbx)/$", name="export")
    def export_view(self, request, pair, file_format):
        from . import exports

        languages = exports.parse_pair(pair)
        if languages is None:
            raise Http404
        if file_format == "csv":
            body, content_type = exports.to_csv(*languages), "text/csv; charset=utf-8"
        else:
            body = exports.to_tbx(*languages, title=self.title)
            content_type = "application/x-tbx+xml; charset=utf-8"
        response = HttpResponse(body, content_type=content_type)
        filename = f"{self.slug}-{pair}.{file_format}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        base = urls[0]["location"]
        rows = (
            Term.objects.filter(language=self.language, status=Term.Status.PREFERRED)
            .exclude(slug="")
            .order_by("slug")
            .values_list("slug", "concept__updated_at")
        )
        return urls + [{"location": f"{base}{slug}/", "lastmod": updated} for slug, updated in rows]
