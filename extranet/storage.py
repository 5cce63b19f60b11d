import secrets
from pathlib import PurePath

from django.core.files.storage import FileSystemStorage, storages


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
