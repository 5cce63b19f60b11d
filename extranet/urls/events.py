from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # replaced by the events views
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/events/", not_yet, name="event_list"),
]
