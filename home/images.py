"""The admin's image form: every image has alternative text before it is saved.

Wagtail's Image keeps the alternative text in `description`, optional by default. Whether an
image is decorative depends on where it is used, not on the image: hero images and listing
thumbnails are always shown with an empty alt, and the image block asks for its own text. So
there is no decorative flag here; the description is what a screen reader hears wherever the
image stands for content (and what `{% image %}` gives as alt when a template names none).
"""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is None:
            return
        description.required = True
        description.label = _("Alternative text")
        description.help_text = _(
            "Describe briefly what the image shows, for people who cannot see it."
        )
        description.error_messages["required"] = _(
            "Write the image's alternative text: what the image shows, in a sentence."
        )
