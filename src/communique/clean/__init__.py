"""Clean stage: a raw page (text or HTML) becomes an `Article` with metadata.

`clean_document` chains small pure steps over the lines of the page:

1. lines: the text split into lines (text pages) or trafilatura's paragraphs
   mapped back into the raw HTML (HTML pages, see `html.py`);
2. `read_banner`: the date of a leading " date YYYY-MM" line;
3. `read_meta_lines`: "Publish date :", "Author :", "Source link :" lines and
   top bylines leave the text, their values become metadata;
4. `mark_boilerplate`: chrome lines (menus, share buttons, credits, cookie and
   newsletter prompts, related-article lists...) leave the text;
5. `read_dateline`: a date in the dateline opening the body ("PARIS, 12 mars 2024
   (AFP) -"), which stays in the text;
6. `drop_repeated_meta`, `take_title`: the title is metadata, so `Article.text`
   is the body only; a first body line repeating the title, a line repeating the
   author and a rubric label above the headline are removed;
7. repairs: markers stripped, "►" headings glued to their paragraph cut, glued
   sentences spaced, hard-wrapped lines rejoined;
8. the kept paragraphs joined with a blank line; `Article.segments` maps every
   character back to `RawDocument.content` (verbatim runs exactly; inserted spaces
   and paragraph breaks as zero-length segments).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..errors import InputError
from ..model import Article, RawDocument
from .boilerplate import mark_boilerplate
from .html import extract_html
from .language import detect_language
from .lines import PARAGRAPH_BREAK, Entry, Line, join, kept_indices, segments, split_source_lines
from .metadata import (
    FROM_FETCH,
    FROM_HINT,
    Meta,
    choose_published,
    drop_repeated_meta,
    parse_date,
    read_banner,
    read_dateline,
    read_meta_lines,
    take_title,
)
from .repair import join_wrapped, space_abbreviations, split_at_arrows, split_heading, unglue
from .rules import Rules, load_rules

__all__ = ["clean_document", "label_lines"]


def clean_document(doc: RawDocument) -> Article:
    """The clean article of `doc`; raises `InputError` when no article text is left."""
    rules = load_rules()
    entries, meta = _page_entries(doc, _hint_meta(doc.hints))
    entries, meta = _strip_chrome(entries, rules, meta)
    paragraphs = repaired_paragraphs(entries, rules)
    if not paragraphs:
        reason = "no article text after removing page chrome"
        raise InputError(doc.origin, reason if any(e.line for e in entries) else "no text")
    body = join(paragraphs, PARAGRAPH_BREAK)
    return Article(
        id=doc.id, origin=doc.origin, text=body.text, title=meta.title,
        published=choose_published(meta.dates), author=meta.author, url=meta.url,
        language=detect_language(body.text), segments=segments(body))


def label_lines(doc: RawDocument) -> list[tuple[str, str | None]]:
    """Each non-blank line of the page with the reason it leaves the text (None when
    it is kept), e.g. ("Photo : VNA/CVN", "drop:credit"): a view for debugging."""
    entries, meta = _page_entries(doc, _hint_meta(doc.hints))
    entries, _ = _strip_chrome(entries, load_rules(), meta)
    return [(e.line.text, e.label) for e in entries if e.line is not None]


def _hint_meta(hints: dict[str, str]) -> Meta:
    """Metadata the container gave: JSONL fields, WARC headers."""
    meta = Meta(title=hints.get("title") or None, url=hints.get("url") or None,
                author=hints.get("author") or None)
    meta = meta.with_date(FROM_HINT, parse_date(hints.get("published"), allow_year=True))
    return meta.with_date(FROM_FETCH, parse_date(hints.get("fetched")))


def _page_entries(doc: RawDocument, meta: Meta) -> tuple[tuple[Entry, ...], Meta]:
    if doc.kind != "html":
        return tuple(Entry(line) for line in split_source_lines(doc.content)), meta
    lines, meta = extract_html(doc.content, meta, load_rules(), url=meta.url)
    if not lines:
        raise InputError(doc.origin, "HTML page without article text")
    return tuple(e for line in lines for e in (Entry(line), Entry(None))), meta


def _strip_chrome(entries: tuple[Entry, ...], rules: Rules,
                  meta: Meta) -> tuple[tuple[Entry, ...], Meta]:
    entries, meta = read_banner(entries, rules, meta)
    entries, meta = read_meta_lines(entries, rules, meta)
    entries = mark_boilerplate(entries, rules)
    meta = read_dateline(entries, rules, meta)
    entries = drop_repeated_meta(entries, meta)
    return take_title(entries, rules, meta)


def repaired_paragraphs(entries: Sequence[Entry], rules: Rules) -> list[Line]:
    """The kept lines as repaired paragraphs, hard-wrapped lines rejoined."""
    paragraphs: list[Line] = []
    previous = -2
    for i in kept_indices(entries):
        parts = [space_abbreviations(unglue(part, rules), rules)
                 for piece in split_at_arrows(entries[i].line)  # type: ignore[arg-type]
                 for part in split_heading(piece, rules)]
        parts = [part for part in parts if part.text]
        if parts and paragraphs and previous == i - 1:
            joined = join_wrapped(paragraphs[-1], parts[0])
            if joined is not None:
                paragraphs[-1] = joined
                parts = parts[1:]
        paragraphs.extend(parts)
        previous = i
    return paragraphs
