"""Search snippets from Whoosh's stored text, without re-analysing the whole text.

Whoosh's own highlighter runs every word of a result through the field's analyzer
(compound splitting and stemming) to find the matches: at 20 results of long threads
that was two thirds of a search. Here a regular expression first finds the few words
that could match (they contain the first letters of a query term, umlauts folded), the
analyzer confirms each of them (remembered per word), and Whoosh's PinpointFragmenter
and fragment scorer cut the excerpt around them.

The excerpt comes back as plain text with the matches between markup.MARK_START and
markup.MARK_END; markup.search_snippet escapes it and makes the marks HTML.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import Token
from whoosh.highlight import (
    FIRST,
    BasicFragmentScorer,
    Formatter,
    PinpointFragmenter,
    top_fragments,
)

from community.markup import MARK_END, MARK_START
from community.search.analysis import ANALYZERS

# Snippets come from the first 20,000 characters of a topic: a long thread's later
# replies rarely make the best excerpt.
CHARLIMIT = 20_000
# A folded letter of a stem stands for itself or its umlaut (or ß) in the text.
_UNFOLD = {"a": "[aä]", "o": "[oö]", "u": "[uü]", "ss": "(?:ss|ß)", "s": "(?:s|ß)"}
# Stems keep their first letters (Snowball cuts endings and folds umlauts): a word that
# can match a term contains the term's first four letters.
_PREFIX = 4


class _Fragmenter(PinpointFragmenter):
    """Excerpts around the matches that begin and end at a space, not inside a word."""

    def __init__(self):
        super().__init__(maxchars=220, surround=60, autotrim=True, charlimit=CHARLIMIT)

    @staticmethod
    def _autotrim(fragment):
        text, start, end = fragment.text, fragment.startchar, fragment.endchar
        if start > 0 and (space := text.find(" ", start, end)) >= 0:
            start = space + 1
        if end < len(text) and (space := text.rfind(" ", start, end)) >= 0:
            end = space
        if fragment.matches:
            start = min(start, fragment.matches[0].startchar)
            end = max(end, fragment.matches[-1].endchar)
        fragment.startchar, fragment.endchar = start, end


_fragmenter = _Fragmenter()
_scorer = BasicFragmentScorer()


class _MarkFormatter(Formatter):
    """Plain text with the sentinels around matches (and none left in the text itself)."""

    between = " … "
    _strip = str.maketrans("", "", MARK_START + MARK_END)

    def _text(self, text):
        return text.translate(self._strip)

    def format_token(self, text, token, replace=False):
        return MARK_START + self._text(text[token.startchar : token.endchar]) + MARK_END


_formatter = _MarkFormatter()


@lru_cache(maxsize=100_000)
def _terms(language: str, word: str) -> frozenset[str]:
    """The index terms of one lowercase word (its stem, and its compound parts)."""
    analyzer = ANALYZERS[language]
    return frozenset(t.text for t in analyzer(word, mode="index", removestops=False))


@lru_cache(maxsize=1_000)
def _candidates(prefixes: tuple[str, ...]) -> re.Pattern:
    """Whole words (as the tokenizer cuts them) that contain one of the prefixes."""
    alternatives = "|".join(
        "".join(_UNFOLD.get(part, re.escape(part)) for part in re.findall("ss|.", prefix))
        for prefix in prefixes
    )
    return re.compile(rf"(?<![\w*])[\w*]*(?:{alternatives})[\w*]*(?:\.[\w*]+)*", re.IGNORECASE)


def snippet(text: str, terms: frozenset[str], language: str, top: int = 2) -> str:
    """The best `top` excerpts of the text around the words that match the terms."""
    if not text or not terms:
        return ""
    text = text[:CHARLIMIT]
    matches = []
    for found in _candidates(tuple(sorted({t[:_PREFIX] for t in terms}))).finditer(text):
        matched = _terms(language, found.group().lower()) & terms
        if matched:
            start, end = found.span()
            matches.append(Token(text=min(matched), startchar=start, endchar=end, boost=1.0))
    if not matches:
        return ""
    fragments = top_fragments(_fragmenter.fragment_matches(text, matches), top, _scorer, FIRST)
    return " ".join(_formatter.format(fragments).split())
