from .dashboard import home
from .directory import directory, organisation_detail, organisations, propose_organisation
from .membership import apply, status
from .profiles import data_export, delete_account, member_detail, member_photo, profile_edit
from .workspaces import (
    workspace_archive,
    workspace_cover,
    workspace_create,
    workspace_delete,
    workspace_detail,
    workspace_join,
    workspace_leave,
    workspace_list,
    workspace_members,
    workspace_restore,
    workspace_settings,
)

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
    "workspace_archive",
    "workspace_cover",
    "workspace_create",
    "workspace_delete",
    "workspace_detail",
    "workspace_join",
    "workspace_leave",
    "workspace_list",
    "workspace_members",
    "workspace_restore",
    "workspace_settings",
]
