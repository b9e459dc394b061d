"""Opening database files: created, versioned, foreign or newer files refused with a reason."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import communique
from communique.errors import StoreError
from communique.store import SCHEMA_VERSION, Store


def test_a_new_file_gets_the_current_schema_version(tmp_path: Path):
    with Store(tmp_path / "new.duckdb") as store:
        assert store.read("SELECT value FROM meta WHERE key = 'schema_version'")["value"][0] == str(
            SCHEMA_VERSION)


def test_a_file_from_a_newer_communique_is_refused(tmp_path: Path):
    path = tmp_path / "newer.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(StoreError, match=rf"newer communique \(schema {SCHEMA_VERSION + 1}, this one "
                                         rf"reads {SCHEMA_VERSION}\); upgrade communique"):
        Store(path)


def test_a_file_whose_schema_has_no_migration_says_what_to_do(tmp_path: Path):
    path = tmp_path / "older.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema 0 cannot be migrated to .*re-ingest the articles"):
        Store(path)


def test_another_duckdb_database_is_not_taken_for_ours(tmp_path: Path):
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales (id INTEGER)")
    with pytest.raises(StoreError, match="not a communique database \\(tables: sales\\)"):
        Store(path)


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path: Path):
    path = tmp_path / "notes.duckdb"
    path.write_text("des notes, pas une base\n", encoding="utf-8")
    with pytest.raises(StoreError, match=f"{path}: cannot open the database"):
        Store(path)


def test_reading_a_missing_database_says_how_to_create_it(tmp_path: Path):
    with pytest.raises(StoreError, match="no such database; create it with `communique ingest`"):
        communique.open(tmp_path / "absent.duckdb", read_only=True)
