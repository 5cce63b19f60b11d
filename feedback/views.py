from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.ratelimits import RateLimit, client_ip

from .models import HONEYPOT


def render_form(request, page, form, status):
    context = page.get_context(request)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


def submit_feedback(request, page):
    """A visitor sends the form: stored, the editors told in the background, thanked."""
    form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
    rate_limit = RateLimit("feedback", client_ip(request), settings.FEEDBACK_RATE_LIMIT)
    if rate_limit.exceeded():
        form.is_valid()
        form.add_error(
            None,
            _(
                "You have sent several messages in a short time. "
                "Please wait a few minutes and send your message again."
            ),
        )
        return render_form(request, page, form, status=429)
    if not form.is_valid():
        return render_form(request, page, form, status=400)

    rate_limit.count()
    if form.cleaned_data.get(HONEYPOT):
        # A robot: thank it like anyone else, but keep nothing and tell no one.
        return page.render_landing_page(request, None)
    submission = page.process_form_submission(form)
    return page.render_landing_page(request, submission)
