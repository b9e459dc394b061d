"""Shared fixtures: the parsed-article helpers most tests need."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import BULLETINS, article_of

import communique
from communique.actors import find_actors
from communique.events import extract_events
from communique.model import Event, Mention
from communique.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def mentions_of(nlp):
    def run(text: str, published: str | None = None) -> list[Mention]:
        article = article_of(text, published)
        return find_actors(article, nlp(text))
    return run


@pytest.fixture(scope="session")
def events_of(nlp):
    def run(text: str, published: str | None = None) -> list[Event]:
        article = article_of(text, published)
        doc = nlp(text)
        return extract_events(article, doc, find_actors(article, doc))
    return run


@pytest.fixture(scope="session")
def bulletins_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[communique.Database]:
    """A database of the three bulletins written for the store tests (read it, do not write)."""
    with communique.open(tmp_path_factory.mktemp("db") / "bulletins.duckdb") as db:
        db.ingest(BULLETINS)
        yield db
