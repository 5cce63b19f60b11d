"""Files and links shared in a workspace: folders, uploads, versions, links, attachments of posts.

Each action checks the rules (Workspace.can_read / can_post / can_manage and the helpers below),
refuses with a translated WorkspaceError, and leaves an entry in the Wagtail audit log. Uploads
are checked by extranet.uploads before anything is stored. Blobs live in private storage; a
blob is removed only after the database change that drops it has been committed, and a blob
stored by a change that fails is removed at once."""

import hashlib
from contextlib import contextmanager

from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from extranet import uploads
from extranet.errors import WorkspaceError
from extranet.models import FileVersion, Folder, WorkspaceFile
from extranet.notifications import services as notifications
from extranet.search import services as content_search
from extranet.storage import private_storage

Kind = WorkspaceFile.Kind
MAX_FOLDER_DEPTH = 5

# Audit-log actions; to be labelled in extranet/wagtail_hooks.py like workspaces.LOG_ACTIONS.
LOG_ACTIONS = {
    "extranet.file.upload": gettext_lazy("File shared in a workspace"),
    "extranet.file.link": gettext_lazy("Link shared in a workspace"),
    "extranet.file.version": gettext_lazy("New version of a workspace file"),
    "extranet.file.edit": gettext_lazy("Workspace file edited"),
    "extranet.file.delete": gettext_lazy("Workspace file deleted"),
    "extranet.folder.create": gettext_lazy("Workspace folder created"),
    "extranet.folder.rename": gettext_lazy("Workspace folder renamed"),
    "extranet.folder.delete": gettext_lazy("Workspace folder deleted"),
}


# The rules, beyond those on Workspace.


def readable_files(workspace):
    """The files and links the workspace's members may see: neither they nor the post or
    discussion they were attached to hidden by the moderators, nor that post deleted."""
    return workspace.files.filter(hidden_at__isnull=True).filter(
        Q(post__isnull=True)
        | Q(
            post__hidden_at__isnull=True,
            post__deleted_at__isnull=True,
            post__discussion__hidden_at__isnull=True,
        )
    )


def can_change(workspace_file, user):
    """Edit, move or delete: whoever shared it, or an admin; never in a read-only workspace."""
    workspace = workspace_file.workspace
    return workspace.can_post(user) and (
        workspace_file.created_by_id == user.pk or workspace.can_manage(user)
    )


def can_add_version(workspace_file, user):
    """Any member who may post can upload a new version: the old ones are kept."""
    return workspace_file.kind == Kind.FILE and workspace_file.workspace.can_post(user)


def can_change_folder(folder, user):
    workspace = folder.workspace
    return workspace.can_post(user) and (
        folder.created_by_id == user.pk or workspace.can_manage(user)
    )


def _refuse(allowed):
    if not allowed:
        raise WorkspaceError(_("You can't do that in this workspace."))


def _log(workspace, action, by, **data):
    log(instance=workspace, action=action, user=by, data=data or None)


# Uploads and blobs


def validate_upload(upload):
    """Raise django.core.exceptions.ValidationError, with a message in the member's language,
    if `upload` may not be stored (size, real type, name). Returns the content type; the
    upload's name is reduced to a safe base name."""
    name, content_type = uploads.check(upload)
    upload.name = name
    return content_type


def _forget_blobs(names):
    """Remove blobs from storage once the transaction that dropped their rows has committed."""
    names = [name for name in names if name]
    if names:
        transaction.on_commit(lambda: [private_storage().delete(name) for name in names])


def _blob_names(files):
    return list(FileVersion.objects.filter(file__in=files).values_list("blob", flat=True))


@contextmanager
def _stored_blobs():
    """Collects the blobs stored inside the block; removes them again if the block fails."""
    stored = []
    try:
        yield stored
    except BaseException:
        for name in stored:
            private_storage().delete(name)
        raise


