"""The first occurrence of a glossary term in a page's text links to its entry."""

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def set_body(page, text):
    page.body = [("paragraph", f"<p>{text}</p>"), ("paragraph", "<p>Kotoutuminen jatkuu.</p>")]
    page.save_revision().publish()
    return ContentPage.objects.get(pk=page.pk)


def test_the_first_kotoutuminen_links_to_its_entry(client, site_tree, glossaries, integration):
    page = set_body(
        site_tree.page("content", "fi"), "Kotoutumisen tukeminen alkaa <b>kotoutumisesta</b>."
    )
    content = client.get(page.url).content.decode()
    link = (
        f'<a class="glossary-term" href="{glossaries["fi"].url}kotoutuminen/">Kotoutumisen'
        '<span class="visually-hidden"> (glossary term)</span></a>'
    )
    assert link in content.replace("(sanaston termi)", "(glossary term)")
    assert content.count('class="glossary-term"') == 1


def test_text_in_links_and_headings_is_left_alone(client, site_tree, glossaries, integration):
    page = site_tree.page("content", "fi")
    page.body = [
        ("heading", {"heading_text": "Kotoutuminen", "size": "h2"}),
        ("paragraph", '<p><a href="https://example.fi/">kotoutuminen</a> ja työtila</p>'),
    ]
    page.save_revision().publish()
    content = client.get(page.url).content.decode()
    assert 'class="glossary-term"' not in content.split("<h2")[1].split("</h2>")[0]
    assert '<a href="https://example.fi/">kotoutuminen</a>' in content


def test_the_editor_can_switch_marking_off(client, site_tree, glossaries, integration):
    page = site_tree.page("content", "fi")
    page.mark_glossary_terms = False
    page = set_body(page, "Kotoutuminen on prosessi.")
    assert 'class="glossary-term"' not in client.get(page.url).content.decode()


def test_a_new_term_is_marked_without_waiting_for_the_cache(
    client, site_tree, glossaries, integration, workspace_term
):
    page = set_body(site_tree.page("content", "fi"), "Työtilassa keskustellaan.")
    assert f'href="{glossaries["fi"].url}tyotila/"' in client.get(page.url).content.decode()
    workspace_term.terms.filter(language="fi").delete()
    assert f'href="{glossaries["fi"].url}tyotila/"' not in client.get(page.url).content.decode()


def test_no_glossary_page_means_no_links(client, site_tree, integration):
    page = set_body(site_tree.page("content", "fi"), "Kotoutuminen on prosessi.")
    assert 'class="glossary-term"' not in client.get(page.url).content.decode()


def test_a_search_for_a_term_shows_its_definition_first(client, site_tree, glossaries, integration):
    response = client.get("/en/search/", {"q": "integration"})
    content = response.content.decode()
    assert response.status_code == 200
    assert f'href="{glossaries["en"].url}integration/">integration</a>' in content
    assert "Interactive development involving immigrants" in content
    assert '<dd lang="fi">kotoutuminen</dd>' in content
    assert content.index("search-definition") < content.index('id="results-heading"')


def test_a_term_in_a_summary_is_left_for_the_text_below(glossaries, integration):
    from glossary.marking import mark_terms

    html = "<details><summary>Mitä kotoutuminen on?</summary><p>Kotoutuminen on…</p></details>"
    marked = mark_terms(html, "fi")
    # A link inside an accordion's summary would nest a link in a button.
    assert "<summary>Mitä kotoutuminen on?</summary>" in marked
    assert f'<p><a class="glossary-term" href="{glossaries["fi"].url}kotoutuminen/">' in marked
