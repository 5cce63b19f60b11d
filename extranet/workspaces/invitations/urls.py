from django.urls import path

from extranet.workspaces.invitations import views

urlpatterns = [
    path("workspaces/<slug:slug>/invite/", views.invitation_create, name="invitation_create"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
