"""Email addresses in the directory and the footer wrap after the @ and before a dot, never in
the middle of a name when the parts fit on a line."""

from django.template import Context, Template


def render(address):
    template = Template("{% load navigation_tags %}{{ address|email_breaks }}")
    return template.render(Context({"address": address}))


def test_address_may_break_after_the_at_and_before_each_dot_of_the_domain():
    assert render("maija.meikalainen@osaamiskeskus.example.fi") == (
        "maija.meikalainen@<wbr>osaamiskeskus<wbr>.example<wbr>.fi"
    )


def test_markup_in_an_address_is_shown_as_text():
    assert render('<b>"x"</b>@example.fi') == (
        "&lt;b&gt;&quot;x&quot;&lt;/b&gt;@<wbr>example<wbr>.fi"
    )


def test_text_without_an_at_is_left_whole():
    assert render("ei-osoite.fi") == "ei-osoite.fi"
