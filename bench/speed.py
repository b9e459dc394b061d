"""Throughput of each stage on one core, in articles per second. Goal: >= 40 articles/s
for the whole pipeline (clean → parse → actors → events → facts), model loading excluded.

Usage: python bench/speed.py [FOLDER ...]   (default: ../shared/corpus and demo/articles)
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from communique.actors import find_actors
from communique.events import extract_events
from communique.facts import extract_facts
from communique.model import Article
from communique.nlp import load_nlp, parse_many
from communique.pipeline import clean_inputs

GOAL = 40.0
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [ROOT.parent / "shared" / "corpus", ROOT / "demo" / "articles"]


def timed(step: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = step()
    return time.perf_counter() - start, result


def main(inputs: list[Path]) -> int:
    load_seconds, _ = timed(load_nlp)
    clean_seconds, cleaned = timed(lambda: [a for a in clean_inputs(inputs) if isinstance(a, Article)])
    articles = [a for a in cleaned if a.language == "fr"]  # type: ignore[union-attr]
    parse_seconds, parsed = timed(lambda: list(parse_many(articles)))
    seconds = {"clean": clean_seconds, "parse": parse_seconds, "actors": 0.0, "events": 0.0, "facts": 0.0}
    for article, doc in parsed:  # type: ignore[union-attr]
        spent, mentions = timed(lambda: find_actors(article, doc))  # noqa: B023
        seconds["actors"] += spent
        seconds["events"] += timed(lambda: extract_events(article, doc, mentions))[0]  # noqa: B023
        seconds["facts"] += timed(lambda: extract_facts(article, doc, mentions))[0]  # noqa: B023
    count = len(articles)
    total = sum(seconds.values())
    print(f"{count} French articles, {sum(len(a.text) for a in articles):,} characters; "
          f"model loaded in {load_seconds:.1f} s (not counted)")
    for stage, spent in seconds.items():
        print(f"  {stage:7s} {spent:6.2f} s  {count / spent if spent else float('inf'):8.1f} articles/s")
    rate = count / total
    print(f"pipeline {total:6.2f} s  {rate:8.1f} articles/s on one core (goal {GOAL:.0f}): "
          + ("met" if rate >= GOAL else "not met"))
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(p) for p in sys.argv[1:]] or [p for p in DEFAULT_INPUTS if p.exists()]))
