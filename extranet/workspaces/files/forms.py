"""Files and links shared in a workspace: uploading, new versions, editing, folders."""

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from extranet import uploads
from extranet.models import Folder


def folder_choices(workspace):
    """Every folder of the workspace as (pk, "Parent / Child"), in one query."""
    folders = {folder.pk: folder for folder in Folder.objects.filter(workspace=workspace)}

    def label(folder):
        names, seen = [], set()
        while folder is not None and folder.pk not in seen:
            seen.add(folder.pk)
            names.insert(0, folder.name)
            folder = folders.get(folder.parent_id)
        return " / ".join(names)

    labelled = [(pk, label(folder)) for pk, folder in folders.items()]
    return folders, sorted(labelled, key=lambda choice: choice[1].casefold())


class FolderField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(label=_("Folder"), required=False, **kwargs)


class WorkspaceFileFields(forms.Form):
    """Title, description and folder, shared by the upload, link and edit forms."""

    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    description = forms.CharField(
        label=_("Description"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    folder = FolderField()

    def __init__(self, *args, workspace, **kwargs):
        super().__init__(*args, **kwargs)
        self.folders, choices = folder_choices(workspace)
        self.fields["folder"].choices = [("", _("Top level (no folder)")), *choices]

    def clean_folder(self):
        value = self.cleaned_data.get("folder")
        return self.folders.get(int(value)) if value else None


class FileUploadForm(WorkspaceFileFields):
    # An empty file is refused by uploads.check, with the file's name.
    file = forms.FileField(label=_("File"), allow_empty_file=True)
    field_order = ["file", "title", "description", "folder"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = uploads.accept_attribute()
        self.fields["file"].help_text = _("At most %(limit)s MB. Allowed types: %(types)s.") % {
            "limit": settings.WORKSPACE_FILE_MAX_MB,
            "types": uploads.allowed_list(),
        }
        self.fields["title"].help_text = _("Optional: the file's name if left empty.")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name, self.content_type = uploads.check(upload)
        upload.name = name
        return upload


class FileVersionForm(forms.Form):
    file = forms.FileField(label=_("New version"), allow_empty_file=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = uploads.accept_attribute()
        self.fields["file"].help_text = _("At most %(limit)s MB. Allowed types: %(types)s.") % {
            "limit": settings.WORKSPACE_FILE_MAX_MB,
            "types": uploads.allowed_list(),
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name, self.content_type = uploads.check(upload)
        upload.name = name
        return upload


class WebAddressField(forms.URLField):
    default_validators = [URLValidator(schemes=["http", "https"])]

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Web address"),
            max_length=1000,
            assume_scheme="https",
            error_messages={
                "invalid": _("Enter a web address starting with http:// or https://."),
            },
            **kwargs,
        )


class LinkForm(WorkspaceFileFields):
    url = WebAddressField()
    field_order = ["url", "title", "description", "folder"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].help_text = _("Optional: the address if left empty.")


class FileEditForm(WorkspaceFileFields):
    url = WebAddressField(required=False)
    field_order = ["title", "url", "description", "folder"]

    def __init__(self, *args, workspace_file, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "title": workspace_file.title,
                "description": workspace_file.description,
                "folder": workspace_file.folder_id or "",
                "url": workspace_file.url,
            },
        )
        super().__init__(*args, workspace=workspace_file.workspace, **kwargs)
        self.fields["title"].required = True
        if workspace_file.kind != workspace_file.Kind.LINK:
            del self.fields["url"]
        else:
            self.fields["url"].required = True


class FolderForm(forms.Form):
    name = forms.CharField(label=_("Folder name"), max_length=120)
