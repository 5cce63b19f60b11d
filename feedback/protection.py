"""Keeping feedback forms usable for people and costly for robots: a per-address rate limit."""

from django.conf import settings
from django.core.cache import cache

from blog.comments import address_hash, client_ip

__all__ = ["RateLimit", "client_ip"]

DEFAULT_LIMIT = (5, 10 * 60)  # at most 5 messages from one address in 10 minutes


class RateLimit:
    """At most N submissions from one address in a window, counted in the shared cache."""

    def __init__(self, ip):
        self.limit, self.window = getattr(settings, "FEEDBACK_RATE_LIMIT", DEFAULT_LIMIT)
        self.key = f"feedback:rate:{address_hash(ip)}"

    def exceeded(self):
        return cache.get(self.key, 0) >= self.limit

    def count(self):
        if cache.add(self.key, 1, self.window):
            return
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, 1, self.window)
