"""Editors moderate readers' comments in the Wagtail admin and answer commenters' data requests."""

import datetime
import json
from html import escape
from urllib.parse import urlencode

import pytest

from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone

from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from blog.models import Comment
from tests.factories import staff_ready_for_admin

from .conftest import add_post

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/snippets/blog/comment/"
COMMENTER_DATA_URL = "/admin/blog/commenter-data/"


def admin_user(username, group=None):
    user = User.objects.create_user(username, f"{username}@example.fi", "Salasana-123456")
    if group:
        user.groups.add(Group.objects.get(name=group))
    else:
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
        )
    # The admin speaks English here, so the tests read the source strings.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    staff_ready_for_admin(user)
    return user


@pytest.fixture
def editor(db):
    return admin_user("editori", group="Editors")


@pytest.fixture
def outsider(db):
    """May use the admin, but not moderate comments."""
    return admin_user("harjoittelija")


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def bulk_url(action, *comments, next_url=QUEUE_URL):
    query = [("next", next_url), *(("id", comment.pk) for comment in comments)]
    return f"/admin/bulk/blog/comment/{action}/?{urlencode(query)}"


def sent(comment, days_ago):
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


def test_queue_lists_pending_comments_first_and_the_oldest_of_them_first(as_editor, make_comment):
    approved_long_ago = make_comment("Hyväksytty kauan sitten.", status=Comment.Status.APPROVED)
    newer_pending = make_comment("Uudempi odottaa.")
    older_pending = make_comment("Vanhempi odottaa.")
    spam = make_comment("Osta halpaa.", status=Comment.Status.SPAM)
    sent(approved_long_ago, 30)
    sent(newer_pending, 1)
    sent(older_pending, 5)
    sent(spam, 10)

    content = as_editor.get(QUEUE_URL).content.decode()

    positions = [
        content.index(comment.text)
        for comment in (older_pending, newer_pending, approved_long_ago, spam)
    ]
    assert positions == sorted(positions)


def test_queue_shows_name_post_and_status_but_never_the_email(as_editor, make_comment, blog_post):
    make_comment("Kiitos hyvästä kirjoituksesta.", name="Matti Meikäläinen")

    content = as_editor.get(QUEUE_URL).content.decode()

    assert "Kiitos hyvästä kirjoituksesta." in content
    assert "Matti Meikäläinen" in content
    assert blog_post.title in content
    assert "Awaiting moderation" in content
    assert "liisa@example.fi" not in content


def test_long_comments_are_shortened_in_the_queue(as_editor, make_comment):
    make_comment("Alku. " + "Pitkä pohdinta. " * 40 + "Loppukaneetti.")

    content = as_editor.get(QUEUE_URL).content.decode()

    assert "Alku. Pitkä pohdinta." in content
    assert "Loppukaneetti." not in content


def test_queue_can_be_searched_and_filtered_by_status(as_editor, make_comment):
    make_comment("Kotoutumiskoulutus auttoi.", name="Aino")
    make_comment("Tulkkaus puuttui.", name="Pekka", status=Comment.Status.APPROVED)

    found = as_editor.get(QUEUE_URL, {"q": "tulkkaus"}).content.decode()
    approved = as_editor.get(QUEUE_URL, {"status": "approved"}).content.decode()

    assert "Tulkkaus puuttui." in found
    assert "Kotoutumiskoulutus auttoi." not in found
    assert "Tulkkaus puuttui." in approved
    assert "Kotoutumiskoulutus auttoi." not in approved


def test_queue_can_be_filtered_by_post(as_editor, make_comment, blog_index):
    other_post = add_post(blog_index, "Toinen kirjoitus", "toinen")
    make_comment("Ensimmäisestä kirjoituksesta.")
    make_comment("Toisesta kirjoituksesta.", post=other_post)

    content = as_editor.get(QUEUE_URL, {"post": other_post.pk}).content.decode()

    assert "Toisesta kirjoituksesta." in content
    assert "Ensimmäisestä kirjoituksesta." not in content


