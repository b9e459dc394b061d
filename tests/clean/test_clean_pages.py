"""Whole pages through ingest and clean: metadata, chrome gone, body kept, offsets."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.clean import clean_document
from communique.errors import InputError
from communique.ingest import iter_documents
from communique.model import Article, RawDocument

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def clean_file(name: str) -> tuple[RawDocument, Article]:
    (doc,) = iter_documents([PAGES / name])
    assert isinstance(doc, RawDocument), doc
    return doc, clean_document(doc)


def assert_maps_back(doc: RawDocument, article: Article) -> None:
    """Every verbatim character maps to the same character of the raw input, every
    offset stays in range, and segments are ordered and cover the text."""
    verbatim = set()
    for seg in article.segments:
        for k in range(seg.length):
            verbatim.add(seg.text_start + k)
            assert doc.content[seg.source_start + k] == article.text[seg.text_start + k]
    for i, char in enumerate(article.text):
        offset = article.source_offset(i)
        assert 0 <= offset < len(doc.content)
        if i in verbatim:
            assert doc.content[offset] == char
    starts = [seg.text_start for seg in article.segments]
    assert starts == sorted(starts) and starts[0] == 0
    assert all(b.text_start >= a.text_start + max(a.length, 1)
               for a, b in zip(article.segments, article.segments[1:], strict=False))


EXPECTED = {
    # name: (title, published, author, url, language)
    "biden_hanoi.txt": (
        "Vietnam - États-Unis : les relations élevées au rang de partenariat stratégique intégral",
        "2023-09", None, None, "fr"),
    "kim_vostochny.txt": (
        "kim jong-un reçu par vladimir poutine au cosmodrome de vostotchny", "2023-09-13",
        "Asia News Wire",
        "https://asia-news-wire.example/news/kim-jong-un-recu-par-vladimir-poutine-au-cosmodrome/",
        "fr"),
    "cambodia_japan.txt": (
        "Diplomatie – Le Cambodge et le Japon élèvent leurs relations au plus haut niveau",
        None, None, None, "fr"),
    "finland_nato.txt": (None, "2023-04-04", None, None, "fr"),
    "niger_france.txt": (None, None, "Julien Marchand", None, "fr"),
    "berlin_dresde.txt": (
        "Emmanuel Macron à Dresde : un plaidoyer pour une Europe « puissance »", "2024-05-27",
        "Claire Vasseur", None, "fr"),
    "kiev_strikes.txt": (None, "2022-10-10", None, None, "fr"),
    "aukus_en.txt": (
        "Australia to buy US nuclear-powered submarines under AUKUS plan", "2023-03-13",
        "Staff Reporter", None, "en"),
    "ethiopia_eritrea.txt": (
        "Éthiopie-Érythrée : la fin de vingt ans d'état de guerre", None, None, None, "fr"),
    "croatia_cp1252.txt": (None, None, None, None, "fr"),
    "seoul_tokyo.html": (
        "Japon-Corée du Sud : Yoon Suk-yeol à Tokyo pour tourner la page des contentieux",
        "2023-03-16", "Hélène Garnier",
        "https://echodumonde.example/international/asie/2023/03/16/japon-coree-du-sud-yoon-a-tokyo",
        "fr"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata(name):
    _, article = clean_file(name)
    got = (article.title, article.published, article.author, article.url, article.language)
    assert got == EXPECTED[name]
    assert article.id == Path(name).stem


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_segments_map_every_character_back(name):
    doc, article = clean_file(name)
    assert_maps_back(doc, article)


def test_segments_of_jsonl_articles_map_into_their_line_content():
    for doc in iter_documents([PAGES / "feed.jsonl"]):
        assert_maps_back(doc, clean_document(doc))


CHROME = {
    "biden_hanoi.txt": [">>", "Hanoï et Washington renforcent leur coopération dans l'éducation",
                        "Photo", "VNA/CVN", " date 2023-09"],
    "kim_vostochny.txt": ["Categories", "News", "Source link", "—-", "Author", "Publish date",
                          "Copyright", "Exit mobile version", "kim jong-un reçu"],
    "cambodia_japan.txt": ["top of page", "Ancre", "Merci pour votre envoi", "Instagram",
                           "Facebook", "Gazouillement", "LinkedIn", "Accueil", "bottom of page",
                           "Diplomatie –"],
    "berlin_dresde.txt": ["Aller au contenu", "Menu", "Rechercher", "Se connecter", "S'abonner",
                          "Accueil", "Par Claire Vasseur", "Publié le", "Temps de Lecture",
                          "Partager", "réservé aux abonnés", "Lire aussi",
                          "Le président allemand accueille Emmanuel Macron à Berlin",
                          "Publicité", "Il vous reste", "Sur le même sujet",
                          "la campagne entre dans sa dernière ligne droite",
                          "désaccords sur la défense", "cookies", "Tout accepter",
                          "Paramétrer", "©"],
    "niger_france.txt": ["Avec notre correspondant", "Julien Marchand"],
    "aukus_en.txt": ["World | Asia-Pacific", "By Staff Reporter", "Share this article",
                     "WhatsApp", "All rights reserved"],
    "ethiopia_eritrea.txt": ["Abiy Ahmed lance un vaste programme de réformes",
                             "le pays reste l'un des plus fermés du monde", "►"],
    "seoul_tokyo.html": ["cookies", "Accueil", "S'abonner", "Diplomatie\n", "Par Hélène",
                         "Photo : AFP", "À lire aussi", "sans contribution japonaise",
                         "Inscrivez-vous", "Mots-clés", "Les plus lus", "Inondations",
                         "Mentions légales", "Tous droits réservés", "Facebook"],
}


@pytest.mark.parametrize("name", sorted(CHROME))
def test_chrome_is_removed(name):
    _, article = clean_file(name)
    for chrome in CHROME[name]:
        assert chrome not in article.text, chrome


BODY = {
    "biden_hanoi.txt": [
        "Le président américain Joe Biden est arrivé le 10 septembre à Hanoï",
        "pour la paix, la coopération et le développement durable. C'est le plus haut niveau",
        "Les deux parties sont convenues d'approfondir leur coopération"],
    "kim_vostochny.txt": [
        "Le président russe Vladimir Poutine a accueilli mercredi 13 septembre le dirigeant "
        "nord-coréen Kim Jong-un au cosmodrome de Vostotchny"],
    "cambodia_japan.txt": ["Une relation de soixante-dix ans\n\nLe Japon et le Cambodge"],
    "berlin_dresde.txt": [
        "En visite d'État en Allemagne, la première d'un président français",
        "recevra le prix international de la paix de Westphalie"],
    "finland_nato.txt": ["Bruxelles, Belgique | AFP | mardi 04/04/2023 - La Finlande est devenue"],
    "kiev_strikes.txt": [
        "[10/10/2022 11:05:32] KIEV (AFP)\n\nLa Russie a lancé lundi matin",
        "le centre de la capitale. Des explosions ont été entendues",
        "des services ukrainiens. M. Zelensky a appelé la population"],
    "niger_france.txt": ["que Paris refusait jusqu’alors de rappeler"],
    "ethiopia_eritrea.txt": [
        "\n\nUne visite historique\n\nAbiy Ahmed était arrivé la veille",
        "\n\nAmbassades et vols rétablis\n\nLes deux dirigeants sont convenus"],
    "seoul_tokyo.html": [
        "Le président sud-coréen Yoon Suk-yeol a été reçu jeudi 16",
        "Un plan d’indemnisation contesté",
        "M. Kishida et M. Yoon ont insisté"],
}


@pytest.mark.parametrize("name", sorted(BODY))
def test_body_is_kept(name):
    _, article = clean_file(name)
    for body in BODY[name]:
        assert body in article.text, body


def test_text_is_the_body_only_and_starts_after_the_title():
    _, article = clean_file("berlin_dresde.txt")
    assert article.text.startswith("En visite d'État en Allemagne")
    assert article.title not in article.text


def test_paragraphs_are_separated_by_one_blank_line():
    _, article = clean_file("finland_nato.txt")
    assert article.text.count("\n\n") == 4
    assert "\n\n\n" not in article.text and not article.text.endswith("\n")


def test_html_page_without_article_text_is_an_input_error():
    (doc,) = iter_documents([PAGES / "nobody.html"])
    with pytest.raises(InputError) as caught:
        clean_document(doc)
    assert str(caught.value) == f"{PAGES / 'nobody.html'}: HTML page without article text"


def test_page_made_only_of_chrome_is_an_input_error():
    doc = RawDocument("menu", "menu.txt", "top of page\nAccueil   Monde   Sport\n© 2024\n",
                      "text")
    with pytest.raises(InputError) as caught:
        clean_document(doc)
    assert caught.value.reason == "no article text after removing page chrome"


def test_jsonl_hints_win_over_the_page():
    docs = list(iter_documents([PAGES / "feed.jsonl"]))
    lula, riyadh, kenya = (clean_document(doc) for doc in docs)
    assert (lula.title, lula.published, lula.author, lula.url) == (
        "Lula reçu par Xi Jinping à Pékin", "2023-04-14", "Service international",
        "https://depeches.example/2023/04/14/lula-xi-pekin")
    assert riyadh.title == "L'Arabie saoudite et l'Iran renouent leurs relations"
    assert riyadh.published == "2023-03-10"
    assert not riyadh.text.startswith("L'Arabie saoudite et l'Iran renouent")  # title not repeated
    assert riyadh.text.startswith("L'Arabie saoudite et l'Iran ont annoncé vendredi 10 mars")
    assert kenya.published == "2021"
