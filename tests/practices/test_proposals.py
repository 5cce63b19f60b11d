"""Members propose good practices from the extranet: drafts that keep what was typed, attachments
checked like workspace files, submitting for review, editing and resubmitting when returned."""

import pytest

from django.urls import reverse

from wagtail.models import ModelLogEntry

from practices.models import PracticeProposal, Region
from tests.extranet.builders import (
    make_member,
    make_organisation,
    pdf_bytes,
    upload,
)

pytestmark = pytest.mark.django_db

Status = PracticeProposal.Status
NEW = reverse("practice_proposals:new")


@pytest.fixture
def proposer(client):
    profile = make_member(first_name="Pia", last_name="Ehdottaja", language="sv")
    client.force_login(profile.user)
    return profile.user


def complete(**changes):
    region = Region.objects.get(code="uusimaa")
    data = {
        "title": "Työnhaun kummit",
        "summary": "Vapaaehtoiset kummit auttavat työnhaussa.",
        "description": "Kummit tapaavat tulijoita kerran viikossa.",
        "regions": [region.pk],
        "phase": "piloted",
        "goal_oriented_case": "Tavoitteena on työpaikka puolessa vuodessa.",
        "links": "https://example.fi/kummit",
        "show_in_directory": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def in_english(name, *args):
    return reverse(f"practice_proposals:{name}", args=args).replace("/fi/", "/en/", 1)


def test_a_draft_needs_only_a_name_and_keeps_what_was_typed(client, proposer):
    response = client.post(NEW, {"title": "Kesken oleva idea", "funding": "ESR+", "draft": ""})
    proposal = PracticeProposal.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("practice_proposals:edit", args=[proposal.pk])
    assert (proposal.status, proposal.proposer, proposal.funding) == (
        Status.DRAFT,
        proposer,
        "ESR+",
    )
    page = client.get(response.url)
    assert b"Kesken oleva idea" in page.content and b"ESR+" in page.content
    assert ModelLogEntry.objects.filter(action="practices.proposal.save_draft").count() == 1


def test_a_draft_without_a_name_is_not_saved(client, proposer):
    response = client.post(in_english("new"), {"funding": "ESR+", "draft": ""})
    assert response.status_code == 400
    assert b"ESR+" in response.content
    assert not PracticeProposal.objects.exists()


def test_submitting_needs_summary_description_regions_and_phase_and_re_shows_everything(
    client, proposer
):
    response = client.post(
        in_english("new"), {"title": "Työnhaun kummit", "funding": "Kaupunki", "submit": ""}
    )
    assert response.status_code == 400
    assert not PracticeProposal.objects.exists()
    assert response.content.count(b"Fill this in before submitting for review.") >= 4
    assert b"Kaupunki" in response.content and b"Ty\xc3\xb6nhaun kummit" in response.content


def test_submitting_sends_it_for_review_in_the_members_language(client, proposer):
    organisation = make_organisation("Helsingin kaupunki")
    response = client.post(
        NEW, complete(organisations=[organisation.pk], submit="", start_year=2022, end_year=2024)
    )
    assert response.status_code == 302 and response.url == reverse("practice_proposals:list")
    proposal = PracticeProposal.objects.get()
    assert proposal.status == Status.SUBMITTED and proposal.submitted_at
    assert proposal.language == "sv"
    assert list(proposal.organisations.all()) == [organisation]
    assert ModelLogEntry.objects.filter(action="practices.proposal.submit").count() == 1
    listing = client.get(in_english("list"))
    assert b"Submitted" in listing.content and b"Ty\xc3\xb6nhaun kummit" in listing.content


def test_end_year_before_start_year_is_refused(client, proposer):
    response = client.post(in_english("new"), complete(start_year=2024, end_year=2020, submit=""))
    assert response.status_code == 400
    assert b"The end year can&#x27;t be before the start year." in response.content


def test_only_approved_organisations_of_the_register_are_offered(client, proposer):
    make_organisation("Hyväksytty yhdistys")
    make_organisation("Ehdotettu yhdistys", status="proposed")
    response = client.get(NEW)
    assert "Hyväksytty yhdistys" in response.content.decode()
    assert "Ehdotettu yhdistys" not in response.content.decode()


def test_attachments_are_checked_and_kept_and_can_be_removed(client, proposer):
    client.post(
        NEW,
        {
            "title": "Kummit",
            "draft": "",
            "attachments": [
                upload("raportti.pdf", pdf_bytes()),
                upload("liite.pdf", pdf_bytes("toinen")),
            ],
        },
    )
    proposal = PracticeProposal.objects.get()
    assert sorted(a.name for a in proposal.attachments.all()) == ["liite.pdf", "raportti.pdf"]
    attachment = proposal.attachments.get(name="raportti.pdf")

    # A refused file: nothing saved, the message names it, the saved files stay.
    edit = in_english("edit", proposal.pk)
    refused = client.post(
        edit,
        {"title": "Kummit muutettu", "draft": "", "attachments": [upload("virus.pdf", b"MZ\x90")]},
    )
    assert refused.status_code == 400
    text = refused.content.decode()
    assert "virus.pdf" in text and "choose them again" in text
    assert "raportti.pdf" in text
    proposal.refresh_from_db()
    assert proposal.title == "Kummit" and proposal.attachments.count() == 2

    download = client.get(
        reverse("practice_proposals:attachment", args=[proposal.pk, attachment.pk])
    )
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == pdf_bytes()

    removed = client.post(
        reverse("practice_proposals:attachment_remove", args=[proposal.pk, attachment.pk])
    )
    assert removed.status_code == 302
    assert [a.name for a in proposal.attachments.all()] == ["liite.pdf"]


def test_a_submitted_proposal_cannot_be_edited(client, proposer):
    client.post(NEW, complete(submit=""))
    proposal = PracticeProposal.objects.get()
    response = client.get(in_english("edit", proposal.pk))
    assert response.status_code == 403
    assert b"be edited now" in response.content
    posted = client.post(in_english("edit", proposal.pk), complete(title="Muutettu", draft=""))
    assert posted.status_code == 403
    proposal.refresh_from_db()
    assert proposal.title == "Työnhaun kummit"


def test_a_returned_proposal_is_edited_and_resubmitted(client, proposer):
    client.post(NEW, complete(submit=""))
    proposal = PracticeProposal.objects.get()
    PracticeProposal.objects.filter(pk=proposal.pk).update(
        status=Status.RETURNED, review_comment="Kerro tuloksista tarkemmin."
    )
    listing = client.get(in_english("list"))
    assert "Kerro tuloksista tarkemmin." in listing.content.decode()
    form = client.get(in_english("edit", proposal.pk))
    assert "Kerro tuloksista tarkemmin." in form.content.decode()

    saved = client.post(
        in_english("edit", proposal.pk), complete(results="Puolet työllistyi.", draft="")
    )
    assert saved.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Status.RETURNED and proposal.results == "Puolet työllistyi."

    client.post(in_english("edit", proposal.pk), complete(results="Puolet työllistyi.", submit=""))
    proposal.refresh_from_db()
    assert proposal.status == Status.SUBMITTED


def test_the_extranet_menu_links_to_my_proposals(client, proposer):
    response = client.get(reverse("extranet:home"))
    assert reverse("practice_proposals:list").encode() in response.content
