"""Exports round-trip through DuckDB; GDELT columns; the relations network as JSON and GraphML."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import duckdb
import pytest

from communique.errors import QueryError

READERS = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}


@pytest.mark.parametrize("form", ["csv", "parquet", "jsonl"])
def test_native_export_round_trips_through_duckdb(bulletins_db, tmp_path: Path, form: str):
    out = tmp_path / f"events.{form}"
    written = bulletins_db.export(out, form)
    events = bulletins_db.events()
    back = duckdb.sql(f"SELECT * FROM {READERS[form]}('{out}') ORDER BY event_id").df()
    assert written == len(events) == len(back)
    expected = events.sort_values("event_id").reset_index(drop=True)
    for column in ("event_id", "type", "source", "target", "num_articles", "evidence"):
        assert back[column].tolist() == expected[column].tolist()


def test_gdelt_export_fills_the_columns_that_have_a_meaning(bulletins_db, tmp_path: Path):
    out = tmp_path / "gdelt.parquet"
    bulletins_db.export(out, "parquet", "gdelt", type="CONSULT")
    (row,) = duckdb.sql(f"SELECT * FROM read_parquet('{out}')").df().to_dict("records")
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == (20250303, 202503, 2025)
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Name"]) == ("JPN", "JPN", "Japon")
    assert (row["EventCode"], row["QuadClass"], row["GoldsteinScale"]) == ("CONSULT", 1, 4.0)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (2, 2, 2)
    assert row["SOURCEURL"].startswith("https://") and len(row["DATEADDED"]) == 14


def test_export_into_a_missing_folder_names_it(bulletins_db, tmp_path: Path):
    with pytest.raises(QueryError, match="does not exist"):
        bulletins_db.export(tmp_path / "nowhere" / "events.csv", "csv")


def test_the_network_counts_mutual_events_both_ways(bulletins_db):
    network = bulletins_db.network()
    edges = network.edges.set_index(["source", "target"])
    agreements = len(bulletins_db.events(type="AGREE", dyad=("JPN", "VNM")))
    visits = len(bulletins_db.events(type="CONSULT", source="JPN", target="VNM"))
    assert edges.loc[("JPN", "VNM"), "events"] == agreements + visits
    assert edges.loc[("VNM", "JPN"), "events"] == agreements
    nodes = network.nodes.set_index("code")
    assert nodes.loc["PER", "name"] == "Pérou"
    assert nodes["events"].sum() == 2 * network.edges["events"].sum()


def test_graphml_is_well_formed_and_lists_every_edge(bulletins_db):
    network = bulletins_db.network()
    root = ET.fromstring(network.to_graphml())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == len(network.edges)
    assert {n.get("id") for n in root.findall(".//g:node", ns)} == set(network.nodes["code"])
