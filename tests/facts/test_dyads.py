"""Who gives and who receives, from the words before each actor (no model needed)."""
from __future__ import annotations

from communique.facts.dyads import Earlier, choose_dyad, complete_dyad, find_parties
from communique.facts.lexicon import load_fact_lexicon
from communique.model import Mention


def _parties(text: str, names: dict[str, str]):
    mentions = [Mention(name, text.index(name), text.index(name) + len(name), code, "country", "name")
                for name, code in names.items()]
    return find_parties(text, sorted(mentions, key=lambda m: m.start), load_fact_lexicon())


def _codes(dyad):
    return None if dyad is None else (dyad[0].code, dyad[1].code)


def test_roles_are_read_before_each_actor():
    parties = _parties("déployés au Mali par la France, selon Moscou, entre l'Inde",
                       {"Mali": "MLI", "France": "FRA", "Moscou": "RUS", "Inde": "IND"})
    assert [p.role for p in parties] == ["to", "by", "aside", "between"]


def test_passive_giver_after_par():
    parties = _parties("3 000 soldats déployés au Mali par la France", {"Mali": "MLI", "France": "FRA"})
    assert _codes(choose_dyad(parties, "forward")) == ("FRA", "MLI")


def test_receiving_subject():
    parties = _parties("Le Laos a reçu de la Chine un prêt", {"Laos": "LAO", "Chine": "CHN"})
    assert _codes(choose_dyad(parties, "reverse")) == ("CHN", "LAO")


def test_mutual_pair_after_entre_and_without_aside():
    parties = _parties("Selon Paris, les échanges entre la Chine et le Brésil",
                       {"Paris": "FRA", "Chine": "CHN", "Brésil": "BRA"})
    assert _codes(choose_dyad(parties, "mutual")) == ("CHN", "BRA")


def test_closest_receiver_after_the_figure():
    text = "L'UE a accordé 5 milliards à l'Ukraine et un prêt de 2 milliards à la Moldavie"
    parties = _parties(text, {"UE": "IGO-EU", "Ukraine": "UKR", "Moldavie": "MDA"})
    assert _codes(choose_dyad(parties, "forward", text.index("2 milliards"))) == ("IGO-EU", "MDA")


def test_one_side_named_takes_the_earlier_pair():
    earlier = Earlier()
    earlier.update(_parties("La Pologne et l'Ukraine", {"Pologne": "POL", "Ukraine": "UKR"}))
    parties = _parties("leur coopération: la Pologne a accordé un prêt", {"Pologne": "POL"})
    assert choose_dyad(parties, "forward") is None
    assert _codes(complete_dyad(parties, "forward", True, earlier)) == ("POL", "UKR")
    assert _codes(complete_dyad([], "mutual", True, earlier)) == ("POL", "UKR")
    assert complete_dyad([], "mutual", False, earlier) is None
