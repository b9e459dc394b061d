"""Who did it to whom: source and target actors of a trigger, read from the dependency parse."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Mention
from ..normalize import fold
from .actor_index import CLAUSE_DEPS, JOINT_TYPES, ActorIndex, case_of, distinct
from .lexicon import Trigger, load_lexicon

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
AGENT_DEPS = ("obl:agent",)
COMPLEMENT_DEPS = ("obj", "iobj", "obl:arg", "obl", "obl:mod", "nmod", "xcomp", "ccomp")
AGENT_CASES = frozenset({"par"})
BETWEEN_CASES = frozenset({"entre"})
OF_CASES = frozenset({"de", "du", "des", "d'"})
# A quotation ending right before a verb of saying whose subject follows it.
QUOTE_END = re.compile(r"[»\"”]\s*,?\s*$")
# Judgements whose object may be someone's act ("a salué le soutien nord-coréen"): they are
# aimed at whoever did it.
JUDGEMENT_TYPES = frozenset({"SUPPORT", "ACCUSE"})


def clause_tokens(head: Token) -> list[Token]:
    """Tokens that depend on `head` without crossing into another clause (a noun the parser
    made an "xcomp", as in "s'est tenue lundi", is no clause)."""
    tokens, stack = [], [head]
    while stack:
        node = stack.pop()
        tokens.append(node)
        stack += [c for c in node.children if c.dep_ not in CLAUSE_DEPS
                  or (c.dep_ == "xcomp" and c.pos_ == "NOUN")]
    return tokens


@dataclass(frozen=True)
class Arguments:
    sources: list[Mention]
    targets: list[Mention]
    mutual: bool
    from_parse: bool


def find_arguments(trigger_token: Token, trigger: Trigger, index: ActorIndex,
                   governed: bool = False) -> Arguments:
    """Source and target actors of one trigger, as far as the parse tells. A `governed` noun
    (the object of another trigger: "a condamné ces expulsions") does not take its verb's
    subject as its own."""
    if trigger.predicate:
        agents, patients = _predicate_roles(trigger_token, index)
    elif trigger.pos == "NOUN":
        agents, patients = _noun_roles(trigger_token, trigger, index, governed)
    else:
        agents, patients = _verb_roles(trigger_token, trigger, index)
    if trigger.direction == "reverse":
        agents, patients = patients, agents
    if not patients and len(agents) >= 2 and trigger.mode != "mediation" and (
            trigger.type in JOINT_TYPES or not index.listed(agents[0], agents[1])):
        return Arguments(agents[:1], agents[1:], True, True)
    if not agents and len(patients) >= 2 and trigger.direction == "mutual" and any(
            case_of(c) in BETWEEN_CASES for c in trigger_token.children):
        return Arguments(patients[:1], patients[1:], True, True)  # "une rencontre entre X et Y"
    return Arguments(agents, patients, trigger.direction == "mutual", bool(agents and patients))


def with_auxiliaries(verb: Token) -> list[Token]:
    """The verb's dependents, and those the parser hung on its auxiliaries ("s'est, lui, rendu")."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return [*verb.children, *(c for aux in auxiliaries for c in aux.children)]


def subject_of(verb: Token) -> Token | None:
    """The first subject of `verb` (see `subjects_of`)."""
    subjects = subjects_of(verb)
    return subjects[0] if subjects else None


def subjects_of(verb: Token) -> list[Token]:
    """The subjects of `verb`, following conjoined and subordinate verbs up to their head.

    The parser sometimes gives "la Russie et le Cambodge" two subject edges: both count. It
    also hangs "le Japon et le Vietnam ont signé" on "Japon", the verb a conjunct of its own
    first subject: that noun is a subject too.
    """
    node = verb.sent.root if _is_detached_participle(verb) else verb
    for _ in range(4):
        subjects = [child for child in with_auxiliaries(node) if child.dep_ in SUBJECT_DEPS]
        if subjects and _is_first_subject(node.head, node):
            return [node.head, *subjects]
        if subjects:
            return subjects
        if node.dep_ not in ("conj", "advcl", "xcomp", "acl") or node.head.i == node.i:
            return []
        if node.dep_ == "xcomp":
            controller = _object_of(node.head)
            if controller is not None:
                return [controller]
        coordinated = is_coordinated_clause(node)
        node = node.head
        while coordinated and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head  # "ont tenu la session et prévu ...": the verb of the first clause
    return []


