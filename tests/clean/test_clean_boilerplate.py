"""Line classification: chrome lines are labelled, article lines are not."""
from __future__ import annotations

import pytest

from communique.clean import label_lines
from communique.clean.boilerplate import is_nav_line, line_label
from communique.clean.rules import load_rules
from communique.model import RawDocument


@pytest.mark.parametrize("text, label", [
    ("top of page", "drop:anchor"),
    ("bottom of page", "drop:anchor"),
    ("Ancre 1", "drop:anchor"),
    ("Haut de page", "drop:anchor"),
    ("Retour en haut de la page", "drop:anchor"),
    ("Exit mobile version", "drop:widget"),
    ("close", "drop:widget"),
    ("Source link", "drop:widget"),
    ("Temps de lecture : 4 min", "drop:widget"),
    ("12 commentaires", "drop:widget"),
    ("Facebook", "drop:social"),
    ("  • LinkedIn Social Icône", "drop:social"),
    ("• Gazouillement", "drop:social"),
    ("Facebook Twitter WhatsApp E-mail", "drop:social"),
    ("Partager cet article", "drop:social"),
    ("Partager :", "drop:social"),
    ("Suivez-nous sur Telegram", "drop:social"),
    ("© 2024 Le Quotidien", "drop:copyright"),
    ("Copyright for syndicated content belongs to the linked Source.", "drop:copyright"),
    ("Le Quotidien du Soir 2024 - Tous droits réservés", "drop:copyright"),
    ("VNA/CVN", "drop:credit"),
    ("(AFP)", "drop:credit"),
    ("(Belga)", "drop:credit"),
    ("Avec AFP", "drop:credit"),
    ("Avec Fresh New Asia & Revue d'études comparatives", "drop:credit"),
    ("Photo : VNA/CVN", "drop:credit"),
    ("Photo: AFP", "drop:credit"),
    ("Crédit photo : ministère des Affaires étrangères", "drop:credit"),
    ("(Photo : Reuters)", "drop:credit"),
    ("Photo d'illustration.", "drop:credit"),
    ("Merci pour votre envoi !", "drop:newsletter"),
    ("Inscrivez-vous à notre newsletter", "drop:newsletter"),
    ("Newsletter", "drop:newsletter"),
    ("Il vous reste 62 % de cet article à lire.", "drop:paywall"),
    ("Cet article est réservé aux abonnés", "drop:paywall"),
    ("Nous utilisons des cookies pour mesurer l'audience.", "drop:cookies"),
    ("Tout accepter", "drop:cookies"),
    ("Publicité", "drop:ad"),
    ("PUBLICITÉ", "drop:ad"),
    ("Lire aussi : Le Japon et la Chine reprennent leur dialogue", "drop:readalso"),
    ("À lire aussi - Le Qatar médiateur", "drop:readalso"),
    ("► Lire aussi : un autre article", "drop:readalso"),
    (">> L'amitié Vietnam - Laos s'approfondit", "drop:related"),
    ("Mentions légales", "drop:footer"),
    ("Mots-clés : Russie, Corée du Nord, Poutine", "drop:categories"),
    ("—-", "drop:decoration"),
    ("* * *", "drop:decoration"),
    ("Un sac sur le dos Un sac sur le dos", "drop:logo"),
    ("Accueil   International   Politique   Économie", "drop:nav"),
    ("Accueil > Monde > Asie-Pacifique", "drop:nav"),
    ("Accueil | Monde | Afrique | Europe", "drop:nav"),
    ("Publié le à 15h20", "drop:stamp"),
])
def test_chrome_lines(text, label):
    assert line_label(text.strip(), load_rules()) == label


@pytest.mark.parametrize("text", [
    "La Russie et le Cambodge accentuent leurs coopérations bilatérales.",
    "Partage des eaux du Nil : l'Égypte et l'Éthiopie reprennent les négociations",
    "Par ailleurs, le ministre a rencontré son homologue.",
    "Publié en 2019, le rapport de l'ONU accusait Pyongyang.",
    "Les cookies de Noël offerts par l'ambassade ont fait sensation.",
    "Photo-finish au Conseil de sécurité : la résolution adoptée par 8 voix.",
    "Saint-Pétersbourg, Russie | AFP | jeudi 19/06/2025 - Le président indonésien a été reçu.",
    "Vietnam - Cambodge : 9e consultation politique entre les deux ministères des AE",
    "Ambassadeur de Russie au Cambodge : Dr Dmitry Tsvetkov",
    "Une coopération économique solide",
    "Norvège",
    "Avec le soutien de la France et du Japon, le projet avance.",
    "Contact permanent entre Moscou et Pyongyang, selon le Kremlin.",
    "Direction d'abord le vestiaire des Marocains pour les féliciter.",
    "1. Norvège",
    "« Injustifiable »",
])
def test_article_lines(text):
    assert line_label(text, load_rules()) is None


def test_nav_line_needs_several_short_capitalised_items():
    assert is_nav_line("Monde • Afrique • Asie")
    assert not is_nav_line("Russie | AFP")
    assert not is_nav_line("Paris | Le président a dit que la France soutiendrait l'Ukraine | AFP")
    assert not is_nav_line("les Verts   la gauche   le centre")


def labels(text: str) -> list[tuple[str, str | None]]:
    return label_lines(RawDocument("t", "t.txt", text, "text"))


BODY = ("Le ministre des Affaires étrangères a reçu son homologue pour des entretiens "
        "consacrés à la sécurité régionale et aux échanges commerciaux.")


def test_category_list_under_its_heading_ends_at_the_blank_line():
    got = labels(f"Categories\nNews\nMonde\n\nun titre en minuscules sur la visite\n\n{BODY}\n")
    assert got == [("Categories", "block:heading"), ("News", "block:item"),
                   ("Monde", "block:item"), ("un titre en minuscules sur la visite", "title"),
                   (BODY, None)]


def test_spaced_related_list_runs_across_blank_lines_until_prose():
    text = (f"{BODY}\n\nÀ lire aussi\n\nLe Qatar reprend sa médiation\n\n"
            f"L'Égypte accueille des pourparlers\n\n{BODY}\n")
    assert [label for _, label in labels(text)] == [
        None, "block:heading", "block:item", "block:item", None]


def test_menu_column_of_short_lines_is_dropped():
    text = f"International\nPolitique\nÉconomie\nSport\nCulture\n\n{BODY}\n"
    assert [label for _, label in labels(text)] == ["drop:menu"] * 5 + [None]


def test_arrow_line_is_a_heading_when_body_follows_and_a_link_in_a_run():
    text = (f"{BODY}\n\n► Un partenariat renforcé\n\n{BODY}\n\n"
            "► Le Japon et l'Inde signent un accord\n► La Chine répond à Manille\n")
    assert [label for _, label in labels(text)] == [
        None, None, None, "drop:related", "drop:related"]


def test_single_arrow_line_at_the_end_is_a_link():
    text = f"{BODY}\n\n{BODY}\n\n► Les autres articles de la rubrique\n"
    assert [label for _, label in labels(text)][-1] == "drop:related"


def test_long_related_marker_line_that_reads_as_prose_is_kept():
    text = f">> {BODY}\n\n{BODY}\n"
    assert labels(text)[0][1] is None
