"""Discussions in a workspace, for its members only: the list, a new discussion, a discussion
with its replies, editing and deleting a message, pinning and locking.

Thin views over extranet.workspaces.discussions.services (the actions and unread tracking) and the workspace's
rules. Anything a person may not see or do answers 404; a member starting a discussion or
replying in an archived or closed workspace is told it is read-only (403)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from extranet.access import member_required
from extranet.errors import WorkspaceError
from extranet.models import Post, WorkspaceFile
from extranet.workspaces.discussions import services as service
from extranet.workspaces.discussions.forms import DiscussionForm, PostEditForm, ReplyForm
from extranet.workspaces.read_only import read_only_page
from extranet.workspaces.services import readable_workspace
from home.pagination import page_of

DISCUSSIONS_PER_PAGE = 25
MENTION_LIST_LIMIT = 200


def _discussion(workspace, pk):
    discussion = get_object_or_404(service.visible(workspace), pk=pk)
    discussion.workspace = workspace  # keep the remembered membership
    return discussion


def _post(workspace, pk):
    post = get_object_or_404(
        Post.objects.select_related("discussion", "discussion__workspace").filter(
            discussion__workspace=workspace, discussion__hidden_at__isnull=True
        ),
        pk=pk,
    )
    post.discussion.workspace = workspace  # keep the remembered membership
    return post


def _context(request, workspace, **context):
    return {
        "extranet_section": "workspaces",
        "workspace": workspace,
        "current": "discussions",
        "can_manage": workspace.can_manage(request.user),
        **context,
    }


def _save_with(form, action):
    """Run the action; its refusal or a refused attachment becomes the form's error."""
    try:
        return action()
    except WorkspaceError as error:
        form.add_error(None, str(error))
    except ValidationError as error:
        field = "attachments" if "attachments" in form.fields else None
        form.add_error(field, error.messages)
    return None


def _mentionable_names(workspace):
    return sorted(service.mentionable(workspace), key=str.casefold)[:MENTION_LIST_LIMIT]


def _read_only(request, workspace):
    return read_only_page(
        request,
        workspace,
        back=reverse("extranet:discussion_list", args=[workspace.slug]),
        back_label=_("Back to the discussions"),
        current="discussions",
    )


@member_required
def discussion_list(request, slug):
    workspace = readable_workspace(request, slug)
    discussions = (
        service.visible(workspace)
        .select_related("created_by")
        .order_by("-is_pinned", "-last_post_at", "-pk")
    )
    page_obj = page_of(request, discussions, DISCUSSIONS_PER_PAGE)
    discussions = list(page_obj.object_list)
    unread = service.unread_by_discussion(request.user, [d.pk for d in discussions])
    for discussion in discussions:
        discussion.unread = unread.get(discussion.pk, 0)
        discussion.replies = max(discussion.post_count - 1, 0)
    return TemplateResponse(
        request,
        "extranet/workspaces/discussions/list.html",
        _context(
            request,
            workspace,
            page_obj=page_obj,
            page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
            discussions=discussions,
            can_start=workspace.can_post(request.user),
        ),
    )


@member_required
def discussion_create(request, slug):
    workspace = readable_workspace(request, slug)
    if not workspace.is_active:
        return _read_only(request, workspace)
    if not workspace.can_post(request.user):
        raise Http404
    status = 200
    if request.method == "POST":
        form = DiscussionForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            discussion = _save_with(
                form,
                lambda: service.start(
                    workspace, request.user, data["title"], data["body"], data["attachments"]
                ),
            )
            if discussion is not None:
                messages.success(request, _("The discussion has been started."))
                return redirect("extranet:discussion_detail", slug=workspace.slug, pk=discussion.pk)
        status = 400
    else:
        form = DiscussionForm()
    return TemplateResponse(
        request,
        "extranet/workspaces/discussions/form.html",
        _context(request, workspace, form=form, names=_mentionable_names(workspace)),
        status=status,
    )


def _posts_page(request, discussion, last=False):
    """A page of the discussion's messages; the last page (where the reply form is) when a
    reply comes back with errors."""
    posts = (
        discussion.posts.select_related("author", "author__member_profile")
        .prefetch_related(
            Prefetch(
                "attachments",
                queryset=WorkspaceFile.objects.filter(hidden_at__isnull=True)
                .select_related("current_version")
                .order_by("pk"),
            )
        )
        .order_by("created_at", "pk")
    )
    if last:
        paginator = Paginator(posts, service.PER_PAGE)
        return paginator.page(paginator.num_pages)
    return page_of(request, posts, service.PER_PAGE)


