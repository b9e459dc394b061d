"""Repairs of scraping damage: glued sentences, glued headings, wrapped lines."""
from __future__ import annotations

import pytest

from communique.clean.lines import Line, join, segments
from communique.clean.repair import (
    join_wrapped,
    space_abbreviations,
    split_heading,
    strip_marker,
    unglue,
)
from communique.clean.rules import load_rules
from communique.model import Article


def line(text: str, start: int = 0) -> Line:
    return Line.from_source(" " * start + text, start, start + len(text))


@pytest.mark.parametrize("raw, repaired", [
    ("arrivé à Pyongyang.Cette visite", "arrivé à Pyongyang. Cette visite"),
    ("en hausse de 21% en 2018.Le commerce", "en hausse de 21% en 2018. Le commerce"),
    ("des liens « renforcés ».Moscou salue", "des liens « renforcés ». Moscou salue"),
    ("Vraiment ?Oui, selon Séoul", "Vraiment ? Oui, selon Séoul"),
    ("évacués !Les combats", "évacués ! Les combats"),
    ("mer Rouge.»La première attaque", "mer Rouge.» La première attaque"),
    ('« juste ».Écoutez', '« juste ». Écoutez'),
    ("la Corée du Nord.Ensuite", "la Corée du Nord. Ensuite"),
    ("la séance dans le rouge.. Le CAC 40", "la séance dans le rouge.. Le CAC 40"),
    ("a-t-il dit…Puis il est parti", "a-t-il dit… Puis il est parti"),
    ('"Nous sommes prêts".Le ministre', '"Nous sommes prêts". Le ministre'),
    ('a-t-il conclu."Nous verrons"', 'a-t-il conclu. "Nous verrons"'),
])
def test_glued_sentences_get_a_space(raw, repaired):
    assert unglue(line(raw), load_rules()).text == repaired


@pytest.mark.parametrize("raw", [
    "les U.S.A. et le Canada",
    "une croissance de 3.5 % au premier trimestre",
    "à 4.063,26 points à Paris",
    "voir news7.asia/news pour la suite",
    "selon https://example.org/Rapport.Final",
    "écrire à contact@ministere.Gouv",
    "un titre de Ph.D en relations internationales",
    "M.Dupont reçu à Paris",
    "la version 2.0 du traité",
    "Le Caire. Le Maroc.",
])
def test_no_space_inserted_where_the_dot_is_not_a_sentence_end(raw):
    assert unglue(line(raw), load_rules()).text == raw


def test_abbreviation_before_a_name_gets_a_space():
    rules = load_rules()
    assert space_abbreviations(line("M.Zelensky et Mme.Meloni"), rules).text == \
        "M. Zelensky et Mme. Meloni"
    assert space_abbreviations(line("M. Poutine, MM.Xi et Modi"), rules).text == \
        "M. Poutine, MM. Xi et Modi"
    assert space_abbreviations(line("OTAN.Mais aussi"), rules).text == "OTAN.Mais aussi"


def test_inserted_space_maps_to_no_source_character():
    content = "à Pyongyang.Cette visite"
    fixed = unglue(Line.from_source(content, 0, len(content)), load_rules())
    article = Article("a", "a", fixed.text, segments=segments(fixed))
    space = fixed.text.index(". ") + 1
    assert [(s.text_start, s.source_start, s.length) for s in article.segments] == [
        (0, 0, space), (space, space, 0), (space + 1, space, len(content) - space)]
    assert article.source_offset(space + 1) == content.index("Cette")
    assert article.source_offset(space - 1) == content.index(".")


def test_glued_heading_is_cut_from_its_paragraph():
    parts = split_heading(line("► Une visite historiqueAbiy Ahmed était arrivé la veille.", 10),
                          load_rules())
    assert [p.text for p in parts] == [
        "Une visite historique", "Abiy Ahmed était arrivé la veille."]
    assert parts[0].src[0] == 12 and parts[1].src[0] == 10 + len("► Une visite historique")


def test_heading_glued_after_a_name_is_cut_before_a_sentence_opener():
    parts = split_heading(line("► Visite à HanoïLe président est arrivé dimanche."), load_rules())
    assert [p.text for p in parts] == ["Visite à Hanoï", "Le président est arrivé dimanche."]


@pytest.mark.parametrize("text", [
    "► TotalEnergies signe un contrat au Qatar",
    "► Le groupe TotalEnergies signe un contrat au Qatar",
    "► Le sommet a eu lieu. La réunion avec McDonald continue",
    "• Le groupe ArcelorMittal ferme un site",
])
def test_heading_split_keeps_camel_case_names(text):
    assert [p.text for p in split_heading(line(text), load_rules())] == [text[2:]]


def test_markers_are_stripped():
    assert strip_marker(line(">> Titre lié")).text == "Titre lié"
    assert strip_marker(line("• Premier point")).text == "Premier point"
    assert strip_marker(line("- tiret conservé")).text == "- tiret conservé"


def test_wrapped_line_is_rejoined_with_a_space():
    first, second = line("que Paris refusait", 0), line("jusqu'alors de rappeler.", 19)
    joined = join_wrapped(first, second)
    assert joined is not None and joined.text == "que Paris refusait jusqu'alors de rappeler."
    assert joined.exact[len(first)] is False


@pytest.mark.parametrize("first, second", [
    ("Une phrase complète.", "suite en minuscule"),
    ("Titre sans point", "Majuscule ensuite"),
    ("Il a dit :", "rien de plus"),
])
def test_lines_that_are_not_wrapped_stay_apart(first, second):
    assert join_wrapped(line(first), line(second)) is None


def test_join_inserts_separators_that_map_nowhere():
    a, b = line("Alpha", 0), line("Beta", 10)
    joined = join([a, b], "\n\n")
    assert joined.text == "Alpha\n\nBeta"
    assert [(s.text_start, s.source_start, s.length) for s in segments(joined)] == [
        (0, 0, 5), (5, 5, 0), (7, 10, 4)]
