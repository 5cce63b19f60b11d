from extranet.models.announcements import ExtranetAnnouncement
from extranet.models.choices import Region, Sector, SpokenLanguage, Visibility
from extranet.models.discussions import Discussion, DiscussionRead, Post
from extranet.models.files import FileVersion, Folder, WorkspaceFile
from extranet.models.members import MemberProfile, Organisation, ProfileLanguage, ProfileRegion
from extranet.models.notifications import Notification, WorkspaceInvitation
from extranet.models.reports import Report
from extranet.models.workspace_events import EventAttendance, WorkspaceEvent
from extranet.models.workspaces import JoinRequest, Workspace, WorkspaceMembership

__all__ = [
    "Discussion",
    "DiscussionRead",
    "FileVersion",
    "Folder",
    "Notification",
    "Post",
    "Report",
    "EventAttendance",
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
