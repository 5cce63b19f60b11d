"""Readability measures for the page editor: LIX, sentence length and very long words.

static/js/readability.js computes the same measures in the browser, with the same rules:
a word is a run of letters (hyphens and apostrophes inside it keep it one word), and a
sentence ends at ".", "!", "?" or a line break (titles, headings and introductions end
without a full stop, so each text part is a sentence of its own).
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?]+|\n+")

#: LIX counts a word as long when it has more than this many letters.
LONG_WORD_LETTERS = 6
#: A word this long or longer is "very long". LIX's seven letters flag a third of all
#: ordinary Finnish words (inflection alone adds letters: "kotoutumisen", "palveluihin"),
#: so it tells editors little. From 13 letters on they are nearly all compounds of two or
#: three stems ("kotoutumissuunnitelma", "työvoimapalvelut"), the words plain-language
#: guidance asks writers to open up or explain. Swedish compounds behave the same way.
VERY_LONG_WORD_LETTERS = 13


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int
    very_long_words: int

    @property
    def lix(self):
        """Words per sentence plus the percentage of words longer than six letters."""
        if not self.words:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words

    @property
    def average_sentence_length(self):
        return self.words / self.sentences if self.sentences else 0.0


def letters(word):
    return sum(1 for char in word if char.isalpha())


def measure(text):
    """The readability of plain text."""
    sentences = 0
    words = []
    for part in SENTENCE_END.split(text or ""):
        found = WORD.findall(part)
        if found:
            sentences += 1
            words.extend(found)
    lengths = [letters(word) for word in words]
    return Readability(
        words=len(words),
        sentences=sentences,
        long_words=sum(1 for n in lengths if n > LONG_WORD_LETTERS),
        very_long_words=sum(1 for n in lengths if n >= VERY_LONG_WORD_LETTERS),
    )


def _block_texts(stream):
    for block in stream or []:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            # Block-level tags end lines, so list items and paragraphs count as sentences.
            html = re.sub(r"</(p|li|h\d)>|<br\s*/?>", "\n", value.source, flags=re.I)
            yield strip_tags(html)
        elif kind == "heading":
            yield value["heading_text"]
        elif kind == "quote":
            yield value["text"]


def page_text(page):
    """A page's readable text: its title, introduction (or summary) and the body's text blocks.

    Images, documents, embeds, tables and calls to action are left out: their words are
    captions and labels, not the text a reader reads through.
    """
    parts = [page.title, getattr(page, "introduction", "") or getattr(page, "summary", "")]
    parts.extend(_block_texts(getattr(page, "body", None)))
    return "\n".join(part.strip() for part in parts if part and part.strip())
