"""Searching: parse the query, ask the index, and re-read the topics the viewer may see."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select

from community import markup
from community.extensions import db
from community.forum.models import Topic
from community.permissions import can
from community.search import query as search_query
from community.search.indexer import LISTED, get_index

SORTS = ("relevance", "newest", "votes")


@dataclass
class Result:
    topic: Topic
    snippet: object  # Markup from markup.search_snippet


@dataclass
class SearchPage:
    text: str
    sort: str
    page: int
    results: list[Result] = field(default_factory=list)
    has_next: bool = False
    applied: list[tuple[str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def has_prev(self) -> bool:
        return self.page > 1


def search(viewer, text: str, *, sort: str = "relevance", page: int = 1) -> SearchPage:
    """Topics matching the words and filters, best first (or newest, or by votes).

    The index holds only visible posts of listed topics; the topics are read again from
    the database and checked with can(), so nothing the viewer may not see is shown.
    """
    sort = sort if sort in SORTS else "relevance"
    page = max(page, 1)
    text = " ".join((text or "").split())[:300]
    found = SearchPage(text=text, sort=sort, page=page)
    if not text:
        return found
    parsed = search_query.parse(text)
    found.applied, found.ignored = parsed.applied, parsed.ignored
    if not parsed.words and not parsed.filters:
        return found
    index = get_index()
    per_page = current_app.config["SEARCH_PAGE_SIZE"]
    hits, found.has_next = index.search(
        parsed.words, parsed.filters, sort=sort, page=page, per_page=per_page
    )
    topics = {
        topic.id: topic
        for topic in db.session.scalars(
            select(Topic).where(
                Topic.id.in_([hit.topic_id for hit in hits]), Topic.status.in_(LISTED)
            )
        )
    }
    for hit in hits:
        topic = topics.get(hit.topic_id)
        if topic is not None and can(viewer, "topic.view", topic):
            found.results.append(Result(topic, markup.search_snippet(hit.snippet)))
    return found
