import secrets
from pathlib import PurePath

from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse, Http404


class PrivateFileSystemStorage(FileSystemStorage):
    """Files only members may read: kept outside the public media root and served by views that
    check access on every request. There is deliberately no URL to build."""

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage():
    return storages["private"]


def random_name(folder, filename):
    """A random name in `folder`, keeping the extension: a file's name reveals nothing about it
    and can't be guessed."""
    suffix = PurePath(filename).suffix.lower()[:8]
    return f"{folder}/{secrets.token_urlsafe(24)}{suffix}"


def download_response(field_file, filename, content_type):
    """A private file's bytes, always as a download that no browser renders or caches; 404 when
    the file is gone from the storage."""
    try:
        handle = field_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
