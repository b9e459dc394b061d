"""RSS 2.0 and Atom feeds: the link, title and date of each item.

Parsed with the standard library (expat guards against entity expansion bombs; the
web module caps the size). Relative links are resolved against the feed's URL.
Dates become ISO dates as written in the feed's own time zone: RFC 822 `pubDate`
(RSS, or `dc:date`), RFC 3339 `published`, else `updated` (Atom).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import NamedTuple
from urllib.parse import urljoin

ATOM = "{http://www.w3.org/2005/Atom}"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
SNIFF_BYTES = 2048
_FEED_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|(?:\w+:)?feed)\b",
    re.DOTALL)


class FeedItem(NamedTuple):
    """One item of a feed; `link` is None when the item has none."""

    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD


def looks_like_feed(data: bytes) -> bool:
    """True when the root element of `data` is an RSS `<rss>` or Atom `<feed>`."""
    return _FEED_START.match(data[:SNIFF_BYTES]) is not None


def parse_feed(data: bytes, base: str) -> list[FeedItem] | None:
    """The items of an RSS 2.0 or Atom feed, None when the XML is another document;
    raises `ET.ParseError` on broken XML."""
    root = ET.fromstring(data)
    if root.tag == "rss":
        return [_rss_item(item, base) for item in root.iter("item")]
    if root.tag in ("feed", ATOM + "feed"):
        ns = root.tag[: -len("feed")]
        return [_atom_item(entry, ns, base) for entry in root.iter(ns + "entry")]
    return None


def _rss_item(item: ET.Element, base: str) -> FeedItem:
    link = _text(item.find("link"))
    guid = item.find("guid")
    if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = _text(guid)
    date = _text(item.find("pubDate")) or _text(item.find(DC_DATE))
    return FeedItem(urljoin(base, link) if link else None, _text(item.find("title")),
                    iso_date(date))


def _atom_item(entry: ET.Element, ns: str, base: str) -> FeedItem:
    links = [(el.get("rel", "alternate"), el.get("href")) for el in entry.findall(ns + "link")]
    link = next((href for rel, href in links if rel == "alternate" and href), None)
    date = _text(entry.find(ns + "published")) or _text(entry.find(ns + "updated"))
    return FeedItem(urljoin(base, link) if link else None, _text(entry.find(ns + "title")),
                    iso_date(date))


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    return " ".join("".join(element.itertext()).split()) or None


def iso_date(value: str | None) -> str | None:
    """`YYYY-MM-DD` of an RFC 822 or RFC 3339 date, None when it is neither."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None
