"""Filling a side the parse left empty: from the previous sentence, nearby actors, the article's main pair."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ..model import Mention
from ..normalize import fold
from .actor_index import JOINT_TYPES, LIST_GAP, ActorIndex
from .arguments import Arguments, subject_of, subjects_of
from .context import Context
from .lexicon import Trigger, load_lexicon

NEXT_ACTOR_WINDOW = 60  # characters after a trigger where a lost complement may stand
MIN_PAIR_MENTIONS = 3  # mentions a country needs to be one of the article's main pair
# Warnings and alerts are often addressed to no one in particular: their target must be named
# in the trigger's own phrase or clause, not guessed from nearby words or the article's pair.
NAMED_TARGET_TYPES = frozenset({"THREATEN", "MOBILIZE"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})


def complete(arguments: Arguments, token: Token, trigger: Trigger, sent: Span, index: ActorIndex,
             context: Context) -> Arguments | None:
    """Fill a missing side from the previous sentence's subject (when the trigger's subject is
    a pronoun or implicit) or from the actors nearby; None when neither side came from the parse."""
    sources, targets = arguments.sources, arguments.targets
    visit = trigger.direction == "visit"
    host = trigger.direction == "reverse"  # a reception: the host is whoever, or wherever, receives
    if not sources and not targets and trigger.direction == "mutual" and context.main_pair:
        return Arguments(context.main_pair[:1], context.main_pair[1:], True, False)
    if sources and not targets and trigger.mode == "mediation" and context.main_pair:
        return Arguments(sources, context.main_pair, False, False)
    guessed = 0
    if not targets and trigger.type in MATERIAL_CONFLICT and trigger.pos == "NOUN":
        targets = _owner_of_ground(token, index)
    if not sources and (trigger.predicate or _subject_is_implicit(token)) and context.last_sources:
        sources, guessed = context.last_sources, guessed + 1
    if not targets:
        subtree = {t.i for t in token.subtree}
        others = [m for m in index.in_tokens(subtree, places=visit or host, located=trigger.located)
                  if m.code not in {s.code for s in sources} and not _partner_of(m, token, trigger, index)]
        after = [m for m in others if m.start >= token.idx]
        named = trigger.type in NAMED_TARGET_TYPES
        targets = first(after or others[::-1]) or ([] if named else [
            m for m in _next_actor(token, sent, index, sources, trigger)
            if not _partner_of(m, token, trigger, index)])
        targets = targets or (_adversary(sources, context.hostilities) if named
                              else _partner(sources, context.main_pair))
        if visit or host:  # a visit needs its destination named ("à Pékin"), a host its place
            targets = [m for m in targets if index.is_destination(m)]
        guessed += 1
    if not sources:
        clause = {t.i for t in token.head.subtree if t.i < token.i}
        before = [m for m in index.in_tokens(clause) if m.code not in {t.code for t in targets}]
        sources, guessed = first(before[::-1]) or _partner(targets, context.main_pair), guessed + 1
    if guessed >= 2 or not sources or not targets:
        return None
    return Arguments(sources, targets, arguments.mutual, guessed == 0 and arguments.from_parse)


def _owner_of_ground(token: Token, index: ActorIndex) -> list[Mention]:
    """The state whose own ground an act lands on ("les frappes indiennes sur son territoire",
    said by Pakistan): the subject of the clause that tells it."""
    ground = load_lexicon().own_ground
    if not any(fold(t.lemma_) in ground and any("Yes" in c.morph.get("Poss", []) for c in t.children)
               for t in token.subtree):
        return []
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return [m for subject in subjects_of(verb) for m in index.under(subject)]


def _adversary(side: list[Mention], hostilities: list[Arguments]) -> list[Mention]:
    """Whom a threat with no one named is aimed at ("a promis une réponse ferme"): the latest
    side `side` accused or was attacked by, else the latest one accused or attacking anyone."""
    codes = {m.code for m in side}
    for culprits, victims in ((h.sources, h.targets) for h in reversed(hostilities)):
        if codes & {m.code for m in victims}:
            return [m for m in culprits if m.code not in codes]
    latest = hostilities[-1].sources if hostilities else []
    return [m for m in latest if m.code not in codes]


def _partner_of(mention: Mention, token: Token, trigger: Trigger, index: ActorIndex) -> bool:
    """Whether the mention acts along with the source ("en coopération avec les États-Unis")
    rather than undergoes the act; joint acts have their partner as target."""
    return trigger.type not in JOINT_TYPES and index.is_partner(mention, token)


def first(mentions: list[Mention]) -> list[Mention]:
    """The first mention, with those on the same words ("les deux pays" stands for two)."""
    return [m for m in mentions if (m.start, m.end) == (mentions[0].start, mentions[0].end)] \
        if mentions else []


def _partner(side: list[Mention], pair: list[Mention]) -> list[Mention]:
    """The other state of the article's main pair, when `side` is one of them (or the state
    one of them succeeded: the USSR for Russia)."""
    codes = {m.code for m in side}
    successors = {code for code, (predecessor, _) in load_lexicon().predecessors.items()
                  if predecessor in codes}
    if len(codes) != 1 or not pair or not (codes | successors) & {m.code for m in pair}:
        return []
    return [m for m in pair if m.code not in codes | successors]


def main_pair(mentions: list[Mention]) -> list[Mention]:
    """The two states the article is about: the two countries named most often (each at least
    MIN_PAIR_MENTIONS times), for mutual acts stated without actors ("les négociations
    piétinent", "la normalisation de leurs relations")."""
    counts = Counter(m.code for m in mentions if m.kind != "igo" and not m.code.startswith("IGO-"))
    ranked = [code for code, n in counts.most_common(2) if n >= MIN_PAIR_MENTIONS]
    if len(ranked) < 2:
        return []
    return [next(m for m in mentions if m.code == code) for code in ranked]


def _subject_is_implicit(token: Token) -> bool:
    """A verb whose subject is a pronoun ("il a dénoncé") or unstated ("saluant ...")."""
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    subject = subject_of(token)
    return subject is None or subject.pos_ == "PRON"


def _next_actor(token: Token, sent: Span, index: ActorIndex, sources: list[Mention],
                trigger: Trigger) -> list[Mention]:
    """The first actor shortly after the trigger, with those listed after it ("aux États-Unis
    et en Australie"), for parses that lost the trigger's complement."""
    window = {t.i for t in sent if token.idx < t.idx <= token.idx + NEXT_ACTOR_WINDOW}
    following = [m for m in index.in_tokens(window, places=trigger.direction == "visit",
                                            located=trigger.located)
                 if m.code not in {s.code for s in sources}]
    listed = first(following)
    rest = [m for m in index.in_span(following[0].end, sent.end_char)] if following else []
    for mention in sorted(rest, key=lambda m: m.start):
        if not LIST_GAP.fullmatch(sent.doc.text[listed[-1].end:mention.start]):
            break
        listed.append(mention)
    return listed
