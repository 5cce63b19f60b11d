"""The blog index counts approved comments only for the posts it shows: its queries stay as
many, and none joins every post with all its comments, when posts and comments grow tenfold
(issue 20)."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import Comment

from .conftest import add_post

pytestmark = pytest.mark.django_db


def add_comments(post, count):
    Comment.objects.bulk_create(
        Comment(
            post=post,
            name=f"Lukija {number}",
            email=f"lukija{number}@example.fi",
            text="Hyvä kirjoitus.",
            status=Comment.Status.APPROVED,
        )
        for number in range(count)
    )


def test_the_index_counts_comments_only_for_the_posts_on_its_page(client, blog_index):
    posts = [add_post(blog_index, f"Kirjoitus {n}", f"kirjoitus-{n}", days_ago=n) for n in range(3)]
    for post in posts:
        add_comments(post, 4)
    client.get(blog_index.url)  # warm up
    with CaptureQueriesContext(connection) as few:
        client.get(blog_index.url)
    posts += [
        add_post(blog_index, f"Vanha kirjoitus {n}", f"vanha-{n}", days_ago=10 + n)
        for n in range(27)
    ]
    for post in posts:
        add_comments(post, 36 if post in posts[:3] else 40)

    with CaptureQueriesContext(connection) as many:
        response = client.get(blog_index.url)

    assert len(many) <= len(few)
    assert "40 kommenttia" in response.content.decode()
    comment_counting = [q["sql"] for q in many.captured_queries if "blog_comment" in q["sql"]]
    assert comment_counting
    assert not any('JOIN "blog_comment"' in sql for sql in comment_counting)
