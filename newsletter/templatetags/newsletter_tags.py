from django import template
from django.utils import translation

from newsletter.models import NewsletterPage

register = template.Library()


@register.simple_tag
def newsletter_page():
    """The live newsletter page in the current language, for a link in the footer."""
    return (
        NewsletterPage.objects.live()
        .public()
        .filter(locale__language_code=translation.get_language())
        .first()
    )
