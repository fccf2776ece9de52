"""The search box's little language: words, "phrases", and filters such as `tag:router`.

Filters: tag:, category:, user:, kind:, is:solved, is:unanswered, before:/after: (a date,
YYYY-MM-DD) and score:>N (or >=, <, <=, =). Anything else is searched as words.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from whoosh.query import DateRange, NumericRange, Query, Term

FILTER_RE = re.compile(r"^(tag|category|user|kind|is|before|after|score):(.+)$", re.IGNORECASE)
SCORE_RE = re.compile(r"^(>=|<=|>|<|=)?(-?\d+)$")
KINDS = ("question", "discussion", "idea", "article")


@dataclass
class ParsedQuery:
    words: str
    filters: list[Query] = field(default_factory=list)
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


def _filter(key: str, value: str) -> Query | None:
    lowered = value.lower()
    if key == "tag":
        return Term("tags", lowered.strip("#"))
    if key == "category":
        return Term("category", lowered)
    if key == "user":
        return Term("author", lowered.lstrip("@"))
    if key == "kind":
        return Term("kind", lowered) if lowered in KINDS else None
    if key == "is":
        if lowered == "solved":
            return Term("solved", True)
        if lowered == "unanswered":
            return NumericRange("answers", 0, 0)
        return None
    if key in ("before", "after"):
        try:
            day = datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            return None
        if key == "before":
            return DateRange("created", None, day, endexcl=True)
        return DateRange("created", day + timedelta(days=1), None)
    if key == "score":
        match = SCORE_RE.match(value.replace(" ", ""))
        if match is None:
            return None
        op, number = match.group(1) or "=", int(match.group(2))
        bounds = {
            ">": (number + 1, None),
            ">=": (number, None),
            "<": (None, number - 1),
            "<=": (None, number),
            "=": (number, number),
        }[op]
        return NumericRange("score", *bounds)
    return None