@member_required
def discussion_detail(request, slug, pk):
    workspace = readable_workspace(request, slug)
    discussion = _discussion(workspace, pk)
    user = request.user
    can_reply = service.can_reply(discussion, user)
    status = 200
    form = ReplyForm()
    if request.method == "POST":
        if not workspace.is_active:
            return _read_only(request, workspace)
        if not can_reply:
            raise Http404
        form = ReplyForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            post = _save_with(
                form, lambda: service.reply(discussion, user, data["body"], data["attachments"])
            )
            if post is not None:
                messages.success(request, _("Your reply has been sent."))
                return redirect(_post_address(workspace, post))
        status = 400
    elif "page" not in request.GET:
        unread = service.first_unread(discussion, user)
        if unread is not None:
            return redirect(_post_address(workspace, unread))

    read = discussion.reads.filter(user=user).values_list("last_read_at", flat=True).first()
    read_until = read or workspace.membership_of(user).joined_at
    page_obj = _posts_page(request, discussion, last=request.method == "POST")
    posts = list(page_obj.object_list)
    for post in posts:
        post.is_unread = post.created_at > read_until and post.author_id != user.pk
        post.can_edit = service.can_edit(post, user)
        post.can_delete = service.can_delete(post, user)
    if posts and status == 200:
        service.mark_read(discussion, user, posts[-1].created_at, current=read)
    return TemplateResponse(
        request,
        "extranet/workspaces/discussions/detail.html",
        _context(
            request,
            workspace,
            discussion=discussion,
            page_obj=page_obj,
            page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
            posts=posts,
            form=form,
            can_reply=can_reply,
            can_moderate=service.can_moderate(discussion, user),
            names=_mentionable_names(workspace) if can_reply else [],
        ),
        status=status,
    )


def _post_address(workspace, post):
    page = service.page_of_post(post)
    address = reverse("extranet:discussion_detail", args=[workspace.slug, post.discussion_id])
    return f"{address}?page={page}#post-{post.pk}"


@member_required
def post_link(request, slug, pk):
    """A lasting address of one message: to the page of its discussion that shows it."""
    workspace = readable_workspace(request, slug)
    return redirect(_post_address(workspace, _post(workspace, pk)))


@member_required
def post_edit(request, slug, pk):
    workspace = readable_workspace(request, slug)
    post = _post(workspace, pk)
    if not service.can_edit(post, request.user):
        raise Http404
    status = 200
    if request.method == "POST":
        form = PostEditForm(request.POST)
        if form.is_valid():
            body = form.cleaned_data["body"]
            if _save_with(form, lambda: service.edit(post, request.user, body)) is not None:
                messages.success(request, _("Your message has been saved."))
                return redirect(_post_address(workspace, post))
        status = 400
    else:
        form = PostEditForm(initial={"body": post.body})
    return TemplateResponse(
        request,
        "extranet/workspaces/discussions/edit.html",
        _context(
            request,
            workspace,
            discussion=post.discussion,
            post=post,
            form=form,
            names=_mentionable_names(workspace),
        ),
        status=status,
    )


@member_required
def post_delete(request, slug, pk):
    workspace = readable_workspace(request, slug)
    post = _post(workspace, pk)
    if not service.can_delete(post, request.user):
        raise Http404
    if request.method == "POST":
        try:
            discussion = service.delete(post, request.user)
        except WorkspaceError as error:
            messages.error(request, str(error))
            return redirect(_post_address(workspace, post))
        if discussion is None:
            messages.success(request, _("The discussion has been deleted."))
            return redirect("extranet:discussion_list", slug=workspace.slug)
        messages.success(request, _("The message has been deleted."))
        return redirect(_post_address(workspace, post))
    return TemplateResponse(
        request,
        "extranet/workspaces/discussions/delete.html",
        _context(
            request,
            workspace,
            discussion=post.discussion,
            post=post,
            removes_discussion=service.deletes_discussion(post),
            own=post.author_id == request.user.pk,
        ),
    )


@member_required
@require_POST
def discussion_moderate(request, slug, pk):
    """Pin, unpin, lock or unlock: the workspace's administrators."""
    workspace = readable_workspace(request, slug)
    discussion = _discussion(workspace, pk)
    if not service.can_moderate(discussion, request.user):
        raise Http404
    action = request.POST.get("action")
    done = {
        "pin": _("The discussion has been pinned to the top of the list."),
        "unpin": _("The discussion is no longer pinned."),
        "lock": _("The discussion has been locked: members can no longer reply; admins still can."),
        "unlock": _("The discussion has been unlocked."),
    }
    if action not in done:
        raise Http404
    try:
        getattr(service, action)(discussion, request.user)
    except WorkspaceError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done[action])
    return redirect("extranet:discussion_detail", slug=workspace.slug, pk=discussion.pk)
