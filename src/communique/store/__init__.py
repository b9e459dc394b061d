"""Store stage: the one module that writes the DuckDB database.

An article is known by its key (its URL, else its file and id) and by the hash of its
normalised text. `Store.triage` says what storing an article would do — add it, update it
(same key, other text), or skip it (same key and text, or the same text under another key) —
so unchanged articles are not parsed again. `Store.save` writes a batch in one transaction
and re-merges the cross-article events the batch touched (see `merge`): a crash or a kill
loses at most the batch in flight.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from ..errors import StoreError
from ..model import Article, Coded
from . import rows
from .identity import article_key, site_of, text_hash
from .merge import GroupKey, Report, group_key, merge
from .schema import SCHEMA_VERSION, prepare

__all__ = ["SCHEMA_VERSION", "Store", "article_key", "text_hash"]


class Store:
    """A communique database file, opened for reading and writing (or read only)."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with `communique ingest`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({_first_line(exc)})") from exc
        try:
            prepare(self.con, self.path, read_only)
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(f"{self.path}: cannot read the database ({_first_line(exc)})") from exc
        except StoreError:
            self.con.close()
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def triage(self, article: Article, key: str | None = None, digest: str | None = None) -> str:
        """"new", "updated" (same key, other text), "unchanged" or "duplicate" (same text).
        `key` and `digest` are the article's key and text hash, when the caller has them."""
        key, digest = key or article_key(article), digest or text_hash(article.text)
        found = self._stored(key)
        if found is not None:
            return "unchanged" if found[1] == digest else "updated"
        same_text = self.con.execute("SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1",
                                     [digest]).fetchone()
        return "duplicate" if same_text else "new"

    def save(self, batch: list[Coded]) -> None:
        """Write a batch of articles and what was coded from them, all or nothing."""
        if not batch:
            return
        self.con.begin()
        try:
            touched = self._write(batch)
            self._remerge(touched)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def read(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """The rows of a read-only query, as a DataFrame."""
        return self.con.execute(sql, params or []).df()

    def _write(self, batch: list[Coded]) -> set[GroupKey]:
        now = datetime.now(UTC).replace(tzinfo=None)
        next_article = self._next_id("articles", "article_id")
        next_report = self._next_id("reports", "report_id")
        article_rows, mention_rows, report_rows, fact_rows = [], [], [], []
        touched: set[GroupKey] = set()
        for item in batch:
            found = self._stored(article_key(item.article))
            if found is None:
                article_id, next_article = next_article, next_article + 1
            else:
                article_id = found[0]
                touched |= self._forget(article_id)
            article_rows.append(rows.article_row(item.article, article_id, site_of(item.article), now))
            mention_rows += [rows.mention_row(article_id, item.article, m) for m in item.mentions]
            fact_rows += [rows.fact_row(article_id, f) for f in item.facts]
            for event in item.events:
                report_rows.append(rows.report_row(next_report, article_id, event))
                touched.add(group_key(event.type, event.source, event.target, event.directed,
                                      event.status))
                next_report += 1
        self._upsert_articles(article_rows)
        self._insert("actor_mentions", mention_rows)
        self._insert("reports", report_rows)
        self._insert("facts", fact_rows)
        return touched

    def _stored(self, key: str) -> tuple[int, str] | None:
        """(article_id, text_hash) of the stored article with this key."""
        found = self.con.execute("SELECT article_id, text_hash FROM articles WHERE key = ?",
                                 [key]).fetchone()
        return None if found is None else (int(found[0]), str(found[1]))

    def _forget(self, article_id: int) -> set[GroupKey]:
        """Delete what was coded from an article; the event groups its reports were in."""
        keys = self.con.execute(
            "SELECT type, source, target, directed, status FROM reports WHERE article_id = ?",
            [article_id]).fetchall()
        for table in ("actor_mentions", "reports", "facts"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        return {group_key(*key) for key in keys}

    def _upsert_articles(self, article_rows: list[dict]) -> None:
        """Insert new articles; an updated one keeps its id and first ingest time."""
        kept = [name for name in article_rows[0] if name not in ("article_id", "first_ingested")]
        updates = ", ".join(f"{name} = excluded.{name}" for name in kept)
        self._insert("articles", article_rows, f"ON CONFLICT (article_id) DO UPDATE SET {updates}")

    def _insert(self, table: str, table_rows: list[dict], on_conflict: str = "") -> None:
        if not table_rows:
            return
        frame = pd.DataFrame(table_rows)
        columns = ", ".join(f'"{name}"' for name in frame.columns)
        self.con.register("incoming", frame)
        try:
            self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming "
                             + on_conflict)
        finally:
            self.con.unregister("incoming")

    def _next_id(self, table: str, column: str) -> int:
        found = self.con.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchone()
        return int(found[0]) if found else 1

    def _remerge(self, touched: set[GroupKey]) -> None:
        """Rebuild the events of the touched groups from all their reports."""
        if not touched:
            return
        keys = pd.DataFrame(sorted(touched), columns=["type", "source", "target", "directed", "status"])
        self.con.register("touched", keys)
        try:
            found = self.con.execute(rows.GROUP_REPORTS_SQL).fetchall()
            self.con.execute(rows.DELETE_GROUP_EVENTS_SQL)
        finally:
            self.con.unregister("touched")
        groups: dict[GroupKey, list[Report]] = {}
        for record in found:
            report = Report(*record)
            key = group_key(report.type, report.source, report.target, report.directed, report.status)
            groups.setdefault(key, []).append(report)
        events = [event for key, reports in groups.items() for event in merge(key, reports)]
        self._insert("events", [rows.event_row(event) for event in events])
        links = [{"report_id": r, "event_id": e.event_id} for e in events for r in e.report_ids]
        self._link(links)

    def _link(self, links: list[dict]) -> None:
        if not links:
            return
        self.con.register("links", pd.DataFrame(links))
        try:
            self.con.execute("UPDATE reports SET event_id = links.event_id FROM links "
                             "WHERE reports.report_id = links.report_id")
        finally:
            self.con.unregister("links")


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
