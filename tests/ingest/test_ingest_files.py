"""Files and folders: formats, ids, origins, and every bad input as an error value."""
from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.ingest import detect_format, iter_documents
from communique.model import RawDocument

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def one(path: Path) -> RawDocument | InputError:
    items = list(iter_documents([path]))
    assert len(items) == 1, items
    return items[0]


def test_text_page_is_read_verbatim():
    doc = one(PAGES / "biden_hanoi.txt")
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.origin, doc.kind) == ("biden_hanoi", str(PAGES / "biden_hanoi.txt"), "text")
    assert doc.content == (PAGES / "biden_hanoi.txt").read_text(encoding="utf-8")
    assert doc.hints == {}


def test_html_page_by_extension():
    doc = one(PAGES / "seoul_tokyo.html")
    assert doc.kind == "html" and doc.id == "seoul_tokyo"
    assert doc.content.startswith("<!DOCTYPE html>")


def test_txt_file_holding_html_is_sniffed_as_html(tmp_path):
    path = tmp_path / "saved-page.txt"
    shutil.copy(PAGES / "seoul_tokyo.html", path)
    assert one(path).kind == "html"


def test_extensionless_file_is_text_or_html_by_content(tmp_path):
    (tmp_path / "README").write_text("Le Japon et l'Inde ont tenu un dialogue.\n", encoding="utf-8")
    shutil.copy(PAGES / "seoul_tokyo.html", tmp_path / "index")
    kinds = {doc.id: doc.kind for doc in iter_documents([tmp_path])}
    assert kinds == {"README": "text", "index": "html"}


def test_cp1252_file_is_decoded_without_error():
    doc = one(PAGES / "croatia_cp1252.txt")
    assert isinstance(doc, RawDocument)
    assert "7,53450 kunas pour 1 €" in doc.content
    assert "l’espace Schengen" in doc.content and "au cœur de l’Europe" in doc.content
    assert doc.hints == {"encoding": "cp1252"}


def test_latin1_bytes_outside_cp1252_fall_back_to_latin1(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Réunion à Genève".encode("latin-1") + b" \x81 " + "fin.".encode("latin-1"))
    doc = one(path)
    assert doc.content.startswith("Réunion à Genève") and doc.hints == {"encoding": "latin-1"}


def test_utf8_bom_is_not_content(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfLe Caire accueille un sommet.\n")
    assert one(path).content == "Le Caire accueille un sommet.\n"


def test_utf16_file_with_bom(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Le Caire accueille un sommet.\n".encode("utf-16"))
    assert one(path).content == "Le Caire accueille un sommet.\n"


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("scan.txt", "binary file (NUL bytes), not text"),
    ("notes.pdf", "unknown format '.pdf'"),
])
def test_bad_files_are_error_values(name, reason):
    error = one(PAGES / name)
    assert isinstance(error, InputError)
    assert error.origin == str(PAGES / name)
    assert error.reason.startswith(reason)
    assert str(error).startswith(f"{PAGES / name}: {reason}")


def test_whitespace_only_file_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    assert one(path).reason == "empty file"


def test_binary_without_nul_bytes(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 20 + bytes(range(0x80, 0xA0)) * 20)
    assert one(path).reason == "binary file (control characters), not text"


def test_missing_file_does_not_stop_the_batch(tmp_path):
    missing = tmp_path / "absent.txt"
    items = list(iter_documents([missing, PAGES / "niger_france.txt"]))
    assert isinstance(items[0], InputError)
    assert str(items[0]) == f"{missing}: no such file or directory"
    assert isinstance(items[1], RawDocument) and items[1].id == "niger_france"


def test_folder_is_walked_sorted_and_recursively_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zagreb adopte l'euro.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ankara reçoit Bakou.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("caché", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><body><p>Rabat</p></body></html>", encoding="utf-8")
    ids = [doc.id for doc in iter_documents([tmp_path])]
    assert ids == ["a", "z", "c"]  # a.txt, b/z.txt, c.html


def test_gzipped_text_file(tmp_path):
    path = tmp_path / "depeche.txt.gz"
    path.write_bytes(gzip.compress("Le Qatar joue les médiateurs.\n".encode()))
    doc = one(path)
    assert (doc.id, doc.kind, doc.content) == ("depeche", "text", "Le Qatar joue les médiateurs.\n")


def test_truncated_gzipped_text_file(tmp_path):
    path = tmp_path / "depeche.txt.gz"
    path.write_bytes(gzip.compress(("Le Qatar joue les médiateurs. " * 50).encode("utf-8"))[:40])
    error = one(path)
    assert isinstance(error, InputError) and error.reason.startswith("truncated or corrupt gzip")


def test_html_charset_declared_in_meta_is_honoured(tmp_path):
    path = tmp_path / "koi8.html"
    page = '<html><head><meta charset="koi8-r"></head><body><p>Москва и Пекин</p></body></html>'
    path.write_bytes(page.encode("koi8-r"))
    assert "Москва и Пекин" in one(path).content


@pytest.mark.parametrize("name, expected", [
    ("crawl.warc.gz", ("warc", "crawl")),
    ("CRAWL.WARC", ("warc", "CRAWL")),
    ("feed.jsonl", ("jsonl", "feed")),
    ("feed.jsonl.gz", ("jsonl", "feed")),
    ("page.HTM", ("html", "page")),
    ("note.txt", ("text", "note")),
    ("photo.jpg", (None, "photo")),
    ("README", (None, "README")),
])
def test_detect_format(name, expected):
    assert detect_format(Path(name)) == expected


def test_glob_pattern_reads_the_matching_files_sorted(tmp_path):
    for name in ("b.txt", "a.txt", "c.html"):
        (tmp_path / name).write_text("Ankara reçoit Bakou.", encoding="utf-8")
    assert [doc.id for doc in iter_documents([str(tmp_path / "*.txt")])] == ["a", "b"]


def test_recursive_glob_reads_each_file_once(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "deep.txt").write_text("Zagreb adopte l'euro.", encoding="utf-8")
    (tmp_path / "top.txt").write_text("Rabat reçoit Madrid.", encoding="utf-8")
    assert [doc.id for doc in iter_documents([str(tmp_path / "**" / "*.txt")])] == ["top", "deep"]
    assert [doc.id for doc in iter_documents([str(tmp_path / "**")])] == ["top", "deep"]


def test_glob_matching_nothing_is_an_error_value(tmp_path):
    pattern = str(tmp_path / "*.jsonl")
    (error,) = iter_documents([pattern])
    assert isinstance(error, InputError)
    assert (error.origin, error.reason) == (pattern, "no file matches this pattern")


def test_existing_path_with_glob_characters_is_read_as_a_file(tmp_path):
    path = tmp_path / "[brouillon] note.txt"
    path.write_text("Le Caire accueille un sommet.", encoding="utf-8")
    (doc,) = iter_documents([str(path)])
    assert doc.id == "[brouillon] note"
