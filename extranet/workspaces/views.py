"""Workspaces for members: browse, create, join, manage members, settings, archive and delete.

Thin views over extranet.workspaces.services (the actions) and the rules on extranet.models.Workspace.
Anything a member may not see answers 404, never 403: a secret workspace doesn't reveal that
it exists."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from extranet.access import member_required
from extranet.members.forms import topic_names
from extranet.members.photos import private_image_response
from extranet.models import (
    JoinRequest,
    MemberProfile,
    Post,
    Workspace,
    WorkspaceEvent,
    WorkspaceFile,
    WorkspaceMembership,
)
from extranet.workspaces import services as service
from extranet.workspaces.discussions import services as discussions
from extranet.workspaces.forms import JoinRequestForm, WorkspaceForm
from extranet.workspaces.services import visible_workspace
from home.pagination import page_of

PER_PAGE = 24
MEMBER_SEARCH_LIMIT = 20
# The workspace home names this many members; the members page lists them all.
MEMBERS_ON_HOME = 24


def _refused(request, workspace, error, to="extranet:workspace_detail"):
    messages.error(request, str(error))
    return redirect(to, slug=workspace.slug)


@member_required
def workspace_list(request):
    query = request.GET.get("q", "").strip()[:200]
    purpose = request.GET.get("purpose", "")
    workspaces = Workspace.objects.visible_to(request.user)
    if query:
        workspaces = workspaces.filter(Q(name__icontains=query) | Q(description__icontains=query))
    if purpose in Workspace.Purpose.values:
        workspaces = workspaces.filter(purpose=purpose)
    else:
        purpose = ""
    workspaces = workspaces.annotate(member_count=Count("memberships", distinct=True)).order_by(
        "-is_mine", "state", "name", "pk"
    )
    page_obj = page_of(request, workspaces, PER_PAGE)
    return TemplateResponse(
        request,
        "extranet/workspaces/list.html",
        {
            "extranet_section": "workspaces",
            "page_obj": page_obj,
            "page_range": page_obj.paginator.get_elided_page_range(page_obj.number),
            "workspaces": page_obj.object_list,
            "query": query,
            "purpose": purpose,
            "purposes": Workspace.Purpose.choices,
        },
    )


@member_required
def workspace_create(request):
    if request.method == "POST":
        form = WorkspaceForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            topics = data.pop("topics")
            fields = {name: data[name] for name in WorkspaceForm.Meta.fields if name != "topics"}
            fields["cover"] = fields["cover"] or ""
            try:
                workspace = service.create(request.user, topics=topics, **fields)
            except service.WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The workspace has been created."))
                return redirect("extranet:workspace_detail", slug=workspace.slug)
        status = 400
    else:
        form = WorkspaceForm()
        status = 200
    return TemplateResponse(
        request,
        "extranet/workspaces/form.html",
        {"form": form, "extranet_section": "workspaces", "creating": True},
        status=status,
    )


RECENT_POSTS = 5
NEWEST_FILES = 5
UPCOMING_EVENTS = 3


def recent_activity(workspace, user):
    """What a member sees first on the workspace's home: the latest messages with their
    discussions, the newest files, the next meetings and how many messages they haven't read."""
    posts = (
        Post.objects.filter(
            discussion__workspace=workspace,
            discussion__hidden_at__isnull=True,
            deleted_at__isnull=True,
            hidden_at__isnull=True,
        )
        .select_related("discussion", "author")
        .order_by("-created_at", "-pk")[:RECENT_POSTS]
    )
    files = (
        WorkspaceFile.objects.filter(workspace=workspace, hidden_at__isnull=True)
        .exclude(post__deleted_at__isnull=False)
        .exclude(post__hidden_at__isnull=False)
        .select_related("created_by")
        .order_by("-created_at", "-pk")[:NEWEST_FILES]
    )
    events = WorkspaceEvent.objects.filter(
        workspace=workspace, ends_at__gte=timezone.now()
    ).order_by("starts_at", "pk")[:UPCOMING_EVENTS]
    return {
        "recent_posts": list(posts),
        "newest_files": list(files),
        "upcoming_events": list(events),
        "unread": discussions.unread_by_workspace(user, [workspace.pk]).get(workspace.pk, 0),
    }


