"""What members write in discussions is shown formatted, and never as HTML of their own."""

import re

import pytest

from extranet.workspaces.discussions.formatting import LINK_REL, mentioned_names, render, safe_url

PEOPLE = {
    "Anna Virtanen": "/fi/extranet/members/1/",
    "Anna Virtanen-Korhonen": "/fi/extranet/members/2/",
    "Ali Hassan": "/fi/extranet/members/3/",
}


def test_paragraphs_and_line_breaks():
    assert render("Hei kaikki!\nTervetuloa.\n\nToinen kappale.") == (
        "<p>Hei kaikki!<br>\nTervetuloa.</p>\n<p>Toinen kappale.</p>"
    )


def test_bold_and_italic_nest():
    assert render("**tärkeää** ja *kursiivi*") == (
        "<p><strong>tärkeää</strong> ja <em>kursiivi</em></p>"
    )
    assert render("*a **b** c*") == "<p><em>a <strong>b</strong> c</em></p>"


def test_lone_stars_stay_as_written():
    assert render("2 * 3 = 6 ja ** ei mitään") == "<p>2 * 3 = 6 ja ** ei mitään</p>"
    assert render("***") == "<p>***</p>"


def test_bulleted_and_numbered_lists():
    html = render("Ohjelma:\n- aamu\n* ilta\n\n3. kolmas\n4) neljäs")
    assert "<p>Ohjelma:</p>" in html
    assert "<ul>\n<li>aamu</li>\n<li>ilta</li>\n</ul>" in html
    assert '<ol start="3">\n<li>kolmas</li>\n<li>neljäs</li>\n</ol>' in html
    assert render("1. yksi") == "<ol>\n<li>yksi</li>\n</ol>"


def test_quotes_nest_a_few_levels_deep():
    html = render("> Liisa kirjoitti:\n> > alkuperäinen\nVastaukseni")
    assert html == (
        "<blockquote>\n<p>Liisa kirjoitti:</p>\n<blockquote>\n<p>alkuperäinen</p>\n"
        "</blockquote>\n</blockquote>\n<p>Vastaukseni</p>"
    )
    deep = render("> > > > > syvä")
    assert deep.count("<blockquote>") == 3 and "&gt; &gt; syvä" in deep


def test_links_written_and_bare():
    html = render("Katso [ohje](https://kotoutuminen.fi/ohje?a=1&b=2) ja https://tem.fi/sivu.")
    assert f'<a href="https://kotoutuminen.fi/ohje?a=1&amp;b=2" rel="{LINK_REL}">ohje</a>' in html
    assert f'<a href="https://tem.fi/sivu" rel="{LINK_REL}">https://tem.fi/sivu</a>.' in html
    assert f'<a href="mailto:info@tem.fi" rel="{LINK_REL}">' in render(
        "[posti](mailto:info@tem.fi)"
    )


def test_a_parenthesis_around_an_address_is_not_part_of_it():
    html = render("(lisää: https://fi.wikipedia.org/wiki/Kunta_(Suomi)) ja (https://tem.fi)")
    assert 'href="https://fi.wikipedia.org/wiki/Kunta_(Suomi)"' in html
    assert 'href="https://tem.fi"' in html


def test_link_text_is_formatted_but_holds_no_links_or_mentions():
    html = render("[**@Anna Virtanen** https://x.fi](https://tem.fi)", PEOPLE)
    assert html.count("<a ") == 1
    assert "<strong>@Anna Virtanen</strong> https://x.fi</a>" in html


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klikkaa](javascript:alert(1))",
        "[klikkaa](JavaScript:alert(1))",
        "[klikkaa]( javascript:alert(1))",
        "[klikkaa](data:text/html;base64,PHNjcmlwdD4=)",
        "[klikkaa](vbscript:msgbox(1))",
        '[x](https://tem.fi/" onmouseover="alert(1))',
        "[x](https://tem.fi/' onmouseover='alert(1))",
        'https://tem.fi/"onmouseover="alert(1)',
        "https://tem.fi/<script>alert(1)</script>",
        "**<b>lihava</b>**",
        "*[a](https://tem.fi/)<i>*",
        "> <iframe src=https://evil.example>",
        "- <a href=javascript:alert(1)>lista</a>",
        "&lt;script&gt; &amp; &#106;avascript:",
        "[a](https://tem.fi/`x`)",
        "@<script>",
    ],
)
def test_nothing_written_becomes_markup_of_its_own(text):
    html = render(text, PEOPLE)
    # The only tags are the formatter's own, and every attribute is one it wrote.
    tags = re.findall(r"<\s*([a-zA-Z0-9]+)([^>]*)>", html)
    allowed = {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "a"}
    for name, attributes in tags:
        assert name in allowed, html
        for attribute in re.findall(r"\s([a-z-]+)=", attributes):
            assert attribute in {"href", "rel", "class", "start"}, html
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("https://", "http://", "mailto:", "/fi/")), html
        assert "'" not in href and "<" not in href and " " not in href
    # Text that looks like markup is shown as the text it is.
    assert "<script" not in html and "<img" not in html and "<iframe" not in html


def test_what_was_already_escaped_is_escaped_again():
    assert render("&lt;b&gt;") == "<p>&amp;lt;b&amp;gt;</p>"


def test_only_http_https_and_mailto_are_linked():
    assert safe_url("https://tem.fi") and safe_url("http://tem.fi") and safe_url("mailto:a@b.fi")
    for url in ("javascript:alert(1)", "ftp://tem.fi", "//tem.fi", "mailto:", "https://a b"):
        assert safe_url(url) is None


def test_mentions_link_to_the_members_page_longest_name_first():
    html = render("Kiitos @Anna Virtanen-Korhonen ja @anna virtanen! Ja @Ali Hassanin.", PEOPLE)
    assert '<a class="mention" href="/fi/extranet/members/2/">@Anna Virtanen-Korhonen</a>' in html
    assert '<a class="mention" href="/fi/extranet/members/1/">@Anna Virtanen</a>!' in html
    assert "@Ali Hassanin" in html and "/members/3/" not in html


def test_only_the_given_people_can_be_mentioned():
    assert render("Hei @Maija Meikäläinen", PEOPLE) == "<p>Hei @Maija Meikäläinen</p>"
    assert mentioned_names("@Ali Hassan, @Anna Virtanen ja sähköposti ali@Ali Hassan", PEOPLE) == {
        "Ali Hassan",
        "Anna Virtanen",
    }


def test_a_long_line_of_markers_renders_quickly():
    import time

    started = time.monotonic()
    render(("*" + "[" + "@Anna " + "a") * 5000, PEOPLE)
    render("**x " * 5000)
    assert time.monotonic() - started < 2
