import feedparser
import pytest

from wagtail.models import Locale

from blog.models import Author, Comment
from home.models import Topic

from .conftest import add_post

pytestmark = pytest.mark.django_db


def test_blog_index_lists_posts_newest_first_with_comment_counts(client, blog_index, make_comment):
    older = add_post(blog_index, "Vanhempi kirjoitus", "vanhempi", days_ago=10)
    newer = add_post(blog_index, "Uudempi kirjoitus", "uudempi", days_ago=1)
    make_comment(post=older, status=Comment.Status.APPROVED)
    make_comment(post=older, status=Comment.Status.APPROVED)
    make_comment(post=older, status=Comment.Status.PENDING)
    make_comment(post=older, status=Comment.Status.SPAM)

    content = client.get(blog_index.url).content.decode()

    assert content.index(newer.title) < content.index(older.title)
    assert "2 kommenttia" in content
    assert "0 kommenttia" in content


def test_index_paginates_and_refuses_pages_past_the_end(client, blog_index):
    for number in range(12):
        add_post(blog_index, f"Kirjoitus {number}", f"kirjoitus-{number}", days_ago=number)

    first = client.get(blog_index.url).content.decode()
    second = client.get(blog_index.url + "?page=2").content.decode()

    assert first.count('class="article-card"') == 10
    assert second.count('class="article-card"') == 2
    assert 'aria-current="page"><span class="visually-hidden">Sivu </span>2' in second
    assert client.get(blog_index.url + "?page=9").status_code == 404
    assert client.get(blog_index.url + "?page=abc").status_code == 200


def test_topic_filter_has_a_readable_address_and_lists_only_that_topic(client, blog_index, topic):
    on_topic = add_post(blog_index, "Työllisyydestä", "tyollisyydesta")
    on_topic.topics.add(topic)
    on_topic.save_revision().publish()
    add_post(blog_index, "Muusta", "muusta")

    response = client.get(f"{blog_index.url}aihe/tyollisyys/")

    content = response.content.decode()
    assert "Työllisyydestä" in content
    assert "Muusta" not in content
    assert "Näytetään: Työllisyys" in content
    assert client.get(f"{blog_index.url}aihe/ei-ole/").status_code == 404


def test_tag_and_author_filters(client, blog_index, author):
    post = add_post(blog_index, "Selkokieli arjessa", "selkokieli-arjessa")
    post.tags.add("selkokieli")
    post.authors.add(author)
    post.save_revision().publish()
    add_post(blog_index, "Toinen", "toinen")

    by_tag = client.get(f"{blog_index.url}avainsana/selkokieli/").content.decode()
    by_author = client.get(f"{blog_index.url}kirjoittaja/aino-korhonen/").content.decode()

    assert "Selkokieli arjessa" in by_tag and "Toinen" not in by_tag
    assert "Selkokieli arjessa" in by_author and "Toinen" not in by_author
    assert client.get(f"{blog_index.url}avainsana/ei-ole/").status_code == 404


def test_swedish_translation_of_a_topic_filters_the_swedish_blog(client, site_tree, topic):
    from .conftest import add_blog

    sv_topic = topic.copy_for_translation(Locale.objects.get(language_code="sv"))
    sv_topic.name, sv_topic.slug = "Sysselsättning", "sysselsattning"
    sv_topic.save()
    sv_blog = add_blog(site_tree.page("home", "sv"), title="Blogg", slug="blogg")
    post = add_post(sv_blog, "Om sysselsättning", "om-sysselsattning")
    post.topics.add(topic)  # still linked to the Finnish topic: the filter follows the translation
    post.save_revision().publish()

    content = client.get(f"{sv_blog.url}amne/sysselsattning/").content.decode()

    assert "Om sysselsättning" in content
    assert 'lang="sv"' in content


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_and_list_the_posts(client, blog_index, topic, author, kind):
    post = add_post(blog_index, "Syötteessä", "syotteessa", summary="Lyhyt tiivistelmä.")
    post.topics.add(topic)
    post.authors.add(author)
    post.save_revision().publish()
    add_post(blog_index, "Ilman aihetta", "ilman-aihetta")

    whole = feedparser.parse(client.get(f"{blog_index.url}feed/{kind}/").content)
    by_topic = feedparser.parse(client.get(f"{blog_index.url}aihe/tyollisyys/feed/{kind}/").content)

    assert not whole.bozo, whole.bozo_exception
    assert not by_topic.bozo, by_topic.bozo_exception
    assert whole.feed.language == "fi" if kind == "rss" else True
    assert [entry.title for entry in whole.entries] == ["Ilman aihetta", "Syötteessä"] or [
        entry.title for entry in whole.entries
    ] == ["Syötteessä", "Ilman aihetta"]
    assert [entry.title for entry in by_topic.entries] == ["Syötteessä"]
    entry = by_topic.entries[0]
    assert entry.link == f"http://localhost{post.url}"
    assert "Lyhyt tiivistelmä." in entry.summary
    assert entry.tags[0].term == "Työllisyys"


def test_feed_never_carries_comments(client, blog_post, make_comment):
    make_comment(text="Salainen odottava kommentti", status=Comment.Status.PENDING)
    make_comment(text="Hyväksytty kommentti", status=Comment.Status.APPROVED)

    feed = client.get(blog_post.get_parent().url + "feed/rss/").content.decode()

    assert "Salainen odottava kommentti" not in feed
    assert "Hyväksytty kommentti" not in feed


def test_news_index_lists_news_without_comments(client, news_index):
    add_post(news_index, "Rahoitusinfo syksyllä", "rahoitusinfo")

    content = client.get(news_index.url).content.decode()

    assert "Rahoitusinfo syksyllä" in content
    assert "kommentti" not in content


def test_home_page_shows_latest_news_and_blog_posts_of_its_language(
    client, site_tree, blog_index, news_index
):
    add_post(blog_index, "Blogikirjoitus etusivulle", "etusivulle")
    add_post(news_index, "Uutinen etusivulle", "uutinen")

    finnish = client.get("/fi/").content.decode()
    english = client.get("/en/").content.decode()

    assert "Blogikirjoitus etusivulle" in finnish and "Uutinen etusivulle" in finnish
    assert "Uusimmat uutiset" in finnish
    assert "Blogikirjoitus etusivulle" not in english


def test_post_page_shows_authors_topics_and_tags(client, blog_index, author, topic):
    post = add_post(blog_index, "Kirjoittajan kanssa", "kirjoittajan-kanssa")
    post.authors.add(author)
    post.topics.add(topic)
    post.tags.add("kumppanuus")
    post.save_revision().publish()

    content = client.get(post.url).content.decode()

    assert "Aino Korhonen" in content and "Kotoutumiskoordinaattori" in content
    assert f'href="{blog_index.url}aihe/tyollisyys/"' in content
    assert f'href="{blog_index.url}avainsana/kumppanuus/"' in content


def test_blog_index_with_50_posts_runs_a_bounded_number_of_queries(
    client, blog_index, author, topic, make_comment, django_assert_max_num_queries
):
    for number in range(50):
        post = add_post(blog_index, f"Kirjoitus {number}", f"kirjoitus-{number}", days_ago=number)
        post.authors.add(author)
        post.topics.add(topic)
        post.save_revision().publish()
        make_comment(post=post, status=Comment.Status.APPROVED)
    client.get(blog_index.url)

    with django_assert_max_num_queries(30):
        response = client.get(blog_index.url + "?page=3")

    assert response.content.decode().count('class="article-card"') == 10
    assert Author.objects.count() == 1 and Topic.objects.count() == 1
