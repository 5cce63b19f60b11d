from django.urls import path

from extranet.workspaces.files import views

FILES = "workspaces/<slug:slug>/files"

urlpatterns = [
    path(f"{FILES}/", views.file_list, name="file_list"),
    path(f"{FILES}/upload/", views.file_upload, name="file_upload"),
    path(f"{FILES}/link/", views.file_link_add, name="file_link_add"),
    path(f"{FILES}/folders/new/", views.folder_create, name="folder_create"),
    path(f"{FILES}/folders/<int:pk>/rename/", views.folder_rename, name="folder_rename"),
    path(f"{FILES}/folders/<int:pk>/delete/", views.folder_delete, name="folder_delete"),
    path(f"{FILES}/<int:pk>/", views.file_detail, name="file_detail"),
    path(f"{FILES}/<int:pk>/edit/", views.file_edit, name="file_edit"),
    path(f"{FILES}/<int:pk>/new-version/", views.file_new_version, name="file_new_version"),
    path(f"{FILES}/<int:pk>/delete/", views.file_delete, name="file_delete"),
    path(f"{FILES}/<int:pk>/download/", views.file_download, name="file_download"),
    path(
        f"{FILES}/<int:pk>/versions/<int:number>/download/",
        views.file_version_download,
        name="file_version_download",
    ),
]
