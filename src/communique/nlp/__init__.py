"""NLP stage: sentences, parses and entities from spaCy's `fr_core_news_md`."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import CommuniqueError
from ..model import Article

MODEL = "fr_core_news_md"
BATCH_SIZE = 16


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: headings and paragraphs never run on."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The French pipeline, loaded once per process from the installed package."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise CommuniqueError(
            f"the spaCy model {MODEL} is not installed: run 'make demo' or "
            f"'pip install {MODEL.replace('_', '-')}'"
        ) from exc
    nlp.add_pipe("line_breaks", before="parser")
    return nlp


def parse(article: Article) -> Doc:
    """The parsed text of one article."""
    return load_nlp()(article.text)


def parse_many(articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
    """Articles paired with their parses, batched through spaCy for speed."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in load_nlp().pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        yield article, doc
