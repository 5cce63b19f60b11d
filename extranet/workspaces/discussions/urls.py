from django.urls import path

from extranet.workspaces.discussions import views

urlpatterns = [
    path("workspaces/<slug:slug>/discussions/", views.discussion_list, name="discussion_list"),
    path(
        "workspaces/<slug:slug>/discussions/new/",
        views.discussion_create,
        name="discussion_create",
    ),
    path(
        "workspaces/<slug:slug>/discussions/<int:pk>/",
        views.discussion_detail,
        name="discussion_detail",
    ),
    path(
        "workspaces/<slug:slug>/discussions/<int:pk>/moderate/",
        views.discussion_moderate,
        name="discussion_moderate",
    ),
    path("workspaces/<slug:slug>/posts/<int:pk>/", views.post_link, name="post_link"),
    path("workspaces/<slug:slug>/posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("workspaces/<slug:slug>/posts/<int:pk>/delete/", views.post_delete, name="post_delete"),
]
