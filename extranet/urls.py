"""The extranet's addresses, under /<language>/extranet/: each slice's own, in one namespace."""

from django.urls import path

from extranet.dashboard import views as dashboard
from extranet.members.urls import urlpatterns as members
from extranet.moderation.urls import urlpatterns as moderation
from extranet.notifications.urls import urlpatterns as notifications
from extranet.search.urls import urlpatterns as search
from extranet.workspaces.urls import urlpatterns as workspaces

app_name = "extranet"

urlpatterns = [
    path("", dashboard.home, name="home"),
    *members,
    *workspaces,
    *notifications,
    *moderation,
    *search,
]
