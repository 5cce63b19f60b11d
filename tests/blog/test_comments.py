"""A reader comments; nothing appears until an editor approves it."""

import datetime

import pytest

from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from blog.models import Comment

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Liisa Lukija",
    "email": "liisa@example.fi",
    "text": "Kiitos kirjoituksesta! Meillä kunnassa on samoja kokemuksia.",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def send(client, post, **changes):
    return client.post(post.url, {**VALID, **changes})


def test_submitted_comment_is_pending_and_the_reader_is_told_it_awaits_moderation(
    client, blog_post
):
    response = send(client, blog_post)

    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    page = client.get(response.url).content.decode()
    assert "odottaa moderointia" in page
    assert "Meillä kunnassa on samoja kokemuksia." not in page


def test_comment_appears_with_the_right_count_only_after_approval(client, blog_post):
    send(client, blog_post)
    assert "Meillä kunnassa" not in client.get(blog_post.url).content.decode()

    comment = Comment.objects.get()
    comment.status = Comment.Status.APPROVED
    comment.save()

    page = client.get(blog_post.url).content.decode()
    assert "Meillä kunnassa on samoja kokemuksia." in page
    assert "Liisa Lukija" in page
    assert "1 kommentti" in page
    assert "liisa@example.fi" not in page


@pytest.mark.parametrize(
    "status", [Comment.Status.PENDING, Comment.Status.REJECTED, Comment.Status.SPAM]
)
def test_unapproved_comments_never_appear_on_the_page(client, blog_post, make_comment, status):
    make_comment(text="Tämän ei pidä näkyä.", status=status)

    page = client.get(blog_post.url).content.decode()

    assert "Tämän ei pidä näkyä." not in page
    assert "0 kommenttia" in page


def test_html_in_a_comment_is_shown_as_text_and_links_become_clickable(
    client, blog_post, make_comment
):
    make_comment(
        text='<script>alert("x")</script> <b>lihava</b> Katso https://example.fi/opas',
        status=Comment.Status.APPROVED,
    )

    page = client.get(blog_post.url).content.decode()

    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;lihava&lt;/b&gt;" in page
    assert '<a href="https://example.fi/opas" rel="nofollow">https://example.fi/opas</a>' in page


def test_reader_replies_to_an_approved_comment(client, blog_post, make_comment):
    parent = make_comment(text="Alkuperäinen kommentti.", status=Comment.Status.APPROVED)

    form_page = client.get(f"{blog_post.url}?reply_to={parent.pk}").content.decode()
    send(client, blog_post, parent=parent.pk, text="Vastaus kommenttiin.")
    reply = Comment.objects.get(text="Vastaus kommenttiin.")
    reply.status = Comment.Status.APPROVED
    reply.save()

    assert f'value="{parent.pk}"' in form_page
    assert reply.parent == parent
    page = client.get(blog_post.url).content.decode()
    assert page.index("Alkuperäinen kommentti.") < page.index("Vastaus kommenttiin.")
    assert "2 kommenttia" in page


def test_replies_go_only_one_level_deep(client, blog_post, make_comment):
    parent = make_comment(status=Comment.Status.APPROVED)
    reply = make_comment(status=Comment.Status.APPROVED, parent=parent)

    response = send(client, blog_post, parent=reply.pk)

    assert response.status_code == 400
    assert Comment.objects.count() == 2


def test_invalid_comment_gets_the_reason_in_the_readers_language_and_keeps_the_text(
    client, site_tree
):
    from .conftest import add_blog, add_post

    post = add_post(add_blog(site_tree.page("home", "sv"), "Blogg", "blogg"), "Inlägg", "inlagg")

    response = send(client, post, email="inte-en-adress", consent="")

    assert response.status_code == 400
    page = response.content.decode()
    assert "Fyll i en giltig e-postadress." in page
    assert "Bekräfta att du har läst dataskyddsbeskrivningen." in page
    assert "Meillä kunnassa on samoja kokemuksia." in page
    assert 'value="Liisa Lukija"' in page
    assert 'aria-invalid="true"' in page
    assert not Comment.objects.exists()


