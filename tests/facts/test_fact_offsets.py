"""Facts point at their figure in the original input, through the article's segment map."""
from __future__ import annotations

import pytest
from helpers import article_of

from communique.actors import find_actors
from communique.facts import extract_facts
from communique.model import Article, Segment

pytestmark = pytest.mark.slow

SENTENCE = "Pékin a accordé un prêt de 2 milliards d'euros au Laos en 2023."


def _facts(nlp, article: Article):
    doc = nlp(article.text)
    return extract_facts(article, doc, find_actors(article, doc))


def test_span_is_the_figure_when_there_are_no_segments(nlp):
    article = article_of("Le Laos cherche des fonds. " + SENTENCE)
    (fact,) = _facts(nlp, article)
    assert article.text[fact.start:fact.end] == fact.text == "2 milliards d'euros"


def test_span_maps_back_to_the_raw_input(nlp):
    intro, raw_intro = "Le Laos cherche des fonds.", "<p>Le Laos cherche des fonds.</p>\n<p>"
    raw = f"{raw_intro}{SENTENCE}</p>"
    text = f"{intro}\n{SENTENCE}"
    segments = (Segment(0, 3, len(intro)), Segment(len(intro), len(raw_intro) - 4, 0),
                Segment(len(intro) + 1, len(raw_intro), len(SENTENCE)))
    article = Article(id="html", origin="html", text=text, segments=segments)
    (fact,) = _facts(nlp, article)
    assert raw[fact.start:fact.end] == fact.text == "2 milliards d'euros"
    assert fact.sentence == SENTENCE
