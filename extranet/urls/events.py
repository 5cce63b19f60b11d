from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # placeholder until the events views exist
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/events/", not_yet, name="event_list"),
    path("workspaces/<slug:slug>/events/<int:pk>/", not_yet, name="event_detail"),
]
