import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page

from blog import privacy
from blog.models import Comment

pytestmark = pytest.mark.django_db


def age(comment, days):
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


def test_retention_command_erases_emails_of_old_rejected_and_spam_comments(make_comment, settings):
    settings.BLOG_COMMENT_EMAIL_RETENTION_DAYS = 30
    old_spam = make_comment(status=Comment.Status.SPAM)
    old_rejected = make_comment(status=Comment.Status.REJECTED)
    new_spam = make_comment(status=Comment.Status.SPAM)
    old_approved = make_comment(status=Comment.Status.APPROVED)
    for comment in (old_spam, old_rejected, old_approved):
        age(comment, 31)

    call_command("erase_comment_emails", verbosity=0)

    for comment in (old_spam, old_rejected):
        comment.refresh_from_db()
        assert comment.email == "" and comment.email_erased_at is not None
    new_spam.refresh_from_db()
    old_approved.refresh_from_db()
    assert new_spam.email == "liisa@example.fi"
    assert old_approved.email == "liisa@example.fi"


def test_export_holds_every_comment_of_one_address_and_nothing_else(make_comment):
    make_comment(text="Ensimmäinen", email="Liisa@Example.fi")
    make_comment(text="Toinen", status=Comment.Status.APPROVED)
    make_comment(text="Jonkun muun", email="muu@example.fi")

    exported = privacy.export_comments("liisa@example.fi")

    assert sorted(item["text"] for item in exported["comments"]) == ["Ensimmäinen", "Toinen"]


def test_erasure_removes_the_comments_but_keeps_others_replies(client, make_comment, blog_post):
    mine = make_comment(text="Minun kommenttini", status=Comment.Status.APPROVED)
    reply = make_comment(
        text="Toisen vastaus", email="muu@example.fi", status=Comment.Status.APPROVED, parent=mine
    )

    assert privacy.erase_comments("liisa@example.fi") == 1

    reply.refresh_from_db()
    assert reply.parent is None
    page = client.get(blog_post.url).content.decode()
    assert "Minun kommenttini" not in page and "Toisen vastaus" in page


def test_comments_never_reach_site_search(make_comment, blog_post):
    make_comment(text="harvinainensanakommentissa", status=Comment.Status.PENDING)
    make_comment(text="toinenharvinainensana", status=Comment.Status.APPROVED)

    assert list(Page.objects.live().search("harvinainensanakommentissa")) == []
    assert list(Page.objects.live().search("toinenharvinainensana")) == []
    assert blog_post in [page.specific for page in Page.objects.live().search("Kumppanuus")]
