"""{% glossary_terms page %}…{% endglossary_terms %}: the text between, with the first
occurrence of each glossary term linked to its entry when the page's switch is on."""

import hashlib

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from glossary.marking import mark_terms
from home import page_cache

register = template.Library()


class GlossaryTermsNode(template.Node):
    def __init__(self, page, nodelist):
        self.page = page
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        page = self.page.resolve(context)
        if not getattr(page, "mark_glossary_terms", False):
            return html
        # Marking stems every word: the result is kept for the same text, language and glossary.
        # Wagtail serves a page in its own language: no need to read its locale from the database.
        digest = hashlib.blake2b(html.encode(), digest_size=16).hexdigest()
        marked = page_cache.shared(
            "glossary-marked", [digest], lambda: mark_terms(html, translation.get_language())
        )
        return mark_safe(marked)  # noqa: S308 - rendered HTML, links escaped


@register.tag
def glossary_terms(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% glossary_terms page %} takes one argument")
    nodelist = parser.parse(("endglossary_terms",))
    parser.delete_first_token()
    return GlossaryTermsNode(parser.compile_filter(bits[1]), nodelist)
