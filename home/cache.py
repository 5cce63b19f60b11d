"""The shared Redis cache as a help, not a dependency: while Redis can't be reached, the site
answers uncached instead of failing.

Django's own Redis backend raises on every call while its server is down, which would make every
page an error page. This one logs a warning and, for `retry_seconds`, behaves as an empty cache
that keeps nothing: a read is a miss, `add` and `set` store nothing (`add` says it did, so that a
lock taken with it goes ahead), `incr` finds no key. Then it tries Redis again. Cached pages,
fragments and rate-limit counts are simply missed meanwhile: the limits are off rather than
refusing everyone; sessions are read from the database (`cached_db`).
"""

import logging
import time

from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
MISSING = object()
# A healthy Redis on the local network answers in a millisecond; waiting longer than this for
# one that doesn't would hold up every request.
CONNECT_TIMEOUT_SECONDS = 0.5
READ_TIMEOUT_SECONDS = 1.0


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that treats an unreachable server as an empty cache for a while."""

    # How long to go without Redis after a failure before trying it again: one warning in the
    # log per period, and no request waits for a server that is known to be down.
    retry_seconds = 5

    def __init__(self, server, params):
        options = {
            "socket_connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "socket_timeout": READ_TIMEOUT_SECONDS,
            # One immediate retry on a fresh connection: after Redis restarts, the pooled ones
            # are dead.
            "retry": Retry(NoBackoff(), 1),
            **params.get("OPTIONS", {}),
        }
        super().__init__(server, {**params, "OPTIONS": options})
        self._unreachable_until = None

    def _call(self, fallback, operation, *args):
        if self._unreachable_until is not None and time.monotonic() < self._unreachable_until:
            return fallback
        try:
            result = operation(*args)
        except UNREACHABLE as error:
            self._unreachable_until = time.monotonic() + self.retry_seconds
            logger.warning(
                "The cache is unreachable; going without it for %s s: %s", self.retry_seconds, error
            )
            return fallback
        if self._unreachable_until is not None:
            self._unreachable_until = None
            logger.info("The cache is reachable again.")
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # As if stored: allauth's rate limits take a lock with add(), and a lock that can never be
        # taken would refuse every sign-in. Without Redis, nothing is counted: limits are off.
        return self._call(True, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        result = self._call(MISSING, super().incr, key, delta, version)
        if result is MISSING:
            # What Django's contract says of a missing key; callers then set it (or give up).
            raise ValueError(f"Key '{key}' not found: the cache is unreachable.")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)
