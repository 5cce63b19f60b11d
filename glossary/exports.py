"""The whole glossary for translators' tools, one language pair at a time: CSV (opens in a
spreadsheet) and TBX-Basic, the ISO 30042 terminology exchange format that CAT tools import.

Both read every concept with its terms and definitions in three queries.
"""

import csv
import io
from itertools import permutations
from xml.etree import ElementTree as ET

from django.conf import settings
from django.utils import timezone

from home.spreadsheets import as_text_cell

from .models import Concept, Term

STATUS_TBX = {
    Term.Status.PREFERRED: "preferredTerm-admn-sts",
    Term.Status.ADMITTED: "admittedTerm-admn-sts",
    Term.Status.DEPRECATED: "deprecatedTerm-admn-sts",
}
TBX_DOCTYPE = '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">'


def language_pairs():
    """Every ordered pair of the site's languages: ("fi", "sv"), ("fi", "en"), …"""
    return list(permutations([code for code, _name in settings.LANGUAGES], 2))


def parse_pair(value):
    """("fi", "sv") for "fi-sv"; None for anything else."""
    pair = tuple(value.split("-"))
    return pair if pair in language_pairs() else None


def _concepts():
    return Concept.objects.prefetch_related("terms", "definitions").order_by("pk")


def _in_language(concept, language):
    """A concept's terms by status and its definition and note in one language."""
    terms = {status: [] for status in Term.Status.values}
    for term in sorted(concept.terms.all(), key=lambda t: t.text.lower()):
        if term.language == language:
            terms[term.status].append(term.text)
    definition = next((d for d in concept.definitions.all() if d.language == language), None)
    return terms, definition


def _cell(value):
    return as_text_cell(str(value or ""))


def to_csv(source, target):
    out = io.StringIO()
    out.write("\ufeff")  # the byte-order mark makes spreadsheets read UTF-8
    writer = csv.writer(out)
    header = []
    for code in (source, target):
        header += [code, f"{code} synonyms", f"{code} deprecated", f"{code} definition"]
        header += [f"{code} note"]
    writer.writerow(header + ["source", "last checked", "id"])
    for concept in _concepts():
        row = []
        for code in (source, target):
            terms, definition = _in_language(concept, code)
            row += [
                "; ".join(terms[Term.Status.PREFERRED]),
                "; ".join(terms[Term.Status.ADMITTED]),
                "; ".join(terms[Term.Status.DEPRECATED]),
                definition.definition if definition else "",
                definition.note if definition else "",
            ]
        checked = concept.last_checked.isoformat() if concept.last_checked else ""
        writer.writerow([_cell(value) for value in row + [concept.source, checked]] + [concept.pk])
    return out.getvalue()


def _sub(parent, tag, text=None, **attributes):
    element = ET.SubElement(parent, tag, {k.replace("_", ":"): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def to_tbx(source, target, title):
    """A TBX-Basic document: one termEntry per concept, a langSet for each of the two
    languages with its definition and terms (each with its administrative status)."""
    ET.register_namespace("xml", "http://www.w3.org/XML/1998/namespace")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    martif = ET.Element("martif", {"type": "TBX-Basic", lang: source})
    header = _sub(martif, "martifHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(_sub(file_desc, "sourceDesc"), "p", f"{title} ({timezone.localdate().isoformat()})")
    _sub(_sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = _sub(_sub(martif, "text"), "body")
    for concept in _concepts():
        entry = _sub(body, "termEntry", id=f"c{concept.pk}")
        if concept.last_checked:
            transaction = _sub(entry, "transacGrp")
            _sub(transaction, "transac", "modification", type="transactionType")
            _sub(transaction, "date", concept.last_checked.isoformat())
        for code in (source, target):
            terms, definition = _in_language(concept, code)
            if not any(terms.values()):
                continue
            lang_set = ET.SubElement(entry, "langSet", {lang: code})
            if definition:
                group = _sub(lang_set, "descripGrp")
                _sub(group, "descrip", definition.definition, type="definition")
                if concept.source:
                    _sub(group, "admin", concept.source, type="source")
                if definition.note:
                    _sub(lang_set, "note", definition.note)  # before the terms, as TBX orders them
            for status in Term.Status.values:
                for text in terms[status]:
                    tig = _sub(lang_set, "tig")
                    _sub(tig, "term", text)
                    _sub(tig, "termNote", STATUS_TBX[status], type="administrativeStatus")
    ET.indent(martif)
    xml = ET.tostring(martif, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{TBX_DOCTYPE}\n{xml}\n'
