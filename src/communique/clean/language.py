"""Language of an article (ISO 639-1), with lingua restricted to a few languages.

The corpus is French news; the other languages are those that end up in French
news scrapes (wire copy left in English, Belgian pages in Dutch, neighbours'
sites in Spanish, Italian, German or Portuguese, Arabic and Russian quotes).
Non-French articles are kept and marked; the event stages decide what to do.
"""
from __future__ import annotations

import functools

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.GERMAN,
             Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.ARABIC,
             Language.RUSSIAN)
DEFAULT = "fr"
# lingua's low-accuracy mode loads in ~0.1 s instead of ~1.5 s and is reliable on
# article-length text; short texts (a headline, a one-line item) get the full model.
SHORT_TEXT = 200
# Detection reads the start of the text only: a few paragraphs settle the language.
SAMPLE_CHARS = 3000


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text`; "fr" when the text is empty or undecided."""
    sample = text[:SAMPLE_CHARS].strip()
    if not sample:
        return DEFAULT
    detector = _detector(low_accuracy=len(sample) >= SHORT_TEXT)
    language = detector.detect_language_of(sample)
    if language is None:
        return DEFAULT
    return language.iso_code_639_1.name.lower()


@functools.cache
def _detector(low_accuracy: bool) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*LANGUAGES)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()
