"""Single-article files: plain text scraped with its page chrome (`.txt`), or HTML
saved from a browser (`.html`, `.htm`), optionally gzip-compressed."""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument
from .decode import decode_bytes, looks_like_html


def read_single(path: Path, stem: str, kind: str,
                data: bytes) -> Iterator[RawDocument | InputError]:
    """One document from the bytes of a single-article file; `kind` is the kind
    the extension suggests ("text" files that turn out to be HTML become "html")."""
    origin = str(path)
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error) as exc:
            yield InputError(origin, f"truncated or corrupt gzip file ({exc})")
            return
    try:
        text, encoding = decode_bytes(data, origin)
    except InputError as exc:
        yield exc
        return
    if kind == "text" and looks_like_html(text):
        kind = "html"
    hints = {} if encoding.startswith("utf-8") else {"encoding": encoding}
    yield RawDocument(id=stem, origin=origin, content=text, kind=kind, hints=hints)
