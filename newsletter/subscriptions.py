"""Joining and leaving the newsletter: double opt-in, confirmation and unsubscribing."""

from django.db import transaction
from django.utils import timezone

from .models import Subscriber


def request_subscription(page, email, language):
    """Store a pending subscriber (or refresh one) and mail the confirmation link.

    A subscribed address is left as it is and gets no mail: the reader sees the same answer
    either way, so the form reveals nothing about who subscribes.
    """
    from .tasks import send_confirmation

    email = email.strip().lower()
    subscriber = Subscriber.objects.filter(email=email).first()
    if subscriber and subscriber.status == Subscriber.Status.SUBSCRIBED:
        return subscriber
    subscriber = subscriber or Subscriber(email=email)
    subscriber.status = Subscriber.Status.PENDING
    subscriber.language = language
    subscriber.consented_at = timezone.now()
    subscriber.save()
    transaction.on_commit(lambda: send_confirmation.enqueue(subscriber.pk, page.pk))
    return subscriber


def confirm(subscriber):
    if subscriber.status != Subscriber.Status.SUBSCRIBED:
        subscriber.status = Subscriber.Status.SUBSCRIBED
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save()
    return subscriber


def unsubscribe(subscriber):
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save()
    return subscriber
