"""Facts stage: figures an article states about a dyad of actors (trade volume and growth, aid,
loans, investment, agreements signed, troops deployed), each with its evidence.

A figure (figures.py) becomes a fact when a cue word of data/facts.tsv close to it in the
parse says what it measures (reading.py), and two actors of its sentence, or of the sentence
before when it names one side only, say whom it is about (dyads.py). The year is one written
in the figure's clause; the publication year is never assumed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Article, Fact, Mention
from .dyads import Earlier, Party, choose_dyad, complete_dyad, find_parties
from .figures import MONEY, Figure, find_figures
from .lexicon import Cue, FactLexicon, load_fact_lexicon
from .reading import Year, find_cues, find_years, read_figure, root_at, year_of


@dataclass
class _Context:
    """What earlier sentences of the article tell the next one."""

    earlier: Earlier
    currency: str | None = None  # the last currency written, for "5 milliards" alone


@dataclass(frozen=True)
class _Sentence:
    sent: Span
    parties: list[Party]
    cues: list[tuple[Token, Cue]]
    years: list[Year]


def extract_facts(article: Article, doc: Doc, mentions: list[Mention]) -> list[Fact]:
    """Every fact the article states, each stated once."""
    lexicon = load_fact_lexicon()
    context = _Context(Earlier(counts=Counter(m.code for m in mentions if m.code)))
    facts: list[Fact] = []
    for sent in doc.sents:
        inside = [m for m in mentions if m.code and sent.start_char <= m.start < sent.end_char]
        parties = find_parties(article.text, inside, lexicon)
        figures = find_figures(sent.text)
        if figures:
            s = _Sentence(sent, parties, find_cues(sent, lexicon), find_years(sent))
            facts += [f for f in (_fact(article, s, figure, lexicon, context) for figure in figures)
                      if f is not None]
        context.earlier.update(parties)
    return _distinct(facts)


def _fact(article: Article, s: _Sentence, figure: Figure, lexicon: FactLexicon,
          context: _Context) -> Fact | None:
    unit = figure.unit or context.currency
    if figure.family == MONEY:
        context.currency = unit
    start, end = s.sent.start_char + figure.start, s.sent.start_char + figure.end
    root = root_at(s.sent, figure.start, figure.end)
    reading = read_figure(figure, root, s.cues, lexicon)
    if reading is None or unit is None:
        return None
    pair_cue = any(cue.kind == "pair" for _, cue in s.cues)
    dyad = choose_dyad(s.parties, reading.direction, start) or \
        complete_dyad(s.parties, reading.direction, pair_cue, context.earlier)
    if dyad is None:
        return None
    source, target = dyad
    return Fact(article.id, reading.kind, source.code, target.code, reading.direction != "mutual",
                reading.sign * figure.value, unit, year_of(figure, root, s.years), figure.comparison,
                s.sent.text.strip(), article.source_offset(start), article.source_offset(end - 1) + 1,
                article.text[start:end])


def _distinct(facts: list[Fact]) -> list[Fact]:
    """The first statement of each fact (a lead often repeats the title)."""
    kept: dict[tuple, Fact] = {}
    for fact in facts:
        pair = (fact.source, fact.target) if fact.directed else tuple(sorted((fact.source, fact.target)))
        kept.setdefault((fact.kind, pair, fact.value, fact.unit, fact.year, fact.comparison), fact)
    return list(kept.values())
