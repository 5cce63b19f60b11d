"""{% shared_fragment name [vary_on …] %}…{% endshared_fragment %}: a part of a page that is the
same for every reader (the menu, an article's body, a listing), rendered once per language,
content version and `vary_on` values (home.page_cache.shared). A preview renders it afresh, so
the editor sees the draft."""

from django import template

from home import page_cache

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, name, vary_on, nodelist):
        self.name = name
        self.vary_on = vary_on
        self.nodelist = nodelist

    def render(self, context):
        if getattr(context.get("request"), "is_preview", False):
            return self.nodelist.render(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        return page_cache.shared(self.name, vary_on, lambda: self.nodelist.render(context))


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% shared_fragment name [vary_on …] %} needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(bits[1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
