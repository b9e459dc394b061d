"""Table rows from the pipeline's records, and the SQL that gathers an event group's reports.

Offsets (`start`, `end`) in every table are offsets in the original input, as
`communique extract` prints them.
"""
from __future__ import annotations

from datetime import datetime

from ..model import Article, Event, Fact, Mention
from .identity import article_key, text_hash
from .merge import MergedEvent


def article_row(article: Article, article_id: int, site: str | None, now: datetime) -> dict:
    return {"article_id": article_id, "key": article_key(article), "name": article.id,
            "origin": article.origin, "url": article.url, "site": site, "title": article.title,
            "published": article.published, "author": article.author,
            "language": article.language, "text": article.text,
            "text_hash": text_hash(article.text), "first_ingested": now, "last_ingested": now}


def mention_row(article_id: int, article: Article, mention: Mention) -> dict:
    start = article.source_offset(mention.start)
    end = article.source_offset(mention.end - 1) + 1 if mention.end > mention.start else start
    return {"article_id": article_id, "start": start, "end": end, "text": mention.text,
            "code": mention.code, "kind": mention.kind, "via": mention.via, "role": mention.role}


def report_row(report_id: int, article_id: int, event: Event) -> dict:
    return {"report_id": report_id, "article_id": article_id, "event_id": None,
            "type": event.type, "mode": event.mode, "source": event.source,
            "target": event.target, "directed": event.directed, "date": event.date,
            "status": event.status, "sentence": event.sentence, "start": event.start,
            "end": event.end, "source_text": event.source_text,
            "target_text": event.target_text, "confidence": event.confidence}


def fact_row(article_id: int, fact: Fact) -> dict:
    return {"article_id": article_id, "kind": fact.kind, "source": fact.source,
            "target": fact.target, "directed": fact.directed, "value": fact.value,
            "unit": fact.unit, "year": fact.year, "comparison": fact.comparison,
            "sentence": fact.sentence, "start": fact.start, "end": fact.end, "text": fact.text}


def event_row(event: MergedEvent) -> dict:
    return {name: getattr(event, name) for name in (
        "event_id", "type", "mode", "source", "target", "directed", "date", "status",
        "intensity", "quad_class", "num_mentions", "num_articles", "num_sources",
        "first_seen", "last_seen", "confidence")}


# The group key of a report: its dyad in sorted order when the act is mutual.
_KEY_MATCH = """r.type = t.type AND r.directed = t.directed AND r.status = t.status
    AND (CASE WHEN r.directed THEN r.source ELSE least(r.source, r.target) END) = t.source
    AND (CASE WHEN r.directed THEN r.target ELSE greatest(r.source, r.target) END) = t.target"""

# Reports of the groups in the registered `touched` frame, as merge.Report fields.
GROUP_REPORTS_SQL = f"""
SELECT r.report_id, r.article_id, coalesce(a.site, 'article:' || a.article_id),
       coalesce(a.published, strftime(a.first_ingested, '%Y-%m-%d')),
       r.type, r.mode, r.source, r.target, r.directed, r.date, r.status, r.confidence
FROM reports r JOIN articles a USING (article_id) JOIN touched t ON {_KEY_MATCH}"""

DELETE_GROUP_EVENTS_SQL = """
DELETE FROM events WHERE EXISTS (SELECT 1 FROM touched t WHERE events.type = t.type
    AND events.source = t.source AND events.target = t.target
    AND events.directed = t.directed AND events.status = t.status)"""
