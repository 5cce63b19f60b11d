"""The visitor's address, and per-address limits for the public forms (comments, feedback,
newsletter signup).

The address is the one idea of it that allauth's sign-in limits share (extranet.accounts.adapter): behind
a load balancer, set CLIENT_IP_HEADER or TRUSTED_PROXY_COUNT, or every visitor looks like the
balancer. Counted in the shared cache, so every app server sees the same count; addresses are kept
only as salted hashes.
"""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache


def _valid(ip):
    try:
        return str(ipaddress.ip_address(ip.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The visitor's address: from CLIENT_IP_HEADER when set (its last entry), else the entry
    TRUSTED_PROXY_COUNT places from the end of X-Forwarded-For (each trusted proxy appends the
    address it saw), else the connection's own address."""
    meta = request.META
    forwarded = ""
    if settings.CLIENT_IP_HEADER:
        forwarded = meta.get(settings.CLIENT_IP_HEADER, "").split(",")[-1]
    elif settings.TRUSTED_PROXY_COUNT and meta.get("HTTP_X_FORWARDED_FOR"):
        entries = meta["HTTP_X_FORWARDED_FOR"].split(",")
        # Fewer entries than proxies: the leftmost is the nearest to the visitor anyone recorded.
        forwarded = entries[-min(settings.TRUSTED_PROXY_COUNT, len(entries))]
    return _valid(forwarded) or _valid(meta.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104


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
