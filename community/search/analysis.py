"""Text analysis per language: German and English stemming, and telling which a text is in.

German uses Snowball's stemmer, which also folds umlauts and ß in stems: "Rechnungen"
finds "Rechnung", "Strasse" finds "Straße", "Häuser" finds "Haus".
"""

from __future__ import annotations

import re

from whoosh.analysis import LanguageAnalyzer

LANGUAGES = ("de", "en")
ANALYZERS = {language: LanguageAnalyzer(language) for language in LANGUAGES}

# Short, frequent words that tell the languages apart.
_HINTS = {
    "de": set(
        "und der die das ist nicht ich mit ein eine einen auf für wie bei mein meine habe "
        "wird auch oder kann noch nach schon mir dem den des sich sie wir zu im vom".split()
    ),
    "en": set(
        "the and is not with my for how have can this that does what when it on of to "
        "in are was i you your there will would any".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, fallback: str) -> str:
    """The language a text is written in, by its small words; `fallback` when unclear."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall((text or "").lower()[:5000]):
        for language, hints in _HINTS.items():
            if word in hints:
                counts[language] += 1
    best = max(counts, key=counts.get)
    if counts[best] == 0 or list(counts.values()).count(counts[best]) > 1:
        return fallback if fallback in LANGUAGES else LANGUAGES[0]
    return best
