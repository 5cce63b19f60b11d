from django.urls import path

from .. import views
from . import discussions, events, files, notifications, reports, search

app_name = "extranet"

urlpatterns = [
    path("", views.home, name="home"),
    path("apply/", views.apply, name="apply"),
    path("status/", views.status, name="status"),
    path("profile/", views.profile_edit, name="profile_edit"),
    path("profile/data/", views.data_export, name="data_export"),
    path("profile/delete/", views.delete_account, name="delete_account"),
    path("members/", views.directory, name="directory"),
    path("members/<int:pk>/", views.member_detail, name="member_detail"),
    path("members/<int:pk>/photo/", views.member_photo, name="member_photo"),
    path("organisations/", views.organisations, name="organisations"),
    path("organisations/propose/", views.propose_organisation, name="propose_organisation"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("workspaces/", views.workspace_list, name="workspaces"),
    path("workspaces/new/", views.workspace_create, name="workspace_create"),
    path("workspaces/<slug:slug>/", views.workspace_detail, name="workspace_detail"),
    path("workspaces/<slug:slug>/cover/", views.workspace_cover, name="workspace_cover"),
    path("workspaces/<slug:slug>/join/", views.workspace_join, name="workspace_join"),
    path("workspaces/<slug:slug>/leave/", views.workspace_leave, name="workspace_leave"),
    path("workspaces/<slug:slug>/members/", views.workspace_members, name="workspace_members"),
    path("workspaces/<slug:slug>/settings/", views.workspace_settings, name="workspace_settings"),
    path("workspaces/<slug:slug>/archive/", views.workspace_archive, name="workspace_archive"),
    path("workspaces/<slug:slug>/restore/", views.workspace_restore, name="workspace_restore"),
    path("workspaces/<slug:slug>/delete/", views.workspace_delete, name="workspace_delete"),
]
urlpatterns += (
    discussions.urlpatterns
    + files.urlpatterns
    + events.urlpatterns
    + notifications.urlpatterns
    + reports.urlpatterns
    + search.urlpatterns
)
