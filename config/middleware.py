"""Site-wide middleware of our own: response headers that Django doesn't send, and a guard against
control characters in addresses."""

import re

from django.core.exceptions import BadRequest

# Embedded videos from these services may go full screen and play; nothing else may use a
# device or a powerful browser feature, on our pages or in anything they frame.
VIDEO_ORIGINS = (
    '"https://www.youtube-nocookie.com" "https://www.youtube.com" "https://player.vimeo.com"'
)
DISABLED_FEATURES = (
    "accelerometer",
    "ambient-light-sensor",
    "bluetooth",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "window-management",
    "xr-spatial-tracking",
)
VIDEO_FEATURES = ("autoplay", "encrypted-media", "fullscreen", "picture-in-picture")
PERMISSIONS_POLICY = ", ".join(
    [f"{feature}=()" for feature in DISABLED_FEATURES]
    + [f"{feature}=(self {VIDEO_ORIGINS})" for feature in VIDEO_FEATURES]
)


class PermissionsPolicyMiddleware:
    """Sends Permissions-Policy on every response, static files and error pages included (first
    in MIDDLEWARE, so whitenoise's answers pass through it too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# C0 control characters (tab, line feed and carriage return aside) and DEL: no address or form
# value of the site has them, and PostgreSQL refuses NUL in text outright.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RefuseControlCharactersMiddleware:
    """Answers 400 (the site's translated page) to a request whose path or query string has a
    control character, before any view, lookup or redirect sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        parameters = (text for key, values in request.GET.lists() for text in (key, *values))
        if any(CONTROL_CHARACTERS.search(text) for text in (request.path, *parameters)):
            raise BadRequest("Control character in the address")
        return self.get_response(request)
