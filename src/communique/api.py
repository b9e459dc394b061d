"""The Python API: `communique.open(path)` and the methods the CLI commands mirror."""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from typing_extensions import Unpack

from .pipeline import Outcome, ingest_inputs
from .query import (
    Conditions,
    DyadReport,
    EventFilter,
    Network,
    dyad_report,
    export_events,
    list_events,
    list_facts,
    list_reports,
    relations_network,
)
from .store import Store

DEFAULT_DB = "communique.duckdb"


@dataclass
class IngestSummary:
    """Counts of an ingest run, and the reason of each failure."""

    read: int = 0
    statuses: Counter = field(default_factory=Counter)
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.read += 1
        self.statuses[outcome.status] += 1
        self.events += outcome.events
        if outcome.status == "failed":
            self.failures.append((outcome.origin, outcome.reason or "unknown reason"))

    def lines(self) -> list[str]:
        s = self.statuses
        return [f"{self.read} read: {s['new']} new, {s['updated']} updated, "
                f"{s['unchanged'] + s['duplicate']} skipped as duplicate "
                f"({s['unchanged']} unchanged, {s['duplicate']} same text as a stored article), "
                f"{s['failed']} failed; {self.events} events stored"]


def database_path(path: str | Path | None = None) -> Path:
    """`path`, else $COMMUNIQUE_DB, else ./communique.duckdb."""
    return Path(path or os.environ.get("COMMUNIQUE_DB") or DEFAULT_DB)


def open(path: str | Path | None = None, read_only: bool = False) -> Database:  # noqa: A001
    """Open (or create) a communique database."""
    return Database(database_path(path), read_only)


class Database:
    """A communique database: ingest articles, read events, dyads, the network, exports."""

    def __init__(self, path: Path, read_only: bool = False):
        self.path = path
        self.store = Store(path, read_only=read_only)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest_iter(self, inputs: Iterable[str | Path]) -> Iterator[Outcome]:
        """Ingest files, folders, globs or URLs, yielding each input's outcome as it is stored."""
        return ingest_inputs(inputs, self.store)

    def ingest(self, inputs: Iterable[str | Path] | str | Path) -> IngestSummary:
        """Ingest files, folders, globs or URLs; what happened, in counts."""
        summary = IngestSummary()
        for outcome in self.ingest_iter([inputs] if isinstance(inputs, str | Path) else inputs):
            summary.add(outcome)
        return summary

    def events(self, **conditions: Unpack[Conditions]) -> pd.DataFrame:
        """Events matching EventFilter fields: source, target, dyad, type, since, until, status."""
        return list_events(self.store, EventFilter(**conditions))

    def reports(self, **conditions: Unpack[Conditions]) -> pd.DataFrame:
        """Every article's evidence for the events matched."""
        return list_reports(self.store, EventFilter(**conditions))

    def facts(self, **conditions: Unpack[Conditions]) -> pd.DataFrame:
        """Facts about an actor (source/target) or a dyad."""
        return list_facts(self.store, EventFilter(**conditions))

    def articles(self) -> pd.DataFrame:
        """Stored articles with their metadata (not their text)."""
        return self.store.read("SELECT * EXCLUDE (text) FROM articles ORDER BY article_id")

    def dyad(self, first: str, second: str, by: str = "month",
             **conditions: Unpack[Conditions]) -> DyadReport:
        """The timeline of a dyad per month or year, with evidence, facts and a summary."""
        return dyad_report(self.store, first, second, by, EventFilter(**conditions))

    def network(self, **conditions: Unpack[Conditions]) -> Network:
        """Actors and weighted directed edges of the events matched."""
        return relations_network(self.store, EventFilter(**conditions))

    def export(self, out: str | Path, form: str = "parquet", schema: str = "native",
               **conditions: Unpack[Conditions]) -> int:
        """Write the events matched to a CSV, Parquet or JSONL file; the rows written."""
        return export_events(self.store, Path(out), form, schema,
                             EventFilter(**conditions))
