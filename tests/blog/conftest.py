import datetime

import pytest

from wagtail.models import Locale

from blog.models import Author, BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage
from home.models import Topic


def add_blog(home, title="Blogi", slug="blogi"):
    return home.add_child(instance=BlogIndexPage(title=title, slug=slug, locale=home.locale))


def add_post(index, title, slug, days_ago=1, **fields):
    page_class = BlogPage if isinstance(index, BlogIndexPage) else NewsPage
    post = page_class(
        title=title,
        slug=slug,
        locale=index.locale,
        summary=fields.pop("summary", f"Tiivistelmä: {title}"),
        date_published=datetime.date.today() - datetime.timedelta(days=days_ago),
        **fields,
    )
    index.add_child(instance=post)
    post.save_revision().publish()
    post.refresh_from_db()
    return post


@pytest.fixture
def topic(db):
    fi = Locale.objects.get_or_create(language_code="fi")[0]
    return Topic.objects.create(name="Työllisyys", slug="tyollisyys", locale=fi)


@pytest.fixture
def author(db):
    fi = Locale.objects.get_or_create(language_code="fi")[0]
    return Author.objects.create(
        name="Aino Korhonen", slug="aino-korhonen", job_title="Kotoutumiskoordinaattori", locale=fi
    )


@pytest.fixture
def blog_index(site_tree):
    return add_blog(site_tree.page("home", "fi"))


@pytest.fixture
def news_index(site_tree):
    return site_tree.page("home", "fi").add_child(
        instance=NewsIndexPage(
            title="Ajankohtaista", slug="ajankohtaista", locale=site_tree.page("home").locale
        )
    )


@pytest.fixture
def blog_post(blog_index):
    return add_post(blog_index, "Kumppanuus kantaa", "kumppanuus-kantaa")


@pytest.fixture
def make_comment(blog_post):
    def make(text="Hyvä kirjoitus.", status=Comment.Status.PENDING, post=None, **fields):
        fields.setdefault("name", "Liisa")
        fields.setdefault("email", "liisa@example.fi")
        return Comment.objects.create(post=post or blog_post, text=text, status=status, **fields)

    return make


@pytest.fixture
def editor_with_email(db):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("editori", "editori@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
