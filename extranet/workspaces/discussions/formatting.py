"""Safe formatting for what members write in discussions.

A small, deliberate subset of Markdown: paragraphs and line breaks, **bold**, *italic*,
bulleted (`- `) and numbered (`1. `) lists, `> ` quotes, links (`[text](https://…)` and bare
http(s) addresses) and @-mentions of a workspace's members. Nothing the member writes is ever
passed through as HTML: the parser emits its own tags and escapes every piece of text and every
address it puts in them. Links go to http, https and mailto addresses only."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

LINK_REL = "nofollow noopener noreferrer"
SCHEMES = ("http://", "https://", "mailto:")
MAX_QUOTE_DEPTH = 3
MAX_LINK_TEXT = 500
MAX_URL = 2000

_BULLET = re.compile(r"^\s{0,3}[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}(\d{1,9})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_BARE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# Characters that may never appear in an address we link to.
_UNSAFE_IN_URL = re.compile(r"[\s<>\"'`\\\x00-\x1f\x7f]")
_TRAILING_PUNCTUATION = ".,;:!?"


def render(text, mentionable=None):
    """`text` as the member wrote it → safe HTML. `mentionable` maps members' names to the
    address of their page; `@Name` of one of them becomes a link."""
    return Formatter(mentionable).render(text)


def mentioned_names(text, mentionable):
    """The names in `mentionable` that `text` mentions with @, as rendering finds them."""
    formatter = Formatter(mentionable)
    formatter.render(text)
    return formatter.mentioned


def safe_url(url):
    """`url` if it is an address members may link to (http, https, mailto), else None."""
    if not url or len(url) > MAX_URL or _UNSAFE_IN_URL.search(url):
        return None
    if not url.lower().startswith(SCHEMES) or len(url) <= len("mailto:"):
        return None
    return url


def _link(url, inner_html):
    return f'<a href="{escape(url)}" rel="{LINK_REL}">{inner_html}</a>'


class Formatter:
    """One rendering: remembers the names it found mentioned in `mentioned`."""

    def __init__(self, mentionable=None):
        self.mentioned = set()
        # Names by their first word, longest first, so "@Anna Maria Virtanen" wins over
        # "@Anna Maria" and a lookup stays quick however many members the workspace has.
        self.names = {}
        self.addresses = {}
        for name, address in (mentionable or {}).items():
            name = " ".join(name.split())
            words = _WORD.findall(name)
            if not words:
                continue
            self.names.setdefault(words[0].casefold(), []).append(name)
            self.addresses[name] = address
        for candidates in self.names.values():
            candidates.sort(key=len, reverse=True)

    def render(self, text):
        lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return mark_safe("\n".join(self._blocks(lines, depth=0)))  # noqa: S308 - built escaped

    # Blocks: paragraphs, lists and quotes.

    def _blocks(self, lines, depth):
        html = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
            elif depth < MAX_QUOTE_DEPTH and _QUOTE.match(line):
                quoted = []
                while i < len(lines) and (match := _QUOTE.match(lines[i])):
                    quoted.append(match.group(1))
                    i += 1
                inner = "\n".join(self._blocks(quoted, depth + 1))
                html.append(f"<blockquote>\n{inner}\n</blockquote>")
            elif _BULLET.match(line) or _NUMBERED.match(line):
                pattern = _BULLET if _BULLET.match(line) else _NUMBERED
                items = []
                start = None
                while i < len(lines) and (match := pattern.match(lines[i])):
                    if pattern is _NUMBERED:
                        start = int(match.group(1)) if start is None else start
                        items.append(match.group(2))
                    else:
                        items.append(match.group(1))
                    i += 1
                html.append(self._list(items, start))
            else:
                paragraph = [self._inline(line.strip())]
                i += 1
                while i < len(lines) and lines[i].strip() and not self._starts_block(lines[i]):
                    paragraph.append(self._inline(lines[i].strip()))
                    i += 1
                html.append("<p>" + "<br>\n".join(paragraph) + "</p>")
        return html

    @staticmethod
    def _starts_block(line):
        return bool(_QUOTE.match(line) or _BULLET.match(line) or _NUMBERED.match(line))

    def _list(self, items, start):
        body = "\n".join(f"<li>{self._inline(item.strip())}</li>" for item in items)
        if start is None:
            return f"<ul>\n{body}\n</ul>"
        start_attribute = f' start="{start}"' if start != 1 else ""
        return f"<ol{start_attribute}>\n{body}\n</ol>"

    # Inline: emphasis, links, mentions; everything else is escaped text.

    def _inline(self, text, links=True):
        out = []
        plain_from = 0
        i = 0
        no_closing = {}  # marker -> position after which it no longer occurs
        while i < len(text):
            found = None
            char = text[i]
            if char == "*":
                found = self._emphasis(text, i, links, no_closing)
            elif links and char == "[":
                found = self._markdown_link(text, i)
            elif links and char in "hH" and (i == 0 or not text[i - 1].isalnum()):
                found = self._bare_url(text, i)
            elif links and char == "@" and (i == 0 or not (text[i - 1].isalnum())):
                found = self._mention(text, i)
            if found is None:
                i += 1
                continue
            html, end = found
            out.append(escape(text[plain_from:i]))
            out.append(html)
            i = plain_from = end
        out.append(escape(text[plain_from:]))
        return "".join(out)

    def _emphasis(self, text, i, links, no_closing):
        marker = "**" if text.startswith("**", i) else "*"
        start = i + len(marker)
        if start >= len(text) or text[start].isspace():
            return None
        end = self._closing(text, marker, start, no_closing)
        if end is None or end == start or text[end - 1].isspace():
            return None
        tag = "strong" if marker == "**" else "em"
        inner = self._inline(text[start:end], links)
        return f"<{tag}>{inner}</{tag}>", end + len(marker)

    @staticmethod
    def _closing(text, marker, start, no_closing):
        """Where `marker` closes after `start`; a single * skips over **. Remembers failures so
        that a line full of unmatched stars stays quick."""
        if no_closing.get(marker, len(text) + 1) <= start:
            return None
        position = start
        while True:
            found = text.find(marker, position)
            if found == -1:
                no_closing[marker] = start
                return None
            if marker == "*" and text.startswith("**", found):
                position = found + 2
                continue
            return found

    def _markdown_link(self, text, i):
        close = text.find("](", i + 1, i + 1 + MAX_LINK_TEXT + 2)
        if close == -1 or close == i + 1:
            return None
        end = text.find(")", close + 2, close + 2 + MAX_URL + 1)
        if end == -1:
            return None
        url = safe_url(text[close + 2 : end].strip())
        if url is None:
            return None
        label = text[i + 1 : close]
        return _link(url, self._inline(label, links=False)), end + 1

    @staticmethod
    def _bare_url(text, i):
        match = _BARE_URL.match(text, i)
        if not match:
            return None
        url = match.group(0)
        # Sentence punctuation after an address belongs to the sentence, as does a closing
        # parenthesis that opened before the address.
        while url and (
            url[-1] in _TRAILING_PUNCTUATION or (url[-1] == ")" and url.count("(") < url.count(")"))
        ):
            url = url[:-1]
        if len(url) <= len("https://") or safe_url(url) is None:
            return None
        return _link(url, escape(url)), i + len(url)

    def _mention(self, text, i):
        word = _WORD.match(text, i + 1)
        if not word:
            return None
        for name in self.names.get(word.group(0).casefold(), ()):
            end = i + 1 + len(name)
            if text[i + 1 : end].casefold() != name.casefold():
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            self.mentioned.add(name)
            address = escape(self.addresses[name])
            return f'<a class="mention" href="{address}">@{escape(name)}</a>', end
        return None
