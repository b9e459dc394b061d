"""Sentence bounds set before the parser (checked on the model's tokenizer only)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "sentences"), [
    ("Il est parti. « Nous restons », a dit le ministre.",
     ["Il est parti.", "« Nous restons », a dit le ministre."]),
    ('Il est parti. "Nous restons", a dit le ministre.',
     ["Il est parti.", '"Nous restons", a dit le ministre.']),
    ('Il a dit "c\'est fini." Le président est parti.',
     ['Il a dit "c\'est fini."', "Le président est parti."]),
])
def test_a_quotation_opening_after_a_full_stop_starts_a_sentence(nlp, text, sentences):
    assert [sent.text for sent in nlp(text).sents] == sentences
