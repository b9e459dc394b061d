"""Web inputs: http(s) URLs of pages or of RSS 2.0 / Atom feeds, fetched with httpx.

A page becomes one `RawDocument` ("html", or "text" for a text/plain answer that is
not HTML) whose origin is the URL as given; `hints["url"]` is the final URL, after
redirects. A feed (known by its content type, or by its root element whatever the
type) is expanded: the link of each item is fetched as a page, with the item's title
and date as hints. Links are followed one level only: an item linking to a feed is
an error.

Document ids come from the URL as given, so that redirects do not change them: the
last non-empty path segment without its extension ("/monde/sommet-g20.html" ->
"sommet-g20"), the host when the path is empty ("www.lemonde.fr"), then, when there
is a query, the query slugged after a "-" ("article.php?id=12" -> "article-id-12").

Every failure is an `InputError` value naming the URL: connection refused, unknown
host, timeout, HTTP status other than 2xx, a body too large, empty or binary, a content
type that is neither a page nor a feed, broken feed XML.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from http import HTTPStatus
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

import httpx

from .. import __version__
from ..errors import InputError
from ..model import RawDocument
from .decode import decode_bytes, looks_like_html
from .feed import FeedItem, looks_like_feed, parse_feed

# Per network step (connect, each read): news sites answer within a second or two;
# 20 s tolerates a slow server without letting a dead one hold a batch for minutes.
TIMEOUT_SECONDS = 20.0
# Bytes after decompression. The heaviest French news pages weigh about 2 MB of HTML
# (inline scripts included) and large feeds under 1 MB: 10 MB is generous yet bounded.
MAX_BYTES = 10 * 2**20
USER_AGENT = f"communique/{__version__} (French news to political event data)"
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_DNS_FAILURES = ("name or service not known", "name resolution", "nodename nor servname",
                 "getaddrinfo failed", "no address associated")
_EXTENSION = re.compile(r"(?<=.)\.[A-Za-z]{1,5}$")


class Response(NamedTuple):
    """A successful answer: the final URL, its MIME type ("" when the server sends
    none), the declared charset and the body."""

    url: str
    mime: str
    charset: str | None
    data: bytes


def is_url(item: str) -> bool:
    """True for an http:// or https:// address."""
    return item[:8].lower().startswith(("http://", "https://"))


def url_id(url: str) -> str:
    """The document id of `url` (see the module docstring for the rule)."""
    parts = urlsplit(url)
    segments = [segment for segment in unquote(parts.path).split("/") if segment]
    base = _EXTENSION.sub("", segments[-1]) if segments else (parts.hostname or url)
    query = re.sub(r"\W+", "-", unquote(parts.query)).strip("-")
    return f"{base}-{query}" if query else base


def read_url(url: str) -> Iterator[RawDocument | InputError]:
    """The page at `url`, or the pages the feed at `url` links to."""
    with _client() as client:
        try:
            response = fetch(client, url)
            items = _feed_items(response, url)
            if items is None:
                yield _page(url, response, {})
                return
        except InputError as error:
            yield error
            return
        if not items:
            yield InputError(url, "feed without items")
        for number, item in enumerate(items, 1):
            yield _read_item(client, url, number, item)


def fetch(client: httpx.Client, url: str) -> Response:
    """The body at `url` after redirects; raises `InputError` unless the answer is a
    2xx with a non-empty text body of acceptable size."""
    try:
        with client.stream("GET", url) as answer:
            _check_status(answer, url)
            mime = answer.headers.get("content-type", "").partition(";")[0].strip().lower()
            if mime and mime not in PAGE_TYPES and mime not in FEED_TYPES:
                raise InputError(url, f"not a web page (content type {mime})")
            data = _read_capped(answer, url)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise InputError(url, _network_reason(exc)) from None
    if not data.strip():
        raise InputError(url, "empty response body")
    return Response(str(answer.url), mime, answer.charset_encoding, data)


def _client() -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=True,
                        headers={"User-Agent": USER_AGENT})


def _check_status(answer: httpx.Response, url: str) -> None:
    if answer.is_success:
        return
    phrase = answer.reason_phrase
    if not phrase:  # HTTP/2 sends no reason phrase
        try:
            phrase = HTTPStatus(answer.status_code).phrase
        except ValueError:
            phrase = ""
    raise InputError(url, f"HTTP {answer.status_code} {phrase}".rstrip())


def _read_capped(answer: httpx.Response, url: str) -> bytes:
    too_large = InputError(url, f"response larger than {MAX_BYTES:,} bytes")
    declared = answer.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise too_large
    chunks, size = [], 0
    for chunk in answer.iter_bytes():
        size += len(chunk)
        if size > MAX_BYTES:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _network_reason(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {TIMEOUT_SECONDS:g} s"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if "refused" in text:
            return "cannot connect: connection refused"
        if any(failure in text for failure in _DNS_FAILURES):
            return "cannot connect: host not found (DNS lookup failed)"
        return f"cannot connect: {exc}"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return "invalid URL"  # httpx's messages for a URL without host mislead
    return f"cannot fetch: {exc or type(exc).__name__}"


def _feed_items(response: Response, url: str) -> list[FeedItem] | None:
    """The items when the response is a feed, None when it is a page."""
    if response.mime not in FEED_TYPES and not looks_like_feed(response.data):
        return None
    try:
        items = parse_feed(response.data, response.url)
    except ET.ParseError as exc:
        raise InputError(url, f"broken feed XML ({exc})") from None
    if items is None:
        raise InputError(url, "XML document that is neither an RSS nor an Atom feed")
    return items


def _read_item(client: httpx.Client, feed_url: str, number: int,
               item: FeedItem) -> RawDocument | InputError:
    if item.link is None:
        return InputError(feed_url, f"feed item {number} has no link")
    hints = {key: value for key, value in (("title", item.title), ("published", item.published))
             if value}
    try:
        response = fetch(client, item.link)
        if response.mime in FEED_TYPES or looks_like_feed(response.data):
            return InputError(item.link, "feed item links to another feed (not followed)")
        return _page(item.link, response, hints)
    except InputError as error:
        return error


def _page(url: str, response: Response, hints: dict[str, str]) -> RawDocument:
    """The document of a page; raises `InputError` when the body is not text."""
    text, encoding = decode_bytes(response.data, url, declared=response.charset)
    html = PAGE_TYPES.get(response.mime) == "html" or looks_like_html(text)
    hints = {"url": response.url, **hints}
    if not encoding.startswith("utf-8"):
        hints["encoding"] = encoding
    return RawDocument(id=url_id(url), origin=url, content=text,
                       kind="html" if html else "text", hints=hints)
