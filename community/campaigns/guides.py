"""Guides (topics of kind article): how-to articles by members, and answers made guides."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from community import events
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.permissions import require

SORTS = ("newest", "top", "latest")


def promote_answer(actor, answer: Post, title: str) -> Topic:
    """A moderator makes a solved question's accepted answer a guide; its author keeps the
    credit, and the guide says where it came from."""
    require(actor, "guide.promote", answer)
    if already_promoted(answer) is not None:
        raise RuleViolation(_l("This answer is a guide already."), field="title")
    guide = forum.copy_answer_to_guide(answer, title=title, editor=actor)
    events.record(
        "guide.promoted",
        topic_id=guide.id,
        post_id=answer.id,
        question_id=answer.topic_id,
        user_id=answer.author_id,
        actor_id=actor.id,
    )
    return guide


def already_promoted(answer: Post) -> Topic | None:
    return db.session.scalar(
        select(Topic).where(
            Topic.source_post_id == answer.id, Topic.status.not_in(("deleted", "merged"))
        )
    )


def guides(viewer, *, category=None, campaign=None, sort="newest", page=1, per_page=20):
    """The guides listing, newest, top-voted or latest activity first, paged."""
    if sort not in SORTS:
        raise NotFound(sort)
    query = forum.visible_topics(viewer).where(
        Topic.kind == "article", Topic.status.not_in(("deleted", "merged"))
    )
    if category is not None:
        query = query.where(Topic.category_id == category.id)
    if campaign is not None:
        query = query.where(Topic.campaign_id == campaign.id)
    order = {
        "newest": (Topic.created_at.desc(),),
        "top": (Topic.score.desc(), Topic.created_at.desc()),
        "latest": (Topic.last_activity_at.desc(),),
    }[sort]
    query = query.order_by(*order, Topic.id.desc())
    return db.paginate(query, page=page, per_page=per_page, max_per_page=100, error_out=False)
