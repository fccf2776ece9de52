"""The search box's little language: words, "phrases", and filters such as `tag:router`.

Filters: tag:, category:, user:, kind:, is:solved, is:unanswered, before:/after: (a date,
YYYY-MM-DD) and score:>N (or >=, <, <=, =). Anything else is searched as words.

The result names the filters neutrally (`Filter`); each backend turns them into its own
query, so both backends understand exactly the same language.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import datetime, timedelta

FILTER_RE = re.compile(r"^(tag|category|user|kind|is|before|after|score):(.+)$", re.IGNORECASE)
SCORE_RE = re.compile(r"^(>=|<=|>|<|=)?(-?\d+)$")
KINDS = ("question", "discussion", "idea", "article")


@dataclass(frozen=True)
class Filter:
    """A condition on one fact of a topic.

    `field` is one of tag, category, user, kind (compared with `value`), solved (true),
    or answers, score, created (between `low`, inclusive, and `high`, exclusive).
    """

    field: str
    value: object = None
    low: object = None
    high: object = None


@dataclass
class ParsedQuery:
    words: str
    # The words and "phrases" one by one, as typed (phrases without their quotes).
    parts: list[str] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    # What was understood, to show back: [("tag", "router"), ...]
    applied: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def parse(text: str) -> ParsedQuery:
    """Split the query into words for the text search and filters on the other fields."""
    try:
        parts = shlex.split(text or "")
    except ValueError:  # an unclosed quote: take the words as they are
        parts = (text or "").replace('"', " ").split()
    words: list[str] = []
    parsed = ParsedQuery(words="")
    for part in parts:
        match = FILTER_RE.match(part)
        if match is None:
            words.append(f'"{part}"' if " " in part else part)
            parsed.parts.append(part)
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        condition = _filter(key, value)
        if condition is None:
            parsed.ignored.append(part)
        else:
            parsed.filters.append(condition)
            parsed.applied.append((key, value))
    parsed.words = " ".join(words)
    return parsed


def _filter(key: str, value: str) -> Filter | None:
    lowered = value.lower()
    if key == "tag":
        return Filter("tag", lowered.strip("#"))
    if key == "category":
        return Filter("category", lowered)
    if key == "user":
        return Filter("user", lowered.lstrip("@"))
    if key == "kind":
        return Filter("kind", lowered) if lowered in KINDS else None
    if key == "is":
        if lowered == "solved":
            return Filter("solved", True)
        if lowered == "unanswered":
            return Filter("answers", low=0, high=1)
        return None
    if key in ("before", "after"):
        try:
            day = datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            return None
        if key == "before":
            return Filter("created", high=day)
        return Filter("created", low=day + timedelta(days=1))
    if key == "score":
        match = SCORE_RE.match(value.replace(" ", ""))
        if match is None:
            return None
        op, number = match.group(1) or "=", int(match.group(2))
        low, high = {
            ">": (number + 1, None),
            ">=": (number, None),
            "<": (None, number),
            "<=": (None, number + 1),
            "=": (number, number + 1),
        }[op]
        return Filter("score", low=low, high=high)
    return None
