"""The database schema, its version, and the checks run when a file is opened.

docs/schema.md documents every table. `SCHEMA_VERSION` goes up by one with each change of
the tables; `MIGRATIONS[n]` holds the statements that take a version-n file to n + 1, so an
older file is migrated in place when it is opened.
"""
from __future__ import annotations

import duckdb

from ..errors import StoreError

SCHEMA_VERSION = 1

TABLES = [
    """CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)""",
    """CREATE TABLE articles (
        article_id BIGINT PRIMARY KEY,
        key VARCHAR NOT NULL UNIQUE,
        name VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,
        url VARCHAR,
        site VARCHAR,
        title VARCHAR,
        published VARCHAR,
        author VARCHAR,
        language VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        text_hash VARCHAR NOT NULL,
        first_ingested TIMESTAMP NOT NULL,
        last_ingested TIMESTAMP NOT NULL)""",
    """CREATE INDEX articles_by_hash ON articles (text_hash)""",
    """CREATE TABLE actor_mentions (
        article_id BIGINT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        code VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        via VARCHAR NOT NULL,
        role VARCHAR)""",
    """CREATE TABLE reports (
        report_id BIGINT PRIMARY KEY,
        article_id BIGINT NOT NULL,
        event_id VARCHAR,
        type VARCHAR NOT NULL,
        mode VARCHAR,
        source VARCHAR NOT NULL,
        target VARCHAR NOT NULL,
        directed BOOLEAN NOT NULL,
        date VARCHAR,
        status VARCHAR NOT NULL,
        sentence VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        source_text VARCHAR NOT NULL,
        target_text VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL)""",
    """CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        type VARCHAR NOT NULL,
        mode VARCHAR,
        source VARCHAR NOT NULL,
        target VARCHAR NOT NULL,
        directed BOOLEAN NOT NULL,
        date VARCHAR,
        status VARCHAR NOT NULL,
        intensity DOUBLE NOT NULL,
        quad_class TINYINT NOT NULL,
        num_mentions INTEGER NOT NULL,
        num_articles INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        first_seen VARCHAR,
        last_seen VARCHAR,
        confidence DOUBLE NOT NULL)""",
    """CREATE TABLE facts (
        article_id BIGINT NOT NULL,
        kind VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        target VARCHAR NOT NULL,
        directed BOOLEAN NOT NULL,
        value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL,
        year INTEGER,
        comparison VARCHAR NOT NULL,
        sentence VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL)""",
]

MIGRATIONS: dict[int, list[str]] = {}


def prepare(con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
    """Create the tables in an empty file, migrate an older one, refuse a newer or foreign one."""
    tables = {row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if not tables and not read_only:
        _create(con)
    elif not tables:
        raise StoreError(f"{path}: an empty database; create it with `communique ingest`")
    elif "meta" not in tables:
        raise StoreError(f"{path}: a DuckDB file, but not a communique database "
                         f"(tables: {', '.join(sorted(tables))})")
    else:
        _migrate(con, path, _version(con, path), read_only)


def _create(con: duckdb.DuckDBPyConnection) -> None:
    _apply(con, [*TABLES, "INSERT INTO meta VALUES ('schema_version', '0')"], SCHEMA_VERSION)


def _apply(con: duckdb.DuckDBPyConnection, statements: list[str], version: int) -> None:
    """Run `statements` and record `version`, in one transaction."""
    con.begin()
    for statement in statements:
        con.execute(statement)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    con.commit()


def _version(con: duckdb.DuckDBPyConnection, path: str) -> int:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise StoreError(f"{path}: no schema version recorded; not a communique database")
    return int(row[0])


def _migrate(con: duckdb.DuckDBPyConnection, path: str, version: int, read_only: bool) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: written by a newer communique (schema {version}, this one "
                         f"reads {SCHEMA_VERSION}); upgrade communique to open it")
    if version < SCHEMA_VERSION and any(v not in MIGRATIONS for v in range(version, SCHEMA_VERSION)):
        raise StoreError(f"{path}: schema {version} cannot be migrated to {SCHEMA_VERSION}; "
                         "re-ingest the articles into a new database")
    if version < SCHEMA_VERSION and read_only:
        raise StoreError(f"{path}: schema {version} must be migrated to {SCHEMA_VERSION}; "
                         "run `communique ingest` on it once (no input needed) to migrate")
    for step in range(version, SCHEMA_VERSION):
        _apply(con, MIGRATIONS[step], step + 1)
