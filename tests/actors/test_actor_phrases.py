"""Every phrase of tests/data/actor_phrases.jsonl resolves to the codes a careful reader gives."""
from __future__ import annotations

import pytest
from helpers import read_jsonl

PHRASES = read_jsonl("actor_phrases.jsonl")


@pytest.mark.parametrize("case", PHRASES, ids=[case["id"] for case in PHRASES])
def test_phrase_mentions_resolve(case, mentions_of):
    mentions = mentions_of(case["text"], case.get("published"))
    for expected in case["mentions"]:
        start = case["text"].index(expected["text"])
        end = start + len(expected["text"])
        overlapping = {m.code for m in mentions if m.start < end and start < m.end}
        assert expected["code"] in overlapping, (expected, [(m.text, m.code) for m in mentions])
    found = {m.code for m in mentions}
    assert not found & set(case.get("absent", [])), [(m.text, m.code) for m in mentions]


def test_phrases_cover_forty_countries_and_ten_organisations():
    codes = {m["code"] for case in PHRASES for m in case["mentions"]}
    assert len([c for c in codes if not c.startswith("IGO-")]) >= 40
    assert len([c for c in codes if c.startswith("IGO-")]) >= 10
    assert len(PHRASES) >= 150
