"""Metadata from page chrome: dates, title, author, URL."""
from __future__ import annotations

import pytest

from communique.clean import clean_document
from communique.clean.metadata import choose_published, clean_author, parse_date
from communique.model import RawDocument

BODY = ("Le ministre des Affaires étrangères a reçu son homologue pour des entretiens "
        "consacrés à la sécurité régionale et aux échanges commerciaux.")


def clean(text: str, **hints: str):
    return clean_document(RawDocument("t", "t.txt", text, "text", hints))


@pytest.mark.parametrize("text, iso", [
    ("2024-06-18 20:17:30", "2024-06-18"),
    ("2024-06-18T20:17:30+02:00", "2024-06-18"),
    ("2022-12", "2022-12"),
    ("19/06/2025", "2025-06-19"),
    ("jeudi 19/06/2025 -", "2025-06-19"),
    ("04.04.2023", "2023-04-04"),
    ("12/25/2023", "2023-12-25"),  # month first when the day cannot be a month
    ("5 juin 2023 à 10h12", "2023-06-05"),
    ("1er mars 2024", "2024-03-01"),
    ("1 er mars 2024", "2024-03-01"),
    ("mardi 18 juin 2024", "2024-06-18"),
    ("18 aout 2021", "2021-08-18"),
    ("3 févr. 2022", "2022-02-03"),
    ("March 13, 2023", "2023-03-13"),
    ("13 March 2023", "2023-03-13"),
    ("mars 2024", "2024-03"),
    ("le 5 juin 2023, mis à jour le 6 juin 2023", "2023-06-05"),
    ("31/02/2024", None),
    ("20:17:30", None),
    ("le 12 du mois", None),
    ("1850-01-01", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_parse_date_year_only_when_allowed():
    assert parse_date("2021") is None
    assert parse_date("2021", allow_year=True) == "2021"


def test_choose_published_prefers_trust_then_precision():
    assert choose_published([(3, "2024-06"), (4, "2024-06-18")]) == "2024-06-18"
    assert choose_published([(3, "2024-06"), (4, "2023-01-02")]) == "2024-06"
    assert choose_published([(1, "2024-06-18"), (3, "2024-06")]) == "2024-06-18"
    assert choose_published([(9, "2024-07-01"), (4, "2024-06-18")]) == "2024-06-18"
    assert choose_published([]) is None


def test_clean_author():
    assert clean_author("Jeanne Martin, envoyée spéciale à Kiev") == "Jeanne Martin"
    assert clean_author("la Rédaction") == "La Rédaction"
    assert clean_author("Pierre Lenoir - Publié le 3 mai") == "Pierre Lenoir"
    assert clean_author("  ") is None


# The " date YYYY-MM" banner: what follows the date is judged like any first line.

def test_banner_followed_by_a_headline_gives_the_title():
    article = clean(f" date 2025-07 Vietnam - Laos : une consultation politique à Vientiane\n\n"
                    f"{BODY}\n")
    assert article.title == "Vietnam - Laos : une consultation politique à Vientiane"
    assert article.published == "2025-07"
    assert article.text == BODY


def test_banner_followed_by_body_text_keeps_it_in_the_body():
    article = clean(f" date 2022-05 {BODY}\n\n{BODY}\n")
    assert article.title is None and article.published == "2022-05"
    assert article.text == f"{BODY}\n\n{BODY}"
    assert article.source_offset(0) == len(" date 2022-05 ")


def test_banner_followed_by_a_photo_credit():
    article = clean(f" date 2022-12 Photo : YONHAP News\n\n{BODY}\n")
    assert (article.title, article.published, article.text) == (None, "2022-12", BODY)


def test_banner_followed_by_a_byline():
    article = clean(f" date 2024-01 Par Associated Press\n\n{BODY}\n")
    assert (article.author, article.published) == ("Associated Press", "2024-01")
    assert article.text == BODY


def test_banner_alone_on_its_line():
    assert clean(f" date 2024-01\n{BODY}\n").published == "2024-01"


def test_dateline_refines_the_banner_month():
    article = clean(f" date 2022-04 Sydney, Australie | AFP | mercredi 12/04/2022 - {BODY}\n")
    assert article.published == "2022-04-12"


@pytest.mark.parametrize("opening, iso", [
    ("PARIS, 12 mars 2024 (AFP) - ", "2024-03-12"),
    ("Saint-Pétersbourg, Russie | AFP | jeudi 19/06/2025 - ", "2025-06-19"),
    ("[02/10/2008 08:26:17] TOKYO (AFP) ", "2008-10-02"),
    ("WASHINGTON, March 13, 2023 (Reuters) - ", "2023-03-13"),
    ("Le Caire, 14 février 2024 - ", "2024-02-14"),
    ("KIEV (AFP), 10 octobre 2022 - ", "2022-10-10"),
])
def test_datelines_give_the_publication_date(opening, iso):
    article = clean(f"{opening}{BODY}\n")
    assert article.published == iso
    assert article.text.startswith(opening.strip())  # the dateline stays in the text


def test_dateline_deep_in_the_article_is_not_a_publication_date():
    text = f"{BODY}\n\n{BODY}\n\n{BODY}\n\nPARIS, 12 mars 2024 (AFP) - {BODY}\n"
    assert clean(text).published is None


def test_meta_lines_are_read_and_removed():
    text = (f"Titre de la page sur la visite du ministre\n\n{BODY}\n\n"
            "Lien source : https://exemple.example/a\nAuteur : Marie Durand\n"
            "Date de publication : 18/06/2024\n")
    article = clean(text)
    assert (article.title, article.author, article.url, article.published) == (
        "Titre de la page sur la visite du ministre", "Marie Durand", "https://exemple.example/a",
        "2024-06-18")
    assert article.text == BODY


def test_sentence_starting_like_a_meta_label_stays():
    text = f"{BODY}\n\nAuteur de l'attentat, le militant a été arrêté à la frontière.\n"
    article = clean(text)
    assert article.author is None and "Auteur de l'attentat" in article.text


def test_byline_forms():
    assert clean(f"Par Jeanne Martin, envoyée spéciale à Kiev\n{BODY}\n").author == "Jeanne Martin"
    assert clean(f"De notre correspondante à Pékin, Léa Moreau\n{BODY}\n").author == "Léa Moreau"
    assert clean(f"By Staff Reporter\n{BODY}\n").author == "Staff Reporter"
    assert clean(f"Par la rédaction\n{BODY}\n").author == "La rédaction"


def test_par_in_the_body_is_not_a_byline():
    text = f"{BODY}\n\nPar 14 voix pour et une abstention, le Conseil a adopté la résolution.\n"
    assert clean(text).author is None


def test_hint_title_removes_the_repeated_first_line_only():
    article = clean(f"Visite d'État à Hanoï\n\n{BODY}\n", title="Visite d'État à Hanoï")
    assert article.text == BODY
    article = clean(f"Visite d'État à Hanoï du président.\n\n{BODY}\n",
                    title="Visite d'État à Hanoï")
    assert article.text.startswith("Visite d'État à Hanoï du président.")


def test_title_with_an_abbreviation_is_still_a_title():
    assert clean(f"M. Poutine attendu à Pyongyang\n\n{BODY}\n").title == \
        "M. Poutine attendu à Pyongyang"


def test_first_line_is_a_title_only_when_more_text_follows():
    assert clean("Le Qatar annonce une trêve à Gaza\n").title is None
    assert clean(f"Le Qatar annonce une trêve à Gaza\n\n{BODY}\n").title == \
        "Le Qatar annonce une trêve à Gaza"


@pytest.mark.parametrize("first", [
    "Deux phrases ici. Et une autre ensuite",
    "Le ministre a reçu son homologue.",
    "Alerte",
    "Il a déclaré :",
])
def test_first_lines_that_are_not_titles(first):
    assert clean(f"{first}\n\n{BODY}\n").title is None


def test_line_repeating_the_author_is_removed():
    text = (f"Nordic Watch\n\nLe Conseil de l'Arctique suspend ses travaux\n\n"
            f"Auteur : Nordic Watch\n\n{BODY}\n")
    article = clean(text)
    assert article.title == "Le Conseil de l'Arctique suspend ses travaux"
    assert article.text == BODY


def test_jsonl_published_hint_beats_the_page():
    article = clean(f"PARIS, 12 mars 2024 (AFP) - {BODY}\n", published="2024-03-11T23:50:00Z")
    assert article.published == "2024-03-11"


def test_crawl_date_is_the_last_resort():
    assert clean(f"{BODY}\n", fetched="2023-03-17T06:30:00Z").published == "2023-03-17"
    assert clean(f" date 2023-02 {BODY}\n", fetched="2023-03-17T06:30:00Z").published == "2023-02"


def test_rubric_label_above_the_headline_is_dropped():
    article = clean(f"Diplomatie\nLe Japon et l'Inde signent un pacte de défense\n\n{BODY}\n")
    assert article.title == "Le Japon et l'Inde signent un pacte de défense"
    assert article.text == BODY


def test_press_archive_export_header():
    text = ("Asie\nSéoul accueille un sommet trilatéral\n412 mots\n27 mai 2024 08:14 GMT\n"
            "Agence France Presse\nAFPFR\nFrançais\n"
            "Copyright 2024 Agence France-Presse. Tous droits réservés.\n\n"
            f"{BODY}\n\nDocument AFPFR00020240527ek5r000xy\n")
    article = clean(text)
    assert (article.title, article.published) == ("Séoul accueille un sommet trilatéral",
                                                  "2024-05-27")
    assert article.text == BODY


def test_date_only_line_deep_in_the_article_is_a_heading_not_a_stamp():
    lines = "\n\n".join([BODY] * 16)
    article = clean(f"{lines}\n\n24 février 2022\n\n{BODY}\n")
    assert article.published is None and "24 février 2022" in article.text
