"""Public pages go out compressed and revalidate with 304; static files have Brotli too."""

import gzip
import io
import wsgiref.util

import brotli
import pytest
from whitenoise import WhiteNoise
from whitenoise.compress import Compressor

from django.test import override_settings

from home.models import SiteSettings
from tests.blog.conftest import add_blog, add_post
from tests.extranet.builders import make_member


@pytest.fixture
def page_cache_on(site_tree):
    SiteSettings.for_site(site_tree.site)
    with override_settings(PAGE_CACHE_SECONDS=600, ANONYMOUS_CACHE_MAX_AGE=60):
        yield


@pytest.mark.usefixtures("page_cache_on")
def test_a_public_page_answers_304_with_the_same_etag_from_the_cache(client, site_tree):
    address = site_tree.page("content", "fi").url
    first = client.get(address)
    second = client.get(address)
    again = client.get(address, headers={"If-None-Match": first["ETag"]})

    assert first["ETag"] and second["ETag"] == first["ETag"]
    assert second["X-Page-Cache"] == "hit"
    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.usefixtures("page_cache_on")
def test_a_signed_in_readers_page_has_no_etag(client, site_tree):
    client.force_login(make_member().user)

    response = client.get(site_tree.page("content", "fi").url)

    assert response.status_code == 200
    assert "ETag" not in response
    assert "private" in response["Cache-Control"]


@pytest.mark.usefixtures("page_cache_on")
@pytest.mark.parametrize(
    ("encoding", "decompress"), [("br", brotli.decompress), ("gzip", gzip.decompress)]
)
def test_a_public_page_is_compressed_for_a_browser_that_accepts_it(
    client, site_tree, encoding, decompress
):
    address = site_tree.page("content", "fi").url
    plain = client.get(address)

    for _ in range(2):  # the page itself, then from the cache
        response = client.get(address, headers={"Accept-Encoding": f"{encoding}, deflate"})
        assert response["Content-Encoding"] == encoding
        assert "Accept-Encoding" in response["Vary"]
        assert decompress(response.content) == plain.content
        assert response["ETag"] == f"W/{plain['ETag']}"
    revalidated = client.get(
        address, headers={"Accept-Encoding": encoding, "If-None-Match": response["ETag"]}
    )
    assert revalidated.status_code == 304


@pytest.mark.usefixtures("page_cache_on")
def test_a_page_with_a_form_is_never_compressed(client, site_tree):
    post = add_post(add_blog(site_tree.page("home", "fi")), "Kumppanuus", "kumppanuus")

    response = client.get(post.url, headers={"Accept-Encoding": "br, gzip"})

    assert b'name="csrfmiddlewaretoken"' in response.content
    assert "Content-Encoding" not in response
    assert "ETag" not in response


def test_static_files_get_brotli_and_whitenoise_serves_it(tmp_path):
    stylesheet = tmp_path / "site.css"
    stylesheet.write_text("body { color: #00357a; }\n" * 200)

    Compressor(quiet=True).compress(str(stylesheet))  # what collectstatic's storage calls
    served = {}

    def start_response(status, headers):
        served.update(status=status, headers=dict(headers))

    environ = {"PATH_INFO": "/static/site.css", "REQUEST_METHOD": "GET"}
    wsgiref.util.setup_testing_defaults(environ)
    environ["HTTP_ACCEPT_ENCODING"] = "gzip, br"
    body = b"".join(WhiteNoise(None, root=str(tmp_path), prefix="static/")(environ, start_response))

    assert (tmp_path / "site.css.br").exists()
    assert served["headers"]["Content-Encoding"] == "br"
    assert brotli.decompress(body) == stylesheet.read_bytes()
    assert io.BytesIO(body).getbuffer().nbytes < stylesheet.stat().st_size
