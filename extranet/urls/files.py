from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # replaced by the files views
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/files/", not_yet, name="file_list"),
]
