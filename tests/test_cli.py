"""The `communique` command, run in-process: every subcommand as a user would type it."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import DATA

from communique.cli import main
from communique.knowledge import read_tsv

PAGES = DATA / "pages"
README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = ("clean", "actors", "extract", "evaluate")

ARTICLE = (
    "Visite du chef de la diplomatie chinoise à Berlin\n\n"
    "Le ministre chinois des Affaires étrangères Wang Yi est arrivé mardi à Berlin, où il a "
    "rencontré son homologue allemande Annalena Baerbock.\n\n"
    "Les deux ministres ont signé un accord sur le climat."
)


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    path = tmp_path / "articles" / "wang-berlin.txt"
    path.write_text(" date 2023-05\n" + ARTICLE, encoding="utf-8")
    return path


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out


def test_every_command_is_documented_in_readme():
    readme = README.read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"`communique {command}" in readme, command


def test_clean_prints_metadata_and_spans(capsys):
    assert main(["clean", str(PAGES / "kim_vostochny.txt")]) == 0
    article = json.loads(capsys.readouterr().out)
    assert set(article) >= {"title", "published", "author", "url", "language", "text", "spans"}
    raw = (PAGES / "kim_vostochny.txt").read_text(encoding="utf-8")
    for text_start, source_start, length in article["spans"]:
        assert article["text"][text_start:text_start + length] == raw[source_start:source_start + length]


def test_bad_inputs_are_reported_and_the_rest_goes_on(capsys, tmp_path):
    missing = tmp_path / "absent.txt"
    code = main(["clean", str(PAGES / "empty.txt"), str(missing), str(PAGES / "kim_vostochny.txt")])
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"Error: {PAGES / 'empty.txt'}: ")
    assert errors[1].startswith(f"Error: {missing}: ")
    assert "Traceback" not in captured.err
    assert len(captured.out.strip().splitlines()) == 1


def test_extract_codes_events_with_evidence_offsets(capsys, article_file):
    assert main(["extract", str(article_file)]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    raw = article_file.read_text(encoding="utf-8")
    consult = [e for e in events if e["type"] == "CONSULT"]
    assert consult and all({e["source"], e["target"]} == {"CHN", "DEU"} for e in consult)
    assert any(e["type"] == "AGREE" and not e["directed"] for e in events)
    for event in events:
        assert event["article"] == "wang-berlin"
        assert raw[event["start"]:event["end"]] == event["sentence"]
        assert event["date"] is None or event["date"].startswith("2023-05")


def test_actors_reports_offsets_in_the_input(capsys, article_file):
    assert main(["actors", str(article_file), "--format", "jsonl"]) == 0
    mentions = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    raw = article_file.read_text(encoding="utf-8")
    assert {"CHN", "DEU"} <= {m["code"] for m in mentions}
    for mention in mentions:
        assert raw[mention["start"]:mention["end"]] == mention["text"]


def test_extract_table_format(capsys, article_file):
    assert main(["extract", str(article_file), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["article", "type", "source", "target"]
    assert out.rstrip().endswith("rows")


def test_evaluate_reports_three_views(capsys, tmp_path, article_file):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "wang-berlin.json").write_text(json.dumps({"article": "wang-berlin", "events": [
        {"type": "AGREE", "source": "CHN", "target": "DEU", "directed": False,
         "date": "2023-05", "status": "occurred"}]}), encoding="utf-8")
    assert main(["evaluate", "--gold", str(gold), "--articles", str(article_file.parent),
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["core"]["tp"] == 1 and report["gold_events"] == 1


def test_evaluate_without_gold_files_is_a_clear_error(capsys, tmp_path):
    assert main(["evaluate", "--gold", str(tmp_path), "--articles", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"Error: {tmp_path}: no gold files (*.json)"


def test_every_event_mode_is_documented_in_readme():
    rows = dict(re.findall(r"^\| ([A-Z]+) \| ([a-z, ]+) \|$", README.read_text(encoding="utf-8"), re.M))
    for row in read_tsv("triggers.tsv"):
        assert row["mode"] in rows[row["type"]].split(", "), (row["type"], row["mode"])
