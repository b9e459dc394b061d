"""Events, their evidence and facts, read back from the store as DataFrames."""
from __future__ import annotations

import pandas as pd

from ..store import Store
from ..store.scores import quad_names
from .filters import EventFilter

EVENTS_SQL = """
SELECT e.event_id, e.date, e.type, e.mode, e.source, e.target, e.directed, e.status,
       e.intensity, e.quad_class, e.num_mentions, e.num_articles, e.num_sources,
       e.first_seen, e.last_seen, e.confidence, ev.evidence, ev.url
FROM events e LEFT JOIN (
    SELECT r.event_id, arg_min(r.sentence, r.report_id) AS evidence,
           arg_min(a.url, r.report_id) AS url
    FROM reports r JOIN articles a USING (article_id) GROUP BY r.event_id) ev USING (event_id)
WHERE {where}
ORDER BY e.date NULLS LAST, e.type, e.source, e.target"""

REPORTS_SQL = """
SELECT r.event_id, r.report_id, a.name AS article, a.url, a.site, a.published, r.type, r.mode,
       r.source, r.target, r.directed, r.date, r.status, r.sentence, r.start, r."end",
       r.source_text, r.target_text, r.confidence
FROM reports r JOIN articles a USING (article_id) JOIN events e USING (event_id)
WHERE {where}
ORDER BY e.date NULLS LAST, r.event_id, r.report_id"""

FACTS_SQL = """
SELECT f.kind, f.source, f.target, f.directed, f.value, f.unit, f.year, f.comparison, f.text,
       f.sentence, a.name AS article, a.url, a.published
FROM facts f JOIN articles a USING (article_id)
WHERE {where}
ORDER BY f.year NULLS LAST, f.kind, a.published"""


def list_events(store: Store, where: EventFilter) -> pd.DataFrame:
    """One row per cross-article event, with its first evidence sentence and quad class name."""
    condition, params = where.where("e")
    frame = store.read(EVENTS_SQL.format(where=condition), params)
    frame.insert(frame.columns.get_loc("quad_class") + 1, "quad",
                 frame["quad_class"].map(quad_names()))
    return frame


def list_reports(store: Store, where: EventFilter) -> pd.DataFrame:
    """Every article's report of the events matched: all the evidence sentences."""
    condition, params = where.where("e")
    return store.read(REPORTS_SQL.format(where=condition), params)


def list_facts(store: Store, where: EventFilter) -> pd.DataFrame:
    """Facts about the actors or dyad of `where` (its type, status and period do not apply)."""
    actors_only = EventFilter(source=where.source, target=where.target, dyad=where.dyad)
    condition, params = actors_only.where("f")
    return store.read(FACTS_SQL.format(where=condition), params)
