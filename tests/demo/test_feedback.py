"""The demo feedback form, also the accessibility feedback channel, in three languages."""

import pytest

from demo.loaders import feedback as demo
from demo.seeding import SeedReport
from feedback.models import FeedbackFormPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "slug", "title", "accessibility", "message"),
    [
        ("fi", "palaute", "Anna palautetta", "Saavutettavuus", "Viesti"),
        ("sv", "respons", "Ge respons", "Tillgänglighet", "Meddelande"),
        ("en", "feedback", "Give feedback", "Accessibility", "Message"),
    ],
)
def test_the_demo_form_is_seeded_once_in_every_language(
    client, site_tree, code, slug, title, accessibility, message
):
    home = site_tree.page("home", "fi")
    demo.seed(home, SeedReport())
    again = SeedReport()
    demo.seed(home, again)
    assert again.created == []

    page = FeedbackFormPage.objects.live().get(locale__language_code=code)
    assert (page.slug, page.title) == (slug, title)
    fields = {field.label: field for field in page.form_fields.all()}
    assert len(fields) == 4
    assert fields[message].required
    subject = next(field for field in fields.values() if field.field_type == "dropdown")
    assert accessibility in subject.choices
    html = client.get(page.url).content.decode()
    assert f'<option value="{accessibility}">' in html