def _sha256(upload):
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _add_version(workspace_file, upload, content_type, by, stored, number=1):
    version = FileVersion(
        file=workspace_file,
        number=number,
        original_name=upload.name,
        size=upload.size,
        content_type=content_type,
        sha256=_sha256(upload),
        uploaded_by=by,
        uploaded_at=timezone.now(),
    )
    version.blob.save(upload.name, upload, save=False)
    stored.append(version.blob.name)
    version.save()
    workspace_file.current_version = version
    workspace_file.updated_at = version.uploaded_at
    workspace_file.save(update_fields=["current_version", "updated_at"])
    return version


def _announce(workspace_file):
    content_search.index_file(workspace_file)
    notifications.file_added(workspace_file)


def _check_folder(workspace, folder):
    if folder is not None and folder.workspace_id != workspace.pk:
        raise WorkspaceError(_("That folder is not in this workspace."))


# Files and links


def upload(workspace, upload, by, *, title="", description="", folder=None):
    """Share an uploaded file; its title defaults to the file's name."""
    _refuse(workspace.can_post(by))
    _check_folder(workspace, folder)
    content_type = validate_upload(upload)
    with _stored_blobs() as stored, transaction.atomic():
        workspace_file = WorkspaceFile.objects.create(
            workspace=workspace,
            folder=folder,
            kind=Kind.FILE,
            title=(title or "").strip() or upload.name[:200],
            description=description or "",
            created_by=by,
        )
        _add_version(workspace_file, upload, content_type, by, stored)
        _log(workspace, "extranet.file.upload", by, file=workspace_file.pk)
        _announce(workspace_file)
    return workspace_file


@transaction.atomic
def add_link(workspace, url, by, *, title="", description="", folder=None):
    """Share a link (http or https only: the form checks the address)."""
    _refuse(workspace.can_post(by))
    _check_folder(workspace, folder)
    if not url.lower().startswith(("http://", "https://")):
        raise WorkspaceError(
            _("Only web addresses starting with http:// or https:// can be shared.")
        )
    workspace_file = WorkspaceFile.objects.create(
        workspace=workspace,
        folder=folder,
        kind=Kind.LINK,
        url=url,
        title=(title or "").strip() or url[:200],
        description=description or "",
        created_by=by,
    )
    _log(workspace, "extranet.file.link", by, file=workspace_file.pk)
    _announce(workspace_file)
    return workspace_file


def add_version(workspace_file, upload, by):
    """A new current version; the older ones stay, each downloadable."""
    _refuse(can_add_version(workspace_file, by))
    content_type = validate_upload(upload)
    with _stored_blobs() as stored, transaction.atomic():
        locked = WorkspaceFile.objects.select_for_update().get(pk=workspace_file.pk)
        number = (locked.versions.aggregate(latest=Max("number"))["latest"] or 0) + 1
        version = _add_version(workspace_file, upload, content_type, by, stored, number)
        _log(workspace_file.workspace, "extranet.file.version", by, file=workspace_file.pk)
        _announce(workspace_file)
    return version


@transaction.atomic
def edit(workspace_file, by, *, title, description, folder=None, url=None):
    """Change the title, description, folder (a move) and, for a link, its address."""
    _refuse(can_change(workspace_file, by))
    _check_folder(workspace_file.workspace, folder)
    workspace_file.title = title.strip() or workspace_file.title
    workspace_file.description = description
    workspace_file.folder = folder
    fields = ["title", "description", "folder", "updated_at"]
    if workspace_file.kind == Kind.LINK and url:
        if not url.lower().startswith(("http://", "https://")):
            raise WorkspaceError(
                _("Only web addresses starting with http:// or https:// can be shared.")
            )
        workspace_file.url = url
        fields.append("url")
    workspace_file.updated_at = timezone.now()
    workspace_file.save(update_fields=fields)
    _log(workspace_file.workspace, "extranet.file.edit", by, file=workspace_file.pk)
    content_search.index_file(workspace_file)
    return workspace_file


