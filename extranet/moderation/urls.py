from django.urls import path

from extranet.moderation import views

urlpatterns = [
    path("workspaces/<slug:slug>/posts/<int:pk>/report/", views.report_post, name="report_post"),
    path("workspaces/<slug:slug>/files/<int:pk>/report/", views.report_file, name="report_file"),
]
