"""A workspace's own forms: its name, purpose, visibility and cover, and asking to join."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from extranet.members.forms import expertise_topics, topic_names
from extranet.members.photos import clean_photo
from extranet.models import Workspace


class WorkspaceForm(forms.ModelForm):
    """A workspace's name, purpose, visibility and cover. The cover is in private storage, which
    has no public address: the form shows it through extranet:workspace_cover, as the profile
    form shows the photo, with a checkbox to remove it."""

    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    remove_cover = forms.BooleanField(label=_("Remove the cover image"), required=False)

    class Meta:
        model = Workspace
        fields = ["name", "description", "purpose", "visibility", "language", "topics", "cover"]
        widgets = {
            "visibility": forms.RadioSelect,
            "cover": forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
        help_texts = {
            "cover": _("Optional. A JPEG, PNG or WebP picture, shown to members only."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        topics = self.fields["topics"]
        topics.queryset = expertise_topics()
        labels = topic_names(topics.queryset)
        topics.choices = sorted(labels.items(), key=lambda choice: choice[1].casefold())
        self.fields["name"].widget.attrs["autocomplete"] = "off"
        self.stored_cover = self.instance.cover.name or ""
        if not self.stored_cover:
            del self.fields["remove_cover"]

    def clean_cover(self):
        cover = self.cleaned_data.get("cover")
        if cover and hasattr(cover, "content_type"):  # a new upload
            return clean_photo(cover)
        return cover

    def clean(self):
        cleaned = super().clean()
        # A new picture wins over the checkbox; False empties the model field.
        if cleaned.get("remove_cover") and not self.files.get(self.add_prefix("cover")):
            cleaned["cover"] = False
        return cleaned

    def save(self, commit=True):
        workspace = super().save(commit)
        old = self.stored_cover
        if old and old != workspace.cover.name:
            storage = workspace.cover.storage
            transaction.on_commit(lambda: storage.delete(old))
        return workspace


class JoinRequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the administrators (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
