"""Events stage: PLOVER events coded from a parsed article and its actor mentions."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..model import Article, Event, Mention
from ..normalize import fold
from .arguments import (
    JOINT_TYPES,
    LIST_GAP,
    OF_CASES,
    SUBJECT_DEPS,
    ActorIndex,
    Arguments,
    case_of,
    find_arguments,
    is_incise,
    subject_of,
    subjects_of,
    with_auxiliaries,
)
from .dates import anchor_date, find_dates
from .dating import date_of, is_after, planned_weekday, time_anchor
from .lexicon import Lexicon, Trigger, lemma_of, load_lexicon
from .modality import AGREED, NEGATED, OCCURRED, PLANNED, status_of, tense_of

NEXT_ACTOR_WINDOW = 60  # characters after a trigger where a lost complement may stand
MIN_PAIR_MENTIONS = 3  # mentions a country needs to be one of the article's main pair
MAX_SIDE = 4  # at most this many sources (and targets) for one trigger
OBJECT_WINDOW = 8  # tokens after a trigger where its required object may stand
CONFIDENCE = {"parse": 0.85, "partial": 0.6}
# Warnings and alerts are often addressed to no one in particular: their target must be named
# in the trigger's own phrase or clause, not guessed from nearby words or the article's pair.
NAMED_TARGET_TYPES = frozenset({"THREATEN", "MOBILIZE"})
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
ARGUMENT_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "xcomp", "iobj"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
# Acts that, when two sides agree to them, are the content of their agreement ("ont convenu
# d'approfondir leur coopération" is one AGREE); a visit or a meeting they agree on stays planned.
AGREEMENT_CONTENT = frozenset({"AGREE", "COOPERATE", "SUPPORT"})


@dataclass
class _Context:
    """What earlier sentences of the article tell the next one."""

    paragraph_starts: list[int]
    main_pair: list[Mention]
    paragraph: int = -1
    scene_date: str | None = None
    scene_status: str = OCCURRED
    last_sources: list[Mention] = field(default_factory=list)
    former_states: frozenset[str] = frozenset()  # predecessor states the paragraph names ("l'URSS")
    upcoming: list[Event] = field(default_factory=list)  # planned events from the publication day on
    hostilities: list[Arguments] = field(default_factory=list)  # accusations and attacks so far


def extract_events(article: Article, doc: Doc, mentions: list[Mention]) -> list[Event]:
    """Every event the article states, deduplicated as the annotation guidelines say."""
    lexicon = load_lexicon()
    index = ActorIndex(doc, mentions)
    context = _Context([0] + [m.end() for m in PARAGRAPH_BREAK.finditer(article.text)],
                       main_pair(mentions))
    events: list[Event] = []
    for sent in doc.sents:
        events += _sentence_events(article, sent, index, lexicon, context)
    return deduplicate(events)


def _sentence_events(article: Article, sent: Span, index: ActorIndex, lexicon: Lexicon,
                     context: _Context) -> list[Event]:
    paragraph = bisect.bisect_right(context.paragraph_starts, sent.start_char)
    if paragraph != context.paragraph:
        context.paragraph, context.scene_date, context.former_states = paragraph, None, frozenset()
    context.former_states |= {m.code for m in index.in_span(sent.start_char, sent.end_char)
                              if m.code in lexicon.former_states}
    dates = find_dates(sent.text, article.published)
    events: list[Event] = []
    scene = context.scene_date
    for token, trigger, governed in _triggers(sent, lexicon):
        status = status_of(token, lexicon, statement=trigger.type == "SUPPORT")
        if status == NEGATED or (status == AGREED and trigger.type in AGREEMENT_CONTENT):
            continue
        arguments = _complete(find_arguments(token, trigger, index, governed), token, trigger, sent, index,
                              context)
        if arguments is None or (not arguments.from_parse
                                 and any(e.type == trigger.type for e in events)):
            continue
        # What happened is not dated by the scene of what is only planned.
        inherited = None if status == OCCURRED and context.scene_status == PLANNED else scene
        tense = tense_of(token)
        if tense == "present" and _quoted(token):
            tense = "news"  # « Nous condamnons », a déclaré X: said when reported
        date, expression = date_of(token, sent, dates, inherited, article.published, tense)
        anchor = time_anchor(token, sent, dates)
        if anchor is not None:  # "un mois après la venue de X": dated from the other event
            date, expression = anchor_date(anchor, date), None
        if status == OCCURRED and is_after(date, article.published):
            status = PLANNED
        if status == AGREED:  # agreed to be done some day: dated only by its own words
            status, date = PLANNED, date if expression is not None else None
        if status == PLANNED:
            date = planned_weekday(date, expression, article.published)
        era = context.former_states
        arguments = replace(arguments, sources=[lexicon.as_named(m, era) for m in arguments.sources],
                            targets=[lexicon.as_named(m, era) for m in arguments.targets])
        coded = [_as_of(e, lexicon) for e in _events(article, sent, trigger, arguments, date, status)]
        if tense == "present" and date is None:  # "se rend à Pyongyang": the visit announced
            coded = [e for e in coded if not any(_same_act(e, u) for u in context.upcoming)]
        _remember(context, coded, trigger, arguments, article.published)
        coded = [e for e in coded if not lexicon.domestic(e.source, e.target)
                 and not lexicon.defunct(e.source, e.date) and not lexicon.defunct(e.target, e.date)]
        if coded and expression is not None and arguments.from_parse:
            context.scene_date, context.scene_status = date, status
        events += coded
    subject = [m for token in subjects_of(sent.root) for m in index.under(token)]
    if subject:
        context.last_sources = _first(subject)
    return events


def _remember(context: _Context, coded: list[Event], trigger: Trigger, arguments: Arguments,
              published: str | None) -> None:
    """Keep what later sentences refer back to: announced events and hostilities (an accused
    side counts as the culprit, as an attacker does)."""
    if coded and trigger.type == "ACCUSE":
        context.hostilities.append(replace(arguments, sources=arguments.targets, targets=arguments.sources))
    elif coded and trigger.type in MATERIAL_CONFLICT:
        context.hostilities.append(arguments)
    context.upcoming += [e for e in coded if e.status == PLANNED and e.date and published
                         and e.date >= published[:len(e.date)]]


def _quoted(token: Token) -> bool:
    """Whether the token stands inside a quotation opened earlier in its sentence."""
    before = token.doc.text[token.sent.start_char:token.idx]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def _as_of(event: Event, lexicon: Lexicon) -> Event:
    """The event with its actors coded as the states they were at its date."""
    return replace(event, source=lexicon.code_at(event.source, event.date),
                   target=lexicon.code_at(event.target, event.date))


def _triggers(sent: Span, lexicon: Lexicon) -> Iterator[tuple[Token, Trigger, bool]]:
    """Trigger words of the sentence, each with whether another trigger governs it; nouns that
    only restate the event of their governor ("a signé un accord", "a salué la coopération")
    are left out."""
    found: dict[int, Trigger] = {}
    for token in sent:
        trigger = _trigger_of(token, lexicon)
        if trigger is not None:
            found[token.i] = trigger
    for i in [i for i, trigger in found.items() if _arrival_of_thing(sent.doc[i], trigger, found)]:
        del found[i]
    for i, trigger in found.items():
        token = sent.doc[i]
        governor = found.get(token.head.i) if token.head.i != i else None
        restates = token.dep_ in ARGUMENT_DEPS or (  # "un traité d'amitié", "accord de coopération"
            governor is not None and governor.pos == "NOUN" and token.dep_ == "nmod"
            and case_of(token) in OF_CASES)
        if trigger.pos == "NOUN" and governor is not None and restates and (
                trigger.type == governor.type or trigger.type not in MATERIAL_CONFLICT):
            continue
        yield token, trigger, governor is not None


def _arrival_of_thing(token: Token, trigger: Trigger, found: dict[int, Trigger]) -> bool:
    """A verb of travel whose subject is itself an event noun: the noun is the event ("la
    livraison des chars est arrivée en Pologne" is a delivery, not a visit)."""
    return trigger.pos == "VERB" and trigger.direction == "visit" and any(
        c.dep_ in SUBJECT_DEPS and c.i in found and found[c.i].pos == "NOUN" for c in token.children)


def _trigger_of(token: Token, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ", "AUX"):
        return None
    pos = "NOUN" if token.pos_ in ("NOUN", "PROPN") else "VERB"
    for trigger in lexicon.triggers.get((lemma_of(token), pos), ()):
        if _requirements_met(token, trigger):
            return trigger
    return None


def _requirements_met(token: Token, trigger: Trigger) -> bool:
    reflexive = any(c.dep_.startswith("expl") or c.lemma_ == "se" for c in with_auxiliaries(token))
    if (trigger.reflexive and not reflexive) or (trigger.unreflexive and reflexive):
        return False
    if trigger.predicate and not any(c.dep_ == "cop" for c in [*token.children, *token.head.children]):
        return False
    if trigger.governors and fold(token.head.lemma_) not in trigger.governors:
        return False
    if trigger.document and _is_subject_phrase(token):
        return False
    if trigger.passive and ("Part" not in token.morph.get("VerbForm", [])
                            or any(c.lemma_ == "avoir" for c in token.children)):
        return False
    if trigger.nominal and any(c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm", [])
                               for c in token.children):
        return False
    if trigger.objects and trigger.pos == "VERB" and is_incise(token):
        return False  # "», rappelle l'ambassadeur": the noun after the verb is its subject
    if trigger.objects:
        following = token.doc[token.i + 1: token.i + 1 + OBJECT_WINDOW]
        nearby = [*token.children, *(g for c in token.children for g in c.children), *following]
        return any(fold(t.lemma_) in trigger.objects or fold(t.text) in trigger.objects
                   for t in nearby)
    return True


def _is_subject_phrase(noun: Token) -> bool:
    """Whether `noun` is the active subject of its clause or a complement of it ("le projet
    d'accord prévoit"); a passive subject may be what was reached ("un accord a été trouvé")."""
    node = noun
    while node.dep_ == "nmod" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "nsubj"


def _complete(arguments: Arguments, token: Token, trigger: Trigger, sent: Span, index: ActorIndex,
              context: _Context) -> Arguments | None:
    """Fill a missing side from the previous sentence's subject (when the trigger's subject is
    a pronoun or implicit) or from the actors nearby; None when neither side came from the parse."""
    sources, targets = arguments.sources, arguments.targets
    visit = trigger.direction == "visit"
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
        others = [m for m in index.in_tokens(subtree, places=visit, located=trigger.located)
                  if m.code not in {s.code for s in sources} and not _partner_of(m, token, trigger, index)]
        after = [m for m in others if m.start >= token.idx]
        named = trigger.type in NAMED_TARGET_TYPES
        targets = _first(after or others[::-1]) or ([] if named else [
            m for m in _next_actor(token, sent, index, sources, trigger)
            if not _partner_of(m, token, trigger, index)])
        targets = targets or (_adversary(sources, context.hostilities) if named
                              else _partner(sources, context.main_pair))
        if visit:  # a visit needs its destination named: "à Pékin", "en Chine"
            targets = [m for m in targets if index.is_destination(m)]
        guessed += 1
    if not sources:
        clause = {t.i for t in token.head.subtree if t.i < token.i}
        before = [m for m in index.in_tokens(clause) if m.code not in {t.code for t in targets}]
        sources, guessed = _first(before[::-1]) or _partner(targets, context.main_pair), guessed + 1
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


def _first(mentions: list[Mention]) -> list[Mention]:
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
    listed = _first(following)
    rest = [m for m in index.in_span(following[0].end, sent.end_char)] if following else []
    for mention in sorted(rest, key=lambda m: m.start):
        if not LIST_GAP.fullmatch(sent.doc.text[listed[-1].end:mention.start]):
            break
        listed.append(mention)
    return listed


def _events(article: Article, sent: Span, trigger: Trigger, arguments: Arguments,
            date: str | None, status: str) -> list[Event]:
    confidence = CONFIDENCE["parse" if arguments.from_parse else "partial"]
    text = sent.text
    first = sent.start_char + len(text) - len(text.lstrip())
    last = sent.start_char + len(text.rstrip())
    start, end = article.source_offset(first), article.source_offset(last - 1) + 1
    events = []
    for source in arguments.sources[:MAX_SIDE]:
        for target in arguments.targets[:MAX_SIDE]:
            if source.code == target.code:
                continue
            events.append(Event(article.id, trigger.type, trigger.mode, source.code, target.code,
                                not arguments.mutual, date, status, sent.text.strip(), start, end,
                                source.text, target.text, confidence))
    return events


def _same_act(a: Event, b: Event) -> bool:
    """Same type between the same sides, in the same direction."""
    return a.type == b.type and (a.source, a.target, a.directed) == (b.source, b.target, b.directed)


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per (type, pair, date, status), as the guidelines count; a directed reading wins,
    and so does the more precise of two dates that may name the same day ("2023-07" and
    "2023-07-17": the same fact told again without its day)."""
    kept: list[Event] = []
    for event in events:
        twin = next((i for i, k in enumerate(kept) if _same(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        date = max(event.date or "", kept[twin].date or "", key=len) or None
        if event.directed and not kept[twin].directed:
            kept[twin] = replace(event, date=date)
        else:
            kept[twin] = replace(kept[twin], date=date)
    return kept


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type or a.status != b.status or {a.source, a.target} != {b.source, b.target}:
        return False
    if a.directed and b.directed and (a.source, a.target) != (b.source, b.target):
        return False
    return a.date == b.date or bool(a.date and b.date and _within(a.date, b.date))


def _within(a: str, b: str) -> bool:
    """Whether one date is a refinement of the other ("2023-07" and "2023-07-17")."""
    return a.startswith(b) or b.startswith(a)
