"""Pictures come in modern formats and in the widths the screen needs, without layout shift."""

import re

from tests.blog.conftest import add_blog, add_post
from tests.standards.images import make_image

PICTURE = re.compile(r"<picture>(.*?)</picture>", re.DOTALL)


def test_an_article_serves_its_picture_as_avif_and_webp_in_several_widths(client, site_tree):
    post = add_post(add_blog(site_tree.page("home", "fi")), "Kuvallinen", "kuvallinen")
    post.hero_image = make_image()
    post.save_revision().publish()

    page = client.get(post.url).content.decode()

    pictures = PICTURE.findall(page)
    assert len(pictures) == 1
    picture = pictures[0]
    webp = re.search(r'<source[^>]*type="image/webp"[^>]*>', picture).group(0)
    assert re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp 960w, [^"]+\.webp 1440w"', webp)
    assert 'sizes="(max-width: 62em) 100vw, 960px"' in webp
    assert 'type="image/avif"' in picture
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'alt=""' in img and 'class="content__hero"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    og_image = re.search(r'<meta property="og:image" content="([^"]+)"', page).group(1)
    assert og_image.endswith(".jpg") and "fill-1200x630" in og_image
