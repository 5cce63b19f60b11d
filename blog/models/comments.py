from django.conf import settings
from django.db import models
from django.template.defaultfilters import linebreaks_filter, urlizetrunc
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

# Links in comments are shown at most this many characters long.
LINK_LENGTH = 60


def text_as_html(text):
    """A comment's plain text as readers see it: escaped, links clickable, paragraphs kept."""
    return linebreaks_filter(urlizetrunc(text, LINK_LENGTH, autoescape=True), autoescape=True)


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def awaiting_moderation(self):
        """What the moderation queue shows first: pending and likely spam, oldest first."""
        return self.filter(status__in=[Comment.Status.PENDING, Comment.Status.SPAM]).order_by(
            "created_at"
        )


class Comment(models.Model):
    """A reader's comment on a blog post. Published only after an editor approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    post = models.ForeignKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="comments", verbose_name=_("post")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        verbose_name=_("reply to"),
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), blank=True)
    text = models.TextField(_("comment"), max_length=3000)
    # The text rendered once, when the comment is saved, not on every page view.
    text_html = models.TextField(blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    held_reason = models.CharField(_("why it was held"), max_length=200, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("moderated by"),
    )
    email_erased_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at"]
        indexes = [
            models.Index(fields=["post", "status", "created_at"], name="comment_post_status"),
            models.Index(fields=["status", "created_at"], name="comment_queue"),
            models.Index(fields=["email"], name="comment_email"),
        ]
        permissions = [("moderate_comment", _("Can moderate blog comments"))]

    def __str__(self):
        return f"{self.name}: {self.text[:60]}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "text" in update_fields:
            self.text_html = text_as_html(self.text)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "text_html"}
        super().save(*args, **kwargs)

    @property
    def html(self):
        return mark_safe(self.text_html or text_as_html(self.text))  # noqa: S308 - escaped on save

    @property
    def is_published(self):
        return self.status == self.Status.APPROVED

    @staticmethod
    def unseen_save(comment, created):
        """A new comment waits for moderation: readers see nothing new until an editor
        approves it, which saves it again (home.page_cache)."""
        return created and not comment.is_published
