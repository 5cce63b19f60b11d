"""Editing one's profile, seeing members' profiles and photos, and the extranet home."""

import datetime
import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

from extranet.models import ExtranetAnnouncement, MemberProfile, Organisation, Visibility
from tests.extranet.builders import make_member

pytestmark = pytest.mark.django_db


def url(name, *args, language="fi"):
    with translation.override(language):
        return reverse(f"extranet:{name}", args=args)


def picture(image_format="JPEG", size=(1600, 1200), name="kuva.jpg", exif=True):
    image = Image.new("RGB", size, (200, 40, 40))
    output = io.BytesIO()
    options = {}
    if exif and image_format == "JPEG":
        metadata = Image.Exif()
        metadata[0x010F] = "Kamerayhtiö"  # Make
        metadata[0x8825] = {2: (60.0, 10.0, 0.0)}  # GPS position
        options["exif"] = metadata.tobytes()
    image.save(output, image_format, **options)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}[image_format]
    return SimpleUploadedFile(name, output.getvalue(), content_type=content_type)


def profile_data(profile, **overrides):
    data = {
        "first_name": profile.user.first_name,
        "last_name": profile.user.last_name,
        "job_title": profile.job_title,
        "organisation": profile.organisation_id or "",
        "new_organisation": "",
        "sector": profile.sector,
        "regions": profile.region_codes,
        "languages": profile.language_codes,
        "topics": [topic.pk for topic in profile.topics.all()],
        "phone": profile.phone,
        "bio": profile.bio,
        "email_visibility": profile.email_visibility,
        "phone_visibility": profile.phone_visibility,
        "language": profile.language,
    }
    data.update(overrides)
    return data


@pytest.fixture
def member(client):
    profile = make_member(
        first_name="Aino",
        last_name="Virtanen",
        organisation="Tampereen kaupunki",
        region="pirkanmaa",
        topics=["Työllisyys"],
        languages=["fi"],
    )
    client.force_login(profile.user)
    return profile


