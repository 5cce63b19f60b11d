"""Generated blog posts, news and comments for benchmarks (`seed_demo --articles N --comments N`):
what the benchmark relies on, the busy post with 200 comments among them, and that generated
posts are listed, searched, mapped and shown like real ones."""

import io
from collections import Counter

import pytest

from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from blog.models import Author, BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage
from demo import reader
from demo.generators import articles as article_generator
from demo.loaders import blog as blog_demo
from demo.seeding import SeedReport, demo_locales, seed_index_page, seed_translatable
from search.services import search_site
from tests.factories import build_site
from tests.sitemaps import sitemap_files

pytestmark = pytest.mark.django_db
Status = Comment.Status


def seed(*args):
    output = io.StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def blog_and_news(home):
    """The demo's blog and news indexes, topics and authors in three languages."""
    locales = demo_locales()
    report = SeedReport()
    for kind, model in blog_demo.INDEX_MODELS.items():
        seed_index_page(home, model, reader.data("index_pages")[kind], locales, report, "index")
    blog_demo.seed_topics(locales, report)
    seed_translatable(
        Author,
        reader.data("authors"),
        locales,
        report,
        lambda spec, code: blog_demo._author_fields(spec, code, {}),
    )


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    """A site with the demo's blog and news, then 12 generated articles with 250 comments,
    through the command. Undone when the module's tests are done."""
    with django_db_blocker.unblock(), transaction.atomic():
        tree = build_site()
        blog_and_news(tree.page("home", "fi"))
        output = seed("--if-empty", "--articles", "12", "--comments", "250")
        yield {"output": output}
        transaction.set_rollback(True)


@pytest.fixture
def articles(generated, db):
    return {model: model.objects.order_by("pk") for model in (BlogPage, NewsPage)}


@pytest.fixture
def busy_post(articles):
    return articles[BlogPage].filter(locale__language_code="fi").first()


def test_articles_come_in_the_numbers_asked_half_news_and_finnish_most(generated, articles):
    assert "Added 12 generated blog posts and news items with 250 comments" in generated["output"]
    by_language = Counter()
    for model, pages in articles.items():
        assert pages.count() == 6, model
        by_language.update(pages.values_list("locale__language_code", flat=True))
    assert by_language == {"fi": 8, "sv": 2, "en": 2}


def test_generated_articles_are_live_public_dated_categorised_and_have_a_revision(articles):
    today = timezone.localdate()
    for model, pages in articles.items():
        for page in pages.live().public().prefetch_related("topics", "authors", "tags"):
            assert page.get_parent().specific_class in (BlogIndexPage, NewsIndexPage)
            assert page.get_parent().locale_id == page.locale_id
            assert page.summary and len(str(page.body).split()) > 30, page.title
            assert 0 <= (today - page.date_published).days <= 5 * 365 + 1
            assert page.first_published_at.date() <= today
            assert {t.locale_id for t in page.topics.all()} == {page.locale_id}
            assert page.tags.exists()
            if model is BlogPage:
                assert page.authors.exists()
            revision = page.live_revision
            assert revision is not None and revision == page.latest_revision
            assert revision.as_object().title == page.title
        assert pages.live().public().count() == 6


def test_titles_are_in_the_pages_language_and_varied(articles):
    titles = [page.title for pages in articles.values() for page in pages]
    assert len(set(titles)) == len(titles)
    english = BlogPage.objects.filter(locale__language_code="en", pk__in=articles[BlogPage]).get()
    assert english.url.startswith("/en/blog/")
    assert not any(letter in english.title for letter in "äöå")


def test_generated_posts_show_on_the_blog_index_in_search_and_in_the_sitemap(client, busy_post):
    index = client.get("/fi/blogi/")
    assert busy_post.title in index.content.decode()

    found = search_site(busy_post.title, "fi").ranked
    assert busy_post.pk in [hit[1] for hit in found]

    sitemap = "".join(sitemap_files(client).values())
    for model in (BlogPage, NewsPage):
        for page in model.objects.live():
            assert f"{page.url}</loc>" in sitemap, page.url
    assert client.get("/fi/ajankohtaista/feed/rss/").status_code == 200


def test_first_finnish_post_is_the_newest_and_shows_exactly_200_approved_comments(
    client, busy_post
):
    newest = BlogPage.objects.filter(locale__language_code="fi").order_by("-date_published")
    assert newest.first() == busy_post
    comments = busy_post.comments.all()
    assert comments.count() == 200
    assert set(comments.values_list("status", flat=True)) == {Status.APPROVED}
    assert comments.filter(parent__isnull=False).exists()

    pages = [client.get(busy_post.url).content.decode()]
    while 'rel="next"' in pages[-1]:
        pages.append(client.get(f"{busy_post.url}?page={len(pages) + 1}").content.decode())

    assert "200 kommenttia" in pages[0]
    assert sum(html.count('<article class="comment"') for html in pages) == 200
    assert 'id="comment-form"' in pages[0]  # still open for comments
    reply = comments.filter(parent__isnull=False).first()
    assert any(escape(reply.text) in html for html in pages)


def test_the_other_comments_are_spread_mostly_approved_with_some_held_and_replies(busy_post):
    others = Comment.objects.exclude(post=busy_post)
    assert others.count() == 50
    assert not others.exclude(post__in=BlogPage.objects.exclude(pk=busy_post.pk)).exists()
    statuses = Counter(others.values_list("status", flat=True))
    assert statuses[Status.APPROVED] > 40
    per_post = Counter(others.values_list("post", flat=True))
    assert max(per_post.values()) <= 100
    for reply in Comment.objects.filter(parent__isnull=False).select_related("parent", "post"):
        assert reply.parent.post_id == reply.post_id
        assert reply.parent.status == Status.APPROVED
        assert reply.created_at >= reply.parent.created_at >= reply.post.first_published_at
    assert len(set(Comment.objects.values_list("name", flat=True))) > 10


def test_more_articles_take_no_more_queries(generated):
    with CaptureQueriesContext(connection) as few:
        article_generator.build_articles(10)
    with CaptureQueriesContext(connection) as many:
        article_generator.build_articles(40)
    assert len(many) == len(few)


def test_comments_need_articles_to_go_on(generated):
    with pytest.raises(CommandError, match="--comments needs --articles"):
        seed("--if-empty", "--comments", "10")
    with pytest.raises(CommandError, match="need at least"):
        seed("--if-empty", "--articles", "2", "--comments", "500")