def _is_detached_participle(verb: Token) -> bool:
    """"..., saluant le soutien de X": a present participle after a comma, without a subject of
    its own, tells more of the sentence's subject, wherever the parser hung it."""
    return ("Pres" in verb.morph.get("Tense", []) and verb.morph.get("VerbForm", []) == ["Part"]
            and verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def is_coordinated_clause(word: Token) -> bool:
    """A verb after "et" the parser hung on a noun ("ont tenu la session et prévu la suivante"):
    a clause of its own, not a modifier of the noun."""
    return word.pos_ == "VERB" and any(c.dep_ == "cc" and c.i < word.i for c in word.children)


def _is_first_subject(head: Token, verb: Token) -> bool:
    """`head` is a noun the parser made the verb a conjunct of, listed before the verb's subject."""
    return (verb.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i
            and any(c.dep_ == "cc" and c.i < verb.i for c in verb.children))


def _object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("obj", "iobj", "obl:arg") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    """A passive needs its "être" auxiliary: the parser also labels active subjects nsubj:pass,
    and the "être" of a pronominal verb ("s'étaient rencontrés") aux:pass."""
    if _is_pronominal(verb):
        return False
    if verb.dep_ == "conj" and verb.morph.get("VerbForm", []) == ["Part"] and verb.head.i != verb.i \
            and not any(c.dep_.startswith("aux") for c in verb.children):
        return _is_passive(verb.head)  # "furent renvoyés ... et accueillis": the same voice
    return any(c.dep_ == "aux:pass" for c in verb.children) or (
        "Pass" in verb.morph.get("Voice", []) and not any(c.lemma_ == "avoir" for c in verb.children))


def _is_pronominal(verb: Token) -> bool:
    return any(c.lemma_ == "se" for c in verb.children)


def _verb_roles(verb: Token, trigger: Trigger, index: ActorIndex) -> tuple[list[Mention], list[Mention]]:
    subjects = subjects_of(verb)
    agent = next((c for c in verb.children if c.dep_ in AGENT_DEPS or
                  (c.dep_.startswith("obl") and case_of(c) in AGENT_CASES)), None)
    complements = [c for c in verb.children
                   if c.dep_ in COMPLEMENT_DEPS and (agent is None or c.i != agent.i) and c.pos_ != "VERB"]
    participle = verb.morph.get("VerbForm", []) == ["Part"] and "Past" in verb.morph.get("Tense", []) \
        and (agent or _stray_agent(complements)) is not None  # "Accueilli par X, il ..."
    if (_is_passive(verb) or participle) and trigger.direction != "visit":
        agent = agent or _stray_agent(complements)
        agents = index.under(agent)
        patients = _collect(subjects, index, places=trigger.direction == "visit")
        return agents, patients or _first_actors(complements, index, trigger, agents)
    inverted = _inverted_subject(verb, index)
    if inverted:  # the phrase after the verb is its subject, whatever the parse says
        return inverted, _first_actors([c for c in complements if c.i > verb.i and _in_phrase(c)],
                                       index, trigger, inverted)
    pronoun = any(s.pos_ == "PRON" for s in subjects)  # "il a dit": told by the context
    agents = _collect(subjects, index) or (_collect(_speaker_of(verb), index) if pronoun
                                           else _linear_subjects(verb, index))
    if len(agents) >= 2 and trigger.type in JOINT_TYPES and _is_pronominal(verb):
        return agents, []  # "les deux dirigeants se sont rencontrés en marge du sommet de l'OCS"
    judged = _doers_of_judged_act(complements, trigger, index, agents)
    return agents, judged or _first_actors(complements, index, trigger, agents)


def _doers_of_judged_act(complements: list[Token], trigger: Trigger, index: ActorIndex,
                         judges: list[Mention]) -> list[Mention]:
    """Who did the act a praise or a condemnation is about ("a salué le soutien nord-coréen à
    l'offensive russe", "condamne l'invasion de l'Ukraine par la Russie"): its target."""
    if trigger.type not in JUDGEMENT_TYPES:
        return []
    triggers = load_lexicon().triggers
    for act in [c for c in complements if c.dep_ == "obj"]:
        for meaning in triggers.get((fold(act.lemma_), "NOUN"), ()):
            if meaning.direction in ("mutual", "reverse"):
                continue
            doers, _ = _noun_roles(act, meaning, index, governed=True)
            doers = [m for m in doers if m.code not in {j.code for j in judges}]
            if doers:
                return doers
    return []


def _stray_agent(complements: list[Token]) -> Token | None:
    """"par X" the parser hung on another complement of a passive ("est accueilli sur le
    tarmac par l'ambassadeur"): the agent all the same."""
    return next((g for c in complements if c.dep_.startswith("obl")
                 for g in c.children if g.dep_ == "nmod" and case_of(g) in AGENT_CASES), None)


def is_incise(verb: Token) -> bool:
    """Whether `verb` is finite and follows a quotation ("« ... », salue le président X",
    "...\", s'est félicitée Mme Regev"): its subject comes after it, whatever the parse says."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith(("aux", "expl")) and c.i < verb.i]
    if not any(v.morph.get("VerbForm", []) == ["Fin"] for v in [verb, *auxiliaries]):
        return False  # a participle after a quotation ("l'« accord » conclu") is no incise
    start = min([verb.i, *(c.i for c in auxiliaries)])
    before = verb.doc.text[verb.sent.start_char:verb.doc[start].idx]
    end = QUOTE_END.search(before)
    if end is None:
        return False
    # A straight quote closes a quotation only when it pairs with an earlier one.
    return end.group().lstrip()[0] != '"' or before.count('"') % 2 == 0


def _inverted_subject(verb: Token, index: ActorIndex) -> list[Mention]:
    """The subject of an incise: the first actor after the verb outside any prepositional phrase."""
    if not is_incise(verb):
        return []
    after = {t.i for t in verb.subtree if t.i > verb.i and not _in_phrase(t)}
    found = index.in_tokens(after)
    return [m for m in found if (m.start, m.end) == (found[0].start, found[0].end)] if found else []


def _speaker_of(verb: Token) -> list[Token]:
    """The subject of the verb of saying whose reported clause holds `verb`: "X a déclaré
    qu'il souhaitait construire une relation" is X's wish."""
    node = verb
    for _ in range(3):
        if node.dep_ == "ccomp":
            return subjects_of(node.head)
        if node.dep_ not in ("xcomp", "conj"):
            break
        node = node.head
    return []


def _linear_subjects(verb: Token, index: ActorIndex) -> list[Mention]:
    """Actors standing before the verb outside any prepositional phrase, for parses that lost
    its subject ("Le président américain Joe Biden et son homologue chinois Xi Jinping se sont
    entretenus")."""
    before = {t.i for t in verb.sent if t.i < verb.i and not _in_phrase(t)}
    return distinct(index.in_tokens(before))


def _in_phrase(token: Token) -> bool:
    """Whether `token` or the noun it modifies is introduced by a preposition."""
    return bool(case_of(token)) or (token.dep_ in ("amod", "nmod") and bool(case_of(token.head)))


def _first_actors(tokens: list[Token], index: ActorIndex, trigger: Trigger,
                  exclude: list[Mention]) -> list[Mention]:
    codes = {m.code for m in exclude}
    for token in sorted(tokens, key=lambda t: COMPLEMENT_DEPS.index(t.dep_)
                        if t.dep_ in COMPLEMENT_DEPS else len(COMPLEMENT_DEPS)):
        found = index.under(token, places=trigger.direction == "visit",
                            located=trigger.located)
        if found:
            found += index.listed_after(max(found, key=lambda m: m.end), token.sent.end_char)
        found = [m for m in distinct(found) if m.code not in codes]
        if trigger.type not in JOINT_TYPES:  # who acts along with the agent is no target
            found = [m for m in found if not index.is_partner(m, token.head)]
        if found:
            return found
    return []


def _noun_roles(noun: Token, trigger: Trigger, index: ActorIndex,
                governed: bool) -> tuple[list[Mention], list[Mention]]:
    """Arguments of a noun trigger: "frappes turques contre X", "visite de Y à Z",
    or through the verb it depends on ("a effectué une visite", "la visite a été menée par")."""
    agent_tokens, of_tokens, to_tokens, own = [], [], [], []
    for child in noun.children:
        case = case_of(child)
        if child.dep_ in ("amod", "acl") and (child.pos_ == "ADJ" or not child.n_lefts + child.n_rights):
            own.append(child)  # an adjective, or one the tagger took for a participle: "raids turcs"
        elif child.dep_ in ("nmod", "acl", "conj") and case in AGENT_CASES:
            agent_tokens.append(child)
        elif child.dep_ == "acl":  # "la médiation menée par l'Égypte"
            agent_tokens += [g for g in child.children
                             if g.dep_ in AGENT_DEPS or case_of(g) in AGENT_CASES]
        elif child.dep_ == "nmod" and case in OF_CASES and not trigger.of_target:
            of_tokens.append(child)
        elif child.dep_ == "nmod":
            to_tokens.append(child)
    following = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if not agent_tokens and following is not None and following.dep_ == "case" \
            and fold(following.text) in AGENT_CASES:  # "l'invasion de l'Ukraine par la Russie"
        agent_tokens.append(following.head)
    if agent_tokens:  # "menée par l'Égypte, les États-Unis et le Qatar", the list misattached
        agent_tokens += [c for c in noun.children if c.dep_ == "conj"]
    places = trigger.direction == "visit"
    agents = _collect(agent_tokens, index) or _collect(own, index)
    patients = _collect(to_tokens, index, places, located=trigger.located)
    if agents and not patients:
        patients = _collect(of_tokens, index)
    elif not agents:
        agents = _collect(of_tokens, index)
    verb = _governing_verb(noun)
    if not agents and not governed and verb.i != noun.i and noun.dep_ in ("obj", "nmod"):
        agents = _collect(subjects_of(verb), index)
    if not agents and noun.dep_ in SUBJECT_DEPS:
        agents = _collect(_agents_of(verb), index)
    pair = trigger.direction == "mutual" and len(agents) >= 2  # the two sides are named
    if not patients and not pair and verb.i != noun.i:
        siblings = [c for c in verb.children if c.dep_.startswith("obl") and c.i != noun.i
                    and case_of(c) not in AGENT_CASES]
        patients = _first_actors(siblings, index, trigger, agents)
    return agents, [m for m in patients if m.code not in {a.code for a in agents}]


def _agents_of(verb: Token) -> list[Token]:
    """"par X" on the verb, or on a participle agreeing with its subject ("les efforts ont
    repris, menés par Washington")."""
    participles = [c for c in verb.children if c.dep_ in ("advcl", "acl")
                   and "Part" in c.morph.get("VerbForm", [])]
    return [c for node in [verb, *participles] for c in node.children
            if c.dep_ in AGENT_DEPS or (c.dep_.startswith("obl") and case_of(c) in AGENT_CASES)]


def _governing_verb(noun: Token) -> Token:
    """The verb a noun trigger hangs on, through a noun or two ("a adopté un paquet de
    sanctions"); the noun's own head when there is none."""
    node = noun.head
    for _ in range(2):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or node.dep_ not in ("obj", "nmod"):
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):  # "Le Vietnam et le Cambodge ont tenu", hung on "Vietnam"
        node = next((c for c in node.children if _is_first_subject(node, c)), noun.head)
    return node


def _predicate_roles(noun: Token, index: ActorIndex) -> tuple[list[Mention], list[Mention]]:
    """"X est un allié de Y" / "Y a déclaré que X est un partenaire": Y praises X."""
    predicate = noun if any(c.dep_ == "cop" for c in noun.children) else noun.head
    patients = _collect([c for c in predicate.children if c.dep_ in SUBJECT_DEPS], index)
    agents = _collect([c for c in noun.children if c.dep_ == "nmod" and case_of(c) in OF_CASES], index)
    if not agents and predicate.dep_ in ("ccomp", "parataxis") and predicate.head.i != predicate.i:
        agents = _collect(subjects_of(predicate.head), index)
    return agents, [m for m in patients if m.code not in {a.code for a in agents}]


def _collect(tokens: list[Token], index: ActorIndex, places: bool = False,
             located: bool = False) -> list[Mention]:
    found = [m for token in tokens for m in index.under(token, places, located)]
    if found:
        last = max(found, key=lambda m: m.end)
        found += index.listed_after(last, tokens[0].sent.end_char)
    return distinct(found)
