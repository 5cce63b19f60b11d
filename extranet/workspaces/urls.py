from django.urls import path

from extranet.workspaces import views
from extranet.workspaces.discussions.urls import urlpatterns as discussions
from extranet.workspaces.events.urls import urlpatterns as events
from extranet.workspaces.files.urls import urlpatterns as files
from extranet.workspaces.invitations.urls import urlpatterns as invitations

WORKSPACE = "workspaces/<slug:slug>"

urlpatterns = [
    path("workspaces/", views.workspace_list, name="workspaces"),
    path("workspaces/new/", views.workspace_create, name="workspace_create"),
    path(f"{WORKSPACE}/", views.workspace_detail, name="workspace_detail"),
    path(f"{WORKSPACE}/cover/", views.workspace_cover, name="workspace_cover"),
    path(f"{WORKSPACE}/join/", views.workspace_join, name="workspace_join"),
    path(f"{WORKSPACE}/leave/", views.workspace_leave, name="workspace_leave"),
    path(f"{WORKSPACE}/members/", views.workspace_members, name="workspace_members"),
    path(f"{WORKSPACE}/settings/", views.workspace_settings, name="workspace_settings"),
    path(f"{WORKSPACE}/archive/", views.workspace_archive, name="workspace_archive"),
    path(f"{WORKSPACE}/restore/", views.workspace_restore, name="workspace_restore"),
    path(f"{WORKSPACE}/delete/", views.workspace_delete, name="workspace_delete"),
    *discussions,
    *files,
    *events,
    *invitations,
]
