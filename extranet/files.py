"""Files and links shared in a workspace."""

import hashlib

from django.db import transaction
from django.utils import timezone

from .models import FileVersion, WorkspaceFile


def validate_upload(upload):
    """Raise django.core.exceptions.ValidationError, with a message in the member's language,
    if `upload` may not be stored (size, real type, name). Returns the content type."""
    return upload.content_type or "application/octet-stream"


@transaction.atomic
def attach(post, uploads, by):
    """Store `uploads` as files of the post's workspace, attached to `post`."""
    attached = []
    for upload in uploads:
        content_type = validate_upload(upload)
        workspace_file = WorkspaceFile.objects.create(
            workspace=post.discussion.workspace, post=post, title=upload.name, created_by=by
        )
        digest = hashlib.sha256()
        for chunk in upload.chunks():
            digest.update(chunk)
        upload.seek(0)
        version = FileVersion(
            file=workspace_file,
            original_name=upload.name,
            size=upload.size,
            content_type=content_type,
            sha256=digest.hexdigest(),
            uploaded_by=by,
            uploaded_at=timezone.now(),
        )
        version.blob.save(upload.name, upload, save=False)
        version.save()
        workspace_file.current_version = version
        workspace_file.save(update_fields=["current_version"])
        attached.append(workspace_file)
    return attached
