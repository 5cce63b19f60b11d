"""Demo blog and news: topics, authors, posts in three languages and readers' comments."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from blog import demo_content as content
from blog.models import Author, BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage
from demo.loaders.home import block_value, demo_images, seed_index_page, translate_page
from home.models import Topic

INDEXES = {
    "blog": {
        "model": BlogIndexPage,
        "title": {"fi": "Blogi", "sv": "Blogg", "en": "Blog"},
        "slug": {"fi": "blogi", "sv": "blogg", "en": "blog"},
        "introduction": {
            "fi": "Kotoutumistyön tekijöiden näkökulmia: kumppanit, hankkeet, kunnat, järjestöt "
            "ja ministeriön asiantuntijat kirjoittavat.",
            "sv": "Perspektiv från dem som arbetar med integration: partner, projekt, kommuner, "
            "organisationer och ministeriets sakkunniga skriver.",
            "en": "Perspectives from people who work on integration: partners, projects, "
            "municipalities, NGOs and the ministry's experts write.",
        },
    },
    "news": {
        "model": NewsIndexPage,
        "title": {"fi": "Ajankohtaista", "sv": "Aktuellt", "en": "News"},
        "slug": {"fi": "ajankohtaista", "sv": "aktuellt", "en": "news"},
        "introduction": {
            "fi": "Uutisia kotoutumisen osaamiskeskukselta ja kumppanuusohjelmasta.",
            "sv": "Nyheter från kompetenscentret för integration och partnerskapsprogrammet.",
            "en": "News from the Competence Centre for Integration and the partnership programme.",
        },
    },
}


def seed(home, report):
    locales = {code: Locale.objects.get(language_code=code) for code in content.LANGUAGES}
    images = demo_images()
    topics = _seed_translatable(Topic, content.TOPICS, locales, report, _topic_fields)
    authors = _seed_translatable(
        Author,
        content.AUTHORS,
        locales,
        report,
        lambda spec, code: _author_fields(spec, code, images),
    )
    for kind, items in (("blog", content.BLOG_POSTS), ("news", content.NEWS_ITEMS)):
        index = seed_index_page(
            home, INDEXES[kind]["model"], INDEXES[kind], locales, report, f"{kind} index"
        )
        for spec in items:
            _seed_article(index, spec, locales, images, topics, authors, report)


def _seed_translatable(model, specs, locales, report, fields):
    """Snippets in every language, keyed by (spec key, language code)."""
    made = {}
    for spec in specs:
        original = model.objects.filter(
            locale=locales["fi"], slug=fields(spec, "fi")["slug"]
        ).first()
        if original is None:
            original = model.objects.create(locale=locales["fi"], **fields(spec, "fi"))
            report.created.append(f"{model._meta.model_name} {spec['key']}")
        made[spec["key"], "fi"] = original
        for code in content.LANGUAGES[1:]:
            translated = original.get_translation_or_none(locales[code])
            if translated is None:
                translated = original.copy_for_translation(locales[code])
                for name, value in fields(spec, code).items():
                    setattr(translated, name, value)
                translated.save()
            made[spec["key"], code] = translated
    return made


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


def _seed_article(index, spec, locales, images, topics, authors, report):
    existing = index.get_children().filter(slug=spec["slug"]["fi"]).first()
    if existing is not None:
        return
    article_class = BlogPage if isinstance(index, BlogIndexPage) else NewsPage
    by_language = {}
    for code in content.LANGUAGES:
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

    for comment_spec in spec.get("comments", []):
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
