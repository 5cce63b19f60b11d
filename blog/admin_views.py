"""The editors' side of blog comments: who may moderate, the queue, bulk moderation, data requests."""

from urllib.parse import urlencode

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Case, When
from django.http import JsonResponse
from django.shortcuts import get_list_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, ngettext_lazy
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import EditView, IndexView

from . import moderation
from .models import Comment
from .privacy import comments_by_email, erase_comments, export_comments

MODERATE_PERMISSION = "moderate_comment"
COMMENTER_DATA_NAMESPACE = "blog_commenter_data"
EXCERPT_LENGTH = 80


# Who may moderate


class CommentPermissionPolicy(ModelPermissionPolicy):
    """One permission, "Can moderate blog comments", opens every part of the comment admin.

    Listing, editing, approving and deleting all ask for it. Nobody adds comments in the admin,
    superusers included: comments come from readers.
    """

    def _get_permission_codenames(self, actions):
        return {MODERATE_PERMISSION} if set(actions) - {"add"} else set()

    def _get_permission_name(self, action):
        return f"{self.app_label}.{MODERATE_PERMISSION}"

    def user_has_permission(self, user, action):
        return action != "add" and user.has_perm(self._get_permission_name(action))

    def users_with_any_permission(self, actions):
        codenames = self._get_permission_codenames(actions)
        if not codenames:
            return get_user_model().objects.none()
        return self._get_users_with_any_permission_codenames(codenames)


comment_permission_policy = CommentPermissionPolicy(Comment)


def can_moderate(user):
    return comment_permission_policy.user_has_permission(user, "change")


# The moderation queue


def comment_queue():
    """Pending comments first, the oldest at the top: they have waited longest for an answer."""
    return (
        Comment.objects.select_related("post")
        .alias(waiting_first=Case(When(status=Comment.Status.PENDING, then=0), default=1))
        .order_by("waiting_first", "created_at", "pk")
    )


def excerpt(comment):
    return Truncator(comment.text).chars(EXCERPT_LENGTH)


def bulk_action_url(action_type, comments, next_url):
    """The confirmation page of a moderation action, for one comment or several."""
    url = reverse("wagtail_bulk_action", args=("blog", "comment", action_type))
    query = [("next", next_url), *(("id", comment.pk) for comment in comments)]
    return f"{url}?{urlencode(query)}"


class PostColumn(Column):
    """The post a comment was sent on, linked to the live page so the editor sees the context."""

    cell_template_name = "blog/admin/post_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        post = instance.post
        context["post_url"] = post.get_url(parent_context.get("request")) if post.live else None
        return context


class CommentIndexView(IndexView):
    """The queue: an excerpt of each comment, with Approve, Reject and Spam buttons on its row."""

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if field_name == "text":
            kwargs["accessor"] = excerpt
        return super()._get_title_column(field_name, column_class, **kwargs)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for action in MODERATION_ACTIONS:
            if instance.status != action.status:
                buttons.append(
                    ListingButton(
                        action.display_name,
                        url=bulk_action_url(action.action_type, [instance], self.index_url),
                        icon_name=action.icon_name,
                        attrs={"aria-label": action.row_aria_label % {"name": instance.name}},
                        priority=action.action_priority,
                    )
                )
        return buttons

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Commenter data"),
                url=reverse(f"{COMMENTER_DATA_NAMESPACE}:index"),
                icon_name="user",
            ),
        ]


class CommentEditView(EditView):
    """Editors may tidy a comment's name and text. A new status counts as moderation: it is
    recorded with who did it, as the Approve, Reject and Spam buttons record it."""

    def get_object(self, queryset=None):
        comment = super().get_object(queryset)
        self.status_before_edit = comment.status
        return comment

    def save_instance(self):
        new_status = self.form.instance.status
        self.form.instance.status = self.status_before_edit
        comment = super().save_instance()
        moderation.moderate([comment], new_status, self.request.user)
        return comment


# Bulk moderation: the checkboxes in the queue, and each row's own buttons


class ModerationBulkAction(SnippetBulkAction):
    """Give the chosen comments a new status, after the editor has seen them and confirmed.

    Each subclass is one verb: its status, its button and the words around it. `question` and
    `done` are ngettext_lazy(…, "count") texts: the confirmation asked and the message after."""

    models = [Comment]
    template_name = "blog/admin/confirm_bulk_moderation.html"
    status = None
    icon_name = None
    row_aria_label = None  # the button on one comment's row; %(name)s is the commenter's
    question = None
    done = None

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, comment):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", comment
        )

    @classmethod
    def get_queryset(cls, model, object_ids):
        return get_list_or_404(comment_queue(), pk__in=object_ids)

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return moderation.moderate(objects, cls.status, user), 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["question"] = self.question % {"count": len(context["items"])}
        return context

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.done % {"count": num_parent_objects}


