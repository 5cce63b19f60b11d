"""What happens to a member's practice proposal: saved as a draft, submitted, reviewed in the
admin, returned to the proposer with a comment, or published as a PracticePage in the
proposal's language. Every step is written to Wagtail's audit log and checked against the
proposal's status, so a step taken twice (two reviewers, a double click) gives a clear error."""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.rich_text import RichText

from practices.choices import Criterion
from practices.models import PracticeIndexPage, PracticePage, PracticeProposal, ProposalAttachment

Status = PracticeProposal.Status
REVIEW_PERMISSION = "practices.review_practiceproposal"

LOG_ACTIONS = {
    "practices.proposal.save_draft": gettext_lazy("Practice proposal saved as a draft"),
    "practices.proposal.submit": gettext_lazy("Practice proposal submitted for review"),
    "practices.proposal.start_review": gettext_lazy("Review of the practice proposal started"),
    "practices.proposal.return": gettext_lazy("Practice proposal returned to the proposer"),
    "practices.proposal.publish": gettext_lazy("Practice proposal published as a good practice"),
}


class ProposalError(Exception):
    """A step that can't be taken now; the message says why, in the user's language."""


def can_review(user):
    return user.is_active and user.has_perm(REVIEW_PERMISSION)


def can_read_attachments(user, proposal):
    return user.pk == proposal.proposer_id or can_review(user)


def _locked(proposal):
    return PracticeProposal.objects.select_for_update().get(pk=proposal.pk)


def _require(proposal, *statuses):
    if proposal.status not in statuses:
        raise ProposalError(
            _("This can't be done: the proposal is %(status)s.")
            % {"status": proposal.get_status_display().lower()}
        )


def _language_of(user):
    profile = getattr(user, "member_profile", None)
    return getattr(profile, "language", "") or PracticeProposal._meta.get_field("language").default


def attach(proposal, uploads):
    """Store already checked uploads: [(UploadedFile, name, content type)]."""
    for upload, name, content_type in uploads:
        ProposalAttachment.objects.create(
            proposal=proposal, file=upload, name=name, content_type=content_type, size=upload.size
        )


def remove_attachment(attachment, user):
    if (
        attachment.proposal.proposer_id != user.pk
        or not attachment.proposal.is_editable_by_proposer
    ):
        raise PermissionDenied
    attachment.file.delete(save=False)
    attachment.delete()


def _save(proposal, user, action, form_save, uploads, *, submitting):
    with transaction.atomic():
        if proposal.pk:
            _require(_locked(proposal), Status.DRAFT, Status.RETURNED)
        else:
            proposal.proposer = user
        if submitting or not proposal.pk:
            proposal.language = _language_of(user)
        if submitting:
            proposal.status = Status.SUBMITTED
            proposal.submitted_at = timezone.now()
        form_save()
        attach(proposal, uploads)
        log(proposal, action, user=user)
    return proposal


def save_draft(proposal, user, *, form_save, uploads=()):
    """Save what the member typed (form_save() writes the fields and relations), keeping the
    status: a new proposal is a draft, a returned one stays returned until resubmitted."""
    return _save(
        proposal, user, "practices.proposal.save_draft", form_save, uploads, submitting=False
    )


def submit(proposal, user, *, form_save, uploads=()):
    """Save and send the proposal for review, in the member's language at submission."""
    return _save(proposal, user, "practices.proposal.submit", form_save, uploads, submitting=True)


def start_review(proposal, reviewer):
    with transaction.atomic():
        locked = _locked(proposal)
        _require(locked, Status.SUBMITTED)
        locked.status = Status.IN_REVIEW
        locked.reviewer = reviewer
        locked.save(update_fields=["status", "reviewer", "updated_at"])
        log(locked, "practices.proposal.start_review", user=reviewer)
    return locked


def return_to_proposer(proposal, reviewer, comment):
    from practices.tasks import send_proposal_email

    comment = (comment or "").strip()
    if not comment:
        raise ProposalError(_("Write what the proposer should change."))
    with transaction.atomic():
        locked = _locked(proposal)
        _require(locked, Status.SUBMITTED, Status.IN_REVIEW)
        locked.status = Status.RETURNED
        locked.review_comment = comment
        locked.reviewer = reviewer
        locked.save(update_fields=["status", "review_comment", "reviewer", "updated_at"])
        log(locked, "practices.proposal.return", user=reviewer, data={"comment": comment})
        transaction.on_commit(partial(send_proposal_email.enqueue, locked.pk, "returned"))
    return locked


def _index_for(language):
    locale = Locale.objects.filter(language_code=language).first()
    index = (
        PracticeIndexPage.objects.filter(locale=locale).order_by("path").first() if locale else None
    )
    if index is None:
        raise ProposalError(
            _("There is no good practice database in the proposal's language to publish it in.")
        )
    return index


def _unique_slug(index, title):
    base = slugify(title)[:70] or "practice"
    slug, n = base, 1
    while index.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _materials(proposal):
    return [
        ("link", {"title": line[:200], "url": line})
        for line in (line.strip() for line in proposal.links.splitlines())
        if line.startswith(("http://", "https://"))
    ]


def _paragraphs(text):
    from django.utils.html import escape, linebreaks

    return linebreaks(escape(text)) if text else ""


def publish(proposal, reviewer, judgement):
    """Create and publish the practice page under the proposal's language's database, with the
    panel's judgement: {criterion value: (met, justification)}. Attachments stay with the
    proposal, for the editors to add to the page's materials as documents if they wish."""
    from practices.tasks import send_proposal_email

    with transaction.atomic():
        locked = _locked(proposal)
        _require(locked, Status.SUBMITTED, Status.IN_REVIEW)
        index = _index_for(locked.language)
        proposer = locked.proposer
        profile = getattr(proposer, "member_profile", None)
        page = PracticePage(
            title=locked.title,
            slug=_unique_slug(index, locked.title),
            locale=index.locale,
            summary=locked.summary,
            other_organisations=locked.other_organisations,
            phase=locked.phase or PracticePage._meta.get_field("phase").default,
            start_year=locked.start_year,
            end_year=locked.end_year,
            funding=locked.funding,
            results=_paragraphs(locked.results),
            evaluation=_paragraphs(locked.evaluation),
            materials=_materials(locked),
            contact_name=proposer.get_full_name(),
            contact_email=proposer.email,
            contact_member=profile if (locked.show_in_directory and profile) else None,
            owner=reviewer,
        )
        if locked.description:
            page.body = [("paragraph", RichText(_paragraphs(locked.description)))]
        for criterion in Criterion:
            met, justification = judgement.get(criterion.value, (False, ""))
            setattr(page, f"{criterion.value}_met", bool(met))
            setattr(page, f"{criterion.value}_justification", justification or "")
        page.organisations = list(locked.organisations.all())
        page.regions = list(locked.regions.all())
        page.target_groups = list(locked.target_groups.all())
        page.topics = list(locked.topics.filter(locale=index.locale))
        index.add_child(instance=page)
        # The panel's decision is the approval: reviewers need no page publishing rights.
        page.save_revision(user=reviewer, log_action=True).publish(
            user=reviewer, skip_permission_checks=True
        )
        locked.practice = page
        locked.status = Status.PUBLISHED
        locked.reviewer = reviewer
        locked.save(update_fields=["practice", "status", "reviewer", "updated_at"])
        log(locked, "practices.proposal.publish", user=reviewer, data={"page": page.pk})
        transaction.on_commit(partial(send_proposal_email.enqueue, locked.pk, "published"))
    return locked
