"""What a figure measures, and when: read from the cue words (data/facts.tsv) and the years
closest to it in the dependency parse of its sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..events.dates import find_dates
from ..normalize import fold
from .figures import PERCENT, Figure
from .lexicon import Cue, FactLexicon

# Dependency edges from a figure to the cue that says what it measures; 5 reaches the subject
# of "les échanges ... ont atteint un volume dépassant 10 milliards" and no further clause.
MAX_CUE_EDGES = 5
VOID_EDGES = 1  # a casualty, vote or price word next to a figure voids it ("3 000 soldats tués")
CHANGE_EDGES = 1  # a rise this close to a money figure makes it an increase, not a volume
FAR = 1000  # edges between tokens without a common ancestor
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
CLAUSE_POS = ("VERB", "AUX")


@dataclass(frozen=True)
class Reading:
    """What a figure measures: a fact kind, which way it goes, and the sign of a change."""

    kind: str
    direction: str  # mutual | forward | reverse
    sign: int


@dataclass(frozen=True)
class Year:
    """A year written in a sentence, with the clause it belongs to."""

    start: int
    end: int
    value: int
    clause: Token


def read_figure(figure: Figure, root: Token, cues: list[tuple[Token, Cue]],
                lexicon: FactLexicon) -> Reading | None:
    """What the figure headed by `root` measures, from the cues closest to it in the parse; None
    when a void cue is close, when nothing says, or when a money figure is a rise ("a augmenté
    de 5 milliards")."""
    ranked = sorted(((edges(root, token), abs(token.i - root.i), cue) for token, cue in cues),
                    key=lambda found: found[:2])
    if any(n <= VOID_EDGES and cue.kind == "void" for n, _, cue in ranked):
        return None
    near = [(n, cue) for n, _, cue in ranked if n <= MAX_CUE_EDGES]
    topics = [cue.kind for _, cue in near
              if cue.kind in lexicon.directions and cue.kind not in lexicon.counted_kinds]
    changes = [(n, cue.kind) for n, cue in near if cue.kind in ("growth", "decline")]
    kind = figure.kind or next(iter(topics), None)
    if kind is None or (figure.family == PERCENT and not changes):
        return None
    if figure.family != PERCENT and changes and changes[0][0] <= CHANGE_EDGES:
        return None
    direction = lexicon.directions[kind]
    if direction == "forward" and any(cue.kind == "receive" for _, cue in near):
        direction = "reverse"
    if figure.family == PERCENT:
        return Reading(f"{kind}_growth", direction, -1 if changes[0][1] == "decline" else 1)
    return Reading(kind, direction, 1)


def find_cues(sent: Span, lexicon: FactLexicon) -> list[tuple[Token, Cue]]:
    """The cue words of the sentence, each at its first token."""
    found = []
    for token in sent:
        candidates = lexicon.cues.get(fold(token.lemma_), ()) + lexicon.cues.get(fold(token.text), ())
        cue = next((c for c in candidates if _spells(sent, token.i, c.lemmas)), None)
        if cue is not None:
            found.append((token, cue))
    return found


def _spells(sent: Span, i: int, lemmas: tuple[str, ...]) -> bool:
    tokens = sent.doc[i:min(i + len(lemmas), sent.end)]
    return len(tokens) == len(lemmas) and all(
        lemma in (fold(t.lemma_), fold(t.text)) for t, lemma in zip(tokens, lemmas, strict=True))


def edges(a: Token, b: Token) -> int:
    """Dependency edges on the path between two tokens of one sentence."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    return next((up[t.i] + n for n, t in enumerate([b, *b.ancestors]) if t.i in up), FAR)


def root_at(sent: Span, start: int, end: int) -> Token:
    """The token heading the text between two offsets of the sentence's text."""
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    if span is None:
        raise ValueError(f"offsets {start}-{end} lie outside the sentence {sent.text!r}")
    return span.root


def find_years(sent: Span) -> list[Year]:
    """Years written in the sentence ("en 2024", "pour 2018"), not spans ("depuis 2015", "d'ici
    2030"), to which the date reader gives a tense."""
    years = []
    for date in find_dates(sent.text, None):
        if date.value and date.tense == "any" and YEAR.search(date.text):
            root = root_at(sent, date.start, date.end)
            years.append(Year(date.start, date.end, int(date.value[:4]), _clause(root)))
    return years


def year_of(figure: Figure, root: Token, years: list[Year]) -> int | None:
    """The year written closest to the figure, in its clause, a clause above it or a clause of
    its own phrase ("17 accords signés entre 2005 et 2014"); in "17 accords signés entre 2005
    et 2014, ... la signature de 45 documents", 2005 is not the 45's."""
    clause = _clause(root)
    fitting = [y for y in years
               if y.clause == clause or y.clause.is_ancestor(clause) or root.is_ancestor(y.clause)]

    def distance(year: Year) -> int:
        return year.start - figure.end if year.start >= figure.end else figure.start - year.end
    return min(fitting, key=distance).value if fitting else None


def _clause(token: Token) -> Token:
    """The verb heading the clause of `token` (the sentence root when there is none)."""
    return next((t for t in [token, *token.ancestors] if t.pos_ in CLAUSE_POS), token.sent.root)
