"""Glossary terms linked in page text: the first occurrence of each concept's preferred term
or synonym, in any inflected form, becomes a link to its entry in the page language's
glossary.

The matcher of a language (every term's stems → the entry) is built once and kept in the
cache until a concept, term, definition or glossary page changes (see apps.py's signals).
"""

import re
from html import escape

from django.core.cache import cache
from django.utils.translation import gettext as _

from home.page_cache import bump, version
from search.analysis import WORD, language_of

from .services import word_stem

VERSION_KEY = "glossary:version"
CACHE_TIMEOUT = 60 * 60 * 24
# Text inside these elements is never linked.
SKIPPED = {
    "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "button",
    "script", "style", "textarea", "select", "option", "label", "dfn", "abbr", "svg",
    "template", "noscript", "summary", "legend", "iframe", "object",
}  # fmt: skip
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>|<!--.*?-->", re.DOTALL)
VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "embed"}


def changed(**kwargs):
    """Forget every language's matcher (a glossary signal receiver)."""
    bump(VERSION_KEY)


def _build(language):
    from .models import GlossaryPage, Term

    page = (
        GlossaryPage.objects.live()
        .public()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    if page is None:
        return {"terms": {}, "longest": 0}
    base = page.get_url()
    rows = Term.objects.filter(language=language).exclude(status=Term.Status.DEPRECATED)
    rows = list(rows.values_list("concept_id", "status", "slug", "stems", "text"))
    slugs = {cid: slug for cid, status, slug, _s, _t in rows if status == "preferred" and slug}
    titles = {cid: text for cid, status, _sl, _s, text in rows if status == "preferred"}
    terms = {}
    for concept_id, status, _slug, stems, _text in rows:
        if concept_id not in slugs or not stems:
            continue
        key = tuple(stems.split())
        # A preferred term wins over another concept's synonym of the same form.
        if key not in terms or status == "preferred":
            terms[key] = (concept_id, f"{base}{slugs[concept_id]}/", titles[concept_id])
    return {"terms": terms, "longest": max((len(k) for k in terms), default=0)}


def matcher(language):
    key = f"glossary:matcher:{language}:{version(VERSION_KEY)}"
    found = cache.get(key)
    if found is None:
        found = _build(language)
        cache.set(key, found, CACHE_TIMEOUT)
    return found


def _mark_text(text, language, found, seen):
    """Text (HTML-escaped, outside tags) with its first new glossary terms linked."""
    terms, longest = found["terms"], found["longest"]
    tokens = [(m.start(), m.end(), word_stem(m.group(), language)) for m in WORD.finditer(text)]
    out, position, index = [], 0, 0
    while index < len(tokens):
        for length in range(min(longest, len(tokens) - index), 0, -1):
            key = tuple(stem for _s, _e, stem in tokens[index : index + length])
            entry = terms.get(key)
            if entry is None:
                continue
            concept_id, url, _title = entry
            if concept_id in seen:
                continue
            seen.add(concept_id)
            start, end = tokens[index][0], tokens[index + length - 1][1]
            out.append(text[position:start])
            label = escape(_("glossary term"))
            out.append(
                f'<a class="glossary-term" href="{escape(url)}">{text[start:end]}'
                f'<span class="visually-hidden"> ({label})</span></a>'
            )
            position = end
            index += length
            break
        else:
            index += 1
    out.append(text[position:])
    return "".join(out)


def mark_terms(html, language):
    """Rendered HTML with the first occurrence of each glossary term linked to its entry."""
    language = language_of(language)
    if not language or not html:
        return html
    found = matcher(language)
    if not found["terms"]:
        return html
    out, position, skipping, seen = [], 0, [], set()
    for match in TAG.finditer(html):
        text = html[position : match.start()]
        out.append(_mark_text(text, language, found, seen) if not skipping and text else text)
        out.append(match.group())
        position = match.end()
        closing, name, self_closing = match.group(1), (match.group(2) or "").lower(), match.group(3)
        if not name or name in VOID or self_closing:
            continue
        if closing:
            if skipping and skipping[-1] == name:
                skipping.pop()
        elif name in SKIPPED:
            skipping.append(name)
    text = html[position:]
    out.append(_mark_text(text, language, found, seen) if not skipping and text else text)
    return "".join(out)
