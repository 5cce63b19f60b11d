"""Background work of practice proposals: telling the proposer, in the language of their
proposal, that it was returned for changes or published."""

from django_tasks import task

from django.conf import settings
from django.urls import reverse

from home.mail import send_templated_or_retry
from practices.models import PracticeProposal

RETRY_SECONDS = 60
STATUS_OF = {
    "returned": PracticeProposal.Status.RETURNED,
    "published": PracticeProposal.Status.PUBLISHED,
}


@task()
def send_proposal_email(proposal_id, what, attempt=1):
    proposal = (
        PracticeProposal.objects.select_related("proposer", "practice")
        .filter(pk=proposal_id)
        .first()
    )
    if proposal is None or not proposal.proposer.email:
        return "nobody to tell"
    if proposal.status != STATUS_OF[what]:
        return "superseded"

    def context():
        if what == "published" and proposal.practice_id:
            url = proposal.practice.get_full_url()
        else:
            url = settings.WAGTAILADMIN_BASE_URL + reverse(
                "practice_proposals:edit", args=[proposal.pk]
            )
        return {
            "proposal": proposal,
            "name": proposal.proposer.get_full_name(),
            "comment": proposal.review_comment,
            "url": url,
        }

    send_templated_or_retry(
        f"practices/email/{what}",
        context,
        [proposal.proposer.email],
        language=proposal.language,
        retry_task=send_proposal_email,
        args=(proposal_id, what),
        attempt=attempt,
        retry_seconds=RETRY_SECONDS,
    )
    return f"told the proposer: {what}"
