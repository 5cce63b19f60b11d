from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # placeholder until the files views exist
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/files/", not_yet, name="file_list"),
    path("workspaces/<slug:slug>/files/<int:pk>/", not_yet, name="file_detail"),
    path("workspaces/<slug:slug>/files/<int:pk>/download/", not_yet, name="file_download"),
]