def test_editor_sees_the_number_of_waiting_comments_in_the_menu(as_editor, make_comment):
    make_comment("Yksi.")
    make_comment("Kaksi.")
    make_comment("Julkaistu.", status=Comment.Status.APPROVED)

    content = as_editor.get("/admin/").content.decode()

    assert "Comments (2)" in content
    assert "Personal data requests" in content


def test_dashboard_tells_how_many_comments_wait_and_links_to_the_queue(as_editor, make_comment):
    make_comment("Yksi.")
    make_comment("Kaksi.")

    content = as_editor.get("/admin/").content.decode()

    assert "2 comments are waiting for moderation." in content
    assert f'href="{QUEUE_URL}"' in content


def test_the_dashboard_panel_speaks_the_admins_language(as_editor, editor, make_comment):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fi"
    profile.save()
    make_comment("Yksi.")
    make_comment("Kaksi.")

    content = as_editor.get("/admin/").content.decode()

    assert "2 kommenttia odottaa moderointia." in content
    assert "Moderoi kommentteja" in content


def test_dashboard_says_so_when_nothing_waits(as_editor, make_comment):
    make_comment("Julkaistu.", status=Comment.Status.APPROVED)

    content = as_editor.get("/admin/").content.decode()

    assert "No comments are waiting for moderation." in content
    assert "Comments (" not in content


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", QUEUE_URL),
        ("get", "edit"),
        ("post", "edit"),
        ("get", "approve"),
        ("post", "approve"),
        ("get", COMMENTER_DATA_URL),
        ("post", COMMENTER_DATA_URL),
    ],
)
def test_admin_user_without_the_moderation_permission_is_turned_away(
    client, outsider, make_comment, method, url
):
    comment = make_comment("Odottaa.")
    url = {
        "edit": f"{QUEUE_URL}edit/{comment.pk}/",
        "approve": bulk_url("approve", comment),
    }.get(url, url)
    client.force_login(outsider)

    response = getattr(client, method)(
        url,
        {"name": "Muokattu", "text": "Muokattu.", "status": "approved", "email": comment.email},
    )

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == "/admin/"
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    assert comment.text == "Odottaa."
    assert "application/json" not in response.get("Content-Type", "")


def test_admin_user_without_the_permission_sees_no_comment_menu_or_panel(
    client, outsider, make_comment
):
    make_comment("Odottaa.")
    client.force_login(outsider)

    content = client.get("/admin/").content.decode()

    assert "Comments (1)" not in content
    assert "waiting for moderation" not in content
    assert "Personal data requests" not in content


def test_comments_cannot_be_added_in_the_admin(as_editor, make_comment):
    response = as_editor.get(f"{QUEUE_URL}add/")

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert "Add comment" not in as_editor.get(QUEUE_URL).content.decode()


def test_approve_asks_for_confirmation_showing_the_whole_comment(as_editor, make_comment):
    comment = make_comment("Koko kommentti näkyy vahvistussivulla.")

    content = as_editor.get(bulk_url("approve", comment)).content.decode()

    assert "Koko kommentti näkyy vahvistussivulla." in content
    assert "Yes, approve" in content
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


@pytest.mark.parametrize(
    ("action", "question"),
    [
        ("approve", "Approve these 2 comments? They will be published on their posts."),
        ("reject", "Reject these 2 comments? They will not be shown on the site."),
        ("spam", "Mark these 2 comments as spam? They will not be shown on the site."),
    ],
)
def test_the_confirmation_asks_about_as_many_comments_as_were_chosen(
    as_editor, make_comment, action, question
):
    chosen = [make_comment("Ensimmäinen."), make_comment("Toinen.")]

    assert question in as_editor.get(bulk_url(action, *chosen)).content.decode()


def test_an_editor_whose_admin_speaks_finnish_is_asked_and_told_in_finnish(
    as_editor, editor, make_comment
):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fi"
    profile.save()
    comment = make_comment("Yksi kommentti.")

    asked = as_editor.get(bulk_url("approve", comment)).content.decode()
    told = messages_of(as_editor.post(bulk_url("reject", comment), follow=True))

    assert "Hyväksytäänkö tämä kommentti? Se julkaistaan kirjoituksen yhteydessä." in asked
    assert "1 kommentti hylätty." in told


