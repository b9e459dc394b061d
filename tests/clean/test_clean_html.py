"""HTML pages: trafilatura's paragraphs mapped back into the raw HTML."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.clean import clean_document
from communique.clean.html import map_paragraphs, prune_xpath, visible_text
from communique.errors import InputError
from communique.model import RawDocument

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def html_doc(body: str, head: str = "<title>Page</title>") -> RawDocument:
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return RawDocument("p", "p.html", page, "html")


def test_visible_text_skips_scripts_and_decodes_entities():
    raw = "<p>A&eacute;<script>var x = '<p>';</script> b&#8217;c</p><style>p{}</style>"
    text, offsets = visible_text(raw)
    assert text.strip() == "Aé b’c"
    assert raw[offsets[text.index("A")]] == "A"
    assert raw[offsets[text.index("é")]] == "&"  # decoded: maps to the entity


def test_paragraph_found_whole_maps_each_character():
    raw = "<div><p>La  Turquie\n a convoqué <b>l'ambassadeur</b> d'Irak.</p></div>"
    (line,) = map_paragraphs(raw, ["La Turquie a convoqué l'ambassadeur d'Irak."])
    assert all(raw[s] == c for s, c, e in zip(line.src, line.text, line.exact, strict=True) if e)
    inexact = [line.text[i] for i, exact in enumerate(line.exact) if not exact]
    assert inexact == [" "]  # only the space standing for "\n " in the HTML
    assert raw[line.src[line.text.index("l'ambassadeur")]:].startswith("l'ambassadeur")


def test_paragraph_changed_by_the_extractor_is_mapped_word_by_word():
    raw = "<p>Moscou a&nbsp;dénoncé</p><p>des mesures illégales.</p>"
    (line,) = map_paragraphs(raw, ["- Moscou a dénoncé des mesures illégales."])
    assert line.text.startswith("- Moscou")
    assert not line.exact[0]  # the list dash was added by the extractor
    start = line.text.index("illégales")
    assert raw[line.src[start]:].startswith("illégales") and line.exact[start]


def test_unfindable_text_stays_in_range():
    raw = "<p>Bonjour</p>"
    (line,) = map_paragraphs(raw, ["Texte absent de la page"])
    assert all(0 <= s < len(raw) for s in line.src) and not any(line.exact)


def test_title_from_metadata_is_not_repeated_in_the_text():
    doc = html_doc("<article><h1>Accord entre Rabat et Madrid</h1>"
                   "<p>Le Maroc et l'Espagne ont signé jeudi à Rabat une déclaration commune sur "
                   "la coopération migratoire et la réouverture des liaisons maritimes.</p>"
                   "<p>Les deux pays veulent tourner la page d'une année de crise diplomatique "
                   "ouverte au printemps précédent.</p></article>",
                   head="<title>Accord entre Rabat et Madrid</title>")
    article = clean_document(doc)
    assert article.title == "Accord entre Rabat et Madrid"
    assert article.text.startswith("Le Maroc et l'Espagne ont signé jeudi")


def test_reader_comments_are_pruned_before_extraction():
    paragraphs = "".join(
        f"<p>Paragraphe {i} : les deux délégations ont poursuivi leurs discussions sur la "
        f"frontière commune et la coopération économique entre les deux pays voisins.</p>"
        for i in range(4))
    doc = html_doc(f"<article>{paragraphs}</article><div class='comments'><p>Un lecteur : "
                   "quelle honte, ces négociations ne mèneront à rien de concret.</p></div>")
    article = clean_document(doc)
    assert "Paragraphe 3" in article.text and "Un lecteur" not in article.text


def test_prune_xpath_matches_whole_class_tokens():
    (xpath,) = prune_xpath(("comments",))
    assert "' comments '" in xpath and "@id='comments'" in xpath


def test_html_with_only_a_menu_is_an_input_error():
    with pytest.raises(InputError) as caught:
        clean_document(html_doc("<nav><a href='/'>Accueil</a></nav>"))
    assert str(caught.value) == "p.html: no article text after removing page chrome"


def test_article_published_from_the_visible_date_when_head_has_none():
    doc = RawDocument("albanese", "albanese.html",
                      (PAGES.parents[2] / "bench" / "clean_pages" / "html_albanese_pekin.html")
                      .read_text(encoding="utf-8"), "html")
    assert clean_document(doc).published == "2023-11-06"
