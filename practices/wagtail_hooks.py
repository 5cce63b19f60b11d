"""Reviewing members' practice proposals in the Wagtail admin, for editors and the expert panel
(the permission practices.review_practiceproposal): the list (submitted first), one proposal
with its attachments and history, and the steps start review, return to the proposer and
publish. Every step is a POST with CSRF and goes through practices.proposals.services."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, When
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import ModelLogEntry

from practices.choices import CRITERION_HELP, Criterion
from practices.models import PracticeProposal
from practices.proposals import services
from practices.proposals.views import reviewer_download

Status = PracticeProposal.Status
LABEL = gettext_lazy("Practice proposals")
# Waiting ones first, the oldest at the top: they have waited longest.
QUEUE_ORDER = {Status.SUBMITTED: 0, Status.IN_REVIEW: 1, Status.RETURNED: 2, Status.PUBLISHED: 3}


def require_reviewer(request):
    if not services.can_review(request.user):
        raise PermissionDenied


def detail_url(proposal):
    return reverse("practice_review:detail", args=[proposal.pk])


class ReviewerMixin(WagtailAdminTemplateMixin):
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        require_reviewer(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse("practice_review:index"), "label": LABEL}]
        if getattr(self, "proposal", None) is not None:
            items.append({"url": detail_url(self.proposal), "label": self.proposal.title})
        return [*items, {"url": "", "label": self.get_page_title()}]


class ProposalIndexView(ReviewerMixin, TemplateView):
    template_name = "practices/admin/index.html"
    page_title = LABEL

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": LABEL}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        proposals = (
            PracticeProposal.objects.exclude(status=Status.DRAFT)
            .select_related("proposer", "reviewer")
            .alias(
                queue=Case(
                    *(When(status=key, then=value) for key, value in QUEUE_ORDER.items()),
                    output_field=IntegerField(),
                )
            )
            .order_by("queue", "submitted_at", "pk")
        )
        if status in QUEUE_ORDER:
            proposals = proposals.filter(status=status)
        context.update(
            proposals=proposals,
            status=status,
            statuses=[(key, Status(key).label) for key in QUEUE_ORDER],
        )
        return context


class ProposalDetailView(ReviewerMixin, TemplateView):
    template_name = "practices/admin/detail.html"

    def dispatch(self, request, *args, **kwargs):
        require_reviewer(request)
        self.proposal = get_object_or_404(
            PracticeProposal.objects.exclude(status=Status.DRAFT).select_related(
                "proposer", "reviewer", "practice"
            ),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.proposal.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("practice_review:index"), "label": LABEL},
            {"url": "", "label": self.proposal.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposal = self.proposal
        history = (
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(PracticeProposal),
                object_id=str(proposal.pk),
            )
            .select_related("user")
            .order_by("-timestamp", "-pk")
        )
        context.update(
            proposal=proposal,
            attachments=proposal.attachments.all(),
            organisations=proposal.organisations.order_by("name"),
            regions=proposal.regions.all(),
            target_groups=proposal.target_groups.all(),
            topics=proposal.topics.order_by("name"),
            can_start=proposal.status == Status.SUBMITTED,
            can_decide=proposal.status in (Status.SUBMITTED, Status.IN_REVIEW),
            history=history,
        )
        return context


def start_review(request, pk):
    require_reviewer(request)  # before anything else, so others learn nothing
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    proposal = get_object_or_404(PracticeProposal, pk=pk)
    try:
        services.start_review(proposal, request.user)
    except services.ProposalError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You started the review of “%(title)s”.") % {"title": proposal})
    return redirect(detail_url(proposal))


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment to the proposer"),
        help_text=gettext_lazy("What to change. It is emailed to the proposer in their language."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
    )


class JudgementForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for criterion in Criterion:
            self.fields[f"{criterion.value}_met"] = forms.BooleanField(
                label=_("%(criterion)s: met") % {"criterion": criterion.label},
                help_text=CRITERION_HELP[criterion],
                required=False,
            )
            self.fields[f"{criterion.value}_justification"] = forms.CharField(
                label=_("%(criterion)s: justification") % {"criterion": criterion.label},
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
                max_length=3000,
            )

    def clean(self):
        cleaned = super().clean()
        for criterion in Criterion:
            if (
                cleaned.get(f"{criterion.value}_met")
                and not cleaned.get(f"{criterion.value}_justification", "").strip()
            ):
                self.add_error(
                    f"{criterion.value}_justification",
                    _("Say why the practice meets this criterion."),
                )
        return cleaned

    def judgement(self):
        return {
            criterion.value: (
                self.cleaned_data[f"{criterion.value}_met"],
                self.cleaned_data[f"{criterion.value}_justification"].strip(),
            )
            for criterion in Criterion
        }


class DecisionView(ReviewerMixin, FormView):
    """Return (a comment) or publish (the panel's judgement) one proposal."""

    template_name = "practices/admin/decision.html"
    decision = None  # "return" or "publish"

    def dispatch(self, request, *args, **kwargs):
        require_reviewer(request)
        self.proposal = get_object_or_404(
            PracticeProposal.objects.select_related("proposer"), pk=kwargs["pk"]
        )
        if self.proposal.status not in (Status.SUBMITTED, Status.IN_REVIEW):
            messages.error(
                request,
                _("This can't be done: the proposal is %(status)s.")
                % {"status": self.proposal.get_status_display().lower()},
            )
            return redirect(detail_url(self.proposal))
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return ReturnForm if self.decision == "return" else JudgementForm

    def get_page_title(self):
        if self.decision == "return":
            return _("Return to the proposer")
        return _("Publish as a good practice")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            proposal=self.proposal,
            decision=self.decision,
            cases=self.proposal.cases,
            **kwargs,
        )

    def form_valid(self, form):
        try:
            if self.decision == "return":
                services.return_to_proposer(
                    self.proposal, self.request.user, form.cleaned_data["comment"]
                )
                messages.success(
                    self.request,
                    _("The proposal was returned to the proposer, who was emailed your comment."),
                )
            else:
                proposal = services.publish(self.proposal, self.request.user, form.judgement())
                messages.success(
                    self.request,
                    _("“%(title)s” was published as a good practice.") % {"title": proposal},
                )
        except services.ProposalError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        return redirect(detail_url(self.proposal))


def admin_download(request, attachment_pk):
    require_reviewer(request)
    return reviewer_download(request, attachment_pk)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "practice-proposals/",
            (
                [
                    path("", ProposalIndexView.as_view(), name="index"),
                    path("<int:pk>/", ProposalDetailView.as_view(), name="detail"),
                    path("<int:pk>/start/", start_review, name="start_review"),
                    path(
                        "<int:pk>/return/",
                        DecisionView.as_view(decision="return"),
                        name="return",
                    ),
                    path(
                        "<int:pk>/publish/",
                        DecisionView.as_view(decision="publish"),
                        name="publish",
                    ),
                    path("attachments/<int:attachment_pk>/", admin_download, name="download"),
                ],
                "practice_review",
                "practice_review",
            ),
        )
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return services.can_review(request.user)


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(LABEL, reverse("practice_review:index"), icon_name="doc-full", order=170)


@hooks.register("register_log_actions")
def register_proposal_log_actions(actions):
    for action, label in services.LOG_ACTIONS.items():
        actions.register_action(action, label, label)
