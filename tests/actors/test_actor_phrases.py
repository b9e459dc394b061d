"""Every phrase of tests/data/actor_phrases.jsonl resolves to the codes a careful reader gives.

Phrases the actor stage still gets wrong are listed in
tests/data/actor_phrases_known_misses.txt and run as strict xfails: fixing one fails the suite
until it is taken off the list.
"""
from __future__ import annotations

import pytest
from helpers import known_misses, read_jsonl

PHRASES = read_jsonl("actor_phrases.jsonl")
KNOWN_MISSES = known_misses("actor_phrases_known_misses.txt")
PARAMS = [pytest.param(case, id=case["id"], marks=[pytest.mark.xfail(strict=True, reason="known miss")]
                       if case["id"] in KNOWN_MISSES else []) for case in PHRASES]


@pytest.mark.parametrize("case", PARAMS)
def test_phrase_mentions_resolve(case, mentions_of):
    mentions = mentions_of(case["text"], case.get("published"))
    for expected in case["mentions"]:
        start = expected.get("start", case["text"].find(expected["text"]))
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
