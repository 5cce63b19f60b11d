"""Generated blog posts, news items and readers' comments for benchmarks (`seed_demo --articles N
--comments N`): varied texts in each page's language on the demo's topics, by the demo's
authors, published over five years under the blog and news of each language, inserted in bulk.
The phrases are in demo/content/generated/articles.yaml and comments.yaml.

The first generated Finnish blog post is the newest, still open for comments, and has exactly
200 approved comments when there are that many to give: the benchmark's busy post.
"""

import datetime
import random
from contextlib import contextmanager

from django.utils import timezone
from django.utils.text import slugify

from taggit.models import Tag
from wagtail.images.models import Image
from wagtail.models import Locale
from wagtail.rich_text import RichText

from blog.models import (
    Author,
    BlogIndexPage,
    BlogPage,
    BlogPageTag,
    Comment,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
)
from blog.models.comments import text_as_html
from demo import reader
from demo.bulk import BATCH, bulk_pages
from home.models import Topic

LANGUAGE_SHARES = {"fi": 6, "sv": 2, "en": 2}
YEARS = 5
BUSY_POST_COMMENTS = 200
OTHER_POST_MOST = 100
# Of the other posts' comments: approved, pending, spam.
STATUS_WEIGHTS = {Comment.Status.APPROVED: 92, Comment.Status.PENDING: 5, Comment.Status.SPAM: 3}
REPLY_SHARE = 0.25


