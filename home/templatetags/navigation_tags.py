from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from home import navigation, plain_language
from home.models import PlainLanguagePage

register = template.Library()


@register.simple_tag(takes_context=True)
def current_home(context):
    return navigation.current_home(context.get("request"))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    versions = navigation.language_versions(
        request, context.get("page"), context.get("route_language_urls")
    )
    return {"versions": versions}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    links = [
        (version.code, request.build_absolute_uri(version.url))
        for version in navigation.language_versions(
            request, context.get("page"), context.get("route_language_urls")
        )
        if version.is_translation
    ]
    return {"links": links}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    items = navigation.main_menu(navigation.current_home(request))
    current_path = getattr(page, "path", "")
    return {
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "page": page,
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": []}
    return {"ancestors": navigation.breadcrumbs(page), "page": page, "request": context["request"]}


@register.simple_tag(takes_context=True)
def page_of_type(context, model_label):
    return navigation.page_of_type(context.get("request"), model_label)


@register.filter
def email_breaks(address):
    """The address with line-break opportunities after the @ and before each dot, so a long
    address wraps at its parts instead of in the middle of a word."""
    local, at, domain = escape(address).rpartition("@")
    return mark_safe(f"{local}{at}<wbr>{domain.replace('.', '<wbr>.')}" if at else domain)  # noqa: S308


@register.inclusion_tag("includes/plain_language_switch.html", takes_context=True)
def plain_language_switch(context, page):
    """On a page with a plain-language version, the way to it; on that version, the way back."""
    if isinstance(page, PlainLanguagePage):
        return {
            "standard_version": page.get_parent(),
            "plain_language_index": navigation.page_of_type(
                context.get("request"), "home.PlainLanguageIndexPage"
            ),
        }
    return {"plain_version": plain_language.plain_version_of(page)}


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """`?page=N`, keeping the rest of the listing's query string (its filters, search words); in
    HTML shared by every reader, `link_query` (a QueryDict) stands in for the request's."""
    query = context.get("link_query")
    params = (context.request.GET if query is None else query).copy()
    params["page"] = number
    return f"?{params.urlencode()}"