def test_approving_in_bulk_publishes_the_comments_and_records_who_did_it(
    as_editor, editor, make_comment, blog_post
):
    first = make_comment("Ensimmäinen hyvä kommentti.")
    second = make_comment("Toinen hyvä kommentti.")
    untouched = make_comment("Tämä odottaa yhä.")

    response = as_editor.post(bulk_url("approve", first, second), follow=True)

    assert response.redirect_chain[-1][0] == QUEUE_URL
    assert "2 comments approved and published." in messages_of(response)
    for comment in (first, second):
        comment.refresh_from_db()
        assert comment.status == Comment.Status.APPROVED
        assert comment.moderated_by == editor
        assert comment.moderated_at is not None
        assert ModelLogEntry.objects.filter(
            action="blog.comment.approve", object_id=str(comment.pk), user=editor
        ).exists()
    untouched.refresh_from_db()
    assert untouched.status == Comment.Status.PENDING
    assert "Ensimmäinen hyvä kommentti." in as_editor.get(blog_post.url).content.decode()


def test_each_row_has_approve_reject_and_spam_links_for_that_comment_alone(as_editor, make_comment):
    comment = make_comment("Yksi kerrallaan.")
    make_comment("Naapuri.")

    content = as_editor.get(QUEUE_URL).content.decode()

    for action in ("approve", "reject", "spam"):
        assert escape(bulk_url(action, comment)) in content

    response = as_editor.post(bulk_url("approve", comment))

    assert response.status_code == 302
    assert response.url == QUEUE_URL
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert Comment.objects.pending().count() == 1


def test_an_approved_comment_offers_no_approve_button_again(as_editor, make_comment):
    comment = make_comment("Jo julkaistu.", status=Comment.Status.APPROVED)

    content = as_editor.get(QUEUE_URL).content.decode()

    assert escape(bulk_url("approve", comment)) not in content
    assert escape(bulk_url("reject", comment)) in content


@pytest.mark.parametrize(
    ("action", "status", "message"),
    [
        ("reject", Comment.Status.REJECTED, "1 comment rejected."),
        ("spam", Comment.Status.SPAM, "1 comment marked as spam."),
    ],
)
def test_rejecting_and_marking_as_spam_keep_the_comment_off_the_post(
    as_editor, editor, make_comment, blog_post, action, status, message
):
    comment = make_comment("Ei kuulu sivulle.")

    response = as_editor.post(bulk_url(action, comment), follow=True)

    assert message in messages_of(response)
    comment.refresh_from_db()
    assert comment.status == status
    assert comment.moderated_by == editor
    assert ModelLogEntry.objects.filter(
        action=f"blog.comment.{action}", object_id=str(comment.pk), user=editor
    ).exists()
    assert "Ei kuulu sivulle." not in as_editor.get(blog_post.url).content.decode()


def test_comment_history_names_the_moderation(as_editor, make_comment):
    comment = make_comment("Historia.")
    as_editor.post(bulk_url("spam", comment))

    content = as_editor.get(f"{QUEUE_URL}history/{comment.pk}/").content.decode()

    assert "Comment marked as spam" in content


def test_edit_form_shows_the_email_and_post_but_lets_the_editor_change_only_name_text_status(
    as_editor, make_comment, blog_post
):
    comment = make_comment("Muokattava.")

    content = as_editor.get(f"{QUEUE_URL}edit/{comment.pk}/").content.decode()

    assert "liisa@example.fi" in content
    assert blog_post.title in content
    assert 'name="text"' in content
    assert 'name="status"' in content
    assert 'name="email"' not in content
    assert 'name="post"' not in content


