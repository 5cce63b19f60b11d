"""A post's approved comments as readers see them: threads (a comment with its replies) in
pages, each page rendered once and kept in the cache until a comment of the post changes.

The cached HTML holds nothing of the reader or the request: its links are relative to the
post's own address (`?page=2`, `?reply_to=7`), so one copy serves everyone.
"""

from django.core.cache import cache
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import translation

from home import page_cache
from home.pagination import page_number, page_of

THREADS_PER_PAGE = 20
CACHE_SECONDS = 24 * 60 * 60


def _version_key(post_id):
    return f"blog-comments-version:{post_id}"


def forget(post_id):
    """A comment of the post changed: its pages of comments are rendered anew."""
    page_cache.bump(_version_key(post_id))


def comment_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not instance.unseen_save(instance, created):
        forget(instance.post_id)


def comment_deleted(sender, instance, **kwargs):
    forget(instance.post_id)


def comment_threads(request, post, replies_open):
    """{"count": approved comments, "html": the page of threads the request asks for}; 404 for
    a page past the last."""
    number = page_number(request)
    key = None
    if post.pk:  # an unsaved post's preview has no comments to keep
        version = page_cache.version(_version_key(post.pk))
        language = translation.get_language()
        key = f"blog-comments:{post.pk}:{version}:{language}:{number}:{int(replies_open)}"
        if (cached := cache.get(key)) is not None:
            return cached
    threads = page_of(request, post.approved_comments(), THREADS_PER_PAGE)
    if threads.has_other_pages():
        count = post.shown_comment_count()
    else:
        count = len(threads) + sum(len(thread.approved_replies) for thread in threads)
    context = {
        "threads": threads,
        "page_range": threads.paginator.get_elided_page_range(threads.number),
        "page_query": f"page={threads.number}&" if threads.number > 1 else "",
        # The page links carry no reader's query string: the HTML is shared.
        "link_query": QueryDict(),
        "replies_open": replies_open,
    }
    rendered = {
        "count": count,
        "html": render_to_string("blog/includes/comment_threads.html", context),
    }
    if key:
        cache.set(key, rendered, CACHE_SECONDS)
    return rendered
