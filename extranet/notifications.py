"""Telling members what happens in their workspaces. The discussion, file and event services
call these hooks after their change is saved; each creates the in-site notifications and
queues the emails, as each member chose (WorkspaceMembership.notify)."""


def discussion_started(discussion, post):
    """A new discussion with its opening post."""


def replied(post):
    """A reply in a discussion."""


def mentioned(post, users):
    """`users` were mentioned in `post` (members of the workspace only)."""


def file_added(workspace_file):
    """A new file or link, or a new version of a file."""


def event_added(event):
    """A new meeting in the workspace."""
