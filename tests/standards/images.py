"""A real image in the image library, big enough for every rendition the pages ask for."""

import io

from PIL import Image as PILImage

from django.core.files.images import ImageFile

from wagtail.images.models import Image


def make_image(title="Kuvitus", description="Ihmisiä kokouksessa", size=(1600, 1000)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#00437a").save(buffer, format="PNG")
    return Image.objects.create(
        title=title, description=description, file=ImageFile(buffer, name="kuvitus.png")
    )