def test_edited_and_approved_comment_appears_on_the_post_as_edited(
    as_editor, editor, make_comment, blog_post
):
    comment = make_comment("Soita minulle numeroon 040 123 4567, hyvä juttu.")

    response = as_editor.post(
        f"{QUEUE_URL}edit/{comment.pk}/",
        {"name": "Liisa", "text": "Hyvä juttu.", "status": Comment.Status.APPROVED},
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert comment.moderated_by == editor
    assert ModelLogEntry.objects.filter(
        action="blog.comment.approve", object_id=str(comment.pk)
    ).exists()
    page = as_editor.get(blog_post.url).content.decode()
    assert "Hyvä juttu." in page
    assert "040 123 4567" not in page


def test_text_edited_first_and_approved_afterwards_appears_as_edited(
    as_editor, make_comment, blog_post
):
    comment = make_comment("Alkuperäinen kirjoitusvirheellinen teksti.")

    as_editor.post(
        f"{QUEUE_URL}edit/{comment.pk}/",
        {"name": "Liisa", "text": "Korjattu teksti.", "status": Comment.Status.PENDING},
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING
    as_editor.post(bulk_url("approve", comment))

    page = as_editor.get(blog_post.url).content.decode()
    assert "Korjattu teksti." in page
    assert "kirjoitusvirheellinen" not in page


def test_queue_queries_do_not_grow_with_the_number_of_comments(
    as_editor, make_comment, django_assert_max_num_queries
):
    for number in range(3):
        make_comment(f"Kommentti {number}.")
    as_editor.get(QUEUE_URL)
    with django_assert_max_num_queries(60) as few:
        as_editor.get(QUEUE_URL)
    for number in range(3, 20):
        make_comment(f"Kommentti {number}.")

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = as_editor.get(QUEUE_URL)

    assert "Kommentti 19." in response.content.decode()


def test_export_downloads_the_comments_of_that_address_only(as_editor, make_comment, blog_post):
    make_comment("Liisan ensimmäinen.")
    make_comment("Liisan toinen.", status=Comment.Status.APPROVED)
    make_comment("Pekan kommentti.", name="Pekka", email="pekka@example.fi")

    response = as_editor.post(COMMENTER_DATA_URL, {"email": "LIISA@example.fi", "action": "export"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert sorted(comment["text"] for comment in data["comments"]) == [
        "Liisan ensimmäinen.",
        "Liisan toinen.",
    ]
    assert data["comments"][0]["post"] == blog_post.title


def test_erase_asks_first_and_then_removes_that_commenters_comments(as_editor, make_comment):
    make_comment("Liisan ensimmäinen.")
    make_comment("Liisan toinen.", status=Comment.Status.APPROVED)
    pekka = make_comment("Pekan kommentti.", name="Pekka", email="pekka@example.fi")

    asked = as_editor.post(COMMENTER_DATA_URL, {"email": "liisa@example.fi", "action": "erase"})

    assert "2 comments were sent from liisa@example.fi." in asked.content.decode()
    assert Comment.objects.filter(email="liisa@example.fi").count() == 2

    response = as_editor.post(
        COMMENTER_DATA_URL,
        {"email": "liisa@example.fi", "action": "erase-confirmed"},
        follow=True,
    )

    assert "2 comments sent from liisa@example.fi erased." in messages_of(response)
    assert not Comment.objects.filter(email="liisa@example.fi").exists()
    assert Comment.objects.filter(pk=pekka.pk).exists()


def test_erasing_an_unknown_address_says_there_is_nothing(as_editor, make_comment):
    make_comment("Liisan kommentti.")

    response = as_editor.post(
        COMMENTER_DATA_URL, {"email": "tuntematon@example.fi", "action": "erase"}
    )

    assert "No comments were sent from tuntematon@example.fi." in messages_of(response)
    assert Comment.objects.count() == 1


def test_commenter_data_form_keeps_an_invalid_address_and_explains(as_editor):
    response = as_editor.post(COMMENTER_DATA_URL, {"email": "ei-osoite", "action": "export"})

    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="ei-osoite"' in content
    assert "error" in content


def test_editor_keeps_the_blog_authors_and_topics(as_editor, author, topic):
    authors = as_editor.get("/admin/snippets/blog/author/")
    topics = as_editor.get("/admin/snippets/home/topic/")

    assert authors.status_code == 200
    assert "Aino Korhonen" in authors.content.decode()
    assert "Kotoutumiskoordinaattori" in authors.content.decode()
    assert topics.status_code == 200
    assert "Työllisyys" in topics.content.decode()
    menu = as_editor.get("/admin/").content.decode()
    assert "Authors" in menu
    assert "Topics" in menu
