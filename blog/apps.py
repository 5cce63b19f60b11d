from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog and news")

    def ready(self):
        from home import page_cache

        from .models import Comment

        page_cache.ignore_saves(Comment, Comment.unseen_save)
