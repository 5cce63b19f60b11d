"""Reading the sitemap as a crawler does: the index, then every file it names."""

from urllib.parse import urlsplit

from defusedxml import ElementTree as ET

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_files(client):
    """{address: XML text} of the index and of each sitemap file it lists."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    files = {"/sitemap.xml": index.content.decode()}
    for loc in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", NS):
        address = urlsplit(loc.text)
        path = f"{address.path}?{address.query}" if address.query else address.path
        response = client.get(path)
        assert response.status_code == 200, path
        files[path] = response.content.decode()
    return files


def sitemap_locations(client):
    """Every page address the sitemap lists."""
    return {
        loc.text
        for path, text in sitemap_files(client).items()
        if path != "/sitemap.xml"
        for loc in ET.fromstring(text.encode()).findall("sm:url/sm:loc", NS)
    }
