from django.http import Http404
from django.urls import path


def not_yet(request, **kwargs):  # placeholder until the reports views exist
    raise Http404


urlpatterns = [
    path("workspaces/<slug:slug>/posts/<int:pk>/report/", not_yet, name="report_post"),
    path("workspaces/<slug:slug>/files/<int:pk>/report/", not_yet, name="report_file"),
]
