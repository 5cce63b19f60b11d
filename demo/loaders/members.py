"""Demo members of the Partnership Platform: about 200 people across regions, sectors and
organisations, most approved, some waiting, a few suspended, denied or ended; the organisations
register; and a few extranet announcements in Finnish, Swedish and English (the words are in
demo/content/members/).

Everything is inserted in bulk (one password hash shared by the generated members, search
documents computed in Python), so `build_members(10_000, rng)` takes seconds. Running the seed
again adds nothing; `build_members` always adds.
"""

import datetime
import random
import secrets
import unicodedata
import uuid

from allauth.account.models import EmailAddress

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from demo import reader
from demo.bulk import analyze_tables
from demo.seeding import SeedReport
from extranet.members.membership import members_group
from extranet.models import (
    ExtranetAnnouncement,
    MemberProfile,
    Organisation,
    ProfileLanguage,
    ProfileRegion,
    Region,
    Sector,
    Visibility,
)
from home.models import Topic
from search import analysis

DEFAULT_MEMBERS = 200
USERNAME_PREFIX = "member-"
BATCH = 2000
Status = MemberProfile.Status
STATUS_WEIGHTS = {
    Status.APPROVED: 80,
    Status.PENDING: 10,
    Status.SUSPENDED: 5,
    Status.DENIED: 3,
    Status.ENDED: 2,
}
ANNOUNCEMENT_NAMESPACE = uuid.UUID("3f0a3c52-8a0e-4c55-9a57-5e0f4f4f2a11")
MAINLAND_REGIONS = [
    region for region in Region.values if region not in (Region.WHOLE_COUNTRY, Region.ALAND)
]


def seed(home, report):
    """The demo register, members and announcements; what exists already is left alone.
    (`home` is unused: members live outside the page tree.)"""
    organisations = seed_organisations(report)
    known_email = reader.data("members/known_member")["email"]
    if not get_user_model().objects.filter(email__iexact=known_email).exists():
        rng = random.Random(2025)  # noqa: S311 - reproducible demo data, not secrets
        password = secrets.token_urlsafe(12)
        known = _insert([_known_spec(organisations)], make_password(password))
        generated = build_members(DEFAULT_MEMBERS - 1, rng, organisations=organisations)
        _attach_proposals(generated, rng)
        report.created.append(f"{1 + len(generated)} extranet members")
        report.credentials.append((known[0].user.email, password))
    seed_announcements(report)


def seed_organisations(report):
    """The organisations register; returns the demo organisations by name."""
    wanted = {spec["name"]: spec for spec in reader.data("members/organisations")}
    existing = set(
        Organisation.objects.filter(name__in=list(wanted)).values_list("name", flat=True)
    )
    missing = [name for name in wanted if name not in existing]
    if missing:
        taken = {name.lower() for name in Organisation.objects.values_list("name", flat=True)}
        slugs = set(Organisation.objects.values_list("slug", flat=True))
        new = []
        for name in missing:
            if name.lower() in taken:  # the same name, differently cased
                continue
            slug = base = slugify(name)[:190]
            n = 1
            while slug in slugs:
                n += 1
                slug = f"{base}-{n}"
            slugs.add(slug)
            # A record has the organisation's fields: name, sector, region, website, status.
            new.append(Organisation(slug=slug, **wanted[name]))
        Organisation.objects.bulk_create(new)
        if new:
            report.created.append(f"{len(new)} organisations")
    return {
        organisation.name: organisation
        for organisation in Organisation.objects.filter(name__in=list(wanted))
    }


def build_members(n, rng, *, organisations=None, statuses=None):
    """Add `n` generated members (random but reproducible from `rng`) and return their
    profiles. For benchmarks too: ten thousand take a few seconds.

    organisations: name -> Organisation to place them in (default: the demo register).
    statuses: status -> weight (default: mostly approved, some pending, a few others)."""
    if organisations is None:
        organisations = seed_organisations(SeedReport())
    approved = [o for o in organisations.values() if o.status == Organisation.Status.APPROVED]
    topics = expertise_topics()
    weights = statuses or STATUS_WEIGHTS
    serial = _next_serial()
    password_hash = make_password(secrets.token_urlsafe(16))
    specs = [
        _random_spec(rng, serial + i, approved, topics, list(weights), list(weights.values()))
        for i in range(n)
    ]
    return _insert(specs, password_hash)


def seed_announcements(report):
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ["fi", "sv", "en"]
    }
    made = 0
    for spec in reader.data("members/announcements"):
        key = uuid.uuid5(ANNOUNCEMENT_NAMESPACE, spec["key"])
        present = set(
            ExtranetAnnouncement.objects.filter(translation_key=key).values_list(
                "locale__language_code", flat=True
            )
        )
        published = timezone.now() - datetime.timedelta(days=spec["days_ago"])
        for code, locale in locales.items():
            if code in present:
                continue
            ExtranetAnnouncement.objects.create(
                translation_key=key,
                locale=locale,
                title=spec["title"][code],
                body=reader.rich_text(spec["body"][code]),
                published_at=published,
            )
            made += 1
    if made:
        report.created.append(f"{made} extranet announcements")


