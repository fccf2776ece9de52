"""The search indexer: drains the outbox after each commit and rebuilds the index on demand.

Each event names the topics it changed; their documents are replaced from the database
as it is now, so the index shows exactly the visible posts of listed topics. Whatever
the indexer has not handled (it failed, the process died) it gets again on the next
dispatch; `flask reindex` rebuilds everything.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from flask import current_app
from sqlalchemy import select

from community import markup
from community.accounts.models import User
from community.events import Event, consumer
from community.extensions import db
from community.forum.models import Category, Post, Tag, Topic, topic_tags
from community.search.analysis import LANGUAGES, detect_language
from community.search.backends import PostgresIndex, WhooshIndex

LISTED = ("open", "closed", "locked")
EVENT_KINDS = (
    "post.created",
    "post.edited",
    "post.hidden",
    "post.unhidden",
    "post.deleted",
    "post.restored",
    "post.rejected",
    "topic.moved",
    "topic.merged",
    "topic.split",
    "answer.accepted",
    "answer.unaccepted",
    "vote.cast",
)


def make_index() -> WhooshIndex | PostgresIndex:
    """The configured backend (SEARCH_BACKEND), not yet checked."""
    if current_app.config["SEARCH_BACKEND"] == "postgresql":
        return PostgresIndex()
    return WhooshIndex(current_app.config["SEARCH_INDEX_DIR"])


def get_index() -> WhooshIndex | PostgresIndex:
    """This process's handle on the index; a missing or outdated index is rebuilt first."""
    app = current_app._get_current_object()
    index = app.extensions.get("search_index")
    if index is None:
        index = make_index()
        if not index.is_current():
            rebuild(index)
            db.session.commit()
        app.extensions["search_index"] = index
    return index


def documents_for(topic_ids: Iterable[int]) -> list[dict]:
    """The index documents of these topics, if they are listed: one per topic.

    Plain rows, not ORM objects: building the objects was half of a full reindex.
    """
    ids = list(topic_ids)
    if not ids:
        return []
    topics = db.session.execute(
        select(
            Topic.id,
            Topic.title,
            Topic.kind,
            Topic.accepted_post_id,
            Topic.answer_count,
            Topic.score,
            Topic.created_at,
            Category.slug,
        )
        .join(Category, Category.id == Topic.category_id)
        .where(Topic.id.in_(ids), Topic.status.in_(LISTED))
    ).all()
    listed = [topic.id for topic in topics]
    tags: dict[int, list[str]] = {}
    for topic_id, name in db.session.execute(
        select(topic_tags.c.topic_id, Tag.name)
        .join(Tag, Tag.id == topic_tags.c.tag_id)
        .where(topic_tags.c.topic_id.in_(listed))
        .order_by(topic_tags.c.topic_id, Tag.name)
    ):
        tags.setdefault(topic_id, []).append(name)
    posts: dict[int, list] = {}
    for post in db.session.execute(
        select(Post.topic_id, Post.position, Post.body_html, User.locale, User.username_key)
        .join(User, User.id == Post.author_id)
        .where(Post.topic_id.in_(listed), Post.status == "visible")
        .order_by(Post.topic_id, Post.position)
    ):
        posts.setdefault(post.topic_id, []).append(post)
    default = current_app.config["DEFAULT_LOCALE"]
    return [
        _document(topic, tags.get(topic.id, []), posts.get(topic.id, []), default)
        for topic in topics
    ]


def _document(topic, tags: list[str], posts: list, default: str) -> dict:
    """One topic's document from its row, its tag names and its visible posts' rows.

    Besides the Whoosh fields, `opening_de` or `opening_en` holds the opening post's text
    (in its language) when it is visible.
    """
    bodies: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    title_language = opening_text = None
    for post in posts:
        text = markup.html_text(post.body_html)
        opening = post.position == 1
        head = topic.title if opening else ""
        language = detect_language(f"{head} {text}", post.locale or default)
        bodies[language].append(text)
        if opening:
            title_language, opening_text = language, text
    document = {
        "topic_id": str(topic.id),
        "tags": ",".join(tags),
        "category": topic.slug,
        "author": ",".join(sorted({post.username_key for post in posts})),
        "kind": topic.kind,
        "solved": topic.accepted_post_id is not None,
        "answers": topic.answer_count,
        "score": topic.score,
        "created": topic.created_at,
        f"title_{title_language or detect_language(topic.title, default)}": topic.title,
    }
    for language, texts in bodies.items():
        if texts:
            # A gap between posts, so that a phrase never spans two of them.
            document[f"body_{language}"] = " \n\n ".join(texts)
    if opening_text:
        # The opening post (the question) once more, for the PostgreSQL backend's ranking;
        # Whoosh has no field for it (see backends.whoosh_fields).
        document[f"opening_{title_language}"] = opening_text
    return document


def _topics_of(event: Event) -> set[int]:
    payload = event.payload
    ids = {payload.get("topic_id"), payload.get("into_topic_id"), payload.get("new_topic_id")}
    return {int(i) for i in ids if i}


@consumer("search", *EVENT_KINDS, batch=True)
def index_changes(batch: list[Event]) -> None:
    """Bring the changed topics' documents in line with the database, in one write."""
    topics = set().union(*(_topics_of(event) for event in batch))
    if topics:
        get_index().replace_topics(topics, documents_for(topics))


def rebuild(index=None, progress: Callable[[int], None] | None = None):
    """Write the whole index anew from the database; returns (documents, seconds).

    The caller commits the database session (the PostgreSQL backend writes in it).
    """
    index = index or make_index()
    started = time.perf_counter()
    topic_ids = list(db.session.scalars(select(Topic.id).where(Topic.status.in_(LISTED))))
    written = 0
    with index.rebuilding() as add:
        for start in range(0, len(topic_ids), 500):
            chunk = topic_ids[start : start + 500]
            documents = documents_for(chunk)
            add(documents)
            written += len(documents)
            if progress:
                progress(len(chunk))
    current_app.extensions["search_index"] = index
    return written, time.perf_counter() - started
