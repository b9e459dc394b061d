"""Modality helpers that can be checked on hand-built tokens, without the model."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.events.modality import _mistagged_future


@pytest.mark.parametrize(("form", "future"), [("signera", True), ("iront", True),
                                              ("signerons", True), ("libéra", False),
                                              ("signé", False), ("déclara", False)])
def test_a_future_tagged_as_participle_is_still_a_future(form, future):
    doc = Doc(Vocab(), words=[form], morphs=["Tense=Past|VerbForm=Part"])
    assert _mistagged_future(doc[0]) is future
