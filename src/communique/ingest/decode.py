"""Bytes to text, and what kind of text it is.

Decoding order: a UTF-16/UTF-8 byte-order mark when there is one; strict UTF-8;
the charset the container declares (HTTP header, `<meta charset>`); cp1252 (the
usual encoding of older French pages: it has "’", "œ", "€" where latin-1 has
control codes); latin-1 as the last resort. A file that decodes only into text
full of control characters, or holds NUL bytes, is reported as binary.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

# Share of control characters above which decoded "text" is taken for binary data.
# Text files have none besides tab/newline; a few stray ones survive bad scrapes.
MAX_CONTROL_SHARE = 0.02
MIN_CONTROL_COUNT = 3  # so that one stray byte in a short file is not "binary"
SNIFF_CHARS = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)",
    re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|article|section|meta|script)\b[^>]*>",
                        re.IGNORECASE)
HTML_MIN_TAGS = 5  # a text with fewer tags than this is prose that quotes a tag


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> tuple[str, str]:
    """`(text, encoding)` for the bytes of one document; raises `InputError` for
    empty or binary input."""
    if not data.strip():
        raise InputError(origin, "empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(data.decode(codec, errors="replace"), origin), codec
    if b"\x00" in data:
        raise InputError(origin, "binary file (NUL bytes), not text")
    for codec in _candidates(declared or _declared_charset(data)):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return _checked(text, origin), codec
    raise InputError(origin, "cannot decode as UTF-8, cp1252 or latin-1")  # pragma: no cover


def _candidates(declared: str | None) -> list[str]:
    codecs_ = ["utf-8"]
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = None
        if name and name not in ("utf-8", "iso8859-1", "cp1252", "ascii"):
            codecs_.append(name)
    return codecs_ + ["cp1252", "latin-1"]


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:SNIFF_CHARS])
    return match.group(1).decode("ascii", "replace") if match else None


def _checked(text: str, origin: str) -> str:
    if not text.strip():
        raise InputError(origin, "empty file")
    sample = text[:SNIFF_CHARS * 4]
    if len(_CONTROL.findall(sample)) > max(MAX_CONTROL_SHARE * len(sample), MIN_CONTROL_COUNT):
        raise InputError(origin, "binary file (control characters), not text")
    return text


def looks_like_html(text: str) -> bool:
    """An HTML document, not plain text: it opens like one or is full of tags."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= HTML_MIN_TAGS and head.lstrip().startswith("<")
