"""{% glossary_terms page %}…{% endglossary_terms %}: marks the text in which the glossary's
terms are to be linked to their entries. The glossary's pages are not built yet, so for now the
text between the tags is shown as it is."""

from django import template

register = template.Library()


class GlossaryTermsNode(template.Node):
    def __init__(self, page, nodelist):
        self.page = page
        self.nodelist = nodelist

    def render(self, context):
        return self.nodelist.render(context)


@register.tag
def glossary_terms(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% glossary_terms page %} takes one argument")
    nodelist = parser.parse(("endglossary_terms",))
    parser.delete_first_token()
    return GlossaryTermsNode(parser.compile_filter(bits[1]), nodelist)
