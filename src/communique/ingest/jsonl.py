"""JSON Lines: one article per line (`.jsonl`, `.ndjson`, optionally gzipped).

Each line is an object with the article as `text` (plain text) or `html` (a page);
`text` wins when both are given, as it is what the user already extracted.
Optional fields: `id` (else `<stem>-<line>`), `url`, `title`, `published`, `author`.
Common exports of news scrapers are accepted too: `maintext`/`content`/`body` for
the text, `date_publish`/`date` for the date, `link` for the URL. A broken line is
reported with its number and the other lines go on.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import InputError
from ..model import RawDocument
from .decode import decode_bytes, looks_like_html

TEXT_FIELDS = ("text", "maintext", "content", "body")
HTML_FIELDS = ("html", "raw_html")
HINT_FIELDS = {
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "publish_date", "pubdate", "date"),
    "author": ("author", "authors", "byline"),
}


def read_jsonl(path: Path, stem: str) -> Iterator[RawDocument | InputError]:
    """The documents of a JSONL file, an `InputError` for each bad line."""
    origin = str(path)
    seen_content = False
    number = 0
    try:
        with _open(path) as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                seen_content = True
                yield _document(raw, origin, stem, number)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield InputError(origin, f"truncated or corrupt gzip data after line {number} ({exc})")
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if not seen_content:
        yield InputError(origin, "empty file")


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _document(raw: bytes, origin: str, stem: str, number: int) -> RawDocument | InputError:
    try:
        line, _ = decode_bytes(raw, origin)
        record = json.loads(line.strip().lstrip("\ufeff"))
    except InputError as exc:
        return InputError(origin, exc.reason, line=number)
    except json.JSONDecodeError as exc:
        return InputError(origin, f"broken JSON line ({exc.msg}, column {exc.colno})", number)
    if not isinstance(record, dict):
        return InputError(origin, "line is not a JSON object", number)
    try:
        content, kind = _content(record)
        hints = {key: _string(record, names) for key, names in HINT_FIELDS.items()}
        doc_id = _string(record, ("id",)) or f"{stem}-{number}"
    except ValueError as exc:
        return InputError(origin, str(exc), number)
    if content is None:
        return InputError(origin, "no 'text' or 'html' field with content", number)
    return RawDocument(id=doc_id, origin=f"{origin}:{number}", content=content, kind=kind,
                       hints={k: v for k, v in hints.items() if v})


def _content(record: dict) -> tuple[str | None, str]:
    text = _string(record, TEXT_FIELDS)
    if text and text.strip():
        return text, "html" if looks_like_html(text) else "text"
    html = _string(record, HTML_FIELDS)
    if html and html.strip():
        return html, "html"
    return None, "text"


def _string(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of `names` present: strings as they are, numbers as text, lists of
    strings (several authors) joined; anything else is an error."""
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return ", ".join(value)
        raise ValueError(f"field '{name}' should be a string, not {type(value).__name__}")
    return None
