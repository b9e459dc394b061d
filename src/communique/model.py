"""Frozen records that cross stage borders: ingest → clean → nlp → actors → events."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class RawDocument:
    """One input document as read from disk, before cleaning.

    `content` is the decoded input (plain text or HTML); offsets reported to users
    are offsets into `content`. `hints` carries metadata the container gave
    (JSONL fields, WARC headers): url, title, published.
    """

    id: str
    origin: str
    content: str
    kind: str  # "text" | "html"
    hints: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Segment:
    """`length` characters of clean text starting at `text_start` come from
    `source_start` in the raw content (length 0 marks an inserted character)."""

    text_start: int
    source_start: int
    length: int


@dataclass(frozen=True)
class Article:
    """A clean article: body text, metadata and the map back to the raw input."""

    id: str
    origin: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, as precise as known: YYYY, YYYY-MM, YYYY-MM-DD
    author: str | None = None
    url: str | None = None
    language: str = "fr"
    segments: tuple[Segment, ...] = ()

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [seg.text_start for seg in self.segments]

    def source_offset(self, offset: int) -> int:
        """Offset in the raw input of the clean-text character at `offset`."""
        if not self.segments:
            return offset
        i = max(bisect.bisect_right(self._segment_starts, offset) - 1, 0)
        seg = self.segments[i]
        return seg.source_start + min(max(offset - seg.text_start, 0), seg.length)


@dataclass(frozen=True)
class Mention:
    """An actor mention in an article's clean text, resolved to a code."""

    text: str
    start: int
    end: int
    code: str  # ISO 3166-1 alpha-3 or IGO-<ACRONYM>
    kind: str  # country | igo | person | body | place
    via: str  # name | adjective | prefix | capital | seat | office table | apposition | coreference
    role: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression in clean text, resolved as precisely as the text allows."""

    text: str
    start: int
    end: int
    value: str | None  # YYYY-MM-DD, YYYY-MM, YYYY, or None when unresolvable
    tense: str = "any"  # "past" | "future" | "any": what the expression implies


@dataclass(frozen=True)
class Event:
    """One PLOVER event coded from an article, with its evidence."""

    article: str
    type: str
    mode: str | None
    source: str
    target: str
    directed: bool
    date: str | None
    status: str  # occurred | planned
    sentence: str
    start: int
    end: int
    source_text: str
    target_text: str
    confidence: float


@dataclass(frozen=True)
class Fact:
    """A figure an article states about a dyad (trade volume, growth, aid, troops...)."""

    article: str
    kind: str  # see data/facts.tsv: trade | trade_growth | aid | loan | investment | agreements | troops ...
    source: str
    target: str
    directed: bool  # aid, loans, troops go from source to target; trade is mutual
    value: float  # in `unit`, scale words applied ("10 milliards" -> 1e10)
    unit: str  # ISO 4217 currency, "percent", or what is counted ("documents", "soldiers")
    year: int | None
    comparison: str  # exact | more_than | less_than | about | up_to
    sentence: str
    start: int  # offsets of the figure in the original input
    end: int
    text: str  # the figure as written


@dataclass(frozen=True)
class Coded:
    """One article with what was coded from it: actor mentions, events and facts."""

    article: Article
    mentions: list[Mention]
    events: list[Event]
    facts: list[Fact]
