from .announcements import ExtranetAnnouncement
from .choices import Region, Sector, SpokenLanguage, Visibility
from .members import MemberProfile, Organisation, ProfileLanguage, ProfileRegion

__all__ = [
    "ExtranetAnnouncement",
    "MemberProfile",
    "Organisation",
    "ProfileLanguage",
    "ProfileRegion",
    "Region",
    "Sector",
    "SpokenLanguage",
    "Visibility",
]