def test_overlong_comment_is_refused_with_its_limit(client, blog_post):
    response = send(client, blog_post, text="a" * 3001)

    assert response.status_code == 400
    assert "enintään 3000 merkkiä" in response.content.decode()


@pytest.mark.parametrize(
    "bad", [{"parent": "abc"}, {"parent": "99999"}, {"name": "x" * 500}, {"text": "   "}]
)
def test_odd_input_never_causes_a_server_error(client, blog_post, bad):
    response = send(client, blog_post, **bad)

    assert response.status_code == 400


def test_honeypot_marks_the_comment_as_spam_and_editors_are_not_bothered(
    client, blog_post, editor_with_email, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, blog_post, website="https://example.org/halpaa")

    assert response.status_code == 302
    assert Comment.objects.get().status == Comment.Status.SPAM
    assert mail.outbox == []


def test_comment_with_many_links_is_held_as_likely_spam(client, blog_post):
    links = " ".join(f"https://example.org/{n}" for n in range(4))

    send(client, blog_post, text=f"Halpoja tarjouksia {links}")

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.SPAM
    assert comment.held_reason == "many links"


def test_rate_limit_stops_a_flood_and_keeps_what_was_typed(client, blog_post, settings):
    settings.BLOG_COMMENT_RATE_LIMIT = (2, 600)
    send(client, blog_post)
    send(client, blog_post)

    response = send(client, blog_post, text="Kolmas viesti liian pian.")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Odota muutama minuutti" in page
    assert "Kolmas viesti liian pian." in page
    assert Comment.objects.count() == 2


def test_rate_limit_counts_each_address_separately(client, blog_post, settings):
    settings.BLOG_COMMENT_RATE_LIMIT = (1, 600)
    send(client, blog_post)

    other = client.post(blog_post.url, VALID, REMOTE_ADDR="192.0.2.44")

    assert other.status_code == 302


def test_editor_can_close_comments_on_a_post(client, blog_post):
    blog_post.comments_enabled = False
    blog_post.save_revision().publish()

    page = client.get(blog_post.url).content.decode()
    response = send(client, blog_post)

    assert "Tämän kirjoituksen kommentointi on päättynyt." in page
    assert 'id="comment-form"' not in page
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_comments_close_by_themselves_after_the_configured_days(client, blog_post, settings):
    settings.BLOG_COMMENTS_CLOSE_AFTER_DAYS = 30
    blog_post.date_published = timezone.localdate() - datetime.timedelta(days=31)
    blog_post.save_revision().publish()

    assert send(client, blog_post).status_code == 403

    settings.BLOG_COMMENTS_CLOSE_AFTER_DAYS = None
    assert send(client, blog_post).status_code == 302


def test_editors_are_emailed_about_a_new_comment(
    client, blog_post, editor_with_email, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, blog_post)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["editori@example.fi"]
    assert blog_post.title in message.subject
    assert "Meillä kunnassa on samoja kokemuksia." in message.body


def test_post_with_200_comments_runs_a_bounded_number_of_queries(
    client, blog_post, make_comment, django_assert_max_num_queries
):
    for number in range(100):
        parent = make_comment(text=f"Kommentti {number}", status=Comment.Status.APPROVED)
        make_comment(text=f"Vastaus {number}", status=Comment.Status.APPROVED, parent=parent)
    client.get(blog_post.url)

    with django_assert_max_num_queries(30):
        response = client.get(blog_post.url)

    assert "200 kommenttia" in response.content.decode()


def test_expired_form_gets_a_translated_explanation_not_a_server_error(blog_post):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(blog_post.url, VALID)

    assert response.status_code == 403
    assert "Lomake oli vanhentunut" in response.content.decode()
    assert not Comment.objects.exists()
