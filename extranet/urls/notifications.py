from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # replaced by the notifications views
    raise Http404


urlpatterns = [
    path("notifications/", not_yet, name="notifications"),
]
