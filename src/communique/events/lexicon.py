"""The event lexicon: trigger lemmas and the words that change their modality."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from ..errors import DataFileError
from ..knowledge import read_tsv
from ..model import Mention
from ..normalize import fold

DIRECTIONS = frozenset({"forward", "reverse", "mutual", "visit"})
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                          "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True)
class Trigger:
    """A word that states an event of `type`, and how its arguments map to source/target."""

    lemma: str
    pos: str
    type: str
    mode: str
    direction: str
    reflexive: bool
    unreflexive: bool
    predicate: bool
    nominal: bool
    document: bool
    passive: bool
    of_target: bool

    @property
    def located(self) -> bool:
        """Whether a country after "en"/"au" is a party: not the venue of a meeting ("un sommet
        de l'OCS en Ouzbékistan"), but the target of a strike or the host of an embassy."""
        return not (self.type == "CONSULT" and self.direction == "mutual")
    objects: frozenset[str]
    governors: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    modality: dict[str, str]
    sovereigns: dict[str, str]
    predecessors: dict[str, tuple[str, str]]
    own_ground: frozenset[str]
    former_states: frozenset[str]  # the predecessors: "SUN" for "RUS"

    def code_at(self, code: str, date: str | None) -> str:
        """The code of the state that acted at `date` ("RUS" in 1975 is the USSR, "SUN")."""
        predecessor, until = self.predecessors.get(code, (code, ""))
        return predecessor if date and date <= until[:len(date)] else code

    def as_named(self, mention: Mention, named: frozenset[str]) -> Mention:
        """A mention resolved from context ("l'Ambassadeur") in a paragraph that calls its state
        by a former name (`named`: "l'URSS") is that former state's."""
        predecessor, _ = self.predecessors.get(mention.code, (mention.code, ""))
        if mention.via == "coreference" and predecessor in named:
            return replace(mention, code=predecessor)
        return mention

    def defunct(self, code: str, date: str | None) -> bool:
        """Whether `code` names a state that no longer existed at `date` (the USSR in 2023)."""
        ends = [until for predecessor, until in self.predecessors.values() if predecessor == code]
        return bool(date and ends and all(date[:len(until)] > until[:len(date)] for until in ends))

    def domestic(self, source: str, target: str) -> bool:
        """Whether two codes are one state (a state and its own dependent territory)."""
        return self.sovereigns.get(source, source) == self.sovereigns.get(target, target)


def lemma_of(token: Token) -> str:
    """The folded lemma, mended where the lemmatizer left a present-tense -er verb as written
    ("réclame" for "réclamer")."""
    lemma = fold(token.lemma_)
    if token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm", []) \
            and lemma == fold(token.text) and lemma.endswith("e"):
        return lemma + "r"
    return lemma


@cache
def load_lexicon() -> Lexicon:
    """Triggers by (folded lemma, VERB|NOUN), modality words by folded lemma, the states
    dependent territories belong to, and the predecessors of states."""
    triggers: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for row in read_tsv("triggers.tsv"):
        requires = row["requires"]
        objects = requires.removeprefix("object=").split("|") if requires.startswith("object=") else []
        governors = requires.removeprefix("governor=").split("|") if requires.startswith("governor=") else []
        trigger = Trigger(fold(row["lemma"]), row["pos"], row["type"], row["mode"], row["direction"],
                          reflexive=requires == "reflexive", unreflexive=requires == "unreflexive",
                          predicate=requires == "predicate",
                          nominal=requires == "nominal", document=requires == "document",
                          passive=requires == "passive", of_target=requires == "of_target",
                          objects=frozenset(fold(o) for o in objects),
                          governors=frozenset(fold(g) for g in governors))
        if trigger.type not in PLOVER_TYPES or trigger.direction not in DIRECTIONS:
            raise DataFileError(f"triggers.tsv: bad type or direction in {row}")
        triggers[(trigger.lemma, trigger.pos)].append(trigger)
    modality = {fold(row["lemma"]): row["effect"] for row in read_tsv("modality.tsv")}
    sovereigns = {row["code"]: row["sovereign"] for row in read_tsv("territories.tsv")}
    predecessors = {row["code"]: (row["predecessor"], row["until"]) for row in read_tsv("predecessors.tsv")}
    own_ground = frozenset(fold(row["lemma"]) for row in read_tsv("own_ground.tsv"))
    former_states = frozenset(predecessor for predecessor, _ in predecessors.values())
    return Lexicon({key: tuple(value) for key, value in triggers.items()}, modality, sovereigns,
                   predecessors, own_ground, former_states)
