"""Compressed, revalidatable HTML for readers who are not signed in.

BREACH: compressing a response that carries a secret (a CSRF token, a session's data) next to
text an attacker can put in the page lets the attacker guess the secret from the sizes. So only
pages the page cache marked public are compressed: the same bytes for every anonymous reader,
no form, no token. Every other page goes out as it is.
"""

import gzip
import hashlib

import brotli

from django.core.cache import cache
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_vary_headers

COMPRESSED_TYPES = ("text/html", "application/xml", "text/xml")
MINIMUM_LENGTH = 200
ENCODINGS = ("br", "gzip")  # the smaller first


def _is_public(response):
    return "public" in response.get("Cache-Control", "")


def _compress(content, encoding):
    if encoding == "br":
        return brotli.compress(content, quality=8)
    return gzip.compress(content, compresslevel=6, mtime=0)


def _accepted(request):
    offered = request.headers.get("Accept-Encoding", "").lower()
    return next((encoding for encoding in ENCODINGS if encoding in offered), None)


class CompressPublicPagesMiddleware:
    """Brotli or gzip for public pages, each page compressed once per encoding (the result is
    cached under the page's bytes' hash, so every app server and every hit share it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.status_code != 200
            or response.has_header("Content-Encoding")
            or not _is_public(response)
            or not response.get("Content-Type", "").startswith(COMPRESSED_TYPES)
            or len(response.content) < MINIMUM_LENGTH
        ):
            return response
        patch_vary_headers(response, ["Accept-Encoding"])
        encoding = _accepted(request)
        if encoding is None:
            return response
        digest = hashlib.sha256(response.content).hexdigest()
        key = f"compressed:{encoding}:{digest}"
        compressed = cache.get(key)
        if compressed is None:
            compressed = _compress(response.content, encoding)
            cache.set(key, compressed, 24 * 3600)
        response.content = compressed
        response["Content-Length"] = str(len(compressed))
        response["Content-Encoding"] = encoding
        if etag := response.get("ETag"):
            # Another representation of the same page: a weak validator, as Django's gzip makes.
            response["ETag"] = etag if etag.startswith("W/") else f"W/{etag}"
        return response


class AnonymousConditionalGetMiddleware(ConditionalGetMiddleware):
    """ETag and 304 Not Modified for pages a reader who is not signed in gets. A signed-in
    reader's pages carry no ETag: their hash would say something of what only they see to any
    cache that kept it."""

    def process_response(self, request, response):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return response
        if not _is_public(response):
            return response
        return super().process_response(request, response)
