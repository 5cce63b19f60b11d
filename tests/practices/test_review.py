"""Editors and the expert panel review members' practice proposals in the Wagtail admin: the
queue, one proposal, starting the review, returning it with a comment (emailed in the
proposer's language) and publishing it as a practice page with the panel's judgement."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

from practices.models import PracticePage, PracticeProposal, Region, TargetGroup
from practices.proposals import services
from tests.extranet.builders import make_member, make_organisation, make_staff, pdf_bytes
from tests.practices.test_listing import add_index

pytestmark = pytest.mark.django_db

Status = PracticeProposal.Status


def make_proposal(proposer=None, status=Status.SUBMITTED, language="sv", **fields):
    proposer = proposer or make_member(first_name="Pia", last_name="Ehdottaja", language=language)
    fields.setdefault("title", "Jobbfaddrar")
    proposal = PracticeProposal.objects.create(
        proposer=proposer.user,
        language=language,
        status=status,
        summary="Frivilliga faddrar hjälper nyanlända att söka jobb.",
        description="Faddrarna träffar nyanlända varje vecka.\n\nDe hjälper med ansökningar.",
        phase="established",
        start_year=2021,
        results="Hälften fick jobb.",
        links="https://example.fi/faddrar\ninte en adress",
        goal_oriented_case="Målet är jobb inom ett halvår.",
        submitted_at="2026-11-01T10:00:00Z",
        **fields,
    )
    proposal.regions.set(Region.objects.filter(code__in=["uusimaa", "pirkanmaa"]))
    proposal.target_groups.set(TargetGroup.objects.filter(code="work-migrants"))
    proposal.organisations.set([make_organisation("Helsingfors stad")])
    return proposal


@pytest.fixture
def reviewer(client):
    user = make_staff("erkki.editori@example.fi", first_name="Erkki", last_name="Editori")
    client.force_login(user)
    return user


def url(name, proposal):
    return reverse(f"practice_review:{name}", args=[proposal.pk])


def test_the_panel_group_and_editors_may_review():
    panel = Group.objects.get(name="Expert panel")
    assert panel.permissions.filter(codename="access_admin").exists()
    for group in (panel, Group.objects.get(name="Editors")):
        assert group.permissions.filter(codename="review_practiceproposal").exists()


def test_the_queue_lists_submitted_first_and_filters_by_status(client, reviewer):
    make_proposal(title="Palautettu", status=Status.RETURNED)
    make_proposal(title="Arvioitavana", status=Status.IN_REVIEW)
    make_proposal(title="Lähetetty", status=Status.SUBMITTED)
    make_proposal(title="Luonnos", status=Status.DRAFT)
    response = client.get(reverse("practice_review:index"))
    text = response.content.decode()
    assert "Luonnos" not in text
    assert text.index("Lähetetty") < text.index("Arvioitavana") < text.index("Palautettu")
    filtered = client.get(reverse("practice_review:index"), {"status": "returned"}).content.decode()
    assert "Palautettu" in filtered and "Lähetetty" not in filtered
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("practice_review:index") in dashboard


def test_the_detail_shows_the_proposal_and_its_attachments(client, reviewer):
    proposal = make_proposal()
    from django.core.files.base import ContentFile

    attachment = proposal.attachments.create(
        file=ContentFile(pdf_bytes(), name="rapport.pdf"),
        name="rapport.pdf",
        content_type="application/pdf",
        size=len(pdf_bytes()),
    )
    text = client.get(url("detail", proposal)).content.decode()
    for expected in ("Jobbfaddrar", "Hälften fick jobb.", "Helsingfors stad", "rapport.pdf"):
        assert expected in text
    download = client.get(reverse("practice_review:download", args=[attachment.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"


def test_start_review_is_a_post_and_logged(client, reviewer):
    proposal = make_proposal()
    assert client.get(url("start_review", proposal)).status_code == 405
    response = client.post(url("start_review", proposal))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reviewer) == (Status.IN_REVIEW, reviewer)
    assert ModelLogEntry.objects.filter(action="practices.proposal.start_review").count() == 1
    again = client.post(url("start_review", proposal), follow=True)
    assert again.status_code == 200
    assert "the proposal is in review" in again.content.decode()


def test_returning_needs_a_comment_and_emails_the_proposer_in_their_language(
    client, reviewer, django_capture_on_commit_callbacks
):
    proposal = make_proposal()
    empty = client.post(url("return", proposal), {"comment": "  "})
    assert empty.status_code == 200
    proposal.refresh_from_db()
    assert proposal.status == Status.SUBMITTED
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("return", proposal), {"comment": "Berätta mer om resultaten."})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Status.RETURNED
    assert proposal.review_comment == "Berätta mer om resultaten."
    [email] = mail.outbox
    assert email.to == [proposal.proposer.email]
    assert "Berätta mer om resultaten." in email.body
    assert f"/sv/extranet/practices/{proposal.pk}/" in email.body
    entry = ModelLogEntry.objects.get(action="practices.proposal.return")
    assert entry.user == reviewer


def test_publishing_creates_the_practice_page_in_the_proposals_language(
    client, reviewer, site_tree, django_capture_on_commit_callbacks
):
    index = add_index(site_tree.page("home", "sv"))
    proposal = make_proposal()
    judgement = {
        "goal_oriented_met": "on",
        "goal_oriented_justification": "Tydliga mål.",
        "effective_met": "on",
        "effective_justification": "",
    }
    refused = client.post(url("publish", proposal), judgement)
    assert refused.status_code == 200 and not PracticePage.objects.exists()

    judgement["effective_justification"] = "Hälften fick jobb."
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("publish", proposal), judgement)
    assert response.status_code == 302
    proposal.refresh_from_db()
    page = proposal.practice
    assert proposal.status == Status.PUBLISHED
    assert page.live and page.get_parent().specific == index and page.locale == index.locale
    assert page.summary == proposal.summary
    assert "De hjälper med ansökningar." in str(page.body)
    assert sorted(r.code for r in page.regions.all()) == ["pirkanmaa", "uusimaa"]
    assert [o.name for o in page.organisations.all()] == ["Helsingfors stad"]
    assert page.goal_oriented_met and page.effective_met and not page.modellable_met
    assert page.effective_justification == "Hälften fick jobb."
    assert [block.value["url"] for block in page.materials] == ["https://example.fi/faddrar"]
    assert page.contact_member == proposal.proposer.member_profile
    assert page.get_latest_revision().user == reviewer
    [email] = mail.outbox
    assert page.get_full_url() in email.body
    assert ModelLogEntry.objects.filter(action="practices.proposal.publish").exists()

    public = client.get(page.url)
    assert public.status_code == 200 and b"Jobbfaddrar" in public.content

    twice = client.post(url("publish", proposal), judgement, follow=True)
    assert twice.status_code == 200 and PracticePage.objects.count() == 1
    assert "the proposal is published" in twice.content.decode()


def test_publishing_without_a_database_in_the_language_says_so(client, reviewer):
    proposal = make_proposal(language="en")
    response = client.post(url("publish", proposal), {})
    assert response.status_code == 200
    assert "There is no good practice database" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == Status.SUBMITTED


def test_the_proposer_can_resubmit_after_return(reviewer):
    proposal = make_proposal()
    services.return_to_proposer(proposal, reviewer, "Lisää tuloksia.")
    proposal.refresh_from_db()
    services.submit(proposal, proposal.proposer, form_save=proposal.save)
    proposal.refresh_from_db()
    assert proposal.status == Status.SUBMITTED
    with pytest.raises(services.ProposalError):
        services.return_to_proposer(proposal, reviewer, "")
