from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin


class ExtranetAnnouncement(TranslatableMixin, models.Model):
    """News for members only, chosen by editors for the extranet home. Never shown on the
    public site, in its search, feeds or sitemaps."""

    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(_("text"), features=["bold", "italic", "link", "ol", "ul"])
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    is_published = models.BooleanField(_("shown to members"), default=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("extranet announcement")
        verbose_name_plural = _("extranet announcements")
        ordering = ["-published_at"]

    def __str__(self):
        return self.title
