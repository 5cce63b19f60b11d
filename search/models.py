from django.db import models
from django.utils.translation import gettext_lazy as _


class DailySearch(models.Model):
    """How often one query was searched in one language on one day, and how many results it
    had the last time. Anonymous by design: no address, no user, no time of day; what looks
    like an email address or a long number is masked before it is stored (search.statistics)."""

    query = models.CharField(_("query"), max_length=100)
    language = models.CharField(_("language"), max_length=8)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    hit_count = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("search of the day")
        verbose_name_plural = _("searches by day")
        default_permissions = ()
        permissions = [("view_search_report", _("Can see the site search report"))]
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "date"], name="unique_daily_search"
            )
        ]
        indexes = [models.Index(fields=["language", "date"], name="daily_search_language_date")]

    def __str__(self):
        return f"{self.date} {self.language}: {self.query}"


class SearchWord(models.Model):
    """One word of one live, public page or material, in its language: the vocabulary "Did you
    mean …?" suggests from (search.vocabulary). Kept by the search index as it indexes."""

    class Kind(models.TextChoices):
        PAGE = "page", _("page")
        MATERIAL = "material", _("material")

    language = models.CharField(_("language"), max_length=8)
    word = models.CharField(_("word"), max_length=40)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    object_id = models.BigIntegerField(_("object"))

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        default_permissions = ()
        indexes = [
            models.Index(fields=["language", "word"], name="search_word_language_word"),
            models.Index(fields=["kind", "object_id"], name="search_word_object"),
        ]

    def __str__(self):
        return f"{self.language}: {self.word}"
