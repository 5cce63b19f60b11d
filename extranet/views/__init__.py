from .dashboard import home
from .directory import directory, organisation_detail, organisations, propose_organisation
from .membership import apply, status
from .profiles import data_export, delete_account, member_detail, member_photo, profile_edit

__all__ = [
    "apply",
    "data_export",
    "delete_account",
    "directory",
    "home",
    "member_detail",
    "member_photo",
    "organisation_detail",
    "organisations",
    "profile_edit",
    "propose_organisation",
    "status",
]
