"""Similar questions: what the ask page suggests while a title is typed, and related topics.

Both ask the configured search backend with plain words, so the search box's little
language (`tag:`, quotes, minus, Whoosh's AND/OR) is never read from a typed title, then
re-read the topics from the database in one statement and keep those the viewer may see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import lazyload

from community.extensions import db
from community.forum.models import Topic
from community.permissions import can
from community.search.indexer import LISTED, get_index

# Fewer letters and digits than this are not a question yet ("Hi", "?!").
MIN_CHARACTERS = 3
# A title is at most 150 characters; more words than this only slow the query down.
MAX_WORDS = 24
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def title_words(text: str) -> str:
    """The words of a typed title, lower case and without any query syntax.

    Lower case, because Whoosh reads AND, OR and NOT as operators; everything that is not
    a letter or digit goes, so `tag:router` is two plain words and quotes make no phrase.
    """
    words = _WORD.findall((text or "")[:300].lower())[:MAX_WORDS]
    if sum(len(word) for word in words) < MIN_CHARACTERS:
        return ""
    return " ".join(words)


def similar(viewer, title: str, *, limit: int = 5, exclude: Iterable[int] | None = None):
    """Up to `limit` topics whose text best matches the title, that the viewer may see.

    Only listed topics (open, closed, locked) are suggested; `exclude` names topic ids to
    leave out. Two statements at most (the PostgreSQL backend's query, the topics).
    """
    words = title_words(title)
    if not words or limit < 1:
        return []
    return _matching(viewer, words, limit=limit, exclude=set(exclude or ()))


def related(viewer, topic: Topic, *, limit: int = 5) -> list[Topic]:
    """Topics like this one, by its title and tags; never itself or a topic merged into it."""
    text = " ".join([topic.title, *(tag.name for tag in topic.tags)])
    words = title_words(text)
    if not words or limit < 1:
        return []
    return _matching(viewer, words, limit=limit, exclude={topic.id}, merged_into=topic.id)


def _matching(viewer, words: str, *, limit: int, exclude: set[int], merged_into=None):
    # A few more than needed: some may be excluded, or not visible to this viewer.
    hits, _ = get_index().search(
        words, [], sort="relevance", page=1, per_page=limit + len(exclude) + 5, snippets=False
    )
    ids = [hit.topic_id for hit in hits if hit.topic_id not in exclude]
    if not ids:
        return []
    query = select(Topic).where(Topic.id.in_(ids), Topic.status.in_(LISTED))
    if merged_into is not None:
        query = query.where(
            or_(Topic.merged_into_id.is_(None), Topic.merged_into_id != merged_into)
        )
    # Tags are not shown in these lists: load them only if someone asks.
    topics = {t.id: t for t in db.session.scalars(query.options(lazyload(Topic.tags)))}
    found = [topics[i] for i in ids if i in topics and can(viewer, "topic.view", topics[i])]
    return found[:limit]
