"""A mail backend for tests whose server goes away after a number of messages."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class FlakyBackend(EmailBackend):
    """Accepts `fail_after` messages, then every send fails until `fail_after` is reset."""

    fail_after = None
    accepted = 0

    def send_messages(self, messages):
        sent = 0
        for message in messages:
            cls = type(self)
            if cls.fail_after is not None and cls.accepted >= cls.fail_after:
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            sent += super().send_messages([message])
            cls.accepted += 1
        return sent
