"""JSON Lines: one document per line; bad lines are errors naming the line."""
from __future__ import annotations

import gzip
from pathlib import Path

from communique.errors import InputError
from communique.ingest import iter_documents
from communique.model import RawDocument

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
FEED = PAGES / "feed.jsonl"
BROKEN = PAGES / "feed_broken.jsonl"


def test_each_line_is_a_document_with_its_hints():
    docs = list(iter_documents([FEED]))
    assert [(d.id, d.origin, d.kind) for d in docs] == [
        ("lula-pekin", f"{FEED}:1", "text"),
        ("feed-2", f"{FEED}:2", "html"),
        ("feed-4", f"{FEED}:4", "text"),  # line 3 is blank
    ]
    assert docs[0].hints == {
        "url": "https://depeches.example/2023/04/14/lula-xi-pekin",
        "title": "Lula reçu par Xi Jinping à Pékin",
        "published": "2023-04-14T16:20:00+08:00",
        "author": "Service international"}
    assert docs[0].content.startswith("Le président brésilien Luiz Inácio Lula da Silva")
    assert docs[1].hints == {"url": "https://depeches.example/2023/03/10/arabie-iran-pekin"}
    assert docs[2].hints == {"published": "2021"}  # a number becomes text


def test_broken_lines_are_errors_and_the_other_lines_go_on():
    items = list(iter_documents([BROKEN]))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["RawDocument", "InputError", "InputError", "InputError", "InputError",
                     "RawDocument"]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert all(e.origin == str(BROKEN) for e in errors)
    assert str(errors[0]).startswith(f"{BROKEN}:2: broken JSON line (Unterminated string")
    assert str(errors[1]) == f"{BROKEN}:3: no 'text' or 'html' field with content"
    assert str(errors[2]) == f"{BROKEN}:4: line is not a JSON object"
    assert str(errors[3]) == f"{BROKEN}:5: field 'text' should be a string, not list"
    assert items[-1].id == "ok-2" and items[-1].origin == f"{BROKEN}:6"


def test_scraper_field_names_are_accepted(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text('{"maintext": "Tunis et Rome signent un accord.", "date_publish": '
                    '"2023-06-11 10:00:00", "link": "https://x.example/a"}\n', encoding="utf-8")
    (doc,) = iter_documents([path])
    assert doc.content == "Tunis et Rome signent un accord."
    assert doc.hints == {"url": "https://x.example/a", "published": "2023-06-11 10:00:00"}


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "nothing.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    (error,) = iter_documents([path])
    assert isinstance(error, InputError) and error.reason == "empty file"


def test_gzipped_jsonl_cut_short_yields_the_lines_read_then_an_error(tmp_path):
    lines = [f'{{"id": "d{i}", "text": "Dépêche numéro {i} sur Ankara et Athènes."}}'
             for i in range(400)]
    data = gzip.compress("\n".join(lines).encode("utf-8"))
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(iter_documents([path]))
    assert isinstance(items[-1], InputError)
    assert items[-1].reason.startswith("truncated or corrupt gzip data after line")
    docs = items[:-1]
    assert docs and all(isinstance(d, RawDocument) for d in docs)
    assert [d.id for d in docs] == [f"d{i}" for i in range(len(docs))]


def test_line_in_cp1252_inside_a_utf8_file(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes('{"text": "Déclaration commune"}\n'.encode()
                     + '{"text": "Accord signé à Hanoï"}\n'.encode("cp1252"))
    docs = list(iter_documents([path]))
    assert [d.content for d in docs] == ["Déclaration commune", "Accord signé à Hanoï"]
