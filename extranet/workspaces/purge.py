"""Removing for good the workspaces deleted longer ago than the retention period (the daily
`purge_deleted_workspaces` command)."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from extranet.models import Workspace
from extranet.workspaces.files import services as files
from extranet.workspaces.services import _log


def purge_deleted(now=None):
    """Remove for good the workspaces deleted longer ago than the retention period, with their
    cover images and every version of their files (the blobs once the removal is committed).
    Returns how many were purged."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.WORKSPACE_DELETE_RETENTION_DAYS)
    purged = 0
    for workspace in Workspace.objects.filter(
        state=Workspace.State.DELETED, deleted_at__lt=cutoff
    ).iterator():
        with transaction.atomic():
            _log(workspace, "extranet.workspace.purge", None)
            if workspace.cover:
                workspace.cover.delete(save=False)
            blobs = files.blob_names_of_workspace(workspace)
            workspace.delete()
            files.forget_blobs_after_commit(blobs)
        purged += 1
    return purged
