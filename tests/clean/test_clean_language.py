"""Language of the article: French by default, other languages kept and marked."""
from __future__ import annotations

import pytest

from communique.clean.language import detect_language


@pytest.mark.parametrize("text, code", [
    ("Le président russe a reçu son homologue nord-coréen au Kremlin pour des entretiens "
     "consacrés à la coopération militaire et économique entre les deux pays.", "fr"),
    ("The Russian president received his North Korean counterpart at the Kremlin for talks "
     "on military and economic cooperation between the two countries.", "en"),
    ("El presidente ruso recibió a su homólogo norcoreano en el Kremlin para conversaciones "
     "sobre la cooperación militar y económica entre los dos países.", "es"),
    ("Der russische Präsident empfing seinen nordkoreanischen Amtskollegen im Kreml zu "
     "Gesprächen über die militärische und wirtschaftliche Zusammenarbeit.", "de"),
    ("Il presidente russo ha ricevuto il suo omologo nordcoreano al Cremlino per colloqui "
     "sulla cooperazione militare ed economica tra i due paesi.", "it"),
    ("استقبل الرئيس الروسي نظيره الكوري الشمالي في الكرملين لإجراء محادثات حول التعاون", "ar"),
    ("Le Japon et l'Inde renforcent leurs liens.", "fr"),
])
def test_detect_language(text, code):
    assert detect_language(text) == code


def test_empty_text_defaults_to_french():
    assert detect_language("") == "fr"
    assert detect_language("   \n ") == "fr"
