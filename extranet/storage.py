from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """Files only members may read: kept outside the public media root and served by views that
    check access on every request. There is deliberately no URL to build."""

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage():
    return storages["private"]
