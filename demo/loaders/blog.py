"""Demo blog and news: topics, authors, posts in three languages and readers' comments
(demo/content/topics.yaml, authors.yaml, blog/, news/ and blog/comments.yaml)."""

import datetime

from django.utils import timezone

from blog.models import Author, BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage
from demo import reader
from demo.reader import LANGUAGES
from demo.seeding import (
    block_value,
    demo_images,
    demo_locales,
    seed_index_page,
    seed_translatable,
    translate_page,
)
from home.models import Topic

INDEX_MODELS = {"blog": BlogIndexPage, "news": NewsIndexPage}


def seed(home, report):
    locales = demo_locales()
    images = demo_images()
    topics = seed_topics(locales, report)
    authors = seed_translatable(
        Author,
        reader.data("authors"),
        locales,
        report,
        lambda spec, code: _author_fields(spec, code, images),
    )
    comments = reader.data("blog/comments")
    for kind, model in INDEX_MODELS.items():
        spec = reader.data("index_pages")[kind]
        index = seed_index_page(home, model, spec, locales, report, f"{kind} index")
        for spec in reader.pages(kind):
            comments_on = comments.get(spec["key"], [])
            _seed_article(index, spec, comments_on, locales, images, topics, authors, report)


def seed_topics(locales, report):
    """The demo topics (shared by the blog, news, events, materials and members' expertise)."""
    return seed_translatable(Topic, reader.data("topics"), locales, report, _topic_fields)


def _topic_fields(spec, code):
    return {
        "name": spec["name"][code],
        "slug": spec["slug"][code],
        "description": spec["description"][code],
    }


def _author_fields(spec, code, images):
    return {
        "name": spec["name"],
        "slug": spec["key"],
        "job_title": spec["job_title"][code],
        "organisation": spec["organisation"][code],
        "bio": spec["bio"][code],
        "photo": images.get(spec.get("image")),
    }


def _seed_article(index, spec, comments, locales, images, topics, authors, report):
    existing = index.get_children().filter(slug=spec["slug"]["fi"]).first()
    if existing is not None:
        return
    article_class = BlogPage if isinstance(index, BlogIndexPage) else NewsPage
    by_language = {}
    for code in LANGUAGES:
        fields = {
            "title": spec["title"][code],
            "slug": spec["slug"][code],
            "summary": spec["summary"][code],
            "date_published": datetime.date.fromisoformat(spec["date"]),
            "hero_image": images.get(spec.get("image")),
            "body": [block_value(block, code, {}, images) for block in spec["body"][code]],
        }
        if code == "fi":
            article = article_class(locale=locales["fi"], **fields)
            index.add_child(instance=article)
        else:
            article = translate_page(by_language["fi"], locales[code], fields, publish=False)
        article.authors.set([authors[key, code] for key in spec.get("authors", [])])
        article.topics.set([topics[key, code] for key in spec["topics"]])
        article.tags.set(spec["tags"][code])
        revision = article.save_revision()
        revision.publish()
        _backdate(article, spec["date"])
        by_language[code] = article
        report.created.append(f"{article_class._meta.model_name} {spec['key']} ({code})")

    for comment_spec in comments:
        post = by_language[comment_spec["language"]]
        parent = _add_comment(post, comment_spec, None, spec["date"])
        for reply in comment_spec.get("replies", []):
            _add_comment(post, reply, parent, spec["date"])


def _backdate(article, date):
    """Demo articles look published on their own date, not on the day the demo was built."""
    published = timezone.make_aware(datetime.datetime.fromisoformat(date).replace(hour=9))
    type(article).objects.filter(pk=article.pk).update(
        first_published_at=published, last_published_at=published
    )


def _add_comment(post, spec, parent, date):
    comment = Comment.objects.create(
        post=post,
        parent=parent,
        name=spec["name"],
        email=spec["email"],
        text=spec["text"],
        status=spec["status"],
        held_reason="many links" if spec["status"] == Comment.Status.SPAM else "",
    )
    sent = timezone.make_aware(datetime.datetime.fromisoformat(date).replace(hour=12))
    sent += datetime.timedelta(hours=comment.pk % 48 + (1 if parent is None else 50))
    Comment.objects.filter(pk=comment.pk).update(created_at=sent)
    return comment
