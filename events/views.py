"""Registering for an event and one's own registration, served by EventPage's routes."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import registrations
from .forms import RegistrationForm
from .models import Registration
from .tasks import send_registration_email


def render_event(request, event, form, status):
    context = event.get_context(request)
    context["registration_form"] = form
    response = TemplateResponse(request, event.get_template(request), context, status=status)
    add_never_cache_headers(response)
    return response


def register(request, event):
    if request.method != "POST":
        return redirect(f"{event.url}#registration")
    form = RegistrationForm(request.POST, event=event)
    if not form.is_valid():
        return render_event(request, event, form, status=400)
    try:
        registration, created = registrations.register(
            event, language=get_language(), **form.registration_fields()
        )
    except registrations.RegistrationClosed:
        form.add_error(None, _("Registration for this event has closed."))
        return render_event(request, event, form, status=409)
    except registrations.EventFull:
        form.add_error(None, _("Sorry, the event is full."))
        return render_event(request, event, form, status=409)
    if created:
        return redirect(f"{event.url}registration/{registration.token}/")
    # Whoever types an address may not see its registration: its owner gets the link again.
    kind = "confirmed" if registration.status == Registration.Status.CONFIRMED else "waiting"
    send_registration_email.enqueue(registration.pk, kind)
    response = TemplateResponse(
        request,
        "events/registration_known.html",
        {"page": event, "self": event, "email": registration.email},
    )
    add_never_cache_headers(response)
    return response


def own_registration(request, event, token):
    """The registrant's page, reached by the link in their emails: the status, and cancelling."""
    registration = Registration.objects.filter(token=token, event_key=event.translation_key).first()
    if registration is None:
        raise Http404
    cancelled_now = False
    if request.method == "POST" and registration.status != Registration.Status.CANCELLED:
        registrations.cancel(registration)
        registration.refresh_from_db()
        cancelled_now = True
    response = TemplateResponse(
        request,
        "events/registration_status.html",
        {
            "page": event,
            "self": event,
            "registration": registration,
            "position": registrations.waiting_position(registration),
            "cancelled_now": cancelled_now,
        },
    )
    add_never_cache_headers(response)
    return response
