"""Metadata read from the chrome of text pages: title, date, author, URL.

Publication dates are gathered as candidates with a priority and merged by
`choose_published`: the most trusted source wins, and a less trusted one that
agrees with it but is more precise refines it ("2024-06" from a " date" banner
becomes "2024-06-18" when the dateline says 18 June).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .boilerplate import is_headline_like
from .lines import Entry, kept_indices, relabel
from .rules import Rules, load_rules

# Priorities of publication-date sources (lower wins).
FROM_HINT = 0  # a field the user gave (JSONL "published")
FROM_META_LINE = 1  # "Publish date : ...", "Publié le ..."
FROM_HTML = 2  # trafilatura / htmldate metadata of an HTML page
FROM_BANNER = 3  # leading " date YYYY-MM" line of scraped dumps
FROM_DATELINE = 4  # "PARIS, 12 mars 2024 (AFP) -" opening the body
FROM_HTML_GUESS = 5  # htmldate's guess from anywhere in an HTML page
FROM_FETCH = 9  # WARC-Date: when the page was crawled, a weak last resort

BANNER_WINDOW = 3  # the banner is one of the first non-blank lines
BYLINE_WINDOW = 15  # bylines and `head` stamps: among the first non-blank lines (after menus)
DATELINE_WINDOW = 3  # datelines open one of the first body lines
# A first line becomes the title when it looks like a headline of this size.
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 220
KICKER_MAX_WORDS = 3  # a rubric label above the headline is dropped when a headline follows
YEAR_RANGE = (1900, 2100)

# A sentence end inside a line ("... Pyongyang. Le ..."), but not "M. Poutine".
_TWO_SENTENCES = re.compile(r"[a-zà-öø-ÿ0-9»)][.!?…]\s+[«\"“]?[A-ZÀ-ÖØ-Þ]")


@dataclass(frozen=True)
class Meta:
    """Metadata gathered so far; `dates` holds (priority, ISO date) candidates."""

    title: str | None = None
    author: str | None = None
    url: str | None = None
    dates: tuple[tuple[int, str], ...] = ()

    def with_date(self, priority: int, value: str | None) -> Meta:
        return replace(self, dates=(*self.dates, (priority, value))) if value else self

    def fill(self, title: str | None = None, author: str | None = None,
             url: str | None = None) -> Meta:
        """Set the fields that are still empty."""
        return Meta(self.title or title or None, self.author or author or None,
                    self.url or url or None, self.dates)


Step = tuple[tuple[Entry, ...], Meta]  # what a step over the page lines returns


def read_banner(entries: Sequence[Entry], rules: Rules, meta: Meta) -> Step:
    """Take the date of a leading " date YYYY-MM ..." line; what follows the date
    stays as an ordinary first line (a title, a credit, a byline or body text)."""
    for i in [j for j, e in enumerate(entries) if e.line is not None][:BANNER_WINDOW]:
        line = entries[i].line
        for rule in rules.of("banner"):
            match = rule.match(line.text)  # type: ignore[union-attr]
            if not match:
                continue
            meta = meta.with_date(FROM_BANNER, parse_date(match.group("value")))
            rest = match.group("rest")
            new = line.slice(match.start("rest")).strip() if rest else None  # type: ignore[union-attr]
            out = list(entries)
            out[i] = Entry(new) if new is not None and new.text else Entry(line, "meta:banner")
            return tuple(out), meta
    return tuple(entries), meta


def read_meta_lines(entries: Sequence[Entry], rules: Rules, meta: Meta) -> Step:
    """Remove "Publish date :", "Author :", "Source link :" lines and top bylines,
    keeping their values."""
    labels: dict[int, str] = {}
    nonblank = [i for i, e in enumerate(entries) if e.line is not None]
    top = set(nonblank[:BYLINE_WINDOW])
    for i in kept_indices(entries):
        text = entries[i].line.text  # type: ignore[union-attr]
        for rule in rules.of("meta") + (rules.of("head") + rules.of("byline") if i in top else ()):
            match = rule.match(text)
            if match:
                labels[i] = f"{rule.kind}:{rule.arg}" if rule.arg else rule.kind
                meta = _record(meta, rule.kind, rule.arg, match.group("value").strip())
                break
    return relabel(entries, labels), meta


def _record(meta: Meta, kind: str, field: str, value: str) -> Meta:
    if kind == "byline":
        return meta.fill(author=clean_author(value))
    if field == "published":
        return meta.with_date(FROM_META_LINE, parse_date(value))
    if field == "author":
        return meta.fill(author=clean_author(value))
    if field == "url":
        return meta.fill(url=value)
    if field == "title":
        return meta.fill(title=value)
    return meta  # "updated" stamps are dropped, not used


def clean_author(value: str) -> str | None:
    """"Jeanne Martin, envoyée spéciale à Kiev" -> "Jeanne Martin"."""
    value = re.split(r"\s*[,|]\s*|\s+[-–]\s+", value.strip(), maxsplit=1)[0].strip(" .;:")
    return value[:1].upper() + value[1:] if value else None


def read_dateline(entries: Sequence[Entry], rules: Rules, meta: Meta) -> Meta:
    """A date in the dateline that opens one of the first body lines (line kept)."""
    for i in kept_indices(entries)[:DATELINE_WINDOW]:
        text = entries[i].line.text  # type: ignore[union-attr]
        for rule in rules.of("dateline"):
            match = rule.match(text)
            if match:
                return meta.with_date(FROM_DATELINE, parse_date(match.group("date")))
    return meta


def drop_repeated_meta(entries: Sequence[Entry], meta: Meta) -> tuple[Entry, ...]:
    """Remove kept lines that only repeat the author or the URL (a site name shown
    above the article that is also its byline, a bare source URL)."""
    keys = {_title_key(value) for value in (meta.author, meta.url) if value}
    labels = {i: "meta:repeat" for i in kept_indices(entries)
              if _title_key(entries[i].line.text) in keys}  # type: ignore[union-attr]
    return relabel(entries, labels)


def take_title(entries: Sequence[Entry], rules: Rules, meta: Meta) -> Step:
    """Settle the title; the title is metadata and never stays in the body text.

    With a title from metadata, a first body line repeating it is removed (a line
    that merely starts like it stays). Without one, the first body line becomes the
    title when it reads like a headline and more body follows.
    """
    kept = kept_indices(entries)
    if not kept:
        return tuple(entries), meta
    first = entries[kept[0]].line.text  # type: ignore[union-attr]
    if meta.title:
        if same_title(first, meta.title):
            return relabel(entries, {kept[0]: "title"}), meta
        return tuple(entries), meta
    if len(kept) > 2 and _is_kicker(first) and is_title_like(_text(entries, kept[1]), rules):
        title = strip_marker(_text(entries, kept[1]), rules)
        return relabel(entries, {kept[0]: "drop:kicker", kept[1]: "title"}), meta.fill(title=title)
    if len(kept) > 1 and is_title_like(first, rules):
        return relabel(entries, {kept[0]: "title"}), meta.fill(title=strip_marker(first, rules))
    return tuple(entries), meta


def _text(entries: Sequence[Entry], i: int) -> str:
    return entries[i].line.text  # type: ignore[union-attr]


def _is_kicker(text: str) -> bool:
    """A rubric label above a headline ("Diplomatie", "Asie-Pacifique")."""
    return len(text.split()) <= KICKER_MAX_WORDS and is_headline_like(text) \
        and not text.endswith(("!", "?"))


def is_title_like(text: str, rules: Rules) -> bool:
    """A headline: a few words, one sentence, no closing period, not a dateline."""
    words = len(text.split())
    if not (TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and len(text) <= TITLE_MAX_CHARS):
        return False
    if not is_headline_like(text) or _TWO_SENTENCES.search(text):
        return False
    return not any(rule.match(text) for rule in rules.of("dateline"))


def strip_marker(text: str, rules: Rules) -> str:
    """A title without a leading "►" or ">>" marker."""
    for rule in rules.of("arrow") + rules.of("related"):
        match = rule.match(text)
        if match:
            return text[match.end() - 1:].strip()
    return text


def same_title(line: str, title: str) -> bool:
    """Equal once case, spacing and closing punctuation are ignored."""
    return _title_key(line) == _title_key(title)


def _title_key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .!?:;«»\"'“”’►>")


def choose_published(dates: Sequence[tuple[int, str]]) -> str | None:
    """The most trusted date, refined by an agreeing, more precise one."""
    ranked = sorted(dates, key=lambda item: item[0])
    if not ranked:
        return None
    best = ranked[0][1]
    for _, value in ranked[1:]:
        if len(value) > len(best) and value.startswith(best):
            best = value
    return best


# ---------------------------------------------------------------- date parsing

def parse_date(text: str | None, allow_year: bool = False) -> str | None:
    """The first date written in `text` as ISO: YYYY-MM-DD, YYYY-MM (or YYYY with
    `allow_year`). French day-first order for numeric dates ("05/06/2023" is 5 June)
    unless the first number cannot be a month's day order."""
    if not text:
        return None
    found: list[tuple[int, int, str]] = []
    for pattern, convert in _date_patterns():
        for match in pattern.finditer(text):
            value = convert(match)
            if value:
                found.append((match.start(), -len(value), value))
                break
    if not found and allow_year:
        year = re.search(r"\b(\d{4})\b", text)
        if year and YEAR_RANGE[0] <= int(year.group(1)) <= YEAR_RANGE[1]:
            return year.group(1)
    return min(found)[2] if found else None