# Building members


def expertise_topics():
    """Expertise topics by demo key (the blog demo's Finnish topics), each with its names in
    every language for the search document. Without the blog demo: the site's own topics."""
    default = Locale.get_default()
    slugs = {spec["slug"]["fi"]: spec["key"] for spec in reader.data("topics")}
    by_key = {
        slugs[topic.slug]: topic
        for topic in Topic.objects.filter(locale=default, slug__in=list(slugs))
    }
    if not by_key:
        by_key = {topic.slug: topic for topic in Topic.objects.filter(locale=default)}
    names = {}
    for translation_key, name in Topic.objects.filter(
        translation_key__in=[topic.translation_key for topic in by_key.values()]
    ).values_list("translation_key", "name"):
        names.setdefault(translation_key, []).append(name)
    for topic in by_key.values():
        topic.all_names = " ".join(names.get(topic.translation_key, [topic.name]))
    return by_key


def _next_serial():
    last = (
        get_user_model()
        .objects.filter(username__regex=rf"^{USERNAME_PREFIX}[0-9]{{6,}}$")
        .order_by("-username")
        .values_list("username", flat=True)
        .first()
    )
    return int(last.removeprefix(USERNAME_PREFIX)) + 1 if last else 1


def _ascii(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(folded.lower().split())


def _known_spec(organisations):
    spec = reader.data("members/known_member")
    topics = expertise_topics()
    since = timezone.now() - datetime.timedelta(days=3 * 365)
    return {
        "username": f"{USERNAME_PREFIX}000000",
        "email": spec["email"],
        "first_name": spec["first_name"],
        "last_name": spec["last_name"],
        "status": Status.APPROVED,
        "language": "fi",
        "organisation": organisations.get(spec["organisation"]),
        "job_title": spec["job_title"],
        "sector": spec["sector"],
        "regions": spec["regions"],
        "languages": spec["languages"],
        "topics": [topics[key] for key in spec["topics"] if key in topics],
        "bio": spec["bio"],
        "phone": spec["phone"],
        "phone_visibility": Visibility.MEMBERS,
        "email_visibility": Visibility.MEMBERS,
        "applied_at": since - datetime.timedelta(days=4),
        "member_since": since,
    }


def _random_spec(rng, serial, organisations, topics, statuses, weights):
    names, words = reader.data("members/names"), reader.data("members/profiles")
    group = rng.random()
    if group < 0.68:
        first, last = rng.choice(names["finnish"]["first"]), rng.choice(names["finnish"]["last"])
        spoken, language = ["fi", *_some(rng, [("en", 0.8), ("sv", 0.35)])], "fi"
        bio_language = "fi" if rng.random() < 0.9 else "en"
    elif group < 0.85:
        first, last = rng.choice(names["swedish"]["first"]), rng.choice(names["swedish"]["last"])
        spoken, language = ["sv", *_some(rng, [("fi", 0.85), ("en", 0.8)])], "sv"
        bio_language = "sv" if rng.random() < 0.8 else "fi"
    else:
        other = rng.choice(names["other"])
        first, last, mother_tongue = other["first"], other["last"], other["language"]
        spoken = [mother_tongue, *_some(rng, [("fi", 0.8), ("en", 0.7), ("sv", 0.1)])]
        language = "fi" if rng.random() < 0.6 else "en"
        bio_language = "fi" if language == "fi" else "en"

    organisation = rng.choice(organisations) if organisations and rng.random() < 0.96 else None
    sector = (organisation.sector if organisation else "") or rng.choice(Sector.values)
    if organisation and organisation.region and organisation.region != Region.WHOLE_COUNTRY:
        regions = [organisation.region]
    elif rng.random() < 0.4:
        regions = [Region.WHOLE_COUNTRY.value]
    else:
        regions = [rng.choice(MAINLAND_REGIONS)]
    if rng.random() < 0.2:
        regions.append(rng.choice(MAINLAND_REGIONS))
    if language == "sv" and rng.random() < 0.15:
        regions.append(Region.ALAND.value)

    titles = words["job_titles"].get(sector) or words["job_titles"]["other"]
    job_title = rng.choice(titles)["sv" if bio_language == "sv" else "fi"]
    sector_topics = words["sector_topics"].get(sector, [])
    keys = [key for key in sector_topics if key in topics] or list(topics)
    chosen = rng.sample(keys, min(len(keys), rng.randint(1, 3))) if keys else []
    sentences = words["bio_sentences"][bio_language]
    bio = " ".join(
        [rng.choice(sentences[key]) for key in chosen if key in sentences]
        + [rng.choice(words["bio_endings"][bio_language])]
    ).strip()

    status = rng.choices(statuses, weights)[0]
    now = timezone.now()
    if status == Status.PENDING:
        applied_at = now - datetime.timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 900))
        member_since = None
    else:
        member_since = now - datetime.timedelta(
            days=rng.randint(5, 6 * 365), minutes=rng.randint(0, 900)
        )
        applied_at = member_since - datetime.timedelta(days=rng.randint(1, 14))
    if status == Status.DENIED:
        member_since = None
    has_phone = rng.random() < 0.6
    return {
        "username": f"{USERNAME_PREFIX}{serial:06d}",
        "email": f"{_ascii(first)}.{_ascii(last)}.{serial}@example.fi",
        "first_name": first,
        "last_name": last,
        "status": status,
        "language": language,
        "organisation": organisation,
        "job_title": job_title,
        "sector": sector,
        "regions": list(dict.fromkeys(regions)),
        "languages": list(dict.fromkeys(spoken)),
        "topics": [topics[key] for key in chosen],
        "bio": bio,
        "phone": f"+358 {rng.choice(['40', '44', '50'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if has_phone
        else "",
        "phone_visibility": Visibility.MEMBERS if rng.random() < 0.5 else Visibility.NOBODY,
        "email_visibility": Visibility.MEMBERS if rng.random() < 0.85 else Visibility.NOBODY,
        "applied_at": applied_at,
        "member_since": member_since,
    }


