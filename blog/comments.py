"""Readers' comments: the form, spam checks, rate limits and what happens on submission."""

import re

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from home.ratelimits import address_hash

from .models import Comment

LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


class CommentForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_("I have read the privacy statement and agree that my comment is stored."),
        error_messages={"required": _("Please confirm that you have read the privacy statement.")},
    )
    # A trap for robots: hidden from people, and anything typed into it marks the comment as spam.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Comment
        fields = ["name", "email", "text"]
        labels = {"name": _("Name"), "email": _("Email"), "text": _("Comment")}
        help_texts = {
            "name": _("Shown with your comment."),
            "email": _("Never shown. Used only if the editors need to contact you."),
            "text": _("Plain text, at most 3,000 characters. Links become clickable."),
        }
        error_messages = {
            "name": {"required": _("Please give your name.")},
            "email": {"required": _("Please give your email address.")},
            "text": {
                "required": _("Please write a comment."),
                "max_length": _("The comment is too long: at most %(limit_value)d characters."),
            },
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, post, **kwargs):
        super().__init__(*args, **kwargs)
        self.post = post
        self.fields["email"].required = True
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @property
    def replying_to(self):
        value = self.data.get("parent") if self.is_bound else self.initial.get("parent")
        return self._parent_comment(value)

    def _parent_comment(self, value):
        try:
            parent_id = int(value)
        except (TypeError, ValueError):
            return None
        return (
            Comment.objects.approved()
            .filter(post=self.post, parent__isnull=True, pk=parent_id)
            .first()
        )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if len(text) < 2:
            raise forms.ValidationError(_("Please write a comment."))
        return text

    def clean_parent(self):
        value = self.cleaned_data.get("parent")
        if value is None:
            return None
        parent = self._parent_comment(value)
        if parent is None:
            raise forms.ValidationError(_("The comment you are replying to is not available."))
        return parent

    def save(self, commit=True):
        comment = super().save(commit=False)
        comment.post = self.post
        comment.parent = self.cleaned_data.get("parent")
        if self.cleaned_data.get("website"):
            comment.status = Comment.Status.SPAM
            comment.held_reason = "honeypot"
        elif len(LINK.findall(comment.text)) > settings.BLOG_COMMENT_MAX_LINKS:
            comment.status = Comment.Status.SPAM
            comment.held_reason = "many links"
        if commit:
            comment.save()
        return comment


def submit_comment(form, ip):
    """Store a valid comment and, once it is safely saved, tell the editors in the background."""
    from .tasks import notify_editors_of_comment

    comment = form.save(commit=False)
    comment.ip_hash = address_hash(ip)
    comment.save()
    if comment.status == Comment.Status.PENDING:
        transaction.on_commit(lambda: notify_editors_of_comment.enqueue(comment.pk))
    return comment
