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
