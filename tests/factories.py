"""Small builders for the page trees tests need, in the way Wagtail's testing docs build them."""

from contextlib import contextmanager
from dataclasses import dataclass, field

from modelsearch import signal_handlers
from modelsearch.tasks import insert_or_update_object_task

from django.db.models.signals import post_save

from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage, SectionPage

LANGUAGES = ("fi", "sv", "en")
TITLES = {
    "home": {"fi": "Kotoutuminen.fi", "sv": "Integration.fi", "en": "Integration.fi"},
    "section": {"fi": "Kotoutumistyö", "sv": "Integrationsarbete", "en": "Integration work"},
    "content": {"fi": "Selkokieli", "sv": "Lättläst språk", "en": "Plain language"},
}
SLUGS = {
    "section": {"fi": "kotoutumistyo", "sv": "integrationsarbete", "en": "integration-work"},
    "content": {"fi": "selkokieli", "sv": "lattlast-sprak", "en": "plain-language"},
}


@dataclass
class SiteTree:
    site: Site
    pages: dict = field(default_factory=dict)  # pages[kind][language]

    def page(self, kind, language="fi"):
        return self.pages[kind][language]


def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


@contextmanager
def indexed_once_at_the_end(*models):
    """Saves of `models` inside the block update the search index once each, at the end, not at
    every save (a page is saved three times on its way to being published)."""
    saved = {}

    def remember(instance, raw=False, **kwargs):
        if not raw:
            saved.setdefault(instance._meta.label_lower, set()).add(instance.pk)

    for model in models:
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
            post_save.connect(signal_handlers.post_save_signal_handler, sender=model)
    for label, pks in saved.items():
        app_label, model_name = label.split(".")
        for pk in sorted(pks):
            insert_or_update_object_task.enqueue(app_label, model_name, str(pk))


def build_site(languages=LANGUAGES):
    """Root → HomePage → SectionPage → ContentPage in Finnish, translated into `languages`."""
    with indexed_once_at_the_end(HomePage, SectionPage, ContentPage):
        return _build_site(languages)


def _build_site(languages):
    by_code = locales()
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=by_code["fi"])
    )
    home = root.add_child(
        instance=HomePage(
            title=TITLES["home"]["fi"],
            slug="koti",
            locale=by_code["fi"],
            hero_heading="Tietoa kotoutumistyöhön",
            introduction="Tietoa ammattilaisille.",
            footer_text="Ylläpitäjä: kotoutumisen osaamiskeskus.",
        )
    )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", is_default_site=True, root_page=home)
    else:
        old_root = site.root_page
        site.root_page = home
        site.save()
        if old_root.depth == 2 and old_root.specific_class is Page:
            old_root.delete()

    section = home.add_child(
        instance=SectionPage(
            title=TITLES["section"]["fi"],
            slug=SLUGS["section"]["fi"],
            locale=by_code["fi"],
            introduction="Osion johdanto.",
            listing_summary="Osion tiivistelmä.",
            show_in_menus=True,
        )
    )
    content = section.add_child(
        instance=ContentPage(
            title=TITLES["content"]["fi"],
            slug=SLUGS["content"]["fi"],
            locale=by_code["fi"],
            introduction="Sivun johdanto.",
            listing_summary="Selkokielen tiivistelmä.",
            body=[("heading", {"heading_text": "Väliotsikko", "size": "h2"})],
        )
    )
    tree = SiteTree(
        site=site,
        pages={"home": {"fi": home}, "section": {"fi": section}, "content": {"fi": content}},
    )
    for page in (home, section, content):
        page.save_revision().publish()
        page.refresh_from_db()

    for code in languages:
        if code == "fi":
            continue
        for kind in ("home", "section", "content"):
            translated = tree.pages[kind]["fi"].copy_for_translation(by_code[code])
            translated.title = TITLES[kind][code]
            if kind != "home":
                translated.slug = SLUGS[kind][code]
            translated.save_revision().publish()
            tree.pages[kind][code] = Page.objects.get(pk=translated.pk).specific
    return tree


def staff_ready_for_admin(user):
    """Give a staff user what the admin asks of them: a verified address to sign in with and
    two-factor authentication. Returns the authenticator's secret."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def sign_in_editor(client, username="editori"):
    """The client signed in as a member of the Editors group, ready for the admin."""
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user(username, f"{username}@example.fi", "Salasana-123456")
    user.groups.add(Group.objects.get(name="Editors"))
    staff_ready_for_admin(user)
    client.force_login(user)
    return client
