"""Web archives: page records become documents, other records are skipped, and a
truncated archive yields the complete records, then an error."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.clean import clean_document
from communique.errors import InputError
from communique.ingest import iter_documents
from communique.model import RawDocument

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
CRAWL_DATE = "2023-03-17T06:30:00Z"
PLAIN_ARTICLE = (
    "Le Premier ministre japonais Fumio Kishida s'est rendu en Ukraine le 21 mars 2023, "
    "où il a rencontré le président Volodymyr Zelensky à Kiev.\n\n"
    "Il est le premier chef de gouvernement japonais à visiter un pays en guerre depuis "
    "la Seconde Guerre mondiale.\n")


def build_crawl(path: Path) -> None:
    """A small crawl: warcinfo, request, an HTML article, an image, a redirect, a
    plain-text article (7 records, 2 of them pages)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(
            path.name, {"software": "communique tests", "format": "WARC File Format 1.1"}))
        url = "https://echodumonde.example/international/asie/2023/03/16/japon-coree-du-sud"
        writer.write_record(_record(writer, url, "request", b"", None, 1))
        html = (PAGES / "seoul_tokyo.html").read_bytes()
        writer.write_record(_record(writer, url, "response", html, "text/html; charset=utf-8", 2))
        writer.write_record(_record(writer, "https://echodumonde.example/logo.png", "response",
                                    b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png", 3))
        writer.write_record(_record(writer, "http://echodumonde.example/old", "response", b"",
                                    "text/html", 4, status="301 Moved Permanently"))
        writer.write_record(_record(writer, "https://echodumonde.example/robots.txt", "request",
                                    b"", None, 5))
        writer.write_record(_record(writer, "https://depeches.example/kishida-kiev", "response",
                                    PLAIN_ARTICLE.encode("utf-8"), "text/plain", 6))


def _record(writer, url, rec_type, payload, content_type, serial, status="200 OK"):
    headers = {"WARC-Record-ID": f"<urn:uuid:6a1b2c3d-0000-4000-8000-00000000000{serial}>",
               "WARC-Date": CRAWL_DATE}
    if rec_type == "request":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "echodumonde.example")],
                                is_http_request=True)
    else:
        fields = [("Content-Type", content_type)] if content_type else []
        http = StatusAndHeaders(status, fields, protocol="HTTP/1.1")
    return writer.create_warc_record(url, rec_type, payload=io.BytesIO(payload),
                                     http_headers=http, warc_headers_dict=headers)


def test_pages_of_a_built_crawl(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    build_crawl(path)
    items = list(iter_documents([path]))
    assert [type(item) for item in items] == [RawDocument, RawDocument]
    html, text = items
    assert html.id == "urn:uuid:6a1b2c3d-0000-4000-8000-000000000002"
    assert html.origin == f"{path}#3"
    assert html.kind == "html"
    assert html.hints == {
        "url": "https://echodumonde.example/international/asie/2023/03/16/japon-coree-du-sud",
        "fetched": CRAWL_DATE}
    assert text.kind == "text" and text.origin == f"{path}#7"
    assert text.content == PLAIN_ARTICLE


def test_crawl_date_is_only_a_fallback_for_the_publication_date(tmp_path):
    path = tmp_path / "crawl.warc"
    build_crawl(path)
    html, text = (clean_document(doc) for doc in iter_documents([path]))
    assert html.published == "2023-03-16"  # the page's own date wins over WARC-Date
    assert text.published == "2023-03-17"  # nothing else: the crawl date
    assert text.url == "https://depeches.example/kishida-kiev"
    assert text.text.startswith("Le Premier ministre japonais Fumio Kishida")


def test_committed_crawl_matches_the_builder():
    items = list(iter_documents([PAGES / "crawl.warc.gz"]))
    assert [item.id for item in items] == [
        "urn:uuid:6a1b2c3d-0000-4000-8000-000000000002",
        "urn:uuid:6a1b2c3d-0000-4000-8000-000000000006"]


def test_truncated_archive_yields_complete_records_then_an_error():
    items = list(iter_documents([PAGES / "truncated.warc.gz"]))
    assert isinstance(items[0], RawDocument)
    assert items[0].id == "urn:uuid:6a1b2c3d-0000-4000-8000-000000000002"
    assert isinstance(items[-1], InputError)
    assert str(items[-1]).startswith(f"{PAGES / 'truncated.warc.gz'}: truncated archive")
    assert all(isinstance(item, RawDocument) for item in items[:-1])


def test_uncompressed_archive_cut_inside_a_record(tmp_path):
    whole = tmp_path / "whole.warc"
    build_crawl(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(PLAIN_ARTICLE.encode("utf-8")[:40]) + 20])
    items = list(iter_documents([cut]))
    assert [type(item) for item in items] == [RawDocument, InputError]
    assert "record 7 is cut short" in str(items[1])


def test_archive_without_pages_is_reported(tmp_path):
    path = tmp_path / "only-info.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record("only-info.warc.gz", {"a": "b"}))
    items = list(iter_documents([path]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].reason == "no HTML or text page among 1 records"


def test_gzip_that_is_not_an_archive(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a web archive\n"))
    items = list(iter_documents([path]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].reason == "not a WARC or ARC archive"
