"""What the extranet's services raise when their rules refuse an action. str() of each is a
message for the person, in their language, so views show it as it is."""


class WorkspaceError(Exception):
    """An action the workspace rules refuse."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


class ModerationError(WorkspaceError):
    """A report or moderation decision that can't be made."""


class MembershipError(Exception):
    """A decision the membership's current status does not allow, or one missing its reason."""
