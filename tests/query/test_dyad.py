"""Dyad timelines: periods in order, counts by type and quad class, evidence, a summary."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import SHARED

import communique

SEEDS = SHARED / "corpus" / "seeds" / "articles"
VISIT_MONTHS = ["2023-07", "2023-09", "2023-10", "2024-01", "2024-03", "2024-06"]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[communique.Database]:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed pages are not here ({SEEDS}): ../shared is absent")
    with communique.open(tmp_path_factory.mktemp("db") / "seeds.duckdb") as db:
        db.ingest(SEEDS)
        yield db


def test_russia_north_korea_shows_the_visits_in_order(seeds_db):
    report = seeds_db.dyad("RUS", "PRK")
    consults = report.periods[report.periods["CONSULT"] > 0]["period"].tolist()
    assert [month for month in consults if month in VISIT_MONTHS] == VISIT_MONTHS
    assert report.periods["period"].is_monotonic_increasing
    assert report.periods["events"].sum() + report.undated == len(seeds_db.events(dyad=("RUS", "PRK")))


def test_the_dyad_reads_the_same_in_either_order(seeds_db):
    one, other = seeds_db.dyad("RUS", "PRK"), seeds_db.dyad("prk", "rus")
    assert one.periods.equals(other.periods)


def test_by_year_sums_the_months(seeds_db):
    months, years = seeds_db.dyad("RUS", "PRK"), seeds_db.dyad("RUS", "PRK", by="year")
    assert years.periods["events"].sum() == months.periods["events"].sum()
    assert set(years.periods["period"]) == set(months.periods["period"].str[:4])


def test_evidence_gives_at_most_three_sentences_per_period(seeds_db):
    evidence = seeds_db.dyad("RUS", "PRK").evidence
    assert evidence.groupby("period").size().max() <= 3
    assert evidence["evidence"].str.len().min() > 20


def test_the_summary_tells_the_span_balance_and_busiest_period(bulletins_db):
    report = bulletins_db.dyad("JPN", "VNM")
    lines = report.summary.splitlines()
    assert lines[0] == "JPN–VNM: 2 dated events from 2025-03 to 2025-03 in 1 periods."
    assert lines[1].startswith("Cooperation 2 (100 %), conflict 0 (0 %); mean intensity +3.2")
    assert "Busiest period: 2025-03 (2 events: " in report.summary


def test_a_dyad_without_events_says_so(bulletins_db):
    assert bulletins_db.dyad("FRA", "DEU").summary == "FRA–DEU: no event stored."
