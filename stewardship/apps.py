from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StewardshipConfig(AppConfig):
    name = "stewardship"
    verbose_name = _("Content upkeep")

    def ready(self):
        from wagtail.signals import page_published

        from home import page_cache

        from .models import ReviewReminder
        from .reviews import on_page_published

        page_cache.ignore_saves(ReviewReminder, lambda instance, created: True)

        page_published.connect(on_page_published, dispatch_uid="stewardship_review_on_publish")
