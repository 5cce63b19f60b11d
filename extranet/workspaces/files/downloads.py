"""Sending a workspace file's bytes to a member whose access the view has already checked.

Always as an attachment: whatever the file is, the browser saves it rather than opening it on
our origin, so even a file that slipped past the upload checks can't run as a page of the site
(images shown on our pages load through <img>, which ignores Content-Disposition). The headers
say the same again: nosniff, a sandboxing Content-Security-Policy, private caching.

Conditional requests (ETag from the SHA-256, If-None-Match → 304) and one byte range (Range →
206, 416 when unsatisfiable) are answered here; the bytes are streamed, never read whole. With
settings.WORKSPACE_FILES_X_ACCEL_REDIRECT set, nginx sends the bytes from its internal location
instead (see the README)."""

import re
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header, parse_etags

CHUNK = 64 * 1024
SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def etag_of(version):
    return f'"{version.sha256}"' if version.sha256 else f'"v{version.pk}-{version.size}"'


def _protect(response, version, etag):
    response["Content-Disposition"] = content_disposition_header(True, version.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-cache"
    response["ETag"] = etag
    response["Accept-Ranges"] = "bytes"
    return response


def _matches(header, etag):
    if not header:
        return False
    tags = parse_etags(header)
    return "*" in tags or etag in tags or etag in [tag.removeprefix("W/") for tag in tags]


def byte_range(header, size):
    """(start, end) inclusive for one satisfiable range; None to send the whole file (no
    header, several ranges or nonsense: a server may ignore those); "unsatisfiable"."""
    match = SINGLE_RANGE.match((header or "").strip())
    if not match:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if last and int(last) < start:
        return None
    if start >= size:
        return "unsatisfiable"
    return start, end


class RangeFile:
    """Iterates over bytes start..end (inclusive) of an open file, then closes it."""

    def __init__(self, stream, start, end):
        self.stream, self.remaining = stream, end - start + 1
        stream.seek(start)

    def __iter__(self):
        while self.remaining > 0:
            chunk = self.stream.read(min(CHUNK, self.remaining))
            if not chunk:
                break
            self.remaining -= len(chunk)
            yield chunk

    def close(self):
        self.stream.close()


def version_response(request, version):
    etag = etag_of(version)
    if _matches(request.headers.get("If-None-Match"), etag):
        response = HttpResponse(status=304)
        _protect(response, version, etag)
        del response["Content-Type"]
        return response

    prefix = settings.WORKSPACE_FILES_X_ACCEL_REDIRECT
    if prefix:
        response = HttpResponse(content_type=version.content_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(version.blob.name)
        return _protect(response, version, etag)

    storage = version.blob.storage
    try:
        size = storage.size(version.blob.name)
        stream = storage.open(version.blob.name, "rb")
    except FileNotFoundError:
        raise Http404 from None

    wanted = None
    if_range = request.headers.get("If-Range")
    if "Range" in request.headers and (not if_range or if_range.strip() == etag):
        wanted = byte_range(request.headers["Range"], size)

    if wanted == "unsatisfiable":
        stream.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return _protect(response, version, etag)

    if request.method == "HEAD":
        stream.close()
        response = HttpResponse(content_type=version.content_type)
        if wanted:
            start, end = wanted
            response.status_code = 206
            response["Content-Range"] = f"bytes {start}-{end}/{size}"
            response["Content-Length"] = str(end - start + 1)
        else:
            response["Content-Length"] = str(size)
        return _protect(response, version, etag)

    if wanted:
        start, end = wanted
        response = StreamingHttpResponse(
            RangeFile(stream, start, end), status=206, content_type=version.content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
        return _protect(response, version, etag)

    response = FileResponse(stream, content_type=version.content_type)
    response.block_size = CHUNK
    return _protect(response, version, etag)
