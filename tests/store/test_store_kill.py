"""A killed ingest (SIGKILL between and during batches) loses only the batch in flight."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from helpers import BULLETINS, table_counts

import communique

DEMO = Path(__file__).resolve().parents[2] / "demo" / "articles"
COMMITTED_BEFORE_KILL = 3

# Ingests one article per transaction and prints each article once it is committed.
INGEST_SCRIPT = """
import sys
from communique.pipeline import ingest_inputs
from communique.store import Store
store = Store(sys.argv[1])
for outcome in ingest_inputs(sys.argv[2:], store, batch_size=1):
    print(outcome.article, flush=True)
"""


def test_a_killed_ingest_keeps_every_committed_article(tmp_path: Path):
    path = tmp_path / "killed.duckdb"
    inputs = [str(DEMO), str(BULLETINS)]
    child = subprocess.Popen([sys.executable, "-c", INGEST_SCRIPT, str(path), *inputs],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    committed = [child.stdout.readline().strip() for _ in range(COMMITTED_BEFORE_KILL)]
    assert all(committed), "the ingest ended before the kill"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    with communique.open(path) as db:
        stored = db.articles()["name"].tolist()
        assert set(committed) <= set(stored)
        _assert_consistent(db)
        db.ingest(inputs)
        assert len(db.articles()) == 10
        assert table_counts(db)["articles"] == len(set(db.articles()["key"]))
        _assert_consistent(db)


def _assert_consistent(db: communique.Database) -> None:
    """Every report belongs to a stored article and an event; every event has its reports."""
    orphans = db.store.read("""
        SELECT (SELECT count(*) FROM reports WHERE event_id IS NULL
                   OR article_id NOT IN (SELECT article_id FROM articles)) AS reports,
               (SELECT count(*) FROM events WHERE event_id NOT IN
                   (SELECT event_id FROM reports WHERE event_id IS NOT NULL)) AS events,
               (SELECT sum(num_mentions) FROM events) - (SELECT count(*) FROM reports) AS mentions""")
    assert orphans.iloc[0].fillna(0).tolist() == [0, 0, 0]
