from django.urls import path

from extranet.members import views

urlpatterns = [
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
]
