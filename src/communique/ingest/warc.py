"""Web archives (`.warc`, `.warc.gz`, read with warcio): one article per `response`
(or `resource`) record whose payload is HTML or plain text.

Records that are not pages (requests, metadata, images, scripts, redirects and
other non-2xx responses) are skipped silently: a crawl is full of them. The id is
the WARC-Record-ID (else the target URI); `origin` is `<file>#<record number>`.
Hints: `url` from WARC-Target-URI, `fetched` from WARC-Date — the crawl date,
which the clean stage uses as publication date only when the page gives none.
A truncated or corrupt archive yields what was read, then an `InputError`.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from ..model import RawDocument
from .decode import decode_bytes, looks_like_html

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RECORD_TYPES = ("response", "resource")


class TruncatedRecord(Exception):
    """The archive ends inside a record."""


def read_warc(path: Path, stem: str) -> Iterator[RawDocument | InputError]:
    """The page records of one archive."""
    origin = str(path)
    number = pages = 0
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            if not head:
                yield InputError(origin, "empty file")
                return
            if not is_archive(head):
                yield InputError(origin, "not a WARC or ARC archive")
                return
            handle.seek(0)
            for record in ArchiveIterator(handle, arc2warc=True):
                number += 1
                item = _page(record, origin, number)
                _check_complete(record, number)
                if item is not None:
                    pages += 1
                    yield item
    except TruncatedRecord as exc:
        yield InputError(origin, f"truncated archive: {exc}")
        return
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        yield InputError(origin, f"truncated or corrupt archive after record {number - 1} ({exc})")
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if number == 0:
        yield InputError(origin, "empty archive")
    elif pages == 0:
        yield InputError(origin, f"no HTML or text page among {number} records")


def is_archive(head: bytes) -> bool:
    """True when the first bytes (gzipped or not) open a WARC or ARC record."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith((b"WARC/", b"filedesc://"))


def _page(record, origin: str, number: int) -> RawDocument | InputError | None:
    """The document of one record, None when the record is not a page."""
    if record.rec_type not in RECORD_TYPES:
        return None
    mime, charset = _content_type(record)
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status is not None and not str(status).startswith("2"):
        return None
    payload = record.content_stream().read()
    where = f"{origin}#{number}"
    if mime and mime not in PAGE_TYPES:
        return None
    try:
        text, _ = decode_bytes(payload, where, declared=charset)
    except InputError as exc:
        return exc if mime else None
    kind = "html" if mime != "text/plain" and (mime or looks_like_html(text)) else "text"
    if mime is None and kind == "text" and not _is_text_record(record):
        return None
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI") or ""
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>")
    hints = {"url": url, "fetched": headers.get_header("WARC-Date") or ""}
    return RawDocument(id=record_id or url or f"{Path(origin).name}-{number}", origin=where,
                       content=text, kind=kind, hints={k: v for k, v in hints.items() if v})


def _check_complete(record, number: int) -> None:
    """Read what is left of the record; raise when the archive ends inside it."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    missing = getattr(stream, "limit", 0)
    if missing:
        raise TruncatedRecord(f"record {number} is cut short ({missing} bytes missing)")


def _content_type(record) -> tuple[str | None, str | None]:
    """MIME type and charset from the HTTP header (responses) or the WARC header."""
    value = None
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if value is None and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    if not value:
        return None, None
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset":
            charset = val.strip("\"' ") or None
    return mime.strip().lower(), charset


def _is_text_record(record) -> bool:
    target = (record.rec_headers.get_header("WARC-Target-URI") or "").lower()
    return target.endswith((".txt", ".text"))
