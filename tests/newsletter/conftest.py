import pytest

from django.core.cache import cache
from django.utils import timezone

from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber
from tests.factories import staff_ready_for_admin

TITLES = {"fi": "Uutiskirje", "sv": "Nyhetsbrev", "en": "Newsletter"}


def add_newsletter(home):
    language = home.locale.language_code
    page = home.add_child(
        instance=NewsletterPage(
            title=TITLES[language],
            slug=TITLES[language].lower(),
            locale=home.locale,
            introduction="Kuukausittainen uutiskirje.",
        )
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_issue(newsletter, title="Lokakuun uutiskirje", slug="lokakuu", sent=False, **fields):
    fields.setdefault("introduction", "Tervetuloa lukemaan.")
    fields.setdefault(
        "body", [("paragraph", "<p>Kumppanuusohjelma kokoontuu <b>marraskuussa</b>.</p>")]
    )
    issue = newsletter.add_child(
        instance=NewsletterIssuePage(title=title, slug=slug, locale=newsletter.locale, **fields)
    )
    issue.save_revision().publish()
    if sent:
        NewsletterIssuePage.objects.filter(pk=issue.pk).update(
            sending_started_at=timezone.now(), sending_finished_at=timezone.now()
        )
    issue.refresh_from_db()
    return issue


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def translate(page, home):
    language = home.locale.language_code
    translated = page.copy_for_translation(home.locale)
    translated.title = TITLES[language]
    translated.slug = TITLES[language].lower()
    translated.save_revision().publish()
    return NewsletterPage.objects.get(pk=translated.pk)


@pytest.fixture
def newsletters(site_tree):
    finnish = add_newsletter(site_tree.page("home", "fi"))
    pages = {"fi": finnish}
    for code in ("sv", "en"):
        pages[code] = translate(finnish, site_tree.page("home", code))
    return pages


@pytest.fixture
def newsletter(newsletters):
    return newsletters["fi"]


@pytest.fixture
def make_subscriber(db):
    def make(email="liisa@example.fi", language="fi", status=Subscriber.Status.SUBSCRIBED):
        return Subscriber.objects.create(email=email, language=language, status=status)

    return make


@pytest.fixture
def sender(db):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("editori", "editori@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    staff_ready_for_admin(user)
    return user


@pytest.fixture
def editor_without_permission(db):
    from django.contrib.auth.models import Group, Permission, User

    group = Group.objects.create(name="Page editors")
    editors = Group.objects.get(name="Editors")
    group.permissions.set(editors.permissions.exclude(codename="send_issue"))
    for permission in editors.page_permissions.all():
        group.page_permissions.create(page=permission.page, permission=permission.permission)
    user = User.objects.create_user("kirjoittaja", "kirjoittaja@example.fi", "Salasana-123456")
    user.groups.add(group)
    assert not user.has_perm("newsletter.send_issue")
    assert Permission.objects.filter(codename="send_issue").exists()
    return user
