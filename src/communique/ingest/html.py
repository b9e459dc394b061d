"""HTML pages saved one per file (`.html`, `.htm`); the charset declared in a
`<meta>` tag is honoured when the bytes are not UTF-8."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument
from .text import read_single


def read_html(path: Path, stem: str, data: bytes) -> Iterator[RawDocument | InputError]:
    """One HTML document (the clean stage extracts its main text)."""
    yield from read_single(path, stem, "html", data)
