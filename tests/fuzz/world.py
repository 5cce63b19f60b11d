"""A small site with one of everything, and every address of it, for the fuzz tests.

`build_world()` makes pages of every page type in every language, and in the extranet a member
who owns a workspace with a discussion, a file, a meeting and an invitation, a colleague, and
staff. `addresses()` walks the URL conf (and the routes of routable pages) and `fill()` puts the
world's objects into an address's parameters: a new view gets fuzzed without being listed
anywhere, and a new kind of parameter makes the tests fail until the world has one.
"""

import datetime
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import timezone, translation

from wagtail.admin.viewsets import viewsets
from wagtail.models import Locale, get_page_models
from wagtail.views import serve as wagtail_serve

from blog.models import Author, BlogIndexPage, BlogPage, Comment, NewsIndexPage, NewsPage
from events.models import EventIndexPage, EventPage, Registration
from extranet.models import ExtranetAnnouncement, Notification, Report, Workspace
from extranet.moderation import services as moderation
from extranet.workspaces import services as workspaces
from extranet.workspaces.discussions import services as discussions
from extranet.workspaces.events import services as workspace_events
from extranet.workspaces.files import services as files
from extranet.workspaces.invitations import services as invitations
from glossary.models import GlossaryPage
from home.models import PlainLanguageIndexPage, PlainLanguagePage, Topic
from materials.models import Language, Material, MaterialIndexPage
from newsletter.models import NewsletterIssuePage, NewsletterPage, Subscriber
from practices.models import PracticeIndexPage, PracticePage, PracticeProposal, Region
from stewardship.models import LawChange, LawChangeSection
from tests.extranet.builders import make_member, make_organisation, make_staff, make_user
from tests.factories import LANGUAGES, build_site
from tests.feedback.conftest import add_feedback_form
from tests.glossary.builders import make_concept
from tests.materials.conftest import pdf_document

# The apps whose code is ours (not Wagtail's, allauth's or Django's): their admin views are
# fuzzed as staff.
OUR_APPS = {
    config.label
    for config in apps.get_app_configs()
    if Path(config.path).is_relative_to(settings.BASE_DIR)
    and ".venv" not in Path(config.path).parts
}
TOPICS = {"fi": "tyollisyys", "sv": "sysselsattning", "en": "employment"}


def picture(name="kuva.png", colour=(0, 67, 122)):
    output = io.BytesIO()
    Image.new("RGB", (24, 24), colour).save(output, "PNG")
    return ContentFile(output.getvalue(), name=name)


def pdf_upload(name="vuosikatsaus.pdf"):
    data = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n"
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@dataclass
class World:
    users: dict  # role -> user (None for anonymous)
    pages: dict  # (page model, language code) -> a live page of that type in that language
    values: dict  # language -> {(context, parameter) or parameter: value for an address}
    objects: dict = field(default_factory=dict)


