"""The three seed pages of ../shared/corpus come out with their metadata and without chrome."""
from __future__ import annotations

import pytest
from helpers import SHARED

from communique.clean import clean_document
from communique.ingest import iter_documents

SEEDS = SHARED / "corpus" / "seeds" / "articles"
CHROME = ("top of page", "bottom of page", "Ancre 1", "Source link", "Exit mobile version",
          "Categories", "Copyright for syndicated", "Photo :", ">>", "Publish date", "Author :",
          "Merci pour votre envoi", "Gazouillement", "LinkedIn", "VNA/CVN")

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus is not beside the project")


def _clean(stem: str):
    (document,) = list(iter_documents([SEEDS / f"{stem}.txt"]))
    return clean_document(document)


@pytest.mark.parametrize("stem, title, published, author, url", [
    ("s1", "Économie – Coopération russo-cambodgienne dans la lutte contre le terrorisme", None, None, None),
    ("s2", "Vietnam - Cambodge : 9e consultation politique entre les deux ministères des AE", "2025-07",
     None, None),
    ("s3", "les précédentes visites de responsables russes à Pyongyang", "2024-06-18", "News7",
     "https://news7.asia/news/les-precedentes-visites-de-responsables-russes-a-pyongyang/"),
])
def test_seed_metadata(stem, title, published, author, url):
    article = _clean(stem)
    assert (article.title, article.published, article.author, article.url) == (title, published, author, url)
    assert article.language == "fr"


@pytest.mark.parametrize("stem", ["s1", "s2", "s3"])
def test_seed_chrome_is_gone(stem):
    text = _clean(stem).text
    for chrome in CHROME:
        assert chrome not in text, chrome


def test_glued_sentences_are_repaired():
    text = _clean("s3").text
    assert "Belooussov. Cette visite" in text
    assert "défenseSergueï" not in text and "\nSergueï Choïgou, ministre russe" in text
