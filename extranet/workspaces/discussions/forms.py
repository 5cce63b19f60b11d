"""Discussions: starting one, replying, editing a message, attachments."""

from django import forms
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Any number of files, each checked by extranet.workspaces.files.services.validate_upload; the messages name
    the file they are about."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault(
            "help_text",
            _("Optional. You can choose several files; the workspace's members can download them."),
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        from extranet.workspaces.files.services import validate_upload

        uploads = [upload for upload in (data or []) if upload]
        errors = []
        for upload in uploads:
            super().clean(upload, initial)
            try:
                validate_upload(upload)
            except forms.ValidationError as error:
                errors.extend(f"{upload.name}: {message}" for message in error.messages)
        if errors:
            raise forms.ValidationError(errors)
        return uploads


MESSAGE_HELP = _(
    "You can write **bold**, *italic*, lists starting with - or 1., quotes starting with > and "
    "links. Mention a member of the workspace with @ and their name, for example @Maija Virtanen."
)


def _message_field():
    return forms.CharField(
        label=_("Message"),
        max_length=20000,
        help_text=MESSAGE_HELP,
        # The list of members to mention (discussions/_message_help.html) feeds the suggestions.
        widget=forms.Textarea(attrs={"rows": 8, "data-mention-list": "mention-names"}),
        error_messages={"required": _("Write a message.")},
    )


class DiscussionForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        error_messages={"required": _("Give the discussion a title.")},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    body = _message_field()
    attachments = AttachmentsField()


class ReplyForm(forms.Form):
    body = _message_field()
    attachments = AttachmentsField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].label = _("Your reply")


class PostEditForm(forms.Form):
    body = _message_field()
