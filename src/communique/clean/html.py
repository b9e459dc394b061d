"""Main text and metadata of an HTML page (trafilatura, htmldate), mapped back to
the raw HTML.

Mapping approach (best effort, never out of range): the raw HTML is tokenised
once with `html.parser` into its visible text, each character carrying its offset
in the raw HTML (characters decoded from entities such as `&eacute;` carry the
offset of the `&`). Whitespace runs are collapsed on both sides. Each paragraph
trafilatura returns is then searched in that stream, first whole (from where the
previous paragraph ended, then from the top), else word by word within a window.
Characters found this way map to their raw offset, and are marked verbatim only
when the raw character is the same character; anything not found maps to the
nearest position searched so far and is marked as not verbatim.
"""
from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

from .lines import Line
from .metadata import FROM_HTML, FROM_HTML_GUESS, Meta, clean_author, parse_date
from .rules import Rules

# Judged on the bench (`bench/clean_quality.py --precision both`): both modes keep
# every article paragraph of the bench pages; precision mode also drops related
# headlines written as link-only paragraphs inside the article (html_otan_vilnius),
# which recall mode keeps and which read like news to the event coder.
FAVOR_PRECISION = True
# How far ahead a word of a paragraph that was not found whole is looked for.
WORD_WINDOW = 3000
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "math"}


def extract_html(content: str, meta: Meta, rules: Rules,
                 url: str | None = None) -> tuple[list[Line], Meta]:
    """Paragraph lines of the main text of `content`, and the page metadata."""
    import trafilatura  # imported here: slow to import and only needed for HTML

    document = trafilatura.bare_extraction(
        content, url=url, with_metadata=True, favor_precision=FAVOR_PRECISION,
        include_comments=False, include_tables=False, deduplicate=False,
        prune_xpath=prune_xpath(rules.prune) or None,
        date_extraction_params={"original_date": True, "extensive_search": False})
    fields = {} if document is None else (
        document if isinstance(document, dict) else document.as_dict())
    text = fields.get("text") or ""
    if not text.strip():
        return [], meta
    meta = meta.fill(title=_clean(fields.get("title")), url=_clean(fields.get("url")),
                     author=clean_author(fields.get("author") or ""))
    meta = meta.with_date(FROM_HTML, parse_date(fields.get("date")))
    if fields.get("date") is None:
        meta = meta.with_date(FROM_HTML_GUESS, _guess_date(content, url))
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return map_paragraphs(content, paragraphs), meta


def prune_xpath(tokens: tuple[str, ...]) -> list[str]:
    """XPath expressions for elements whose class list or id holds one of `tokens`."""
    return [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {token} ') "
            f"or @id='{token}']" for token in tokens if "'" not in token]


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _guess_date(content: str, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return parse_date(find_date(content, url=url, original_date=True, extensive_search=True))
    except (ValueError, TypeError):  # htmldate rejects some malformed pages
        return None


def map_paragraphs(content: str, paragraphs: list[str]) -> list[Line]:
    """`Line`s for extracted paragraphs, with offsets into the raw HTML."""
    stream, offsets = visible_text(content)
    cursor = 0
    lines = []
    for paragraph in paragraphs:
        src, cursor = _locate(paragraph, stream, offsets, cursor)
        src = [min(max(s, 0), max(len(content) - 1, 0)) for s in src]
        exact = [content[s] == ch for s, ch in zip(src, paragraph, strict=True)]
        lines.append(Line(paragraph, tuple(src), tuple(exact)).strip())
    return lines


def _locate(paragraph: str, stream: str, offsets: list[int], cursor: int) -> tuple[list[int], int]:
    """Source offset of each character of `paragraph`, and the new cursor."""
    norm, index = _normalise(paragraph)
    src: list[int | None] = [None] * len(paragraph)
    found = stream.find(norm, cursor)
    if found < 0:
        found = stream.find(norm)
    if found >= 0 and norm:
        for k, i in enumerate(index):
            src[i] = offsets[found + k]
        cursor = max(cursor, found + len(norm))
    else:
        cursor = _locate_words(norm, index, stream, offsets, cursor, src)
    return _fill_gaps(src, offsets[min(cursor, len(offsets) - 1)] if offsets else 0), cursor


def _locate_words(norm: str, index: list[int], stream: str, offsets: list[int],
                  cursor: int, src: list[int | None]) -> int:
    for word in re.finditer(r"\S+", norm):
        found = stream.find(word.group(), cursor, cursor + WORD_WINDOW)
        if found < 0:
            continue
        for k in range(len(word.group())):
            src[index[word.start() + k]] = offsets[found + k]
        cursor = found + len(word.group())
    return cursor


def _fill_gaps(src: list[int | None], fallback: int) -> list[int]:
    """Unmapped characters take the offset of the previous mapped one."""
    out: list[int] = []
    last = next((s for s in src if s is not None), fallback)
    for s in src:
        last = s if s is not None else last
        out.append(last)
    return out


def _normalise(text: str) -> tuple[str, list[int]]:
    """`text` with whitespace runs collapsed to one space; index[k] is the position
    in `text` of character k of the result."""
    chars: list[str] = []
    index: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group().isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                index.append(match.start())
        else:
            chars.extend(match.group())
            index.extend(range(match.start(), match.end()))
    while chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


def visible_text(content: str) -> tuple[str, list[int]]:
    """The text a browser would show (whitespace collapsed), and the raw offset of
    each of its characters."""
    parser = _TextMap(content)
    parser.feed(content)
    parser.close()
    chars: list[str] = []
    offsets: list[int] = []
    for char, offset in zip(parser.chars, parser.offsets, strict=True):
        if char.isspace():
            if not chars or chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        offsets.append(offset)
    return "".join(chars), offsets


class _TextMap(HTMLParser):
    """Collects visible characters with their offsets in the raw HTML."""

    def __init__(self, content: str):
        super().__init__(convert_charrefs=False)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", content)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.skipping = 0

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[min(line - 1, len(self.line_starts) - 1)] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "td", "tr"):
            self._add(" ", self._here())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self._here()
            self.chars.extend(data)
            self.offsets.extend(range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._add_decoded(html_lib.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._add_decoded(html_lib.unescape(f"&#{name};"))

    def _add_decoded(self, text: str) -> None:
        if not self.skipping:
            here = self._here()
            for char in text:
                self._add(char, here)

    def _add(self, char: str, offset: int) -> None:
        self.chars.append(char)
        self.offsets.append(offset)