def build_articles(count, rng=None):
    """`count` live blog posts and news items in all, about half each, 60 % in Finnish and
    20 % in Swedish and English, under the existing blog and news of each language. Returns
    them, the Finnish blog posts first. Languages without both indexes get none."""
    rng = rng or random.Random(2026)  # noqa: S311 - reproducible demo data, not secrets
    indexes = _indexes()
    shares = {code: share for code, share in LANGUAGE_SHARES.items() if code in indexes}
    if count <= 0 or not shares:
        return []
    per_language = _split(count, shares)
    images = list(Image.objects.filter(title__startswith="demo-"))
    today = timezone.localdate()
    articles = []
    for code, total in per_language.items():
        topics = list(Topic.objects.filter(locale__language_code=code))
        authors = list(Author.objects.filter(locale__language_code=code))
        kinds = (
            (BlogPage, BlogPageTag, indexes[code][BlogIndexPage], (total + 1) // 2),
            (NewsPage, NewsPageTag, indexes[code][NewsIndexPage], total // 2),
        )
        for model, tag_model, index, number in kinds:
            writer = _Writer(rng, code, topics, authors, images, tag_model)
            taken = set(index.get_children().values_list("slug", flat=True))
            pages = []
            for serial in range(number):
                # The busy post is the newest, so that comments on it are still open.
                newest = serial == 0 and model is BlogPage and code == "fi"
                days_ago = rng.uniform(1, 3) if newest else rng.uniform(0, YEARS * 365)
                pages.append(writer.article(model, today, days_ago, taken))
            articles.extend(bulk_pages(index, pages))
    return articles


def build_comments(count, articles, rng=None):
    """`count` comments on the blog posts among `articles`: the first gets exactly 200
    approved ones (or all when there are fewer), top-level and replies; the rest are spread
    over the others, at most 100 each, mostly approved, some pending and spam. Returns the
    number made."""
    rng = rng or random.Random(2026)  # noqa: S311
    if count <= 0:
        return 0
    posts = [article for article in articles if isinstance(article, BlogPage)]
    if not posts:
        raise ValueError("Comments need generated blog posts to go on.")
    busy, others = posts[0], posts[1:]
    on_busy = min(count, BUSY_POST_COMMENTS)
    left = count - on_busy
    if left > OTHER_POST_MOST * len(others):
        raise ValueError(
            f"{count} comments need at least {1 + -(-left // OTHER_POST_MOST)} blog posts."
        )
    # Heavy-tailed, but none as busy as the first, which the benchmark finds by its count.
    weights = [rng.paretovariate(1.2) for _ in others]
    spread = [0] * len(others)
    while left:
        for index in rng.choices(range(len(others)), weights, k=left):
            if spread[index] < OTHER_POST_MOST:
                spread[index] += 1
                left -= 1
    plan = [(busy, on_busy, True)]
    plan += [(post, n, False) for post, n in zip(others, spread, strict=True) if n]
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    phrases = reader.data("generated/comments")
    now = timezone.now()
    top_level, replies = [], []
    for post, number, all_approved in plan:
        texts = phrases["comments"].get(languages[post.locale_id], phrases["comments"]["fi"])
        begins = max(post.first_published_at, now - datetime.timedelta(days=400))
        made = []
        for _ in range(number):
            name = rng.choice(phrases["names"])
            status = (
                Comment.Status.APPROVED
                if all_approved
                else rng.choices(list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values()))[0]
            )
            approved_before = [c for c in made if c.status == Comment.Status.APPROVED]
            reply = approved_before and rng.random() < REPLY_SHARE
            parent = rng.choice(approved_before) if reply else None
            since = parent.created_at if parent else begins
            comment = Comment(
                post_id=post.pk,
                parent=parent,
                name=name,
                email=f"{slugify(name).replace('-', '.')}@example.fi" if rng.random() < 0.7 else "",
                text=rng.choice(texts["reply" if parent else "comment"]),
                status=status,
                held_reason="many links" if status == Comment.Status.SPAM else "",
                created_at=since + (now - since) * rng.random(),
            )
            if status == Comment.Status.SPAM:
                spam = rng.choice(phrases["spam"])
                comment.name, comment.text = spam["name"], spam["text"]
            comment.text_html = text_as_html(comment.text)  # bulk_create skips save()
            (replies if parent else top_level).append(comment)
            if not parent:
                made.append(comment)
    with _own_dates(Comment):
        Comment.objects.bulk_create(top_level, batch_size=BATCH)
        for reply in replies:
            reply.parent_id = reply.parent.pk
        Comment.objects.bulk_create(replies, batch_size=BATCH)
    return len(top_level) + len(replies)


def _indexes():
    """The blog and news index of each language that has both: code -> {model: page}."""
    found = {}
    for model in (BlogIndexPage, NewsIndexPage):
        for page in model.objects.select_related("locale").order_by("path"):
            found.setdefault(page.locale.language_code, {}).setdefault(model, page)
    return {code: pages for code, pages in found.items() if len(pages) == 2}


def _split(count, shares):
    """`count` split by integer `shares`, the remainder to the first (largest) share."""
    total = sum(shares.values())
    split = {code: count * share // total for code, share in shares.items()}
    split[next(iter(split))] += count - sum(split.values())
    return split


@contextmanager
def _own_dates(model):
    """Let bulk_create keep the comments' own `created_at` (an auto_now_add field)."""
    field = model._meta.get_field("created_at")
    field.auto_now_add = False
    try:
        yield
    finally:
        field.auto_now_add = True


class _Writer:
    """Articles in one language: titles, summaries and bodies composed from the topic's and the
    language's phrases, with the demo's topics, authors, tags and images."""

    def __init__(self, rng, code, topics, authors, images, tag_model):
        self.rng, self.code = rng, code
        texts = reader.data("generated/articles")
        self.text, self.about = texts["phrases"][code], texts["topics"]
        by_slug = {topic.slug: topic for topic in topics}
        self.topics = [
            (spec["key"], by_slug[spec["slug"][code]])
            for spec in reader.data("topics")
            if spec["slug"][code] in by_slug
        ]
        self.authors, self.images, self.tag_model = authors, images, tag_model
        names = {name for key in self.about for name in self.about[key][code]["tags"]}
        existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        missing = [Tag(name=name, slug=slugify(name)) for name in names - set(existing)]
        for tag in missing:
            tag.slug = _free_tag_slug(tag.slug)
            tag.save()
            existing[tag.name] = tag
        self.tags = existing

    def article(self, model, today, days_ago, taken):
        rng, text = self.rng, self.text
        key, topic = (
            rng.choice(self.topics) if self.topics else (rng.choice(list(self.about)), None)
        )
        about = self.about[key][self.code]
        published = timezone.make_aware(
            datetime.datetime.combine(
                today - datetime.timedelta(days=int(days_ago)), datetime.time(8)
            )
        ) + datetime.timedelta(minutes=rng.randint(0, 600))
        place, year = rng.choice(text["places"]), published.year
        title = rng.choice(about["titles"])
        if model is NewsPage:
            suffix = rng.choice(text["news_suffixes"])
            title = rng.choice(text["news_prefixes"]) + title + suffix.format(year=year)
        else:
            title += rng.choice(text["angles"]).format(place=place)
        summary = " ".join(rng.sample(about["sentences"], 2))
        sentences = rng.sample(about["sentences"] + text["general"], 12)
        body = []
        for heading in rng.sample(text["headings"], rng.randint(2, 3)):
            body.append(("heading", {"heading_text": heading, "size": "h2"}))
            paragraph = " ".join(sentences.pop() for _ in range(rng.randint(2, 4)))
            body.append(("paragraph", RichText(f"<p>{paragraph}</p>")))
        body.append(("paragraph", RichText(f"<p>{rng.choice(text['closings'])}</p>")))
        page = model(
            title=title[:255],
            slug=_free_slug(slugify(title)[:70] or "artikkeli", taken),
            summary=summary,
            date_published=timezone.localdate(published),
            first_published_at=published,
            hero_image=rng.choice(self.images) if self.images and rng.random() < 0.7 else None,
            body=body,
        )
        topics = [topic] if topic else []
        if topic and len(self.topics) > 1 and rng.random() < 0.4:
            topics.append(rng.choice([t for _k, t in self.topics if t != topic]))
        page.topics = topics
        if model is BlogPage and self.authors:
            page.authors = rng.sample(self.authors, 2 if rng.random() < 0.15 else 1)
        page.tagged_items = [
            self.tag_model(tag=self.tags[name])
            for name in rng.sample(about["tags"], rng.randint(1, 3))
        ]
        return page


def _free_slug(base, taken):
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def _free_tag_slug(base):
    slug, n = base, 1
    while Tag.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
