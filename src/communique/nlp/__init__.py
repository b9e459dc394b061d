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


SENTENCE_END = frozenset(".!?…")
CLOSING = frozenset("»\"”’)")
OPENING = frozenset("«\"“")


@Language.component("sentence_bounds")
def sentence_bounds(doc: Doc) -> Doc:
    """Sentences start after a line break or after final punctuation followed by a capital,
    and nowhere else: the parser then cannot cut a sentence at a foreign name it misreads."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.is_space or (previous.text in OPENING and previous.is_sent_start):
            token.is_sent_start = False
        else:
            token.is_sent_start = _ends_sentence(doc, token.i - 1) and _opens_sentence(doc, token.i)
    return doc


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token i can open a sentence: a capital, or an opening quote before one (a straight
    quote glued to the end of the sentence before closes it)."""
    if doc[i].text == '"' and not doc[i - 1].whitespace_:
        return False
    if doc[i].text in OPENING and i + 1 < len(doc):
        i += 1
    return doc[i].text[:1].isupper()


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether token i closes a sentence: final punctuation on its own ("M." or "J." do not)."""
    while i > 0 and doc[i].text in CLOSING:
        i -= 1
    return all(char in SENTENCE_END for char in doc[i].text)


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
    nlp.add_pipe("sentence_bounds", before="parser")
    return nlp


def parse_many(articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
    """Articles paired with their parses, batched through spaCy for speed."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in load_nlp().pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        yield article, doc