@transaction.atomic
def delete(workspace_file, by):
    """Delete a file or link with every version; the blobs go once this is committed."""
    _refuse(can_change(workspace_file, by))
    names = _blob_names([workspace_file])
    _log(workspace_file.workspace, "extranet.file.delete", by, title=workspace_file.title)
    workspace_file.delete()
    _forget_blobs(names)


@transaction.atomic
def attach(post, uploads, by):
    """Store `uploads` as files of the post's workspace, attached to `post`. The post's own
    notification tells the members; no file_added for each attachment."""
    workspace = post.discussion.workspace
    checked = [(upload, validate_upload(upload)) for upload in uploads]
    attached = []
    with _stored_blobs() as stored:
        for upload, content_type in checked:
            workspace_file = WorkspaceFile.objects.create(
                workspace=workspace, post=post, title=upload.name[:200], created_by=by
            )
            _add_version(workspace_file, upload, content_type, by, stored)
            content_search.index_file(workspace_file)
            attached.append(workspace_file)
    return attached


# Folders


def folder_path(folder):
    """The folders from the top down to `folder` (included), for breadcrumbs."""
    path = []
    while folder is not None and len(path) <= MAX_FOLDER_DEPTH:
        path.insert(0, folder)
        folder = folder.parent
    return path


def _with_descendants(folder):
    """`folder` and every folder inside it, level by level (a query per level)."""
    found, level = [folder.pk], [folder.pk]
    while level:
        level = list(Folder.objects.filter(parent__in=level).values_list("pk", flat=True))
        found += level
    return found


def folder_contents(folder):
    """How many files and folders deleting `folder` would delete with it."""
    ids = _with_descendants(folder)
    return {
        "files": WorkspaceFile.objects.filter(folder__in=ids).count(),
        "folders": len(ids) - 1,
    }


def _save_folder(folder):
    try:
        with transaction.atomic():
            folder.save()
    except IntegrityError:
        raise WorkspaceError(
            _("There is already a folder called “%(name)s” here.") % {"name": folder.name}
        ) from None


@transaction.atomic
def create_folder(workspace, name, by, parent=None):
    _refuse(workspace.can_post(by))
    _check_folder(workspace, parent)
    if parent is not None and len(folder_path(parent)) >= MAX_FOLDER_DEPTH:
        raise WorkspaceError(
            _("Folders can be nested at most %(depth)s levels deep.") % {"depth": MAX_FOLDER_DEPTH}
        )
    folder = Folder(workspace=workspace, parent=parent, name=name.strip(), created_by=by)
    _save_folder(folder)
    _log(workspace, "extranet.folder.create", by, folder=folder.pk)
    return folder


@transaction.atomic
def rename_folder(folder, name, by):
    _refuse(can_change_folder(folder, by))
    old = folder.name
    folder.name = name.strip()
    _save_folder(folder)
    _log(folder.workspace, "extranet.folder.rename", by, folder=folder.pk, old=old)
    return folder


@transaction.atomic
def delete_folder(folder, by):
    """Delete a folder with everything in it. A member who created the folder may delete it
    only if everything inside is theirs; admins may always."""
    _refuse(can_change_folder(folder, by))
    ids = _with_descendants(folder)
    files = WorkspaceFile.objects.filter(folder__in=ids)
    workspace = folder.workspace
    if not workspace.can_manage(by) and files.exclude(created_by=by).exists():
        raise WorkspaceError(
            _(
                "The folder holds files shared by others. Only the workspace's administrators "
                "can delete it."
            )
        )
    names = _blob_names(files)
    _log(workspace, "extranet.folder.delete", by, name=folder.name, files=files.count())
    folder.delete()
    _forget_blobs(names)


def blob_names_of_workspace(workspace):
    """Every stored blob of the workspace's files, for purging."""
    return list(
        FileVersion.objects.filter(file__workspace=workspace).values_list("blob", flat=True)
    )


def forget_blobs_after_commit(names):
    _forget_blobs(names)
