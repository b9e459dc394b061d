"""Figures read from French text without the model: numbers, scales, currencies, comparisons."""
from __future__ import annotations

import pytest

from communique.facts.figures import find_figures
from communique.facts.lexicon import load_fact_lexicon

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(("text", "figure", "value", "unit", "comparison"), [
    ("un volume dépassant 10 milliards de dollars", "10 milliards de dollars", 1e10, "USD", "more_than"),
    ("un prêt de 1,5 milliard d'euros", "1,5 milliard d'euros", 1.5e9, "EUR", "exact"),
    ("plus de 3 000 soldats", "3 000 soldats", 3000, "soldiers", "more_than"),
    (f"3{NNBSP}000 soldats", f"3{NNBSP}000 soldats", 3000, "soldiers", "exact"),
    (f"quelque 3{NBSP}000 militaires", f"3{NBSP}000 militaires", 3000, "soldiers", "about"),
    ("2,3 Mds $", "2,3 Mds $", 2.3e9, "USD", "exact"),
    ("500 M$ d'investissements", "500 M$", 5e8, "USD", "exact"),
    ("de plus de 21%", "21%", 21, "percent", "more_than"),
    ("environ 21 pour cent", "21 pour cent", 21, "percent", "about"),
    ("une vingtaine d'accords", "une vingtaine d'accords", 20, "documents", "about"),
    ("huit accords", "huit accords", 8, "documents", "exact"),
    ("trois mille soldats", "trois mille soldats", 3000, "soldiers", "exact"),
    ("jusqu'à 2 000 casques bleus", "2 000 casques bleus", 2000, "soldiers", "up_to"),
    ("moins de 1 million d'euros", "1 million d'euros", 1e6, "EUR", "less_than"),
    ("un milliard de dollars canadiens", "un milliard de dollars canadiens", 1e9, "CAD", "exact"),
    ("150 milliards de yens", "150 milliards de yens", 1.5e11, "JPY", "exact"),
    ("100 milliards de roubles", "100 milliards de roubles", 1e11, "RUB", "exact"),
    ("une centaine de millions de dollars", "une centaine de millions de dollars", 1e8, "USD", "about"),
    ("quelque 1.500 conseillers militaires", "1.500 conseillers militaires", 1500, "advisers", "about"),
    ("dépassent désormais 800 milliards de dollars", "800 milliards de dollars", 8e11, "USD", "more_than"),
])
def test_figure_is_read(text, figure, value, unit, comparison):
    (found,) = find_figures(text)
    assert (text[found.start:found.end], found.value, found.unit, found.comparison) == \
        (figure, value, unit, comparison)


def test_scale_without_currency_is_money_to_complete():
    (found,) = find_figures("dont 6 milliards au premier semestre")
    assert (found.value, found.unit, found.family) == (6e9, None, "money")


@pytest.mark.parametrize("text", [
    "en 2024", "âgé de 70 ans", "plus de 200 morts", "10 milliards de mètres cubes de gaz",
    "la résolution 1973", "un prêt", "500 M d'habitants", "le 24 février 2022",
])
def test_no_figure(text):
    assert find_figures(text) == []


def test_data_files_load():
    lexicon = load_fact_lexicon()
    assert lexicon.directions["trade"] == "mutual" and lexicon.directions["loan"] == "forward"
    assert lexicon.counted_kinds == {"agreements", "troops"}