@functools.cache
def _date_patterns() -> tuple:
    rules = load_rules()
    return (
        (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), _iso),
        (re.compile(r"\b(\d{4})-(\d{2})\b(?!-\d)"), _iso_month),
        (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), _numeric),
        (rules.compile(r"\b(\d{1,2})\s?(?:er|st|nd|rd|th)?\s*({MONTH})\s+(\d{4})\b"), _day_month),
        (rules.compile(r"\b({MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), _month_day),
        (rules.compile(r"\b({MONTH})\s+(\d{4})\b"), _month_year),
    )


def _iso(match: re.Match[str]) -> str | None:
    return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _iso_month(match: re.Match[str]) -> str | None:
    return _valid(int(match.group(1)), int(match.group(2)), None)


def _numeric(match: re.Match[str]) -> str | None:
    day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if month > 12 >= day:  # written month-first (US order)
        day, month = month, day
    return _valid(year, month, day)


def _day_month(match: re.Match[str]) -> str | None:
    month = month_number(match.group(2))
    return _valid(int(match.group(3)), month, int(match.group(1))) if month else None


def _month_day(match: re.Match[str]) -> str | None:
    month = month_number(match.group(1))
    return _valid(int(match.group(3)), month, int(match.group(2))) if month else None


def _month_year(match: re.Match[str]) -> str | None:
    month = month_number(match.group(1))
    return _valid(int(match.group(2)), month, None) if month else None


def month_number(name: str) -> int | None:
    """1-12 for a French or English month name or abbreviation."""
    for pattern, number in load_rules().months:
        if pattern.match(name.strip()):
            return number
    return None


def _valid(year: int, month: int, day: int | None) -> str | None:
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1] or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
