"""Ingest stage: files, folders, glob patterns and web addresses become `RawDocument`s.

`iter_documents` takes paths and strings. A string starting with http:// or
https:// is fetched: a page, or an RSS/Atom feed whose items are fetched in turn
(see `web.py`). A string with glob characters (`*`, `?`, `[`) that is not an existing
path is expanded (`**` recursive, matches sorted). Folders are walked (recursively,
sorted, hidden files and folders skipped) and each file is read by its format:
`.txt` plain text, `.html`/`.htm` pages, `.jsonl` one article per line,
`.warc`/`.warc.gz` web archives (see the module of each format). Files without a
known extension are sniffed: web archives and HTML pages are recognised,
extension-less files default to plain text, other extensions are reported as an
unknown format.

Problems never stop the batch: they are yielded as `InputError` values in the
place of the document (empty, binary or undecodable files, truncated archives,
broken JSONL lines, missing files, patterns matching nothing, unknown formats,
unreachable or failing URLs).
"""
from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument
from .decode import decode_bytes, looks_like_html
from .html import read_html
from .jsonl import read_jsonl
from .text import read_single
from .warc import is_archive, read_warc
from .web import is_url, read_url

__all__ = ["FORMATS", "detect_format", "iter_documents", "read_path", "walk"]

# Extension (lowercase, longest first) -> format.
FORMATS = {
    ".warc.gz": "warc", ".arc.gz": "warc", ".warc": "warc", ".arc": "warc",
    ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html.gz": "html", ".htm.gz": "html", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".shtml": "html",
    ".txt.gz": "text", ".txt": "text", ".text": "text",
}
SNIFF_BYTES = 65536
GLOB_CHARS = re.compile(r"[*?[]")


def iter_documents(paths: Iterable[Path | str]) -> Iterator[RawDocument | InputError]:
    """Every document of `paths` (files, folders, glob patterns, URLs), in order; an
    `InputError` in place of each input that cannot be read."""
    for item in paths:
        if isinstance(item, str) and is_url(item):
            yield from read_url(item)
        elif isinstance(item, str) and GLOB_CHARS.search(item) and not Path(item).exists():
            yield from _read_pattern(item)
        else:
            yield from _read_local(Path(item))


def _read_pattern(pattern: str) -> Iterator[RawDocument | InputError]:
    """The files matching `pattern`, sorted; matching folders are walked, and a file
    reached twice ("news/**" matches a folder and its files) is read once."""
    matches = [Path(match) for match in sorted(glob.glob(pattern, recursive=True))]
    if not matches:
        yield InputError(pattern, "no file matches this pattern")
    files = (file for path in matches for file in (walk(path) if path.is_dir() else [path]))
    for file in dict.fromkeys(files):
        yield from read_path(file)


def _read_local(path: Path) -> Iterator[RawDocument | InputError]:
    if path.is_dir():
        for file in walk(path):
            yield from read_path(file)
    else:
        yield from read_path(path)


def walk(folder: Path) -> Iterator[Path]:
    """Files under `folder` in path order (a.txt, b/z.txt, c.html), hidden files
    and folders left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / name for name in files if not name.startswith(".")]
    yield from sorted(found, key=lambda path: path.relative_to(folder).parts)


def read_path(path: Path) -> Iterator[RawDocument | InputError]:
    """The documents of one file."""
    if not path.exists():
        yield InputError(str(path), "no such file or directory")
        return
    if not path.is_file():
        yield InputError(str(path), "not a regular file")
        return
    fmt, stem = detect_format(path)
    if fmt == "warc":
        yield from read_warc(path, stem)
    elif fmt == "jsonl":
        yield from read_jsonl(path, stem)
    else:
        yield from _read_whole(path, stem, fmt)


def detect_format(path: Path) -> tuple[str | None, str]:
    """`(format, stem)` from the file name; format None when the extension is unknown."""
    name = path.name
    for ext, fmt in FORMATS.items():
        if name.lower().endswith(ext) and len(name) > len(ext):
            return fmt, name[: -len(ext)]
    return None, path.stem if path.suffix else name


def _read_whole(path: Path, stem: str, fmt: str | None) -> Iterator[RawDocument | InputError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if fmt == "html":
        yield from read_html(path, stem, data)
    elif fmt == "text":
        yield from read_single(path, stem, "text", data)
    else:
        yield from _read_unknown(path, stem, data)


def _read_unknown(path: Path, stem: str, data: bytes) -> Iterator[RawDocument | InputError]:
    """Sniff a file whose extension says nothing: a web archive, an HTML page, or
    (without any extension) plain text."""
    if is_archive(data[:SNIFF_BYTES]):
        yield from read_warc(path, stem)
        return
    try:
        text, _ = decode_bytes(data[:SNIFF_BYTES], str(path))
    except InputError as exc:
        yield exc if not path.suffix else _unknown(path)
        return
    if looks_like_html(text):
        yield from read_html(path, stem, data)
    elif not path.suffix:
        yield from read_single(path, stem, "text", data)
    else:
        yield _unknown(path)


def _unknown(path: Path) -> InputError:
    known = ", ".join(sorted({ext for ext in FORMATS if ".gz" not in ext}))
    return InputError(str(path), f"unknown format '{path.suffix}' (expected one of {known})")
