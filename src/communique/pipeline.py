"""The orchestrator: ingest → clean → nlp → actors → events, one article at a time."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .actors import find_actors
from .clean import clean_document
from .errors import InputError
from .events import extract_events
from .ingest import iter_documents
from .model import Article, Event, Mention
from .nlp import parse_many

BATCH_ARTICLES = 32  # articles cleaned ahead of the parser, so errors still come out in order


@dataclass(frozen=True)
class Coded:
    """One article with its actor mentions and events."""

    article: Article
    mentions: list[Mention]
    events: list[Event]


def clean_inputs(paths: Iterable[Path]) -> Iterator[Article | InputError]:
    """Clean articles from files and folders; unreadable inputs come as InputError values."""
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield clean_document(item)
        except InputError as error:
            yield error


def code_articles(articles: Iterable[Article]) -> Iterator[Coded]:
    """Actors and events of each article (French articles only; others come back uncoded)."""
    french = (a for a in articles if a.language == "fr")
    for article, doc in parse_many(french):
        mentions = find_actors(article, doc)
        yield Coded(article, mentions, extract_events(article, doc, mentions))


def code_inputs(paths: Iterable[Path]) -> Iterator[Coded | InputError | Article]:
    """The whole pipeline over files and folders.

    Yields Coded results, InputError values for inputs that failed, and the Article of each
    input not in French (kept, not coded).
    """
    batch: list[Article] = []
    for item in clean_inputs(paths):
        if isinstance(item, InputError):
            yield item
        elif item.language != "fr":
            yield item
        else:
            batch.append(item)
        if len(batch) >= BATCH_ARTICLES:
            yield from code_articles(batch)
            batch = []
    yield from code_articles(batch)
