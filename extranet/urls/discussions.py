from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # placeholder until the discussions views exist
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/discussions/", not_yet, name="discussion_list"),
    path("workspaces/<slug:slug>/discussions/<int:pk>/", not_yet, name="discussion_detail"),
    path("workspaces/<slug:slug>/posts/<int:pk>/", not_yet, name="post_link"),
]
