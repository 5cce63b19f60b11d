"""Files and links shared in a workspace, in folders, with every version kept. The bytes live in
private storage under random names and are served only by a view that checks membership."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extranet.models.discussions import Post
from extranet.models.workspaces import Workspace
from extranet.storage import private_storage, random_name


def file_version_path(instance, filename):
    return random_name("workspace-files", filename)


class Folder(models.Model):
    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="folders", verbose_name=_("workspace")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        verbose_name=_("in folder"),
    )
    name = models.CharField(_("name"), max_length=120)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("folder")
        verbose_name_plural = _("folders")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"],
                condition=Q(parent__isnull=False),
                name="extranet_folder_name_once",
            ),
            models.UniqueConstraint(
                fields=["workspace", "name"],
                condition=Q(parent__isnull=True),
                name="extranet_top_folder_name_once",
            ),
        ]

    def __str__(self):
        return self.name


class WorkspaceFile(models.Model):
    """A shared file (its versions in FileVersion) or a link, optionally attached to a post."""

    class Kind(models.TextChoices):
        FILE = "file", _("File")
        LINK = "link", _("Link")

    workspace = models.ForeignKey(
        Workspace, on_delete=models.CASCADE, related_name="files", verbose_name=_("workspace")
    )
    folder = models.ForeignKey(
        Folder,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="files",
        verbose_name=_("folder"),
    )
    post = models.ForeignKey(
        Post,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attachments",
        verbose_name=_("attached to"),
    )
    kind = models.CharField(_("kind"), max_length=4, choices=Kind.choices, default=Kind.FILE)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=3000, blank=True)
    url = models.URLField(_("address"), max_length=1000, blank=True)
    current_version = models.ForeignKey(
        "FileVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(_("added"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    hidden_at = models.DateTimeField(_("hidden by the moderators"), null=True, blank=True)
    search_document = models.TextField(blank=True, editable=False)
    # On PostgreSQL a trigger keeps it the tsvector of search_document (migration 0012).
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title


class FileVersion(models.Model):
    file = models.ForeignKey(
        WorkspaceFile, on_delete=models.CASCADE, related_name="versions", verbose_name=_("file")
    )
    number = models.PositiveIntegerField(_("version"), default=1)
    blob = models.FileField(storage=private_storage, upload_to=file_version_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    content_type = models.CharField(_("type"), max_length=120)
    sha256 = models.CharField(max_length=64, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("file version")
        verbose_name_plural = _("file versions")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["file", "number"], name="extranet_file_version_once")
        ]

    def __str__(self):
        return f"{self.original_name} v{self.number}"
