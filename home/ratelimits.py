"""Per-address limits for the public forms (comments, feedback, newsletter signup).

Counted in the shared cache, so every app server sees the same count; addresses are kept only as
salted hashes.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    header = settings.CLIENT_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def address_hash(ip):
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()


class RateLimit:
    """At most `limit[0]` submissions of one kind from one address in `limit[1]` seconds."""

    def __init__(self, scope, ip, limit):
        self.limit, self.window = limit
        self.key = f"rate:{scope}:{address_hash(ip)}"

    def exceeded(self):
        return cache.get(self.key, 0) >= self.limit

    def count(self):
        if cache.add(self.key, 1, self.window):
            return
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, 1, self.window)
