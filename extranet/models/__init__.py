from .announcements import ExtranetAnnouncement
from .choices import Region, Sector, SpokenLanguage, Visibility
from .discussions import Discussion, DiscussionRead, Post
from .files import FileVersion, Folder, WorkspaceFile
from .members import MemberProfile, Organisation, ProfileLanguage, ProfileRegion
from .notifications import Notification, WorkspaceInvitation
from .reports import Report
from .workspace_events import WorkspaceEvent
from .workspaces import JoinRequest, Workspace, WorkspaceMembership

__all__ = [
    "Discussion",
    "DiscussionRead",
    "FileVersion",
    "Folder",
    "Notification",
    "Post",
    "Report",
    "WorkspaceEvent",
    "WorkspaceFile",
    "WorkspaceInvitation",
    "ExtranetAnnouncement",
    "JoinRequest",
    "MemberProfile",
    "Organisation",
    "ProfileLanguage",
    "ProfileRegion",
    "Region",
    "Sector",
    "SpokenLanguage",
    "Visibility",
    "Workspace",
    "WorkspaceMembership",
]
