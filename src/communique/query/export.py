"""Exports of the events table: CSV, Parquet or JSON lines, in communique's columns or GDELT's.

The `gdelt` schema fills the GDELT 2.0 event columns that have a meaning here (docs/schema.md
lists each one and what it holds); those without one (AvgTone, geography) are left out.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import QueryError
from ..store import Store
from .events import list_events
from .filters import EventFilter
from .names import actor_names

FORMATS = ("csv", "parquet", "jsonl")
SCHEMAS = ("native", "gdelt")

ADDED_SQL = """
SELECT r.event_id, strftime(min(a.first_ingested), '%Y%m%d%H%M%S') AS added
FROM reports r JOIN articles a USING (article_id) GROUP BY r.event_id"""


def export_events(store: Store, out: Path, form: str, schema: str = "native",
                  where: EventFilter | None = None) -> int:
    """Write the events `where` selects to `out`; the number of rows written."""
    if form not in FORMATS:
        raise QueryError(f"format '{form}': expected one of {', '.join(FORMATS)}")
    if schema not in SCHEMAS:
        raise QueryError(f"schema '{schema}': expected one of {', '.join(SCHEMAS)}")
    frame = list_events(store, where or EventFilter())
    if schema == "gdelt":
        added = store.read(ADDED_SQL).set_index("event_id")["added"]
        frame = gdelt_columns(frame, added)
    _write(frame, Path(out), form)
    return len(frame)


def gdelt_columns(events: pd.DataFrame, added: pd.Series) -> pd.DataFrame:
    """GDELT 2.0 event columns from communique events (unknown day or month written 00)."""
    parts = events["date"].fillna("").str.split("-", expand=True).reindex(columns=[0, 1, 2])
    year, month, day = (pd.to_numeric(parts[i], errors="coerce").astype("Int64") for i in range(3))
    names = actor_names()
    return pd.DataFrame({
        "GLOBALEVENTID": events["event_id"],
        "SQLDATE": year * 10000 + month.fillna(0) * 100 + day.fillna(0),
        "MonthYear": year * 100 + month.fillna(0),
        "Year": year,
        "FractionDate": (year + (month.fillna(1) - 1) / 12 + (day.fillna(1) - 1) / 365).round(4),
        "Actor1Code": events["source"], "Actor1Name": events["source"].map(names),
        "Actor1CountryCode": events["source"].where(~events["source"].str.startswith("IGO-")),
        "Actor2Code": events["target"], "Actor2Name": events["target"].map(names),
        "Actor2CountryCode": events["target"].where(~events["target"].str.startswith("IGO-")),
        "EventCode": events["type"], "EventBaseCode": events["mode"],
        "EventRootCode": events["type"], "QuadClass": events["quad_class"],
        "GoldsteinScale": events["intensity"], "NumMentions": events["num_mentions"],
        "NumSources": events["num_sources"], "NumArticles": events["num_articles"],
        "DATEADDED": events["event_id"].map(added), "SOURCEURL": events["url"],
    })


def _write(frame: pd.DataFrame, out: Path, form: str) -> None:
    if out.parent and not out.parent.exists():
        raise QueryError(f"{out}: folder {out.parent} does not exist")
    if form == "csv":
        frame.to_csv(out, index=False)
    elif form == "parquet":
        frame.to_parquet(out, index=False)
    else:
        frame.to_json(out, orient="records", lines=True, force_ascii=False)