@member_required
def workspace_detail(request, slug):
    workspace = visible_workspace(request, slug)
    user = request.user
    is_member = workspace.can_read(user)
    members = []
    activity = {}
    if is_member:
        members = list(
            workspace.memberships.select_related("user").order_by("role", "joined_at", "pk")[
                : MEMBERS_ON_HOME + 1
            ]
        )
        activity = recent_activity(workspace, user)
    return TemplateResponse(
        request,
        "extranet/workspaces/detail.html",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "topic_labels": list(topic_names(workspace.topics.all()).values()),
            "is_member": is_member,
            "membership": workspace.membership_of(user),
            "members": members[:MEMBERS_ON_HOME],
            "more_members": len(members) > MEMBERS_ON_HOME,
            "can_join": workspace.can_join(user),
            "can_request": workspace.can_request_to_join(user),
            # A member has no request waiting: no need to look.
            "pending": None if is_member else service.pending_request(workspace, user),
            "request_form": JoinRequestForm(),
            "can_manage": workspace.can_manage(user),
            "can_leave": workspace.can_leave(user),
            "is_owner": workspace.is_owner(user),
            "current": "home",
            **activity,
        },
    )


@member_required
def workspace_cover(request, slug):
    return private_image_response(visible_workspace(request, slug).cover)


@member_required
@require_POST
def workspace_join(request, slug):
    workspace = visible_workspace(request, slug)
    try:
        if workspace.visibility == Workspace.Visibility.CLOSED:
            form = JoinRequestForm(request.POST)
            if not form.is_valid():
                raise service.WorkspaceError(
                    _("The message is too long: at most 1,000 characters, please.")
                )
            service.request_to_join(workspace, request.user, form.cleaned_data["message"])
            messages.success(
                request, _("Your request has been sent. The administrators will decide.")
            )
        else:
            service.join(workspace, request.user)
            messages.success(request, _("Welcome! You are now a member of this workspace."))
    except service.WorkspaceError as error:
        return _refused(request, workspace, error)
    return redirect("extranet:workspace_detail", slug=workspace.slug)


@member_required
def workspace_leave(request, slug):
    workspace = visible_workspace(request, slug)
    if not workspace.can_leave(request.user):
        raise Http404
    if request.method == "POST":
        try:
            service.leave(workspace, request.user)
        except service.WorkspaceError as error:
            return _refused(request, workspace, error)
        messages.success(request, _("You have left the workspace."))
        return redirect("extranet:workspaces")
    return _confirm(request, workspace, "leave")


def _member_search(workspace, query):
    """Active members not yet in the workspace whose name or organisation matches."""
    if len(query) < 2:
        return []
    words = query.split()[:4]
    profiles = MemberProfile.objects.active().exclude(
        user__workspace_memberships__workspace=workspace
    )
    for word in words:
        profiles = profiles.filter(
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(organisation__name__icontains=word)
        )
    return list(
        profiles.select_related("user", "organisation").order_by(
            "user__last_name", "user__first_name", "pk"
        )[:MEMBER_SEARCH_LIMIT]
    )


def _person(request, field="user"):
    try:
        pk = int(request.POST.get(field, ""))
    except ValueError:
        raise Http404 from None
    return get_object_or_404(get_user_model(), pk=pk)


