"""Members' profile photos: checked, shrunk and cleaned before they are stored, and served only
to members (extranet.members.views.member_photo).

A photo is re-encoded from its pixels, so nothing from the uploaded file survives except the
picture: no EXIF (camera, location, time), no comments, no smuggled payload."""

import io
from pathlib import PurePath

from PIL import Image, ImageOps, UnidentifiedImageError

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000  # larger pictures are refused before decoding (decompression bombs)
MAX_SIDE = 600
FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
CONTENT_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def content_type(name):
    """The Content-Type of a stored photo, from the suffix clean_photo() gave it."""
    return CONTENT_TYPES.get(PurePath(name).suffix.lower(), "application/octet-stream")


def clean_photo(upload):
    """Check an uploaded file is a JPEG, PNG or WebP picture of reasonable size, and return it
    re-encoded at most MAX_SIDE pixels wide and high, turned upright, without metadata.
    Raises ValidationError with a message for the member."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The photo is too large: at most %(size)s.")
            % {"size": filesizeformat(MAX_UPLOAD_BYTES)},
            code="too_large",
        )
    not_an_image = ValidationError(
        _("The file is not a photo we can use. Please choose a JPEG, PNG or WebP picture."),
        code="invalid_image",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
            probe.verify()
        if image_format not in FORMATS:
            raise not_an_image
        if width * height > MAX_PIXELS:
            raise ValidationError(
                _("The picture has too many pixels. Please send a smaller picture."),
                code="too_many_pixels",
            )
        # verify() leaves the image unusable: open it again to read the pixels.
        upload.seek(0)
        with Image.open(upload) as image:
            image.load()
            picture = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise not_an_image from None

    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    if image_format == "JPEG":
        picture.convert("RGB").save(output, "JPEG", quality=85, optimize=True)
    elif image_format == "PNG":
        if picture.mode not in ("RGB", "RGBA", "L", "LA"):
            picture = picture.convert("RGBA")
        picture.save(output, "PNG", optimize=True)
    else:
        if picture.mode not in ("RGB", "RGBA"):
            picture = picture.convert("RGBA")
        picture.save(output, "WEBP", quality=85)
    return ContentFile(output.getvalue(), name=f"photo{FORMATS[image_format]}")


def replace_photo(profile, new_file):
    """Store `new_file` (from clean_photo, or None to remove) as the profile's photo and delete
    the old file from private storage."""
    old_name = profile.photo.name if profile.photo else ""
    if new_file is None:
        profile.photo = ""
    else:
        profile.photo.save(new_file.name, new_file, save=False)
    profile.save(update_fields=["photo", "updated_at"])
    if old_name and old_name != profile.photo.name:
        profile.photo.storage.delete(old_name)


def private_image_response(image):
    """Stream an image from private storage to a member whose access the view has checked:
    cached only in their own browser, never sniffed as anything else."""
    if not image:
        raise Http404
    try:
        stream = image.storage.open(image.name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(stream, content_type=content_type(image.name))
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    return response
