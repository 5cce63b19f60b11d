from django.urls import path

from ..views import reports as views

urlpatterns = [
    path("workspaces/<slug:slug>/posts/<int:pk>/report/", views.report_post, name="report_post"),
    path("workspaces/<slug:slug>/files/<int:pk>/report/", views.report_file, name="report_file"),
]
