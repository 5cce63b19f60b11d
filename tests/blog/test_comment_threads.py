"""A post's comments as readers see them: text rendered once when saved, threads in pages,
each page kept in the cache until a comment of the post changes (issue 20)."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import Comment
from blog.threads import THREADS_PER_PAGE

pytestmark = pytest.mark.django_db


def add_threads(post, count, replies=0, start=0):
    parents = Comment.objects.bulk_create(
        Comment(
            post=post,
            name=f"Lukija {number}",
            text=f"Kommentti {number}: katso https://kotoutuminen.fi/kielikoulutus",
            status=Comment.Status.APPROVED,
        )
        for number in range(start, start + count)
    )
    Comment.objects.bulk_create(
        Comment(
            post=post,
            parent=parent,
            name=f"Vastaaja {n}",
            text="Samaa mieltä.",
            status=Comment.Status.APPROVED,
        )
        for parent in parents
        for n in range(replies)
    )
    for comment in Comment.objects.filter(post=post, text_html=""):
        comment.save()  # bulk_create skips save(), which renders the text
    return parents


def comment_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [q["sql"] for q in queries.captured_queries if "blog_comment" in q["sql"]]


def shown_comments(response):
    return re.findall(r'id="comment-(\d+)"', response.content.decode())


def test_the_text_is_rendered_when_saved_escaped_with_links_and_paragraphs(make_comment):
    comment = make_comment(
        "<script>alert(1)</script> Katso www.infopankki.fi\n\nToinen kappale.",
        status=Comment.Status.APPROVED,
    )

    assert "&lt;script&gt;" in comment.text_html
    assert "<script>" not in comment.text_html
    assert '<a href="http://www.infopankki.fi" rel="nofollow">www.infopankki.fi</a>' in (
        comment.text_html
    )
    assert comment.text_html.count("<p>") == 2

    comment.text = "Korjattu teksti"
    comment.save(update_fields=["text"])
    comment.refresh_from_db()
    assert comment.text_html == "<p>Korjattu teksti</p>"


def test_long_threads_come_in_pages_with_the_whole_count(client, blog_post):
    add_threads(blog_post, THREADS_PER_PAGE * 2 + 5, replies=1)

    first = client.get(blog_post.url)
    html = first.content.decode()
    # Each page shows its threads and their replies; the heading counts them all.
    assert len(shown_comments(first)) == THREADS_PER_PAGE * 2
    assert f"{(THREADS_PER_PAGE * 2 + 5) * 2} kommenttia" in html
    assert 'href="?page=2#comments-heading" rel="next"' in html
    assert '<a href="https://kotoutuminen.fi/kielikoulutus" rel="nofollow">' in html

    last = client.get(f"{blog_post.url}?page=3")
    assert last.status_code == 200
    assert len(shown_comments(last)) == 10
    assert "Lukija 44" in last.content.decode()
    # A reply from a later page comes back to that page's form.
    assert 'href="?page=3&amp;reply_to=' in last.content.decode()

    # A reply whose comment an editor rejected afterwards is shown nowhere, nor counted.
    rejected = Comment.objects.get(name="Lukija 44")
    rejected.status = Comment.Status.REJECTED
    rejected.save()
    assert (
        f"{(THREADS_PER_PAGE * 2 + 4) * 2} kommenttia" in client.get(blog_post.url).content.decode()
    )

    assert client.get(f"{blog_post.url}?page=4").status_code == 404
    assert shown_comments(client.get(f"{blog_post.url}?page=kolme")) == shown_comments(first)


def test_a_page_of_comments_is_rendered_once_until_a_comment_changes(client, blog_post):
    threads = add_threads(blog_post, 5)
    client.get(blog_post.url)

    response, queries = comment_queries(client, blog_post.url)
    assert queries == []
    assert len(shown_comments(response)) == 5

    # A new comment waits for moderation: the cached list stays.
    sent = client.post(
        blog_post.url,
        {"name": "Uusi", "email": "uusi@example.fi", "text": "Odottava", "consent": "on"},
    )
    assert sent.status_code == 302
    assert comment_queries(client, blog_post.url)[1] == []

    # Approving, editing and deleting each show at once.
    waiting = Comment.objects.get(name="Uusi")
    waiting.status = Comment.Status.APPROVED
    waiting.save()
    assert "Odottava" in client.get(blog_post.url).content.decode()

    threads[0].text = "Muokattu kommentti"
    threads[0].save()
    assert "Muokattu kommentti" in client.get(blog_post.url).content.decode()

    threads[1].delete()
    response = client.get(blog_post.url)
    assert f'id="comment-{threads[1].pk}"' not in response.content.decode()
    assert "5 kommenttia" in response.content.decode()


def test_the_cached_list_follows_closing_comments(client, blog_post):
    add_threads(blog_post, 2)
    assert "Vastaa: Lukija 0" in client.get(blog_post.url).content.decode()

    blog_post.comments_enabled = False
    blog_post.save_revision().publish()
    html = client.get(blog_post.url).content.decode()
    assert "Vastaa: Lukija 0" not in html
    assert "Lukija 0" in html


def test_a_post_costs_the_same_queries_with_ten_times_the_comments(client, blog_post):
    add_threads(blog_post, 3, replies=1)
    client.get(blog_post.url)
    Comment.objects.filter(post=blog_post).first().save()  # the cached list is forgotten
    with CaptureQueriesContext(connection) as few:
        client.get(blog_post.url)

    add_threads(blog_post, 27, replies=9, start=3)
    with CaptureQueriesContext(connection) as many:
        response = client.get(blog_post.url)

    assert len(many) <= len(few) + 1  # the count of all comments, once there are pages
    assert "276 kommenttia" in response.content.decode()
    assert len(shown_comments(response)) == 3 * 2 + (THREADS_PER_PAGE - 3) * 10


def test_the_first_screen_of_a_post_with_200_comments_is_under_40_kb(client, blog_post):
    add_threads(blog_post, 100, replies=1)

    response = client.get(blog_post.url)

    assert "200 kommenttia" in response.content.decode()
    assert len(response.content) < 40_000
