"""Demo good practices: the good practice database and the glossary's page under each home
page, about 25 practices in Finnish, Swedish and English judged on the five criteria, and the
demo member's proposals, most of them waiting for review (demo/content/practices.yaml).

A practice is known by its Finnish slug: one already in the database is left as it is, and so
is a proposal the demo member already has by its title. Each new practice takes one save and
one published revision per language."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.documents.models import Document

from demo import reader
from demo.reader import LANGUAGES, rich_text
from demo.seeding import demo_locales, demo_topics, seed_index_page, translate_page
from extranet.models import MemberProfile, Organisation
from glossary.models import GlossaryPage
from practices.choices import Criterion
from practices.models import PracticeIndexPage, PracticePage, PracticeProposal, Region, TargetGroup


def seed(home, report):
    locales = demo_locales()
    index_pages = reader.data("index_pages")
    index = seed_index_page(
        home, PracticeIndexPage, index_pages["practices"], locales, report, "good practices"
    )
    seed_index_page(home, GlossaryPage, index_pages["glossary"], locales, report, "glossary")
    content = reader.data("practices")
    known = reader.data("members/known_member")["email"]
    lookups = _Lookups(locales, known)
    existing = {page.slug: page for page in PracticePage.objects.child_of(index)}
    pages = {}
    for spec in content["practices"]:
        pages[spec["key"]] = existing.get(spec["fi"]["slug"]) or _seed_practice(
            index, spec, content, lookups, locales, report
        )
    if lookups.member is not None:
        _seed_proposals(content["proposals"], pages, lookups, report)


class _Lookups:
    """The rows the practices refer to by code, name or key."""

    def __init__(self, locales, member_email):
        self.regions = {region.code: region for region in Region.objects.all()}
        self.target_groups = {group.code: group for group in TargetGroup.objects.all()}
        self.topics = demo_topics(locales)
        self.organisations = {org.name: org for org in Organisation.objects.all()}
        self.member = get_user_model().objects.filter(email__iexact=member_email).first()
        self.profile = MemberProfile.objects.filter(user=self.member).first()
        self.reviewer = get_user_model().objects.filter(username="editor").first()
        materials = reader.data("materials")["materials"]
        self.documents = {spec["key"]: spec["title"] for spec in materials}

    def relate(self, target, spec, code):
        """Regions, target groups, organisations and topics (the last in the page's language)."""
        target.regions.set([self.regions[c] for c in spec["regions"]])
        target.target_groups.set([self.target_groups[c] for c in spec.get("target_groups", [])])
        target.organisations.set(
            [
                self.organisations[n]
                for n in spec.get("organisations", [])
                if n in self.organisations
            ]
        )
        target.topics.set(
            [self.topics[key, code] for key in spec.get("topics", []) if (key, code) in self.topics]
        )


def _seed_practice(index, spec, content, lookups, locales, report):
    finnish = None
    for code in LANGUAGES:
        fields = _fields(spec, code, content["funding"], lookups)
        if code == "fi":
            page = finnish = PracticePage(locale=locales["fi"], **fields)
            index.add_child(instance=page)
        else:
            page = translate_page(finnish, locales[code], fields, publish=False)
        lookups.relate(page, spec, code)
        page.save_revision().publish()
        report.created.append(f"good practice {spec['key']} ({code})")
    return finnish


def _fields(spec, code, funding, lookups):
    text = spec[code]
    start, end = spec["years"]
    fields = {
        "title": text["title"],
        "slug": text["slug"],
        "summary": text["summary"],
        "body": [("paragraph", rich_text(paragraph)) for paragraph in text["body"]],
        "other_organisations": spec.get("other_organisations", ""),
        "phase": spec["phase"],
        "start_year": start,
        "end_year": end,
        "funding": ", ".join(funding[source][code] for source in spec["funding"]),
        "results": rich_text(text["results"]),
        "evaluation": rich_text(text["evaluation"]),
        "materials": [_material(item, code, lookups) for item in spec.get("materials", [])],
        "contact_name": spec["contact"][0],
        "contact_email": spec["contact"][1],
        "contact_member": lookups.profile if spec.get("contact_is_demo_member") else None,
    }
    for criterion, justification in zip(Criterion, text["why"], strict=True):
        fields[f"{criterion.value}_met"] = criterion.value in spec["met"]
        fields[f"{criterion.value}_justification"] = justification
    return fields


def _material(item, code, lookups):
    if "document" in item:
        titles = lookups.documents[item["document"]]
        document = Document.objects.filter(title=titles["fi"]).first()
        if document is not None:
            return ("document", {"document": document, "title": titles[code]})
        item = {"link": "https://example.org/materials/" + item["document"], "title": titles}
    return ("link", {"title": item["title"][code], "url": item["link"]})


def _seed_proposals(specs, pages, lookups, report):
    mine = set(
        PracticeProposal.objects.filter(proposer=lookups.member).values_list("title", flat=True)
    )
    now = timezone.now()
    for spec in specs:
        if spec["title"] in mine:
            continue
        created = now - datetime.timedelta(days=spec["days_ago"])
        status = spec["status"]
        reviewed = status in ("in_review", "returned", "published")
        proposal = PracticeProposal.objects.create(
            proposer=lookups.member,
            language=spec.get("language", "fi"),
            status=status,
            title=spec["title"],
            summary=spec["summary"],
            description=spec.get("description", ""),
            other_organisations=spec.get("other_organisations", ""),
            phase=spec.get("phase", ""),
            start_year=spec.get("start_year"),
            end_year=spec.get("end_year"),
            funding=spec.get("funding", ""),
            results=spec.get("results", ""),
            evaluation=spec.get("evaluation", ""),
            links="\n".join(spec.get("links", [])),
            review_comment=spec.get("review_comment", ""),
            reviewer=lookups.reviewer if reviewed else None,
            practice=pages.get(spec.get("practice")),
            created_at=created,
            submitted_at=None if status == "draft" else created + datetime.timedelta(days=1),
            **{f"{c.value}_case": spec.get("cases", {}).get(c.value, "") for c in Criterion},
        )
        proposal.regions.set([lookups.regions[c] for c in spec.get("regions", [])])
        proposal.target_groups.set(
            [lookups.target_groups[c] for c in spec.get("target_groups", [])]
        )
        proposal.organisations.set(
            [lookups.organisations[n] for n in spec.get("organisations", [])]
        )
        proposal.topics.set(
            [lookups.topics[k, "fi"] for k in spec.get("topics", []) if (k, "fi") in lookups.topics]
        )
        report.created.append(f"practice proposal {spec['title']} ({status})")
