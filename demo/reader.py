"""Reads the demo content in demo/content/ (its README.md describes the files): YAML records and
one Markdown file per page and language, turned into the specs the loaders build the site from.

A page spec has the page's key (its file name), the fields of the Finnish file that the
translations leave out (shared by every language: dates, topics, parent…), and each field the
translations have as a dict by language code, like "title": {"fi": …, "sv": …, "en": …}; its
"body" by language is a list of (block type, value) pairs.
"""

import datetime
import re
from functools import cache
from pathlib import Path

import markdown
import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
LANGUAGES = ("fi", "sv", "en")

FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n(.*)\Z", re.DOTALL)
FENCE = re.compile(r"^::: *([a-z_]+) *$")
FENCE_END = ":::"
HEADING = "## "
# Block-level tags of the rich text: the newlines Markdown puts around them are dropped, as the
# editor stores none; other line breaks (inside a paragraph) are spaces.
BLOCK_TAGS = re.compile(r"\n*(</?(?:p|ul|ol|li|h[1-6]|blockquote)>)\n*")
# Wagtail's rich text marks bold and italic with <b> and <i>.
INLINE_TAGS = {"strong": "b", "em": "i"}


class ContentError(ValueError):
    """A demo content file that can't be read as the README describes."""


@cache
def data(name):
    """The records of demo/content/<name>.yaml."""
    return yaml.safe_load((CONTENT_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def rich_text(text):
    """Markdown as the HTML that Wagtail's rich-text editor stores."""
    html = BLOCK_TAGS.sub(r"\1", markdown.markdown(text)).replace("\n", " ")
    for tag, wagtail_tag in INLINE_TAGS.items():
        html = html.replace(f"<{tag}>", f"<{wagtail_tag}>").replace(
            f"</{tag}>", f"</{wagtail_tag}>"
        )
    return html


@cache
def pages(folder, headings="blocks"):
    """The page specs of demo/content/<folder>/, in order: by "weight", then "date", then key;
    a page with a "parent" comes after its parent, among its siblings in the same order.

    headings="blocks": `## ` lines are heading blocks; "inline": they stay in the rich text."""
    directory = CONTENT_DIR / folder
    keys = sorted({path.name.split(".")[0] for path in directory.glob("*.md")})
    specs = [_page(directory, key, headings) for key in keys]
    specs.sort(key=lambda spec: (spec.get("weight", 0), str(spec.get("date", "")), spec["key"]))
    return _tree_order(specs)


@cache
def page(folder, key, headings="blocks"):
    """One page spec: demo/content/<folder>/<key>.<language>.md ("" for the folder itself)."""
    return _page(CONTENT_DIR / folder, key, headings)


def _page(directory, key, headings):
    files = {}
    for code in LANGUAGES:
        path = directory / f"{key}.{code}.md"
        if not path.exists():
            raise ContentError(
                f"{path} is missing: every page is written in {', '.join(LANGUAGES)}."
            )
        files[code] = read_page_file(path)
    original, translations = files[LANGUAGES[0]][0], [files[code][0] for code in LANGUAGES[1:]]
    translated = set(translations[0])
    for code, fields in zip(LANGUAGES[1:], translations, strict=True):
        if set(fields) != translated or not translated <= set(original):
            raise ContentError(
                f"{directory / key}.{code}.md: a translation has the fields of the Finnish page "
                f"except the shared ones ({', '.join(sorted(set(original) - translated))})."
            )
    spec = {"key": key}
    for name, value in original.items():
        spec[name] = (
            {code: files[code][0][name] for code in LANGUAGES} if name in translated else value
        )
    spec["body"] = {code: blocks(files[code][1], headings, files[code][2]) for code in LANGUAGES}
    return spec


def read_page_file(path):
    """(front matter, Markdown body, path) of a page file."""
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match is None:
        raise ContentError(f"{path}: a page file begins with its fields between two --- lines.")
    fields = yaml.safe_load(match[1]) or {}
    for name, value in fields.items():
        if isinstance(value, datetime.date):
            fields[name] = value.isoformat()
    return fields, match[2], path


def blocks(body, headings="blocks", path=""):
    """A Markdown body as (block type, value) pairs: `## ` headings, `::: type` … `:::` blocks
    whose lines are the block's fields in YAML, and rich text ("paragraph") in between."""
    found, text, lines = [], [], iter(body.splitlines())

    def flush():
        if "".join(text).strip():
            found.append(("paragraph", rich_text("\n".join(text).strip("\n"))))
        text.clear()

    for line in lines:
        fence = FENCE.match(line)
        if fence:
            flush()
            inside = []
            for inner in lines:
                if inner.rstrip() == FENCE_END:
                    break
                inside.append(inner)
            else:
                raise ContentError(f"{path}: the '::: {fence[1]}' block has no closing ':::' line.")
            found.append((fence[1], _block_value(fence[1], yaml.safe_load("\n".join(inside)))))
        elif headings == "blocks" and line.startswith(HEADING):
            flush()
            found.append(("heading", line.removeprefix(HEADING).strip()))
        else:
            text.append(line)
    flush()
    return found


def _block_value(kind, value):
    value = value or {}
    if kind == "accordion":
        value["items"] = [{**item, "body": rich_text(item["body"])} for item in value["items"]]
    return value


def _tree_order(specs):
    children = {}
    for spec in specs:
        children.setdefault(spec.get("parent"), []).append(spec)
    keys = {spec["key"] for spec in specs}
    ordered = []

    def visit(parent):
        for spec in children.get(parent, []):
            ordered.append(spec)
            visit(spec["key"])

    visit(None)
    orphans = [spec["key"] for spec in specs if spec.get("parent") not in keys | {None}]
    if orphans:
        raise ContentError(f"Pages whose parent is no page of their folder: {', '.join(orphans)}")
    return ordered
