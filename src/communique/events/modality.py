"""Whether a trigger states an event that occurred, one that is planned, or none at all."""
from __future__ import annotations

from spacy.tokens import Token

from ..normalize import fold
from .actor_index import case_of
from .arguments import is_coordinated_clause
from .lexicon import Lexicon, lemma_of

OCCURRED, PLANNED, NEGATED = "occurred", "planned", "negated"
AGREED = "agreed"  # what two sides agree to do: planned, or the agreement itself
GOVERNOR_DEPS = frozenset({"xcomp", "ccomp", "obj", "nsubj", "nsubj:pass", "conj", "advcl", "acl"})
# Through a prepositional complement only a plan, a refusal or a request reaches the trigger
# ("ont prévu la tenue de la session", "renoncer à ces expulsions", "appelé à un cessez-le-feu").
ARGUMENT_EFFECTS = {"planned": PLANNED, "refusal": NEGATED, "asked": NEGATED}
MAX_GOVERNORS = 3
MAX_MOTIVE_STEPS = 4
# Endings of the future of -er verbs and of every third person plural future ("signera",
# "signerons", "iront"); accented "-éra" (passé simple "libéra") stays out.
FUTURE_ENDINGS = ("era", "eras", "erai", "erons", "erez", "ront")
# Clauses the trigger governs: their words ("accusé Kiev de préparer") do not change its modality.
COMPLEMENT_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "parataxis", "advcl"})
# A participle, gerund or infinitive on these edges takes its tense from the verb it hangs on.
NONFINITE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def status_of(trigger: Token, lexicon: Lexicon, statement: bool = False) -> str:
    """occurred, planned, agreed or negated, from the trigger, its auxiliaries and the words
    governing it.

    For a `statement` (praise, support) a wish governing it is itself the event: it occurred.
    What an agreement governs ("ont convenu d'organiser une visite") is AGREED.
    """
    effects = [_effect(word, lexicon) for word in _modifiers(trigger)]
    if "negation" in effects or "without" in effects or _after_without(trigger, lexicon):
        return NEGATED
    if trigger.dep_ == "nmod" and _effect(trigger.head, lexicon) == "commemorated":
        return NEGATED  # "le 70e anniversaire de la trêve": remembered, not told
    own = _effect(trigger, lexicon) == "planned"
    if "planned" in effects or own or _future(trigger):
        return PLANNED
    node, planned = trigger, False
    for _ in range(MAX_GOVERNORS):
        if node.head.i == node.i:
            break
        governor = node.head
        effect = _effect(governor, lexicon)
        if node.dep_ == "obl:arg" and effect in ARGUMENT_EFFECTS:
            return ARGUMENT_EFFECTS[effect]
        if node.dep_ not in GOVERNOR_DEPS:
            break
        if node.dep_ == "nsubj" and any(c.dep_ == "xcomp" and _effect(c, lexicon) == "speculative"
                                        for c in governor.children):
            return NEGATED  # "une normalisation reste envisageable"
        if effect in ("refusal", "asked", "alleged", "speculative"):
            return NEGATED
        if any(lexicon.modality.get(fold(c.lemma_)) == "negation" for c in governor.children
               if node.dep_ in ("xcomp", "obj", "obl", "obl:arg", "obl:mod")):
            return NEGATED  # "ne compte pas signer", "n'a pas exclu de coopérer": no act
        if effect == "agreement":
            return AGREED
        planned = planned or (not statement and (effect == "planned" or _future(governor)))
        node = governor
    if planned and _is_motive(trigger, lexicon):
        return NEGATED  # an intention given as the reason of another act is not announced
    return PLANNED if planned else OCCURRED


def _is_motive(trigger: Token, lexicon: Lexicon) -> bool:
    """Whether the trigger tells why something else was done ("met fin aux programmes en raison
    de la volonté de normaliser ses relations")."""
    node = trigger
    for _ in range(MAX_MOTIVE_STEPS):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "ccomp"):
            return False
        node = node.head
        if _effect(node, lexicon) == "motive" and node.pos_ == "NOUN" and case_of(node):
            return True
    return False


def _effect(word: Token, lexicon: Lexicon) -> str | None:
    """The modality effect of a word; "expected" plans only as a participle ("la visite
    attendue", "est attendu"), not as an active verb ("il a fallu attendre")."""
    effect = lexicon.modality.get(lemma_of(word))
    if effect == "expected":
        return "planned" if "Part" in word.morph.get("VerbForm", []) else None
    return effect


def _modifiers(trigger: Token) -> list[Token]:
    """The trigger's own dependents (not those of a clause it governs), and the determiners of
    the noun it takes as complement ("la signature d'aucun accord")."""
    complements = [c for c in trigger.children if c.dep_ in ("nmod", "obj")]
    own = [c for c in trigger.children if c.dep_ not in COMPLEMENT_CLAUSE_DEPS
           and not is_coordinated_clause(c)]
    return own + [g for c in complements for g in c.children if g.dep_ == "det"]


def _future(token: Token) -> bool:
    """Future or conditional on the verb or on its auxiliaries."""
    verbs = [token] + [c for c in token.children if c.dep_.startswith("aux")]
    return any("Fut" in v.morph.get("Tense", []) or "Cnd" in v.morph.get("Mood", [])
               or _mistagged_future(v) for v in verbs)


def _mistagged_future(verb: Token) -> bool:
    """A future the tagger took for a participle ("signera"): no participle ends so."""
    return "Part" in verb.morph.get("VerbForm", []) and verb.text.lower().endswith(FUTURE_ENDINGS)


def _after_without(trigger: Token, lexicon: Lexicon) -> bool:
    """"sans conclure d'accord": the trigger is the object of a verb introduced by "sans"."""
    head = trigger.head
    if trigger.dep_ == "obj" and head.i != trigger.i:
        return any(lexicon.modality.get(fold(c.lemma_)) == "without" for c in head.children)
    return False


def tense_of(trigger: Token) -> str:
    """"present" for the simple present (often an ongoing state: "affiche son soutien"), "news"
    for the compound past, "background" for imperfect, pluperfect and simple past."""
    node = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(MAX_GOVERNORS):
        auxiliaries = [c for c in node.children if c.dep_.startswith("aux")]
        for verb in [*auxiliaries, node]:
            tense = verb.morph.get("Tense", [])
            if verb.morph.get("VerbForm", []) == ["Fin"] and tense:
                if tense[0] in ("Imp", "Past"):
                    return "background"
                return "present" if verb is node else "news"
        governor = _participle_governor(node)
        if governor is None:
            break
        node = governor
    return "news"


def _participle_governor(verb: Token) -> Token | None:
    """The verb whose tense a participle takes: "saluant ..." hangs on its clause's verb; a
    gerund ("en livrant") on the nearest verb above it, whatever noun the parser put between."""
    if verb.morph.get("VerbForm", []) != ["Part"] or verb.head.i == verb.i:
        return None
    if verb.dep_ in NONFINITE_DEPS and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    if not any(c.dep_ == "mark" and fold(c.text) == "en" for c in verb.children):
        return None
    node = verb.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None
