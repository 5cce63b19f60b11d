"""Every email of the site says its language, whether it is automatic, and carries a Message-ID
under the site's own domain (SITE_BASE_URL is http://testserver in tests)."""

import socket

import pytest

from django.core import mail

from extranet.members.tasks import send_membership_email
from extranet.models import MemberProfile
from newsletter.emails import issue_message
from newsletter.models import Subscriber
from tests.extranet.builders import make_member
from tests.newsletter.conftest import add_issue, add_newsletter

pytestmark = pytest.mark.django_db


def headers_of(message):
    return message.message()


def test_a_members_email_is_in_their_language_and_marked_automatic():
    member = make_member(MemberProfile.Status.DENIED)
    MemberProfile.objects.filter(pk=member.pk).update(language="sv")

    send_membership_email.call(member.pk, "deny", "")

    headers = headers_of(mail.outbox[0])
    assert headers["Content-Language"] == "sv"
    assert headers["Auto-Submitted"] == "auto-generated"
    assert headers["Message-ID"].endswith("@testserver>")
    assert socket.getfqdn() not in headers["Message-ID"]


def test_a_newsletter_issue_is_written_by_people_not_generated(site_tree):
    newsletter = add_newsletter(site_tree.page("home", "fi"))
    issue = add_issue(newsletter)
    subscriber = Subscriber(email="liisa@example.fi", language="fi", token="t")

    headers = headers_of(issue_message(issue, subscriber))

    assert headers["Content-Language"] == "fi"
    assert headers["Auto-Submitted"] == "no"
    assert headers["Precedence"] == "bulk"
    assert headers["Message-ID"].endswith("@testserver>")
