"""Events stage: PLOVER events coded from a parsed article and its actor mentions."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..model import Article, DateMention, Event, Mention
from ..normalize import fold
from .actor_index import ActorIndex, case_of
from .arguments import (
    OF_CASES,
    SUBJECT_DEPS,
    Arguments,
    find_arguments,
    is_incise,
    subjects_of,
    with_auxiliaries,
)
from .completion import MATERIAL_CONFLICT, complete, first, main_pair
from .context import Context
from .dates import anchor_date, find_dates
from .dating import date_of, is_after, planned_weekday, time_anchor
from .lexicon import Lexicon, Trigger, lemma_of, load_lexicon
from .modality import AGREED, NEGATED, OCCURRED, PLANNED, status_of, tense_of

MAX_SIDE = 4  # at most this many sources (and targets) for one trigger
OBJECT_WINDOW = 8  # tokens after a trigger where its required object may stand
CONFIDENCE = {"parse": 0.85, "partial": 0.6}
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
ARGUMENT_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "xcomp", "iobj"})
# Acts that, when two sides agree to them, are the content of their agreement ("ont convenu
# d'approfondir leur coopération" is one AGREE); a visit or a meeting they agree on stays planned.
AGREEMENT_CONTENT = frozenset({"AGREE", "COOPERATE", "SUPPORT"})


def extract_events(article: Article, doc: Doc, mentions: list[Mention]) -> list[Event]:
    """Every event the article states, deduplicated as the annotation guidelines say."""
    lexicon = load_lexicon()
    index = ActorIndex(doc, mentions)
    context = Context([0] + [m.end() for m in PARAGRAPH_BREAK.finditer(article.text)],
                      main_pair(mentions))
    events: list[Event] = []
    for sent in doc.sents:
        events += _sentence_events(article, sent, index, lexicon, context)
    return deduplicate(events)


def _sentence_events(article: Article, sent: Span, index: ActorIndex, lexicon: Lexicon,
                     context: Context) -> list[Event]:
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
        arguments = complete(find_arguments(token, trigger, index, governed), token, trigger, sent, index,
                             context)
        if arguments is None or (not arguments.from_parse
                                 and any(e.type == trigger.type for e in events)):
            continue
        when = _when(token, sent, dates, status, scene, context.scene_status, article.published)
        date, expression, status = when.date, when.expression, when.status
        era = context.former_states
        arguments = replace(arguments, sources=[lexicon.as_named(m, era) for m in arguments.sources],
                            targets=[lexicon.as_named(m, era) for m in arguments.targets])
        coded = [_as_of(e, lexicon) for e in _events(article, sent, trigger, arguments, date, status)]
        if when.tense == "present" and date is None:  # "se rend à Pyongyang": the visit announced
            coded = [e for e in coded if not any(_same_act(e, u) for u in context.upcoming)]
        _remember(context, coded, trigger, arguments, article.published)
        coded = [e for e in coded if not lexicon.domestic(e.source, e.target)
                 and not lexicon.defunct(e.source, e.date) and not lexicon.defunct(e.target, e.date)]
        if coded and expression is not None and arguments.from_parse:
            context.scene_date, context.scene_status = date, status
        events += coded
    subject = [m for token in subjects_of(sent.root) for m in index.under(token)]
    if subject:
        context.last_sources = first(subject)
    return events


class _When(NamedTuple):
    date: str | None
    expression: DateMention | None  # the words that dated it, if any
    status: str
    tense: str


def _when(token: Token, sent: Span, dates: list[DateMention], status: str, scene: str | None,
          scene_status: str, published: str | None) -> _When:
    """When the trigger's event happens and whether it is still planned: from its own words,
    the event it is dated from, or the scene the paragraph set."""
    # What happened is not dated by the scene of what is only planned.
    inherited = None if status == OCCURRED and scene_status == PLANNED else scene
    tense = tense_of(token)
    if tense == "present" and _quoted(token):
        tense = "news"  # « Nous condamnons », a déclaré X: said when reported
    date, expression = date_of(token, sent, dates, inherited, published, tense)
    anchor = time_anchor(token, sent, dates)
    if anchor is not None:  # "un mois après la venue de X": dated from the other event
        date, expression = anchor_date(anchor, date), None
    if status == OCCURRED and is_after(date, published):
        status = PLANNED
    if status == AGREED:  # agreed to be done some day: dated only by its own words
        status, date = PLANNED, date if expression is not None else None
    if status == PLANNED:
        date = planned_weekday(date, expression, published)
    return _When(date, expression, status, tense)


def _remember(context: Context, coded: list[Event], trigger: Trigger, arguments: Arguments,
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
    if token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ", "AUX") or _inside_name(token):
        return None
    pos = "NOUN" if token.pos_ in ("NOUN", "PROPN") else "VERB"
    for trigger in lexicon.triggers.get((lemma_of(token), pos), ()):
        if _requirements_met(token, trigger):
            return trigger
    return None


def _inside_name(token: Token) -> bool:
    """A capitalised word completing a capitalised name ("l'Hôpital de l'Amitié", "le Pont de
    l'Amitié") names a place, not an act."""
    head = token.head
    return (token.text[:1].isupper() and token.i > token.sent.start and head.i < token.i
            and head.pos_ in ("NOUN", "PROPN") and head.text[:1].isupper() and head.i > token.sent.start)


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