def _public_pages(tree):
    pages = {}
    for code in LANGUAGES:
        home = tree.page("home", code)
        locale = home.locale
        for kind in ("home", "section", "content"):
            page = tree.page(kind, code)
            pages[type(page), code] = page
        topic = Topic.objects.create(name=f"Työ {code}", slug=TOPICS[code], locale=locale)
        author = Author.objects.create(name=f"Aino {code}", slug=f"aino-{code}", locale=locale)
        for index_model, article_model in ((BlogIndexPage, BlogPage), (NewsIndexPage, NewsPage)):
            index = publish(
                home.add_child(
                    instance=index_model(
                        title=index_model.__name__, slug=index_model.__name__.lower(), locale=locale
                    )
                )
            )
            article = article_model(
                title="Kumppanuus kantaa",
                slug="kumppanuus",
                locale=locale,
                summary="Tiivistelmä.",
                date_published=datetime.date.today(),
            )
            article.topics.set([topic])
            article.authors.set([author])
            article.tags.add("kotoutuminen")
            publish(index.add_child(instance=article))
            pages[index_model, code] = index
            pages[article_model, code] = article
        Comment.objects.create(
            post=pages[BlogPage, code],
            name="Liisa",
            email="liisa@example.fi",
            text="Hyvä kirjoitus.",
            status=Comment.Status.APPROVED,
        )
        events = publish(
            home.add_child(
                instance=EventIndexPage(title="Tapahtumat", slug="tapahtumat", locale=locale)
            )
        )
        start = timezone.now() + datetime.timedelta(days=7)
        event = EventPage(
            title="Verkostopäivä",
            slug="verkostopaiva",
            locale=locale,
            summary="Tiivistelmä.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            city="Helsinki",
            registration_enabled=True,
            capacity=30,
            waiting_list_enabled=True,
        )
        event.topics.set([topic])
        publish(events.add_child(instance=event))
        Registration.objects.create(
            event=event,
            event_key=event.translation_key,
            language=code,
            name="Liisa Ilmoittautuja",
            email="liisa@example.fi",
        )
        pages[EventIndexPage, code] = events
        pages[EventPage, code] = event
        newsletter = publish(
            home.add_child(
                instance=NewsletterPage(title="Uutiskirje", slug="uutiskirje", locale=locale)
            )
        )
        issue = publish(
            newsletter.add_child(
                instance=NewsletterIssuePage(
                    title="Lokakuu", slug="lokakuu", locale=locale, introduction="Tervetuloa."
                )
            )
        )
        NewsletterIssuePage.objects.filter(pk=issue.pk).update(
            sending_started_at=timezone.now(), sending_finished_at=timezone.now()
        )
        pages[NewsletterPage, code] = newsletter
        pages[NewsletterIssuePage, code] = issue
        bank = publish(
            home.add_child(
                instance=MaterialIndexPage(title="Materiaalit", slug="materiaalit", locale=locale)
            )
        )
        material = Material.objects.create(
            title="Opas",
            description="Kuvaus.",
            locale=locale,
            document=pdf_document(f"Opas {code}"),
            year=2025,
        )
        material.languages.set(Language.objects.filter(code=code))
        material.topics.set([topic])
        material.save()
        pages[MaterialIndexPage, code] = bank
        practices = publish(
            home.add_child(
                instance=PracticeIndexPage(title="Hyvät käytännöt", slug="kaytannot", locale=locale)
            )
        )
        practice = practices.add_child(
            instance=PracticePage(
                title="Kielikahvila", slug="kielikahvila", summary="S.", locale=locale
            )
        )
        practice.regions.set(Region.objects.filter(code="uusimaa"))
        practice.topics.set([topic])
        pages[PracticeIndexPage, code] = practices
        pages[PracticePage, code] = publish(practice)
        glossary = home.add_child(
            instance=GlossaryPage(title="Sanasto", slug="sanasto", locale=locale)
        )
        pages[GlossaryPage, code] = publish(glossary)
        feedback = add_feedback_form(home)
        pages[type(feedback), code] = publish(feedback)
        plain = PlainLanguagePage(
            title="Selkosuomeksi",
            slug="selko",
            locale=locale,
            introduction="Helppo teksti.",
            body=[("paragraph", "<p>Helppo teksti.</p>")],
        )
        pages[PlainLanguagePage, code] = publish(
            tree.page("content", code).add_child(instance=plain)
        )
        plain_index = PlainLanguageIndexPage(title="Selkosivut", slug="selkosivut", locale=locale)
        pages[PlainLanguageIndexPage, code] = publish(home.add_child(instance=plain_index))
    return pages


