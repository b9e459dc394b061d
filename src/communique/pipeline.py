"""The orchestrator: ingest → clean → nlp → actors → events → store, one batch at a time."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .actors import find_actors
from .clean import clean_document
from .errors import InputError
from .events import extract_events
from .facts import extract_facts
from .ingest import iter_documents
from .model import Article, Coded
from .nlp import parse_many
from .store import Store, article_key, text_hash

BATCH_ARTICLES = 32  # articles parsed (and stored, in one transaction) together


def clean_inputs(paths: Iterable[Path | str]) -> Iterator[Article | InputError]:
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
    """Actors, events and facts of each article (French articles only; others are left out)."""
    french = (a for a in articles if a.language == "fr")
    for article, doc in parse_many(french):
        mentions = find_actors(article, doc)
        yield Coded(article, mentions, extract_events(article, doc, mentions),
                    extract_facts(article, doc, mentions))


def code_inputs(paths: Iterable[Path | str]) -> Iterator[Coded | InputError | Article]:
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


@dataclass(frozen=True)
class Outcome:
    """What ingesting one input did: status new | updated | unchanged | duplicate | failed."""

    origin: str
    status: str
    article: str | None = None
    language: str | None = None
    events: int = 0
    reason: str | None = None


@dataclass
class _Pending:
    """Articles waiting to be parsed and stored, with their keys and text hashes computed once."""

    articles: list[tuple[Article, str]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    hashes: set[str] = field(default_factory=set)

    def add(self, article: Article, status: str, key: str, digest: str) -> None:
        self.articles.append((article, status))
        self.keys.add(key)
        self.hashes.add(digest)


def ingest_inputs(paths: Iterable[Path | str], store: Store,
                  batch_size: int = BATCH_ARTICLES) -> Iterator[Outcome]:
    """Clean, code and store every input; one outcome per input, each batch committed
    before its outcomes are yielded. Unchanged and duplicate articles are not parsed again."""
    pending = _Pending()
    for item in clean_inputs(paths):
        if isinstance(item, InputError):
            yield Outcome(item.origin, "failed", reason=item.reason if item.line is None
                          else f"line {item.line}: {item.reason}")
            continue
        key, digest = article_key(item), text_hash(item.text)
        if key in pending.keys:  # the same article again: store the first before judging it
            yield from _store_batch(pending.articles, store)
            pending = _Pending()
        status = "duplicate" if digest in pending.hashes else store.triage(item, key, digest)
        if status in ("unchanged", "duplicate"):
            yield Outcome(item.origin, status, item.id, item.language)
            continue
        pending.add(item, status, key, digest)
        if len(pending.articles) >= batch_size:
            yield from _store_batch(pending.articles, store)
            pending = _Pending()
    yield from _store_batch(pending.articles, store)


def _store_batch(batch: list[tuple[Article, str]], store: Store) -> Iterator[Outcome]:
    french = [article for article, _ in batch if article.language == "fr"]
    coded = {id(c.article): c for c in code_articles(french)} if french else {}
    stored = [coded.get(id(article)) or Coded(article, [], [], []) for article, _ in batch]
    store.save(stored)
    for (article, status), item in zip(batch, stored, strict=True):
        yield Outcome(article.origin, status, article.id, article.language, len(item.events))
