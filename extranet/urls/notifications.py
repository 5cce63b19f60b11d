from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # placeholder until the notifications views exist
    raise Http404


urlpatterns = [
    path("notifications/", not_yet, name="notifications"),
    path("notifications/settings/", not_yet, name="notification_settings"),
]
