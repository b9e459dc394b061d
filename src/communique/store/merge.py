"""Cross-article events: the reports of one happening, gathered from every article.

Reports share an event when they have the same type, the same dyad (either order when the
act is mutual), the same `directed` and `status`, and compatible dates: equal, or one a
prefix of the other ("2023-07" and "2023-07-12"). An undated report joins only undated ones:
nothing says an undated visit is the one dated elsewhere. The most precise date names the
event; reports are taken most precise first, so a month-level report joins the first
day-level event of its month.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from .scores import score

GroupKey = tuple[str, str, str, bool, str]  # type, source, target, directed, status


@dataclass(frozen=True)
class Report:
    """One article's coding of an event, with what the merge needs of its article."""

    report_id: int
    article_id: int
    site: str  # the article's site, or a per-article stand-in when it has no URL
    seen: str | None  # the article's publication date, else its ingest date
    type: str
    mode: str | None
    source: str
    target: str
    directed: bool
    date: str | None
    status: str
    confidence: float


@dataclass(frozen=True)
class MergedEvent:
    """One event and the counts analysts weigh it by (GDELT's NumMentions/Articles/Sources)."""

    event_id: str
    type: str
    mode: str | None
    source: str
    target: str
    directed: bool
    date: str | None
    status: str
    intensity: float
    quad_class: int
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None
    last_seen: str | None
    confidence: float
    report_ids: tuple[int, ...]


def group_key(type_: str, source: str, target: str, directed: bool, status: str) -> GroupKey:
    """The key reports must share to be one event (a mutual pair in sorted order)."""
    if not directed:
        source, target = sorted((source, target))
    return (type_, source, target, directed, status)


def merge(key: GroupKey, reports: list[Report]) -> list[MergedEvent]:
    """The events of one group's reports."""
    clusters: list[tuple[str | None, list[Report]]] = []
    for report in sorted(reports, key=_precision_first):
        home = next((c for c in clusters if _compatible(c[0], report.date)), None)
        if home is None:
            clusters.append((report.date, [report]))
        else:
            home[1].append(report)
    return [_event(key, date, members) for date, members in clusters]


def _precision_first(report: Report) -> tuple[int, str, int]:
    return (-len(report.date or ""), report.date or "", report.report_id)


def _compatible(event_date: str | None, date: str | None) -> bool:
    if event_date is None or date is None:
        return event_date is date
    return event_date.startswith(date) or date.startswith(event_date)


def _event(key: GroupKey, date: str | None, members: list[Report]) -> MergedEvent:
    type_, source, target, directed, status = key
    mode = Counter(r.mode for r in members).most_common(1)[0][0]
    intensity, quad_class = score(type_, mode)
    seen = sorted(r.seen for r in members if r.seen)
    return MergedEvent(
        event_id=_event_id(key, date), type=type_, mode=mode, source=source, target=target,
        directed=directed, date=date, status=status, intensity=intensity, quad_class=quad_class,
        num_mentions=len(members), num_articles=len({r.article_id for r in members}),
        num_sources=len({r.site for r in members}),
        first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None,
        confidence=max(r.confidence for r in members),
        report_ids=tuple(sorted(r.report_id for r in members)))


def _event_id(key: GroupKey, date: str | None) -> str:
    """Stable while the event keeps its key and date: a hash of both."""
    text = "|".join(str(part) for part in (*key, date or ""))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
