import pytest

from feedback.models import FeedbackFormField, FeedbackFormPage

SUBJECTS = "Yleinen palaute\nSaavutettavuus\nMateriaalit"


def add_feedback_form(home, to_address="palaute@example.fi"):
    page = FeedbackFormPage(
        title="Anna palautetta",
        slug="palaute",
        locale=home.locale,
        introduction="Kerro meille, mitä mieltä olet.",
        thank_you_text="<p>Kiitos palautteestasi!</p>",
        to_address=to_address,
        from_address="sivusto@example.fi",
        subject="",
    )
    page.form_fields = [
        FeedbackFormField(label="Nimi", field_type="singleline", required=False),
        FeedbackFormField(
            label="Sähköposti",
            field_type="email",
            required=False,
            help_text="Jos haluat vastauksen.",
        ),
        FeedbackFormField(label="Aihe", field_type="dropdown", required=True, choices=SUBJECTS),
        FeedbackFormField(label="Viesti", field_type="multiline", required=True),
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def feedback_page(site_tree):
    return add_feedback_form(site_tree.page("home", "fi"))


@pytest.fixture
def valid_data():
    return {
        "nimi": "Liisa",
        "sahkoposti": "liisa@example.fi",
        "aihe": "Saavutettavuus",
        "viesti": "Kuvista puuttuu tekstivastineita.",
    }
