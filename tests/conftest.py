"""Shared fixtures: the parsed-article helpers most tests need."""
from __future__ import annotations

import pytest
from helpers import article_of

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