class ApproveBulkAction(ModerationBulkAction):
    action_type = "approve"
    status = Comment.Status.APPROVED
    icon_name = "check"
    action_priority = 10
    display_name = gettext_lazy("Approve")
    aria_label = gettext_lazy("Approve the selected comments")
    row_aria_label = gettext_lazy("Approve the comment by %(name)s")
    page_title = gettext_lazy("Approve comments")
    confirm_label = gettext_lazy("Yes, approve")
    question = ngettext_lazy(
        "Approve this comment? It will be published on its post.",
        "Approve these %(count)d comments? They will be published on their posts.",
        "count",
    )
    done = ngettext_lazy(
        "%(count)d comment approved and published.",
        "%(count)d comments approved and published.",
        "count",
    )


class RejectBulkAction(ModerationBulkAction):
    action_type = "reject"
    status = Comment.Status.REJECTED
    icon_name = "cross"
    action_priority = 20
    display_name = gettext_lazy("Reject")
    aria_label = gettext_lazy("Reject the selected comments")
    row_aria_label = gettext_lazy("Reject the comment by %(name)s")
    page_title = gettext_lazy("Reject comments")
    confirm_label = gettext_lazy("Yes, reject")
    question = ngettext_lazy(
        "Reject this comment? It will not be shown on the site.",
        "Reject these %(count)d comments? They will not be shown on the site.",
        "count",
    )
    done = ngettext_lazy("%(count)d comment rejected.", "%(count)d comments rejected.", "count")


class SpamBulkAction(ModerationBulkAction):
    action_type = "spam"
    status = Comment.Status.SPAM
    icon_name = "warning"
    action_priority = 25
    display_name = gettext_lazy("Spam")
    aria_label = gettext_lazy("Mark the selected comments as spam")
    row_aria_label = gettext_lazy("Spam: mark the comment by %(name)s as spam")
    page_title = gettext_lazy("Mark comments as spam")
    confirm_label = gettext_lazy("Yes, mark as spam")
    question = ngettext_lazy(
        "Mark this comment as spam? It will not be shown on the site.",
        "Mark these %(count)d comments as spam? They will not be shown on the site.",
        "count",
    )
    done = ngettext_lazy(
        "%(count)d comment marked as spam.", "%(count)d comments marked as spam.", "count"
    )


MODERATION_ACTIONS = [ApproveBulkAction, RejectBulkAction, SpamBulkAction]


# Commenters' data requests


class CommenterEmailForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Commenter's email address"),
        help_text=gettext_lazy("The address the person gave when commenting."),
    )


def other_personal_data():
    """What other apps hold about a person by email address (the `register_personal_data`
    hook: objects with key, count(email), describe(count), export(email) and erase(email))."""
    return [make_source() for make_source in hooks.get_hooks("register_personal_data")]


def personal_data_download(email):
    """Everything held about one person, as a JSON file to send them."""
    data = export_comments(email)
    for source in other_personal_data():
        data[source.key] = source.export(email)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    filename = f"personal-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    add_never_cache_headers(response)
    return response


class CommenterDataView(WagtailAdminTemplateMixin, FormView):
    """Answer a commenter's request: download all they sent, or erase it after a confirmation.

    The address travels in POST bodies only, so it stays out of server logs and browser history.
    """

    template_name = "blog/admin/commenter_data.html"
    form_class = CommenterEmailForm
    page_title = gettext_lazy("Personal data requests")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(Comment.snippet_viewset.get_url_name("list")), "label": _("Comments")},
            {"url": "", "label": self.get_page_title()},
        ]

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        step = self.request.POST.get("action")
        if step == "export":
            return personal_data_download(email)
        count = comments_by_email(email).count()
        others = [(source, source.count(email)) for source in other_personal_data()]
        others = [(source, found) for source, found in others if found]
        if not count and not others:
            messages.warning(
                self.request, _("No comments were sent from %(email)s.") % {"email": email}
            )
            return self.render_to_response(self.get_context_data(form=form))
        if step == "erase-confirmed":
            erased = erase_comments(email)
            messages.success(
                self.request,
                ngettext(
                    "%(count)d comment sent from %(email)s erased.",
                    "%(count)d comments sent from %(email)s erased.",
                    erased,
                )
                % {"count": erased, "email": email},
            )
            for source, _found in others:
                messages.success(
                    self.request,
                    _("Erased: %(what)s.") % {"what": source.describe(source.erase(email))},
                )
            return redirect(self.request.path)
        return self.render_to_response(
            self.get_context_data(
                form=form,
                email=email,
                erase_count=count,
                asking=True,
                other_data=[source.describe(found) for source, found in others],
            )
        )