def test_a_member_saves_their_profile_and_finds_it_in_the_search_document(client, member):
    response = client.post(
        url("profile_edit"),
        profile_data(
            member,
            job_title="Palvelupäällikkö",
            regions=["pirkanmaa", "uusimaa"],
            languages=["fi", "ar"],
            bio="Työskentelen maahanmuuttajien ohjauksessa.",
            new_organisation="Pirkanmaan Setlementti",
        ),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.job_title == "Palvelupäällikkö"
    assert sorted(member.region_codes) == ["pirkanmaa", "uusimaa"]
    assert sorted(member.language_codes) == ["ar", "fi"]
    assert member.organisation.name == "Pirkanmaan Setlementti"
    assert member.organisation.status == Organisation.Status.PROPOSED
    assert {"setlementti", "ohjau", "palvelupäällikkö"} <= set(member.search_document.split())
    page = client.get(response["Location"])
    assert "Pirkanmaan Setlementti" in page.text  # the proposal stays selectable for its member


def test_a_photo_is_resized_stripped_of_metadata_and_served_only_to_members(client, member):
    client.post(url("profile_edit"), {**profile_data(member), "photo": picture()})

    member.refresh_from_db()
    assert member.photo.name.endswith(".jpg")
    photo_url = url("member_photo", member.pk)
    response = client.get(photo_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, max-age=3600"
    assert response["X-Content-Type-Options"] == "nosniff"
    served = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert max(served.size) == 600
    assert not served.getexif()

    client.logout()
    assert client.get(photo_url)["Location"].startswith("/fi/accounts/login/")
    client.force_login(make_member(MemberProfile.Status.PENDING).user)
    assert client.get(photo_url)["Location"] == url("status")


def test_a_file_that_is_not_a_picture_is_refused_in_the_members_language_keeping_input(
    client, member
):
    fake = SimpleUploadedFile("kuva.jpg", b"%PDF-1.4 not a picture", content_type="image/jpeg")

    response = client.post(
        url("profile_edit", language="sv"),
        {**profile_data(member, job_title="Ny titel"), "photo": fake},
    )

    assert response.status_code == 400
    assert "Filen är inte ett foto som vi kan använda." in response.text
    assert 'value="Ny titel"' in response.text
    assert 'id="id_photo_error"' in response.text
    member.refresh_from_db()
    assert not member.photo
    assert member.job_title == "Kotoutumiskoordinaattori"


def test_a_gif_is_refused_and_a_png_is_kept_as_png(client, member):
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    response = client.post(
        url("profile_edit", language="en"),
        {
            **profile_data(member),
            "photo": SimpleUploadedFile("a.gif", gif.getvalue(), content_type="image/gif"),
        },
    )
    assert response.status_code == 400

    client.post(
        url("profile_edit"),
        {**profile_data(member), "photo": picture("PNG", (300, 300), name="a.png")},
    )
    member.refresh_from_db()
    assert member.photo.name.endswith(".png")
    assert client.get(url("member_photo", member.pk))["Content-Type"] == "image/png"


def test_removing_a_photo_deletes_the_file(client, member):
    client.post(url("profile_edit"), {**profile_data(member), "photo": picture()})
    member.refresh_from_db()
    storage, name = member.photo.storage, member.photo.name
    assert storage.exists(name)

    client.post(url("profile_edit"), {**profile_data(member), "remove_photo": "on"})

    member.refresh_from_db()
    assert not member.photo
    assert not storage.exists(name)
    assert client.get(url("member_photo", member.pk)).status_code == 404


def test_a_hidden_phone_is_not_shown_to_others_but_is_kept_in_the_owners_form(client, member):
    client.post(
        url("profile_edit"),
        profile_data(
            member,
            phone="+358 40 765 4321",
            phone_visibility=Visibility.NOBODY,
            email_visibility=Visibility.NOBODY,
        ),
    )

    own_form = client.get(url("profile_edit"))
    assert "+358 40 765 4321" in own_form.text
    own_view = client.get(url("member_detail", member.pk, language="en"))
    assert "This is how other members see your profile" in own_view.text
    assert "+358 40 765 4321" not in own_view.text
    assert member.user.email not in own_view.text

    client.force_login(make_member().user)
    other_view = client.get(url("member_detail", member.pk))
    assert other_view.status_code == 200
    assert "Aino Virtanen" in other_view.text
    assert "+358 40 765 4321" not in other_view.text
    assert member.user.email not in other_view.text


def test_contact_details_made_visible_are_shown_to_members(client, member):
    member.phone, member.phone_visibility = "+358 40 111 2222", Visibility.MEMBERS
    member.save()
    client.force_login(make_member().user)

    response = client.get(url("member_detail", member.pk))

    assert "+358 40 111 2222" in response.text
    assert member.user.email in response.text
    assert "Tampereen kaupunki" in response.text


@pytest.mark.parametrize(
    "status",
    [MemberProfile.Status.PENDING, MemberProfile.Status.SUSPENDED, MemberProfile.Status.ENDED],
)
def test_people_who_are_not_active_members_have_no_profile_page(client, member, status):
    other = make_member(status)
    assert client.get(url("member_detail", other.pk)).status_code == 404
    assert client.get(url("member_photo", other.pk)).status_code == 404


def test_expertise_is_shown_in_the_readers_language(client, member):
    topic = member.topics.get()
    swedish = topic.copy_for_translation(Locale.objects.get_or_create(language_code="sv")[0])
    swedish.name = "Sysselsättning"
    swedish.save()

    swedish_page = client.get(url("member_detail", member.pk, language="sv"))
    english_page = client.get(url("member_detail", member.pk, language="en"))
    swedish_form = client.get(url("profile_edit", language="sv"))

    assert "Sysselsättning" in swedish_page.text
    assert "Työllisyys" in english_page.text  # not translated into English: the Finnish name
    assert "Sysselsättning" in swedish_form.text


def test_the_home_page_greets_and_lists_the_newest_members_of_the_members_region(client, member):
    now = timezone.now()
    for n in range(8):
        make_member(
            first_name=f"Uusi{n}",
            region=["pirkanmaa", "uusimaa"] if n % 2 else "pirkanmaa",
            member_since=now - datetime.timedelta(days=n),
        )
    make_member(first_name="Kaukainen", region="lappi", member_since=now)
    make_member(MemberProfile.Status.PENDING, first_name="Odottava", region="pirkanmaa")

    response = client.get(url("home", language="en"))

    assert "Welcome, Aino!" in response.text
    newcomers = [f"Uusi{n}" for n in range(8) if f"Uusi{n} " in response.text]
    assert newcomers == [f"Uusi{n}" for n in range(6)]
    assert response.text.index("Uusi0 ") < response.text.index("Uusi5 ")
    for absent in ("Kaukainen", "Odottava", "Aino Virtanen"):
        assert absent not in response.text


def test_the_home_page_runs_the_same_few_queries_however_many_members_there_are(
    client, member, django_assert_max_num_queries
):
    def add_members(count):
        for _ in range(count):
            make_member(region="pirkanmaa", topics=["Työllisyys"], languages=["fi", "sv"])
        ExtranetAnnouncement.objects.create(title="Uutinen", body="<p>Teksti.</p>")

    add_members(1)
    client.get(url("home"))  # the first request of a site creates its settings row
    # The site's frame (menus, footer, language switcher) takes most of these.
    with django_assert_max_num_queries(25) as few:
        client.get(url("home"))
    add_members(20)
    with django_assert_max_num_queries(len(few)):
        client.get(url("home"))


def test_the_home_page_shows_announcements_in_the_readers_language(client, member):
    finnish = Locale.objects.get(language_code="fi")
    swedish = Locale.objects.get_or_create(language_code="sv")[0]
    now = timezone.now()
    translated = ExtranetAnnouncement.objects.create(
        locale=finnish, title="Verkostotapaaminen", body="<p>Tervetuloa.</p>", published_at=now
    )
    in_swedish = translated.copy_for_translation(swedish)
    in_swedish.title = "Nätverksträff"
    in_swedish.save()
    ExtranetAnnouncement.objects.create(
        locale=finnish,
        title="Vain suomeksi",
        body="<p>Ei käännöstä.</p>",
        published_at=now - datetime.timedelta(days=1),
    )
    ExtranetAnnouncement.objects.create(
        locale=finnish, title="Luonnos", body="<p>-</p>", is_published=False
    )
    ExtranetAnnouncement.objects.create(
        locale=finnish,
        title="Tulossa",
        body="<p>-</p>",
        published_at=now + datetime.timedelta(days=1),
    )

    swedish_home = client.get(url("home", language="sv")).text
    finnish_home = client.get(url("home", language="fi")).text

    assert "Nätverksträff" in swedish_home
    assert "Verkostotapaaminen" not in swedish_home
    assert "Vain suomeksi" in swedish_home
    assert swedish_home.index("Nätverksträff") < swedish_home.index("Vain suomeksi")
    assert "Verkostotapaaminen" in finnish_home
    assert "Nätverksträff" not in finnish_home
    for hidden in ("Luonnos", "Tulossa"):
        assert hidden not in swedish_home
        assert hidden not in finnish_home
