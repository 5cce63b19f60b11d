"""Search inside the extranet: workspaces, discussions, posts and files, only what the member
may see. The services call the index_* functions after saving, to keep each object's
search_document (stems from search.analysis) current."""


def index_workspace(workspace):
    pass


def index_discussion(discussion):
    pass


def index_post(post):
    pass


def index_file(workspace_file):
    pass


def rebuild(workspaces=None):
    """Recompute the search documents of `workspaces` (a queryset; all when None) and of their
    discussions, posts and files, in bulk: for demo data and after imports."""
