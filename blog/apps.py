from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog and news")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from home import page_cache

        from . import threads
        from .models import Comment

        page_cache.ignore_saves(Comment, Comment.unseen_save)
        post_save.connect(
            threads.comment_saved, sender=Comment, dispatch_uid="comment_threads_save"
        )
        post_delete.connect(
            threads.comment_deleted, sender=Comment, dispatch_uid="comment_threads_delete"
        )