@member_required
def workspace_members(request, slug):
    workspace = visible_workspace(request, slug)
    user = request.user
    if not workspace.can_read(user):
        raise Http404
    can_manage = workspace.can_manage(user)
    if request.method == "POST":
        if not can_manage and request.POST.get("action") != "hand_over":
            raise Http404
        action = request.POST.get("action")
        try:
            if action in ("accept", "decline"):
                try:
                    pk = int(request.POST.get("request", ""))
                except ValueError:
                    raise Http404 from None
                join_request = get_object_or_404(
                    workspace.join_requests.select_related("user"), pk=pk
                )
                getattr(service, action)(join_request, user)
                done = (
                    _("The request has been accepted.")
                    if action == "accept"
                    else _("The request has been declined.")
                )
            elif action == "invite":
                service.invite(workspace, _person(request), user)
                done = _("The member has been added to the workspace.")
            elif action == "remove":
                service.remove_member(workspace, _person(request), user)
                done = _("The member has been removed from the workspace.")
            elif action == "role":
                service.change_role(workspace, _person(request), request.POST.get("role"), user)
                done = _("The role has been changed.")
            elif action == "hand_over":
                service.hand_over_ownership(workspace, _person(request), user)
                done = _("You have handed the workspace over. You are now an administrator.")
            else:
                raise Http404
        except service.WorkspaceError as error:
            return _refused(request, workspace, error, "extranet:workspace_members")
        messages.success(request, done)
        return redirect("extranet:workspace_members", slug=workspace.slug)

    query = request.GET.get("q", "").strip()[:100] if can_manage else ""
    return TemplateResponse(
        request,
        "extranet/workspaces/members.html",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "members": list(
                workspace.memberships.select_related("user").order_by("role", "joined_at")
            ),
            "requests": list(
                workspace.join_requests.filter(status=JoinRequest.Status.PENDING).select_related(
                    "user"
                )
            )
            if can_manage
            else [],
            "can_manage": can_manage,
            "is_owner": workspace.is_owner(user) and workspace.is_active,
            "query": query,
            "found": _member_search(workspace, query) if can_manage else [],
            "roles": [
                (WorkspaceMembership.Role.ADMIN, WorkspaceMembership.Role.ADMIN.label),
                (WorkspaceMembership.Role.MEMBER, WorkspaceMembership.Role.MEMBER.label),
            ],
            "me": user,
        },
    )


@member_required
def workspace_settings(request, slug):
    workspace = visible_workspace(request, slug)
    if not workspace.can_edit_settings(request.user):
        raise Http404
    if request.method == "POST":
        form = WorkspaceForm(request.POST, request.FILES, instance=workspace)
        if form.is_valid():
            form.save()
            service.edit(workspace, request.user, form.changed_data)
            messages.success(request, _("The settings have been saved."))
            return redirect("extranet:workspace_detail", slug=workspace.slug)
        status = 400
    else:
        form = WorkspaceForm(instance=workspace)
        status = 200
    return TemplateResponse(
        request,
        "extranet/workspaces/form.html",
        {
            "form": form,
            "workspace": workspace,
            "is_owner": workspace.is_owner(request.user),
            "extranet_section": "workspaces",
        },
        status=status,
    )


CONFIRMATIONS = {
    "archive": ("can_archive", service.archive),
    "restore": ("can_restore", service.restore),
    "delete": ("can_delete", service.delete),
}


def _confirm(request, workspace, action):
    return TemplateResponse(
        request,
        "extranet/workspaces/confirm.html",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "action": action,
            "retention_days": settings.WORKSPACE_DELETE_RETENTION_DAYS,
        },
    )


def _state_change(action):
    rule, act = CONFIRMATIONS[action]

    @member_required
    def view(request, slug):
        workspace = visible_workspace(request, slug)
        if not workspace.can_read(request.user):
            raise Http404
        if not getattr(workspace, rule)(request.user):
            raise Http404
        if request.method == "POST":
            try:
                act(workspace, request.user)
            except service.WorkspaceError as error:
                return _refused(request, workspace, error)
            done = {
                "archive": _("The workspace has been archived. You can restore it at any time."),
                "restore": _("The workspace has been restored."),
                "delete": _("The workspace has been deleted."),
            }[action]
            messages.success(request, done)
            if action == "delete":
                return redirect("extranet:workspaces")
            return redirect("extranet:workspace_detail", slug=workspace.slug)
        return _confirm(request, workspace, action)

    view.__name__ = f"workspace_{action}"
    return view


workspace_archive = _state_change("archive")
workspace_restore = _state_change("restore")
workspace_delete = _state_change("delete")
