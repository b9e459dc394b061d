"""Web inputs: pages, RSS and Atom feeds, and every network failure as an error value.

Everything is served by the local fixture server of conftest.py.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from communique.cli import main
from communique.errors import InputError
from communique.ingest import iter_documents
from communique.ingest import web as web_input
from communique.ingest.feed import looks_like_feed, parse_feed
from communique.model import RawDocument
from communique.pipeline import clean_inputs

WEB = Path(__file__).resolve().parents[1] / "data" / "web"
G20_TITLE = "Le Brésil accueille les dirigeants du G20 à Rio"
RABAT_TITLE = "Le président français en visite d'État au Maroc"


def one(url: str) -> RawDocument | InputError:
    items = list(iter_documents([url]))
    assert len(items) == 1, items
    return items[0]


def test_page_becomes_an_html_document(web):
    url = web("sommet-g20.html")
    doc = one(url)
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.origin, doc.kind) == ("sommet-g20", url, "html")
    assert doc.hints == {"url": url}
    assert doc.content == (WEB / "sommet-g20.html").read_text(encoding="utf-8")


def test_plain_text_answer_is_a_text_document(web):
    doc = one(web("depeche.txt"))
    assert (doc.id, doc.kind) == ("depeche", "text")
    assert doc.content.startswith("Le Japon et les Philippines signent")


def test_redirect_gives_the_final_url_as_hint_and_keeps_the_id_of_the_given_url(web):
    doc = one(web("redirection"))
    assert (doc.id, doc.origin) == ("redirection", web("redirection"))
    assert doc.hints["url"] == web("sommet-g20.html")


def test_charset_of_the_content_type_header_is_honoured(web):
    doc = one(web("dakar-latin9.html?type=" + quote("text/html; charset=iso-8859-15")))
    assert "50 millions d'€" in doc.content and "une œuvre commune" in doc.content
    assert doc.hints["encoding"] == "iso8859-15"


def test_request_names_communique_as_user_agent(web, fixture_server):
    one(web("sommet-g20.html"))
    assert fixture_server.user_agents[-1].startswith("communique/")


def test_rss_feed_expands_into_its_items_with_title_and_date(web):
    docs = list(iter_documents([web("une.rss")]))
    assert [doc.id for doc in docs] == ["sommet-g20", "visite-rabat"]
    assert docs[0].hints == {"url": web("sommet-g20.html"), "title": G20_TITLE,
                             "published": "2024-11-18"}
    assert docs[1].hints["published"] == "2024-10-28"  # 23:45 +0100: the feed's own date
    assert docs[0].origin == web("sommet-g20.html") and docs[0].kind == "html"


def test_atom_feed_expands_into_its_entries(web):
    first, second = iter_documents([web("une.atom")])
    assert first.hints == {"url": web("visite-rabat.html"), "title": RABAT_TITLE,
                           "published": "2024-10-28"}  # relative link; published over updated
    assert (second.id, second.kind) == ("depeche", "text")  # the alternate link, not "related"
    assert second.hints["published"] == "2024-07-08"  # updated, when there is no published


def test_feed_served_as_html_is_recognised_by_its_root_element(web):
    docs = list(iter_documents([web("une.rss?type=text/html")]))
    assert [doc.id for doc in docs] == ["sommet-g20", "visite-rabat"]


def test_feed_with_a_dead_link_yields_the_other_items_and_one_error(web):
    items = list(iter_documents([web("lien-mort.rss")]))
    assert [type(item) for item in items] == [RawDocument, InputError, RawDocument]
    assert (items[1].origin, items[1].reason) == (web("disparu.html"), "HTTP 404 Not Found")
    assert items[2].hints["title"] == RABAT_TITLE


def test_feed_item_linking_to_a_feed_is_not_followed(web):
    error = one(web("boucle.rss"))
    assert isinstance(error, InputError) and error.origin == web("une.rss")
    assert error.reason == "feed item links to another feed (not followed)"


@pytest.mark.parametrize("path, reason", [
    ("sans-lien.rss", "feed item 1 has no link"),
    ("vide.atom", "feed without items"),
])
def test_feed_without_pages_is_an_error_value(web, path, reason):
    error = one(web(path))
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == (web(path), reason)


def test_http_404_names_the_url_and_the_status(web):
    error = one(web("disparu.html"))
    assert isinstance(error, InputError)
    assert str(error) == f"{web('disparu.html')}: HTTP 404 Not Found"


def test_refused_connection_does_not_stop_the_batch(web, refused_url):
    error, doc = iter_documents([refused_url, web("sommet-g20.html")])
    assert isinstance(error, InputError) and error.origin == refused_url
    assert error.reason == "cannot connect: connection refused"
    assert isinstance(doc, RawDocument) and doc.id == "sommet-g20"


@pytest.mark.parametrize("path, reason", [
    ("rapport.pdf", "not a web page (content type application/pdf)"),
    ("rapport.pdf?type=image/png", "not a web page (content type image/png)"),
    ("vide.html", "empty response body"),
    ("rapport.pdf?type=", "binary file (NUL bytes), not text"),
    ("depeche.txt?type=application/rss%2Bxml", "broken feed XML"),
])
def test_bad_answers_are_error_values(web, path, reason):
    error = one(web(path))
    assert isinstance(error, InputError) and error.origin == web(path)
    assert error.reason.startswith(reason)


def test_url_without_host_is_an_error_value():
    assert one("http://").reason == "invalid URL"


def test_slow_server_times_out(web, monkeypatch):
    monkeypatch.setattr(web_input, "TIMEOUT_SECONDS", 0.3)
    assert one(web("lent")).reason == "timed out after 0.3 s"


def test_answer_above_the_size_cap_is_refused(web, monkeypatch):
    monkeypatch.setattr(web_input, "MAX_BYTES", 2**10)
    assert one(web("sommet-g20.html")).reason == "response larger than 1,024 bytes"


@pytest.mark.parametrize("message, reason", [
    ("[Errno -2] Name or service not known", "cannot connect: host not found (DNS lookup failed)"),
    ("[Errno -3] Temporary failure in name resolution",
     "cannot connect: host not found (DNS lookup failed)"),
    ("[Errno 111] Connection refused", "cannot connect: connection refused"),
])
def test_connection_failures_are_named(message, reason):
    assert web_input._network_reason(httpx.ConnectError(message)) == reason


@pytest.mark.parametrize("url, expected", [
    ("https://www.lemonde.fr/international/article/2024/11/18/sommet-g20_6399.html", "sommet-g20_6399"),
    ("https://www.lemonde.fr/", "www.lemonde.fr"),
    ("https://www.lemonde.fr/afrique/", "afrique"),
    ("https://journal.sn/article.php?id=12", "article-id-12"),
    ("https://journal.sn/%C3%A9t%C3%A9.html", "été"),
    ("https://journal.sn/version-1.2", "version-1.2"),
])
def test_document_id_from_the_url(url, expected):
    assert web_input.url_id(url) == expected


def test_pipeline_cleans_a_fetched_page_with_its_url(web):
    (article,) = clean_inputs([web("sommet-g20.html")])
    assert article.url == web("sommet-g20.html")
    assert article.title == G20_TITLE and article.published == "2024-11-18"
    assert article.text.startswith("RIO DE JANEIRO, 18 novembre 2024 - Le président brésilien")


def test_pipeline_takes_title_and_date_from_the_feed(web):
    articles = list(clean_inputs([web("une.rss")]))
    assert [a.url for a in articles] == [web("sommet-g20.html"), web("visite-rabat.html")]
    assert articles[1].published == "2024-10-28"


def test_cli_clean_accepts_a_url(web, capsys):
    assert main(["clean", web("sommet-g20.html")]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == web("sommet-g20.html")


def test_xml_other_than_a_feed_is_not_a_feed():
    sitemap = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>'
    assert parse_feed(sitemap, "http://127.0.0.1/") is None
    assert not looks_like_feed(sitemap)