def _extranet(staff):
    organisation = make_organisation("Kotoutumisen osaamiskeskus")
    me = make_member(first_name="Maija", organisation=organisation, topics=["Työllisyys"])
    colleague = make_member(first_name="Kalle", organisation=organisation)
    make_member(status="pending", first_name="Hakija")
    colleague.photo.save("kasvot.png", picture("kasvot.png"))
    workspace = workspaces.create(me.user, name="Kotoutumisen työryhmä", description="Yhdessä.")
    workspace.cover.save("kansi.png", picture("kansi.png", (10, 120, 60)))
    workspaces.join(workspace, colleague.user)
    closed = workspaces.create(
        colleague.user, name="Suljettu ryhmä", visibility=Workspace.Visibility.CLOSED
    )
    workspaces.request_to_join(closed, make_member().user, "Pääsisinkö mukaan?")
    discussion = discussions.start(workspace, me.user, "Kevään tapaaminen", "Milloin **tavataan**?")
    post = discussion.posts.get()
    discussions.reply(discussion, colleague.user, "Sopii @Maija Jäsen1 hyvin.")
    folder = files.create_folder(workspace, "Pöytäkirjat", me.user)
    shared = files.upload(workspace, pdf_upload(), me.user, folder=folder)
    meeting = workspace_events.schedule(
        workspace,
        me.user,
        title="Tapaaminen",
        starts_at=timezone.now() + datetime.timedelta(days=3),
        ends_at=timezone.now() + datetime.timedelta(days=3, hours=1),
        location="Helsinki",
    )
    invitations.invite_by_email(workspace, me.user, ["uusi@example.fi"])
    invitation = workspace.invitations.get()
    moderation.report(colleague.user, post, Report.Reason.SPAM, "Tarkistakaa.")
    ExtranetAnnouncement.objects.create(
        title="Tervetuloa", locale=Locale.objects.get(language_code="fi")
    )
    proposal = PracticeProposal.objects.create(
        proposer=me.user, title="Kielikahvila", status=PracticeProposal.Status.RETURNED
    )
    attachment = proposal.attachments.create(
        file=ContentFile(b"%PDF-1.4 liite", name="liite.pdf"),
        name="liite.pdf",
        content_type="application/pdf",
        size=14,
    )
    return {
        "me": me,
        "colleague": colleague,
        "proposal": proposal,
        "attachment": attachment,
        "organisation": organisation,
        "workspace": workspace,
        "discussion": discussion,
        "post": post,
        "folder": folder,
        "file": shared,
        "meeting": meeting,
        "invitation": invitation,
        "notification": Notification.objects.filter(recipient=me.user).first(),
        "staff": staff,
    }


def build_world():
    tree = build_site()
    staff = make_staff(superuser=True)
    extranet = _extranet(staff)
    pages = _public_pages(tree)
    subscriber = Subscriber.objects.create(email="tilaaja@example.fi")
    law_change = LawChange.objects.create(
        date=datetime.date.today(), notice_fi="Laki muuttui.", notice_sv="Lagen ändrades."
    )
    LawChangeSection.objects.create(law_change=law_change, page=tree.page("section", "fi"))
    issue = pages[NewsletterIssuePage, "fi"]
    material = Material.objects.order_by("pk").first()
    revision = material.save_revision()
    concept = make_concept("kotoutuminen", "integration", "integration")
    concept_slugs = dict(concept.terms.values_list("language", "slug"))
    common = {
        ("workspaces", "slug"): extranet["workspace"].slug,
        ("organisations", "slug"): extranet["organisation"].slug,
        ("members", "pk"): extranet["colleague"].pk,
        ("discussions", "pk"): extranet["discussion"].pk,
        ("posts", "pk"): extranet["post"].pk,
        ("folders", "pk"): extranet["folder"].pk,
        ("files", "pk"): extranet["file"].pk,
        ("versions", "number"): 1,
        ("events", "pk"): extranet["meeting"].pk,
        ("notifications", "pk"): extranet["notification"].pk,
        ("practices", "pk"): extranet["proposal"].pk,
        ("practice-proposals", "pk"): extranet["proposal"].pk,
        ("attachments", "attachment_pk"): extranet["attachment"].pk,
        ("invitations", "token"): extranet["invitation"].token,
        ("issue", "issue_id"): issue.pk,
        # The organiser's registration views of a public event.
        ("events", "event_id"): pages[EventPage, "fi"].pk,
        ("registrations", "registration_id"): Registration.objects.get(
            event=pages[EventPage, "fi"]
        ).pk,
        ("sitemap-", "section"): "fi",
        ("wagtaildocs_serve", 1): material.document.pk,
        ("wagtaildocs_serve", 2): material.document.filename,
        # The admin's revisions of a snippet (the first material: the admin fills in pk).
        "revision_id": revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        # Links from emails: a made-up key is what a stale or mistyped link brings.
        ("confirm-email", "key"): "MQ:1tQx0x:made-up",
        ("account_reset_password_from_key", "uidb36"): "1",
        ("account_reset_password_from_key", "key"): "made-up-key",
        # Wagtail's password-protected pages and documents: no restriction exists, so 404.
        "restriction_id": 0,
        "page_view_restriction_id": 0,
        "page_id": pages[type(tree.page("content")), "fi"].pk,
        # Routes of routable pages (blog, events, newsletter), by route name.
        ("confirm", "token"): subscriber.token,
        ("unsubscribe", "token"): subscriber.token,
        ("tag", "slug"): "kotoutuminen",
        ("export", "pair"): "fi-sv",
        ("export", "file_format"): "tbx",
    }
    values = {}
    for code in LANGUAGES:
        values[code] = {
            **common,
            ("topic", "slug"): TOPICS[code],
            ("author", "slug"): f"aino-{code}",
            ("registration", "token"): Registration.objects.get(event=pages[EventPage, code]).token,
            # A glossary entry: the concept's preferred term in the language.
            "slug": concept_slugs[code],
            # The one-click unsubscribe address of mail providers: the newsletter page's path.
            "path": f"{pages[NewsletterPage, code].slug}/unsubscribe/{subscriber.token}/",
        }
    return World(
        users={
            "anonymous": None,
            # Signed up and verified, not yet applied: the membership application is theirs.
            "newcomer": make_user(first_name="Uusi", last_name="Tulokas"),
            "member": extranet["me"].user,
            "staff": staff,
        },
        pages=pages,
        values=values,
        objects=extranet,
    )


