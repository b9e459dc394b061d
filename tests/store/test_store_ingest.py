"""Ingesting into the database: idempotent, updates in place, failures reported, nothing lost."""
from __future__ import annotations

from pathlib import Path

from helpers import BULLETINS, DATA, table_counts

import communique

STORE_DATA = DATA / "store"


def fresh_db(tmp_path: Path) -> communique.Database:
    return communique.open(tmp_path / "test.duckdb")


def test_ingest_reports_each_article_and_its_events(tmp_path: Path):
    with fresh_db(tmp_path) as db:
        summary = db.ingest(BULLETINS)
        assert (summary.read, summary.statuses["new"], summary.failures) == (3, 3, [])
        assert summary.events == table_counts(db)["reports"] > 0
        assert list(db.articles()["name"]) == ["japon-vietnam-agence", "japon-vietnam-quotidien",
                                               "chili-perou-differend"]


def test_reingest_changes_nothing(tmp_path: Path):
    with fresh_db(tmp_path) as db:
        db.ingest(BULLETINS)
        before = table_counts(db), db.events()["event_id"].tolist(), db.articles()["article_id"].tolist()
        again = db.ingest(BULLETINS)
        after = table_counts(db), db.events()["event_id"].tolist(), db.articles()["article_id"].tolist()
    assert again.statuses["unchanged"] == 3 and again.events == 0
    assert after == before


def test_same_visit_in_two_articles_is_one_event_with_both_reports(bulletins_db):
    visits = bulletins_db.events(type="CONSULT", dyad=("JPN", "VNM"))
    assert len(visits) == 1
    visit = visits.iloc[0]
    assert (visit["source"], visit["target"], visit["date"]) == ("JPN", "VNM", "2025-03-03")
    assert (visit["num_articles"], visit["num_sources"], visit["num_mentions"]) == (2, 2, 2)
    assert (visit["first_seen"], visit["last_seen"]) == ("2025-03-04", "2025-03-05")
    evidence = bulletins_db.reports(type="CONSULT", dyad=("JPN", "VNM"))
    assert sorted(evidence["article"]) == ["japon-vietnam-agence", "japon-vietnam-quotidien"]
    assert all("Iwaya" in sentence for sentence in evidence["sentence"])


def test_changed_text_updates_the_article_in_place(tmp_path: Path):
    with fresh_db(tmp_path) as db:
        db.ingest(BULLETINS)
        first = db.articles().set_index("name").loc["japon-vietnam-agence"]
        summary = db.ingest(STORE_DATA / "bulletins-corriges.jsonl")
        articles = db.articles().set_index("name")
        reports = db.reports()
        assert summary.statuses["updated"] == 1
        assert len(articles) == 3
        assert articles.loc["japon-vietnam-agence", "article_id"] == first["article_id"]
        assert articles.loc["japon-vietnam-agence", "first_ingested"] == first["first_ingested"]
        assert len(db.events(type="ACCUSE", dyad=("VNM", "PRK"))) == 1
        assert db.events(type="CONSULT", dyad=("JPN", "VNM"))["num_articles"].tolist() == [2]
        assert not reports.duplicated(["article", "type", "source", "target", "date"]).any()


def test_same_text_under_another_url_is_a_duplicate(tmp_path: Path):
    with fresh_db(tmp_path) as db:
        db.ingest(BULLETINS)
        summary = db.ingest(STORE_DATA / "reprise.jsonl")
        assert summary.statuses["duplicate"] == 1
        assert table_counts(db)["articles"] == 3


def test_a_bad_input_is_reported_and_the_rest_stored(tmp_path: Path):
    missing = tmp_path / "absent.txt"
    with fresh_db(tmp_path) as db:
        summary = db.ingest([missing, BULLETINS])
        assert summary.failures == [(str(missing), "no such file or directory")]
        assert summary.statuses["new"] == 3


def test_an_article_in_another_language_is_stored_uncoded(tmp_path: Path):
    page = tmp_path / "english.txt"
    page.write_text("The French president met his Algerian counterpart in Algiers on Monday, "
                    "and both leaders signed a declaration on cooperation.\n", encoding="utf-8")
    with fresh_db(tmp_path) as db:
        summary = db.ingest(page)
        assert summary.statuses["new"] == 1 and summary.events == 0
        assert db.articles()["language"].tolist() == ["en"]


def test_facts_are_stored_and_read_with_the_dyad(tmp_path: Path):
    page = tmp_path / "commerce.txt"
    page.write_text("Le Kenya et l'Inde veulent doubler leurs échanges\n\n"
                    "Le commerce entre l'Inde et le Kenya a dépassé 4 milliards de dollars en 2023, "
                    "a indiqué lundi le ministère kényan du Commerce.\n", encoding="utf-8")
    with fresh_db(tmp_path) as db:
        db.ingest(page)
        facts = db.facts(dyad=("KEN", "IND"))
        report = db.dyad("IND", "KEN")
    assert facts[["kind", "value", "unit", "year", "comparison"]].to_dict("records") == [
        {"kind": "trade", "value": 4e9, "unit": "USD", "year": 2023, "comparison": "more_than"}]
    assert report.facts["text"].tolist() == ["4 milliards de dollars"]
