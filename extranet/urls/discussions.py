from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # replaced by the discussions views
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/discussions/", not_yet, name="discussion_list"),
]