# Walking the URL conf


@dataclass(frozen=True)
class Address:
    """One URL pattern of the URL conf: its parts from the root, and what it belongs to."""

    parts: tuple  # the patterns from the root resolver down to the URL pattern
    name: str  # namespace:name, or the pattern when it has no name
    i18n: bool  # under i18n_patterns: it exists in every language
    admin_model: object = None  # the model of the admin viewset it belongs to, if any

    def __str__(self):
        return self.name


def _our_admin_namespaces():
    """{namespace: model} of the admin viewsets our apps register (not Wagtail's own)."""
    get_resolver().url_patterns  # noqa: B018 - loading the URLs registers the viewsets
    found = {}
    for viewset in viewsets.viewsets:
        module = type(viewset).__module__.split(".")[0]
        if module in OUR_APPS and getattr(viewset, "name", None):
            found[viewset.url_namespace] = getattr(viewset, "model", None)
    return found


def _is_ours(pattern):
    view = getattr(pattern.callback, "view_class", pattern.callback)
    return view.__module__.split(".")[0] in OUR_APPS


def _walk(patterns, parts=(), namespaces=(), i18n=False):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(
                pattern.url_patterns,
                (*parts, pattern),
                (*namespaces, pattern.namespace) if pattern.namespace else namespaces,
                i18n or isinstance(pattern.pattern, LocalePrefixPattern),
            )
        else:
            yield (*parts, pattern), namespaces, i18n


ADMIN = "admin/"
# Served by Django only in development and tests (SERVE_MEDIA); in production nginx serves them.
DEVELOPMENT_ONLY = ("django.views.static",)


def addresses():
    """Every address of the site the fuzz tests visit: every URL pattern outside the admin, and
    in the admin those of our own apps. Wagtail's page-serving catch-all stands for the pages of
    the world (see page_addresses)."""
    admin_namespaces = _our_admin_namespaces()
    found = []
    for parts, namespaces, i18n in _walk(get_resolver().url_patterns):
        pattern = parts[-1]
        if pattern.callback is wagtail_serve:
            continue
        if pattern.callback.__module__ in DEVELOPMENT_ONLY:
            continue
        admin_model = None
        if str(parts[0].pattern) == ADMIN:
            in_viewset = [ns for ns in namespaces if ns in admin_namespaces]
            if not in_viewset and not _is_ours(pattern):
                continue  # Wagtail's own admin
            admin_model = admin_namespaces[in_viewset[0]] if in_viewset else None
        label = ":".join([*namespaces, pattern.name]) if pattern.name else _template(parts)
        found.append(Address(parts, label, i18n, admin_model))
    return found


def _template(parts):
    return "/" + "".join(str(part.pattern) for part in parts)


def is_admin(address):
    return str(address.parts[0].pattern) == ADMIN


# Filling an address with the world's objects

CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<parameter>[^>]+)>")


def _context(prefix):
    """The literal path segment just before a parameter: `workspaces` in workspaces/<slug>/."""
    segments = [segment for segment in prefix.split("/") if segment]
    return segments[-1] if segments else ""


class MissingValue(LookupError):
    pass


def _lookup(values, contexts, parameter):
    contexts = [context for context in contexts if context]
    for context in contexts:
        if (context, parameter) in values:
            return values[context, parameter]
    if parameter in values:
        return values[parameter]
    raise MissingValue(
        f"The fuzz world has no value for the parameter {parameter!r} after {contexts!r}: add an "
        "object of that kind to tests/fuzz/world.py (build_world's values)."
    )


def _fill_route(route, prefix, value_for):
    def replace(match):
        return str(value_for([_context(prefix + route[: match.start()])], match["parameter"]))

    return CONVERTER.sub(replace, route)


def _group_end(regex, start):
    """The index after the parenthesis closing the group that opens at `start`."""
    depth = 0
    index = start
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError(f"Unbalanced parentheses in {regex!r}")


def _fill_regex(regex, prefix, value_for, route_name=None):
    """An address that matches `regex`: named and positional groups get the world's values,
    alternatives their first choice."""
    out = []
    index = 0
    position = 0
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            out.append(regex[index + 1])
            index += 2
        elif regex.startswith("(?P<", index):
            name = regex[index + 4 : regex.index(">", index)]
            out.append(str(value_for([route_name, _context(prefix + "".join(out))], name)))
            index = _group_end(regex, index)
        elif regex.startswith("(?:", index):
            end = _group_end(regex, index)
            inner = regex[index + 3 : end - 1]
            if "|" in inner and "(" not in inner:
                out.append(inner.split("|")[0])
            else:
                out.append(_fill_regex(inner, prefix + "".join(out), value_for, route_name))
            index = end
        elif char == "(":
            position += 1
            out.append(str(value_for([route_name], position)))
            index = _group_end(regex, index)
        elif char in "^$":
            index += 1
        else:
            out.append(char)
            index += 1
    return "".join(out)


def fill(address, world, language):
    """The address as a path, in `language` when it is under i18n_patterns."""
    values = world.values[language]

    def value_for(contexts, parameter):
        # An admin viewset's views take its own model's objects (the first one will do).
        if address.admin_model is not None and parameter == "pk":
            return address.admin_model._default_manager.order_by("pk").first().pk
        return _lookup(values, contexts, parameter)

    path = ""
    name = address.parts[-1].name
    with translation.override(language):
        for part in address.parts:
            pattern = part.pattern
            if isinstance(pattern, LocalePrefixPattern):
                path += pattern.language_prefix
            elif isinstance(pattern, RoutePattern):
                path += _fill_route(str(pattern), path, value_for)
            elif isinstance(pattern, RegexPattern):
                piece = _fill_regex(pattern._regex, path, value_for, name)
                assert re.fullmatch(pattern._regex.lstrip("^"), piece), (pattern._regex, piece)
                path += piece
    return "/" + path


def page_models():
    """Every page type of our apps that editors can add somewhere."""
    return [
        model
        for model in get_page_models()
        if model._meta.app_label in OUR_APPS and model.allowed_parent_page_models()
    ]


def page_addresses(page, world, language):
    """A page's own address and those of its routes (RoutablePageMixin), filled."""
    found = [page.url]
    subpage_urls = getattr(page, "get_subpage_urls", None)
    if subpage_urls is None:
        return found
    values = world.values[language]

    def value_for(contexts, parameter):
        return _lookup(values, contexts, parameter)

    for route in subpage_urls():
        pattern = route.pattern
        if isinstance(pattern, RoutePattern):
            piece = _fill_route(str(pattern), "", value_for)
        else:
            # The route's name says what its parameter is: topic, topic_rss → a topic's slug.
            kind = route.name.split("_")[0] if route.name else None
            piece = _fill_regex(pattern._regex, "", value_for, kind)
            assert re.fullmatch(pattern._regex.lstrip("^"), piece), (pattern._regex, piece)
        address = page.url + piece
        if address not in found:
            found.append(address)
    return found
