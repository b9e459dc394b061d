"""Which two actors a figure is about, and which of them gives: read from the words right
before each actor mention (data/fact_roles.tsv) and from whether the subject gives or receives."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import Mention
from ..normalize import fold
from .lexicon import FactLexicon, form_key

ROLE_WINDOW = 40  # characters before a mention searched for the word that gives its role
Dyad = tuple[Mention, Mention]


@dataclass(frozen=True)
class Party:
    """An actor mention of the sentence with its part: by | from | to | between | aside, or
    None for a bare mention (a subject, an adjective: "l'aide américaine")."""

    mention: Mention
    role: str | None

    @property
    def code(self) -> str:
        return self.mention.code


def find_parties(text: str, mentions: list[Mention], lexicon: FactLexicon) -> list[Party]:
    """The actor mentions of a sentence in text order, each with the role its preceding words give."""
    parties = []
    for mention in mentions:
        m = lexicon.role_pattern.search(fold(text[max(0, mention.start - ROLE_WINDOW):mention.start]))
        parties.append(Party(mention, lexicon.roles[form_key(m["role"])] if m else None))
    return parties


def choose_dyad(parties: list[Party], direction: str, near: int = 0) -> Dyad | None:
    """The (source, target) a figure at `near` is about: for mutual kinds the pair "entre X et
    Y" or the first two actors; for directed kinds the giver and the receiver, the bare actor
    being the giver (`forward`, "Pékin a accordé") or the receiver (`reverse`, "le Laos a
    reçu"). Of several receivers: a country before a capital, then the closest after the figure."""
    present = [p for p in parties if p.role != "aside"]
    if direction == "mutual":
        return _pair(present)
    by, of, to = ([p for p in present if p.role == role] for role in ("by", "from", "to"))
    bare = [p for p in present if p.role in (None, "between")]
    to.sort(key=lambda p: (p.mention.kind == "place", p.mention.start < near, abs(p.mention.start - near)))
    if direction == "reverse":
        target = _first(bare + to, None)
        source = _first(by + of + bare, target)
    else:
        source = _first(by + bare + of, None)
        target = _first(to + bare, source)
    if source is None or target is None:
        return None
    return source.mention, target.mention


def _first(candidates: list[Party], other: Party | None) -> Party | None:
    """The first candidate that is not the same actor as `other`."""
    return next((p for p in candidates if other is None or p.code != other.code), None)


def _pair(parties: list[Party]) -> Dyad | None:
    between = next((i for i, p in enumerate(parties) if p.role == "between"), None)
    ordered = parties[between:] + parties[:between] if between is not None else parties
    first = ordered[0] if ordered else None
    second = _first(ordered, first)
    if first is None or second is None:
        return None
    return first.mention, second.mention


def distinct_codes(parties: list[Party]) -> list[str]:
    """The codes of the parties to a figure (not those set aside), each once, in text order."""
    return list(dict.fromkeys(p.code for p in parties if p.role != "aside"))


@dataclass
class Earlier:
    """What earlier sentences tell a sentence that names one side only."""

    pair: Dyad | None = None  # the last two actors named together, for "leurs échanges"
    previous: list[Mention] = field(default_factory=list)  # actors of the sentence just before
    counts: Counter[str] = field(default_factory=Counter)  # mentions of each code in the article

    def update(self, parties: list[Party]) -> None:
        present = [p for p in parties if p.role != "aside"]
        self.previous = [p.mention for p in present]
        if len(distinct_codes(present)) >= 2:
            self.pair = _pair(present)


def complete_dyad(parties: list[Party], direction: str, pair_cue: bool, earlier: Earlier) -> Dyad | None:
    """A dyad for a sentence that names at most one side: with "leurs", "les deux pays", the
    pair of an earlier sentence; for a directed figure whose one actor the sentence before also
    names ("On dénombre 500 conseillers soviétiques"), that sentence's other actor the article
    names most. The actor named keeps the part its words give it."""
    present = [p for p in parties if p.role != "aside"]
    if len(distinct_codes(present)) > 1:
        return None
    pair = earlier.pair
    if pair_cue and pair is not None and all(p.code in (pair[0].code, pair[1].code) for p in present):
        if not present:
            return pair if direction == "mutual" else None
        other: Mention | None = pair[1] if pair[0].code == present[0].code else pair[0]
    elif present and direction != "mutual" and present[0].code in {m.code for m in earlier.previous}:
        others = [m for m in earlier.previous if m.code != present[0].code]
        other = max(others, key=lambda m: earlier.counts[m.code], default=None)
    else:
        return None
    if other is None:
        return None
    here = present[0]
    if direction == "mutual":
        return here.mention, other
    receives = here.role == "to" or (direction == "reverse" and here.role not in ("by", "from"))
    return (other, here.mention) if receives else (here.mention, other)
