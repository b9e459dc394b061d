"""`communique ingest` of a feed URL served locally: every item stored once, with its URL."""
from __future__ import annotations

from pathlib import Path

import communique
from communique.cli import main


def test_a_feed_is_ingested_item_by_item_and_only_once(web, tmp_path: Path, capsys):
    db = tmp_path / "feed.duckdb"
    assert main(["ingest", web("une.rss"), "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("2 read: 2 new,")
    assert main(["ingest", web("une.rss"), web("lien-mort.rss"), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "0 new" in out and "404" in out
    with communique.open(db, read_only=True) as opened:
        articles = opened.articles()
    assert len(articles) == len(set(articles["url"])) >= 2
    assert set(articles["site"]) == {"127.0.0.1"}
    assert articles["title"].notna().all()
