from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from blog.models import BlogPage, NewsPage
from blog.models.articles import latest_articles
from home import page_cache
from home.models import SiteSettings

register = template.Library()


@register.filter
def topic_url(index, topic):
    return index.topic_url(topic)


@register.filter
def author_url(index, author):
    return index.author_url(author)


@register.filter
def tag_url(index, tag):
    return index.tag_url(tag)


@register.simple_tag(takes_context=True)
def feed_links(context, index, topic=None):
    base = index.topic_url(topic) if topic else index.url
    request = context["request"]
    title = f"{index.title}: {topic.name}" if topic else index.title
    return format_html_join(
        "\n",
        '<link rel="alternate" type="{}" title="{} ({})" href="{}">',
        (
            (mime, title, name, request.build_absolute_uri(f"{base}feed/{path}/"))
            for mime, name, path in [
                ("application/rss+xml", "RSS", "rss"),
                ("application/atom+xml", "Atom", "atom"),
            ]
        ),
    )


@register.simple_tag(takes_context=True)
def privacy_statement_link(context):
    request = context["request"]

    def link():
        page = SiteSettings.for_request(request).privacy_page
        if page is None:
            return ""
        return format_html(
            '<a href="{}">{}</a>',
            page.localized.get_url(request),
            _("Read the privacy statement"),
        )

    return page_cache.shared("privacy-link", [request.get_host()], link)


@register.inclusion_tag("blog/includes/latest_articles.html", takes_context=True)
def latest_articles_section(context, kind):
    model = {"news": NewsPage, "blog": BlogPage}[kind]
    articles = list(latest_articles(model))
    index = articles[0].get_parent() if articles else None
    return {
        "articles": articles,
        "index": index,
        "kind": kind,
        "request": context.get("request"),
    }
