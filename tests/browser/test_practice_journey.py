"""The good practices' acceptance journey: a reader filters the database by topic, region and
criterion and opens a practice; a member proposes a practice, an editor returns it with a
comment, the member edits and resubmits, the editor publishes it and the site search finds it.
axe-core on the proposal form, the member's list and the admin's review pages on the way."""

import re

import pytest
from playwright.sync_api import expect

from home.models import HomePage, Topic
from practices.models import PracticeIndexPage, PracticeProposal, Region
from tests.extranet.builders import PASSWORD, make_member, make_staff
from tests.practices.test_listing import add_index, add_practice

from .accounts import log_in, log_in_to_admin
from .conftest import assert_accessible, browser_test

pytestmark = browser_test
TITLE = "Bicycle repair evenings for newcomers"
UNIQUE = "velocipede"


@pytest.fixture(scope="module")
def english_database(demo_server, django_db_blocker):
    """The English database's address and a practice with a topic, Uusimaa and a criterion met:
    the demo's, or one added where the demo has none yet."""
    with django_db_blocker.unblock():
        index = PracticeIndexPage.objects.live().filter(locale__language_code="en").first()
        if index is None:
            index = add_index(HomePage.objects.filter(locale__language_code="en").first())
        topic = Topic.objects.filter(locale=index.locale).order_by("name").first()
        practice = add_practice(
            index,
            "Walking football for families",
            slug="journey-walking-football",
            summary="Families meet on Sunday mornings to play football together.",
            regions=["uusimaa"],
            topics=[topic] if topic else [],
            met=("goal_oriented",),
            goal_oriented_justification="Clear goals.",
        )
        return index.url, topic, practice.title


def test_read_propose_return_resubmit_publish_and_find(new_browser_page, english_database):
    index_url, topic, practice_title = english_database

    # A reader filters by topic, region and criterion and opens a practice
    reader = new_browser_page(locale="en-GB")
    reader.goto(index_url)
    if topic is not None:
        reader.locator(f"#practice-topic-{topic.slug}").check()
    reader.locator("#practice-region-uusimaa").check()
    reader.locator("#practice-criterion-goal_oriented").check()
    reader.get_by_role("button", name=re.compile("Show practices")).click()
    expect(reader).to_have_url(re.compile(r"region=uusimaa"))
    reader.locator(".practice-card a", has_text=practice_title).first.click()
    expect(reader.locator("h1")).to_have_text(practice_title)

    # A member proposes a practice: a draft first, then submitted
    proposer = make_member(
        email="pekka.ehdottaja@example.fi", first_name="Pekka", last_name="Ehdottaja", language="en"
    )
    member = new_browser_page(locale="en-GB")
    log_in(member, proposer.user.email, PASSWORD, language="en")
    member.goto("/en/extranet/practices/new/")
    assert_accessible(member)
    member.locator("#id_title").fill(TITLE)
    member.locator("#id_summary").fill(f"Volunteers teach newcomers to repair a {UNIQUE}.")
    member.get_by_role("button", name="Save draft").click()
    expect(member.locator("main")).to_contain_text("Your draft was saved.")
    proposal = PracticeProposal.objects.get(title=TITLE)

    member.get_by_role("button", name="Submit for review").click()
    expect(member.locator(".error-summary")).to_be_visible()
    assert_accessible(member)
    member.locator("#id_description").fill("Every Tuesday evening in the library's workshop.")
    uusimaa = Region.objects.get(code="uusimaa")
    member.locator(f"input[name=regions][value='{uusimaa.pk}']").check()
    member.locator("#id_phase").select_option("piloted")
    member.locator("#id_goal_oriented_case").fill("Everyone who comes leaves with a bike.")
    member.get_by_role("button", name="Submit for review").click()
    expect(member).to_have_url(re.compile(r"/en/extranet/practices/$"))
    expect(member.locator("main")).to_contain_text("Submitted")
    assert_accessible(member)

    # An editor returns it with a comment
    editor_user = make_staff("eeva.editori@example.fi", first_name="Eeva", totp=False)
    editor = new_browser_page(locale="en-GB")
    log_in_to_admin(editor, editor_user, PASSWORD)
    editor.goto("/admin/practice-proposals/")
    assert_accessible(editor)
    editor.get_by_role("link", name=TITLE).click()
    expect(editor.locator("main")).to_contain_text("Everyone who comes leaves with a bike.")
    assert_accessible(editor)
    editor.get_by_role("button", name="Start review").click()
    expect(editor.locator("body")).to_contain_text("You started the review")
    editor.get_by_role("link", name="Return to the proposer").click()
    assert_accessible(editor)
    editor.locator("#id_comment").fill("Tell us how many people took part.")
    editor.locator("main form button[type=submit]").click()
    expect(editor.locator("body")).to_contain_text("returned to the proposer")

    # The member edits and resubmits
    member.goto("/en/extranet/practices/")
    expect(member.locator("main")).to_contain_text("Tell us how many people took part.")
    member.get_by_role("link", name=TITLE).click()
    member.locator("#id_results").fill("Forty people repaired their bikes in the first year.")
    member.get_by_role("button", name="Submit for review").click()
    expect(member).to_have_url(re.compile(r"/en/extranet/practices/$"))

    # The editor publishes it with the panel's judgement
    editor.goto(f"/admin/practice-proposals/{proposal.pk}/")
    editor.get_by_role("link", name="Publish").click()
    assert_accessible(editor)
    editor.locator("#id_goal_oriented_met").check()
    editor.locator("#id_goal_oriented_justification").fill("Its goal is clear and measured.")
    editor.locator("main form button[type=submit]").click()
    expect(editor.locator("body")).to_contain_text("was published as a good practice")

    # The site search finds it
    reader.goto(f"/en/search/?q={UNIQUE}")
    expect(reader.locator("main")).to_contain_text(TITLE)
