"""The member's notifications: the list the bell leads to, opening one, marking all as read, and
the email settings for each of their workspaces. Only notifications about what the member may
read today are shown (extranet.notifications.services.readable)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from extranet.access import member_required
from extranet.models import Workspace, WorkspaceMembership
from extranet.notifications import services as service
from extranet.notifications.forms import NotificationSettingsForm
from home.pagination import page_of

PER_PAGE = 25


@member_required
def notification_list(request):
    notifications = service.for_display(service.readable(request.user)).order_by(
        "-created_at", "-pk"
    )
    page_obj = page_of(request, notifications, PER_PAGE)
    items = [
        {
            "notification": notification,
            "summary": service.summary(notification),
            "excerpt": service.excerpt(notification, 200),
        }
        for notification in page_obj.object_list
    ]
    return TemplateResponse(
        request,
        "extranet/notifications/list.html",
        {
            "extranet_section": "notifications",
            "page_obj": page_obj,
            "page_range": page_obj.paginator.get_elided_page_range(page_obj.number),
            "items": items,
        },
    )


@member_required
def notification_open(request, pk):
    """Follow a notification to what it is about, and mark it read."""
    notification = service.for_display(service.readable(request.user)).filter(pk=pk).first()
    if notification is None:
        # What it was about is gone from a workspace the member still reads: say so (410).
        gone = get_object_or_404(service.no_longer_visible(request.user), pk=pk)
        service.mark_read(gone)
        return TemplateResponse(
            request,
            "extranet/notifications/removed.html",
            {"extranet_section": "notifications", "by_moderator": service.hidden(gone)},
            status=410,
        )
    service.mark_read(notification)
    return redirect(service.target_url(notification))


@member_required
@require_POST
def notifications_mark_read(request):
    service.mark_all_read(request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("extranet:notifications")


def _my_memberships(user):
    return list(
        WorkspaceMembership.objects.filter(user=user)
        .exclude(workspace__state=Workspace.State.DELETED)
        .select_related("workspace")
        .order_by("workspace__name", "workspace_id")
    )


@member_required
def notification_settings(request):
    memberships = _my_memberships(request.user)
    if request.method == "POST":
        form = NotificationSettingsForm(request.POST, memberships=memberships)
        if form.is_valid():
            service.save_settings(memberships, form.choices())
            messages.success(request, _("Your notification settings have been saved."))
            return redirect("extranet:notification_settings")
        status = 400
    else:
        form = NotificationSettingsForm(memberships=memberships)
        status = 200
    return TemplateResponse(
        request,
        "extranet/notifications/settings.html",
        {"extranet_section": "notifications", "form": form},
        status=status,
    )
