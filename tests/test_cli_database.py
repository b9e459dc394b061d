"""The database commands, run in-process as a user types them."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import BULLETINS, DATA

from communique.cli import main
from communique.store import Store

README = Path(__file__).resolve().parents[1] / "README.md"
SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
COMMANDS = ("ingest", "events", "dyad", "network", "export")


@pytest.fixture(scope="module")
def db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    assert main(["ingest", str(BULLETINS), "--db", str(path)]) == 0
    return path


def test_every_database_command_is_documented_in_readme():
    readme = README.read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"`communique {command}" in readme, command


def test_every_column_is_documented_in_the_schema(tmp_path: Path):
    doc = SCHEMA_DOC.read_text(encoding="utf-8")
    with Store(tmp_path / "doc.duckdb") as store:
        columns = store.read("SELECT table_name, column_name FROM information_schema.columns")
    for table, column in columns.itertuples(index=False):
        assert f"`{table}`" in doc, table
        assert re.search(rf"\b{column}\b", doc), (table, column)


def test_ingest_prints_a_summary_and_names_failures(tmp_path: Path, capsys):
    missing = tmp_path / "absent.txt"
    db = tmp_path / "summary.duckdb"
    assert main(["ingest", str(missing), str(BULLETINS), "--db", str(db)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"4 read: 3 new, 0 updated, 0 skipped as duplicate \(0 unchanged, 0 same text "
                        r"as a stored article\), 1 failed; \d+ events stored", out[0])
    assert out[1] == f"  failed: {missing}: no such file or directory"
    assert main(["ingest", str(BULLETINS), str(DATA / "store" / "reprise.jsonl"), "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(
        "4 read: 0 new, 0 updated, 4 skipped as duplicate (3 unchanged, 1 same text as a stored "
        "article), 0 failed; 0 events stored")


def test_the_database_defaults_to_the_environment_variable(db_file: Path, monkeypatch, capsys):
    monkeypatch.setenv("COMMUNIQUE_DB", str(db_file))
    assert main(["events", "--type", "ACCUSE", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and {(r["source"], r["target"]) for r in rows} == {("PER", "CHL")}


def test_events_as_csv_and_table(db_file: Path, capsys):
    assert main(["events", "--db", str(db_file), "--dyad", "VNM,JPN", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("event_id,date,type,mode,source,target")
    assert main(["events", "--db", str(db_file), "--type", "CONSULT"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:5] == ["date", "type", "mode", "source", "target"]
    assert table[-1] == "1 rows"


def test_a_bad_filter_is_an_error_line(db_file: Path, capsys):
    assert main(["events", "--db", str(db_file), "--source", "XYZ"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Error: actor code 'XYZ': not a known code (ISO 3166 alpha-3 like FRA, or IGO-<NAME> like IGO-UN)")
    assert main(["events", "--db", str(db_file), "--since", "mars 2025"]) == 1
    assert "expected YYYY, YYYY-MM or YYYY-MM-DD" in capsys.readouterr().err


def test_reading_a_missing_database_is_an_error_line(tmp_path: Path, capsys):
    missing = tmp_path / "none.duckdb"
    assert main(["events", "--db", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Error: {missing}: no such database; create it with `communique ingest`")
    assert not missing.exists()


def test_dyad_as_json_and_as_text(db_file: Path, capsys):
    assert main(["dyad", "JPN", "VNM", "--db", str(db_file), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pair"] == ["JPN", "VNM"] and report["periods"][0]["period"] == "2025-03"
    assert main(["dyad", "JPN", "VNM", "--db", str(db_file), "--by", "year"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("JPN–VNM: ") and "\nEvidence\n" in text


def test_network_as_graphml(db_file: Path, capsys):
    assert main(["network", "--db", str(db_file), "--format", "graphml"]) == 0
    assert '<edge source="PER" target="CHL">' in capsys.readouterr().out


def test_export_says_what_it_wrote(db_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "events.parquet"
    assert main(["export", "--db", str(db_file), "--format", "parquet", "--out", str(out),
                 "--schema", "gdelt"]) == 0
    assert re.fullmatch(rf"\d+ events written to {re.escape(str(out))} \(parquet, gdelt columns\)\n",
                        capsys.readouterr().out)
    assert out.stat().st_size > 0


def test_events_with_reports_lists_every_evidence_sentence(db_file: Path, capsys):
    assert main(["events", "--db", str(db_file), "--type", "CONSULT", "--reports", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["article"] for r in rows) == ["japon-vietnam-agence", "japon-vietnam-quotidien"]
    assert len({r["event_id"] for r in rows}) == 1