def _some(rng, options):
    return [code for code, probability in options if rng.random() < probability]


def _insert(specs, password_hash):
    """Users, verified addresses, profiles and their regions, languages and topics: a handful
    of bulk inserts for any number of members."""
    User = get_user_model()
    users = User.objects.bulk_create(
        [
            User(
                username=spec["username"],
                email=spec["email"],
                first_name=spec["first_name"],
                last_name=spec["last_name"],
                password=password_hash,
                date_joined=spec["applied_at"],
            )
            for spec in specs
        ],
        batch_size=BATCH,
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users],
        batch_size=BATCH,
    )
    profiles = MemberProfile.objects.bulk_create(
        [_profile(user, spec) for user, spec in zip(users, specs, strict=True)],
        batch_size=BATCH,
    )
    ProfileRegion.objects.bulk_create(
        [
            ProfileRegion(profile=profile, code=code)
            for profile, spec in zip(profiles, specs, strict=True)
            for code in spec["regions"]
        ],
        batch_size=BATCH,
    )
    ProfileLanguage.objects.bulk_create(
        [
            ProfileLanguage(profile=profile, code=code)
            for profile, spec in zip(profiles, specs, strict=True)
            for code in spec["languages"]
        ],
        batch_size=BATCH,
    )
    Through = MemberProfile.topics.through
    Through.objects.bulk_create(
        [
            Through(memberprofile=profile, topic=topic)
            for profile, spec in zip(profiles, specs, strict=True)
            for topic in spec["topics"]
        ],
        batch_size=BATCH,
    )
    # Approved members are in the Members group, as extranet.members.membership keeps them.
    group = members_group()
    Groups = User.groups.through
    Groups.objects.bulk_create(
        [
            Groups(user_id=profile.user_id, group_id=group.pk)
            for profile in profiles
            if profile.status == Status.APPROVED
        ],
        batch_size=BATCH,
    )
    if len(specs) >= 1000:
        analyze_tables(
            User, EmailAddress, MemberProfile, ProfileRegion, ProfileLanguage, Through, Groups
        )
    return profiles


def _profile(user, spec):
    organisation = spec["organisation"]
    decided = spec["member_since"] or (
        spec["applied_at"] + datetime.timedelta(days=2) if spec["status"] == Status.DENIED else None
    )
    words = reader.data("members/profiles")
    return MemberProfile(
        user=user,
        status=spec["status"],
        language=spec["language"],
        motivation=words["motivations"][spec["language"]],
        applied_at=spec["applied_at"],
        decided_at=decided,
        status_message=words["status_messages"].get(spec["status"], ""),
        member_since=spec["member_since"],
        job_title=spec["job_title"],
        organisation=organisation,
        sector=spec["sector"],
        phone=spec["phone"],
        bio=spec["bio"],
        email_visibility=spec["email_visibility"],
        phone_visibility=spec["phone_visibility"],
        search_document=analysis.document(
            f"{spec['first_name']} {spec['last_name']}",
            organisation.name if organisation else "",
            spec["job_title"],
            " ".join(topic.all_names for topic in spec["topics"]),
            spec["bio"],
        ),
    )


def _attach_proposals(profiles, rng):
    """The proposed organisations come from approved members, who already work for them."""
    proposers = [p for p in profiles if p.status == Status.APPROVED]
    demo_names = [spec["name"] for spec in reader.data("members/organisations")]
    for organisation in Organisation.objects.filter(
        status=Organisation.Status.PROPOSED, proposed_by=None, name__in=demo_names
    ):
        if not proposers:
            return
        proposer = proposers.pop(rng.randrange(len(proposers)))
        organisation.proposed_by_id = proposer.user_id
        organisation.save(update_fields=["proposed_by"])
        proposer.organisation = organisation
        proposer.save(update_fields=["organisation"])
        proposer.refresh_search_document()
