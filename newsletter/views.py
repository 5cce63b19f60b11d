"""The newsletter's public views, served by NewsletterPage's routes."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from wagtail.views import serve as wagtail_serve

from home.ratelimits import RateLimit, client_ip

from . import subscriptions
from .forms import SignupForm
from .models import Subscriber


def render_page(request, page, form, status):
    context = page.get_context(request, form=form)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def sign_up(request, page):
    """A reader asks for the newsletter: nothing counts until they follow the emailed link."""
    form = SignupForm(request.POST)
    rate_limit = RateLimit(
        "newsletter-signup", client_ip(request), settings.NEWSLETTER_SIGNUP_RATE_LIMIT
    )
    if rate_limit.exceeded():
        form.is_valid()
        form.add_error(
            None,
            _("You have sent the form several times in a short time. Please try again later."),
        )
        return render_page(request, page, form, status=429)
    if not form.is_valid():
        return render_page(request, page, form, status=400)

    rate_limit.count()
    if not form.is_trapped:
        subscriptions.request_subscription(
            page, form.cleaned_data["email"], form.cleaned_data["language"]
        )
    messages.success(
        request,
        _(
            "Thank you! Please check your email: we sent you a link to confirm your "
            "subscription. If the message does not arrive, check your spam folder."
        ),
    )
    return redirect(f"{page.url}#signup-status")


def personal(view):
    """The subscriber's own pages, reached by their secret link: never kept by any cache."""

    def personal_view(request, page, subscriber):
        response = view(request, page, subscriber)
        add_never_cache_headers(response)
        return response

    return personal_view


@personal
def confirm(request, page, subscriber):
    """GET shows a button and POST confirms: mail scanners follow links but do not press buttons."""
    if request.method == "POST":
        subscriptions.confirm(subscriber)
        return page.render(
            request,
            template="newsletter/confirmed.html",
            context_overrides={"subscriber": subscriber},
        )
    return page.render(
        request,
        template="newsletter/confirm.html",
        context_overrides={
            "subscriber": subscriber,
            "already": subscriber.status == Subscriber.Status.SUBSCRIBED,
        },
    )


@personal
def unsubscribe(request, page, subscriber):
    """GET shows a single button; any POST unsubscribes at once, as RFC 8058 one-click asks."""
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(_("You have unsubscribed."), content_type="text/plain")
        return page.render(
            request,
            template="newsletter/unsubscribed.html",
            context_overrides={"subscriber": subscriber},
        )
    return page.render(
        request,
        template="newsletter/unsubscribe.html",
        context_overrides={
            "subscriber": subscriber,
            "already": subscriber.status == Subscriber.Status.UNSUBSCRIBED,
        },
    )


@csrf_exempt
def one_click_unsubscribe(request, path):
    """The page route for unsubscribe links, without the CSRF check.

    Mail providers POST to the List-Unsubscribe address from their servers, with no cookie or
    token (RFC 8058). The token in the address is the only credential the route needs, so the
    check protects nothing here. config/urls.py sends `…/unsubscribe/<token>/` addresses here.
    """
    return wagtail_serve(request, path)
