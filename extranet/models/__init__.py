from .announcements import ExtranetAnnouncement
from .choices import Region, Sector, SpokenLanguage, Visibility
from .members import MemberProfile, Organisation, ProfileLanguage, ProfileRegion
from .workspaces import JoinRequest, Workspace, WorkspaceMembership

__all__ = [
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
