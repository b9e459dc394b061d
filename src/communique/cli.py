"""The `communique` command: a thin layer over the library that talks to the terminal."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from . import __version__
from .cli_database import add_commands
from .errors import CommuniqueError, InputError
from .evaluate import evaluate, load_gold
from .model import Article, Coded, Event, Mention
from .pipeline import clean_inputs, code_inputs


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; 0 when every input went through, 1 otherwise."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args, sys.stdout))
    except CommuniqueError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("Interrupted: the batches already stored are kept.", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=(
        "French news about relations between states, turned into PLOVER event data."))
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    clean = commands.add_parser("clean", help="print the clean article and its metadata")
    clean.add_argument("paths", nargs="+", metavar="FILE")
    clean.add_argument("--format", choices=("json", "text"), default="json")
    clean.set_defaults(run=_clean)
    actors = commands.add_parser("actors", help="list actor mentions resolved to codes")
    actors.add_argument("paths", nargs="+", metavar="FILE")
    actors.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    actors.set_defaults(run=_actors)
    extract = commands.add_parser("extract", help="code the events of articles (files or folders)")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    extract.set_defaults(run=_extract)
    score = commands.add_parser("evaluate", help="score extraction against gold annotations")
    score.add_argument("--gold", required=True, type=Path, metavar="DIR")
    score.add_argument("--articles", required=True, type=Path, metavar="DIR")
    score.add_argument("--json", action="store_true", help="print one JSON object")
    score.add_argument("--by-type", action="store_true", help="also print core scores per type")
    score.set_defaults(run=_evaluate)
    add_commands(commands)
    return parser


def _report(error: InputError) -> None:
    print(f"Error: {error}", file=sys.stderr)


def _clean(args: argparse.Namespace, out: TextIO) -> int:
    failed = 0
    for item in clean_inputs(args.paths):
        if isinstance(item, InputError):
            _report(item)
            failed += 1
        elif args.format == "text":
            out.write(_article_text(item))
        else:
            out.write(json.dumps(_article_json(item), ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _article_json(article: Article) -> dict:
    return {"id": article.id, "title": article.title, "published": article.published,
            "author": article.author, "url": article.url, "language": article.language,
            "text": article.text,
            "spans": [[s.text_start, s.source_start, s.length] for s in article.segments]}


def _article_text(article: Article) -> str:
    header = [f"{label}: {value}" for label, value in (
        ("Title", article.title), ("Published", article.published), ("Author", article.author),
        ("URL", article.url), ("Language", article.language)) if value]
    return "\n".join(header) + "\n\n" + article.text + "\n"


def _coded(paths: Iterable[Path]) -> tuple[list[Coded], int]:
    coded, failed = [], 0
    for item in code_inputs(paths):
        if isinstance(item, InputError):
            _report(item)
            failed += 1
        elif isinstance(item, Coded):
            coded.append(item)
        else:
            print(f"Note: {item.origin}: language '{item.language}', not coded", file=sys.stderr)
    return coded, failed


def _actors(args: argparse.Namespace, out: TextIO) -> int:
    coded, failed = _coded(args.paths)
    rows = [_mention_json(c.article, m) for c in coded for m in c.mentions]
    _write(rows, args.format, out, ("article", "start", "end", "code", "kind", "via", "role", "text"))
    return 1 if failed else 0


def _mention_json(article: Article, mention: Mention) -> dict:
    start = article.source_offset(mention.start)
    end = article.source_offset(mention.end - 1) + 1 if mention.end > mention.start else start
    return {"article": article.id, "text": mention.text, "start": start, "end": end,
            "code": mention.code, "kind": mention.kind, "role": mention.role, "via": mention.via}


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    coded, failed = _coded(args.paths)
    rows = [_event_json(e) for c in coded for e in c.events]
    _write(rows, args.format, out,
           ("article", "type", "source", "target", "directed", "date", "status", "sentence"))
    return 1 if failed else 0


def _event_json(event: Event) -> dict:
    return asdict(event)


def _write(rows: list[dict], form: str, out: TextIO, columns: tuple[str, ...]) -> None:
    if form == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [min(len(r[i]), 60) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row_cells in cells:
        out.write("  ".join(v[:60].ljust(w) for v, w in zip(row_cells, widths, strict=True)).rstrip()
                  + "\n")
    out.write(f"{len(rows)} rows\n")


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\n", " ")


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    gold = load_gold(args.gold)
    coded, failed = _coded([args.articles])
    report = evaluate(gold, (_event_json(e) for c in coded for e in c.events))
    if args.json:
        out.write(json.dumps(report) + "\n")
        return 1 if failed else 0
    out.write(f"{report['articles']} articles, {report['gold_events']} gold events, "
              f"{report['pred_events']} predicted\n")
    for view in ("dyad", "core", "full"):
        r = report[view]
        out.write(f"{view:5s} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                  f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})\n")
    if args.by_type:
        for name, c in report["by_type"].items():
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0
            out.write(f"  {name:10s} tp {c['tp']:3d} fp {c['fp']:3d} fn {c['fn']:3d}  "
                      f"P {p:.2f} R {r:.2f}\n")
    return 1 if failed else 0
