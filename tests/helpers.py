"""Helpers shared by the tests (importable as `helpers`: tests/ is on pytest's path)."""
from __future__ import annotations

import json
from pathlib import Path

import communique
from communique.model import Article

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BULLETINS = DATA / "store" / "bulletins.jsonl"  # three short articles written for the store tests


def read_jsonl(name: str) -> list[dict]:
    """Records of a JSONL file under tests/data."""
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article_of(text: str, published: str | None = None, id: str = "test") -> Article:
    """An article made of `text` alone, as if cleaned from a page."""
    return Article(id=id, origin=id, text=text, published=published)


def known_misses(name: str) -> set[str]:
    """Ids listed in a known-misses file under tests/data (one a line, # comments)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def table_counts(db: communique.Database) -> dict[str, int]:
    """Rows in each table of a database."""
    return {table: int(db.store.read(f"SELECT count(*) AS n FROM {table}")["n"][0])
            for table in ("articles", "actor_mentions", "reports", "events", "facts")}
