"""How the store recognises an article it has seen: its key and its text hash."""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from ..model import Article


def article_key(article: Article) -> str:
    """How an article is known across ingests: its URL (without fragment), else file and id."""
    if article.url:
        parts = urlsplit(article.url)
        return parts._replace(fragment="").geturl()
    origin = article.origin
    file = origin.rsplit(":", 1)[0] if origin.rsplit(":", 1)[-1].isdigit() else origin.split("#")[0]
    return f"{Path(file).resolve()}#{article.id}"


def text_hash(text: str) -> str:
    """Hash of the text with case and spacing normalised: the same article, scraped twice."""
    normal = " ".join(text.casefold().split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


def site_of(article: Article) -> str | None:
    """The article's web site (host without "www."), None when it has no URL."""
    if not article.url:
        return None
    host = urlsplit(article.url).hostname or ""
    return host.removeprefix("www.") or None
