"""The database commands of `communique`: ingest, events, dyad, network, export.

Each mirrors a method of `communique.Database`; reading commands open the file read only,
so they never lock out another reader.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

import pandas as pd
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .api import Database, IngestSummary, database_path
from .query import EventFilter
from .query.export import FORMATS, SCHEMAS

TABLE_TEXT_WIDTH = 70  # evidence sentences are cut to this in tables
EVENT_TABLE = ["date", "type", "mode", "source", "target", "status", "intensity", "num_articles",
               "num_sources", "evidence"]
REPORT_TABLE = ["event_id", "article", "published", "type", "source", "target", "date", "status",
                "sentence"]


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register the database subcommands."""
    ingest = commands.add_parser("ingest", help="code articles (files, folders, globs, URLs, feeds) "
                                 "into the database")
    ingest.add_argument("paths", nargs="*", metavar="PATH_OR_URL")
    _database_option(ingest)
    ingest.set_defaults(run=_ingest)
    events = commands.add_parser("events", help="list stored events")
    _filters(events, actors=True)
    events.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    events.add_argument("--reports", action="store_true",
                        help="one row per article reporting each event, with its evidence")
    events.set_defaults(run=_events)
    dyad = commands.add_parser("dyad", help="how the relation between two actors evolved")
    dyad.add_argument("first", metavar="X")
    dyad.add_argument("second", metavar="Y")
    dyad.add_argument("--by", choices=("month", "year"), default="month")
    dyad.add_argument("--format", choices=("table", "json"), default="table")
    _filters(dyad, actors=False)
    dyad.set_defaults(run=_dyad)
    network = commands.add_parser("network", help="actors and weighted edges between them")
    network.add_argument("--format", choices=("json", "graphml"), default="json")
    _filters(network, actors=False)
    network.set_defaults(run=_network)
    export = commands.add_parser("export", help="write the events to a CSV, Parquet or JSONL file")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", required=True, type=Path, metavar="PATH")
    export.add_argument("--schema", choices=SCHEMAS, default="native")
    _filters(export, actors=True)
    export.set_defaults(run=_export)


def _database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE",
                        help="database file (default: $COMMUNIQUE_DB, else ./communique.duckdb)")


def _filters(parser: argparse.ArgumentParser, actors: bool) -> None:
    _database_option(parser)
    if actors:
        parser.add_argument("--source", metavar="CODE")
        parser.add_argument("--target", metavar="CODE")
        parser.add_argument("--dyad", metavar="X,Y", help="both directions")
    parser.add_argument("--type", metavar="TYPE", help="PLOVER type, e.g. CONSULT")
    parser.add_argument("--since", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--until", metavar="DATE")
    parser.add_argument("--status", choices=("occurred", "planned"))


def _where(args: argparse.Namespace) -> EventFilter:
    dyad = getattr(args, "dyad", None)
    return EventFilter(source=getattr(args, "source", None), target=getattr(args, "target", None),
                       dyad=tuple(dyad.split(",", 1)) if dyad and "," in dyad else None,
                       type=args.type, since=args.since, until=args.until, status=args.status)


def _ingest(args: argparse.Namespace, out: TextIO) -> int:
    summary = IngestSummary()
    console = Console(stderr=True, highlight=False)
    with Database(database_path(args.db)) as db, _progress_bar(console) as progress:
        task = progress.add_task("ingest", total=None, new=0, failed=0)
        for outcome in db.ingest_iter(args.paths):
            summary.add(outcome)
            if outcome.status == "failed":
                console.print(f"Error: {outcome.origin}: {outcome.reason}", markup=False)
            progress.update(task, advance=1, new=summary.statuses["new"] + summary.statuses["updated"],
                            failed=summary.statuses["failed"])
    for line in summary.lines():
        out.write(line + "\n")
    for origin, reason in summary.failures:
        out.write(f"  failed: {origin}: {reason}\n")
    return 1 if summary.failures else 0


def _progress_bar(console: Console) -> Progress:
    """A live line on a terminal (articles read, stored, failed, time); nothing in a pipe."""
    return Progress(SpinnerColumn(), TextColumn("{task.completed} read, {task.fields[new]} stored, "
                                                "{task.fields[failed]} failed"),
                    TimeElapsedColumn(), console=console, disable=not console.is_terminal)


def _events(args: argparse.Namespace, out: TextIO) -> int:
    with Database(database_path(args.db), read_only=True) as db:
        if args.reports:
            _write_frame(db.reports(**_conditions(args)), args.format, out, REPORT_TABLE)
        else:
            _write_frame(db.events(**_conditions(args)), args.format, out, EVENT_TABLE)
    return 0


def _dyad(args: argparse.Namespace, out: TextIO) -> int:
    with Database(database_path(args.db), read_only=True) as db:
        report = db.dyad(args.first, args.second, args.by, **_conditions(args))
    if args.format == "json":
        out.write(json.dumps({
            "pair": report.pair, "by": report.by, "summary": report.summary,
            "undated": report.undated, "periods": _records(report.periods),
            "evidence": _records(report.evidence), "facts": _records(report.facts)},
            ensure_ascii=False, indent=1) + "\n")
        return 0
    out.write(report.summary + "\n")
    if report.periods.empty:
        return 0
    out.write("\n")
    _write_frame(report.periods, "table", out, list(report.periods.columns))
    out.write("\nEvidence\n")
    _write_frame(report.evidence, "table", out, list(report.evidence.columns))
    if not report.facts.empty:
        out.write("\nFacts\n")
        _write_frame(report.facts, "table", out, ["year", "kind", "source", "target", "comparison",
                                                  "value", "unit", "text", "article"])
    return 0


def _network(args: argparse.Namespace, out: TextIO) -> int:
    with Database(database_path(args.db), read_only=True) as db:
        graph = db.network(**_conditions(args))
    if args.format == "graphml":
        out.write(graph.to_graphml())
    else:
        out.write(json.dumps(_plain(graph.to_json()), ensure_ascii=False, indent=1) + "\n")
    return 0


def _export(args: argparse.Namespace, out: TextIO) -> int:
    with Database(database_path(args.db), read_only=True) as db:
        written = db.export(args.out, args.format, args.schema, **_conditions(args))
    out.write(f"{written} events written to {args.out} ({args.format}, {args.schema} columns)\n")
    return 0


def _conditions(args: argparse.Namespace) -> dict:
    where = _where(args)
    return {name: value for name, value in vars(where).items() if value is not None}


def _write_frame(frame: pd.DataFrame, form: str, out: TextIO, columns: list[str]) -> None:
    if form == "csv":
        frame.to_csv(out, index=False)
    elif form == "jsonl":
        for record in _records(frame):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        shown = frame[[c for c in columns if c in frame.columns]].map(_cut)
        out.write((shown.to_string(index=False, na_rep="-") if len(shown) else "(none)") + "\n")
        out.write(f"{len(frame)} rows\n")


def _cut(value: object) -> object:
    if isinstance(value, str) and len(value) > TABLE_TEXT_WIDTH:
        return value[: TABLE_TEXT_WIDTH - 1] + "…"
    return value


def _records(frame: pd.DataFrame) -> list[dict]:
    return list(json.loads(frame.to_json(orient="records", force_ascii=False)))


def _plain(value: object) -> object:
    """JSON-ready copy: numpy numbers become Python numbers."""
    return json.loads(json.dumps(value, default=lambda v: v.item() if hasattr(v, "item") else str(v)))
