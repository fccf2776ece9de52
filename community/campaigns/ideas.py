"""Ideas: members propose and vote (one vote each, on the idea itself), staff say where
an idea stands, with a public note, and everyone who voted or took part hears of it."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import case, select

from community import events, markup
from community.campaigns.models import IDEA_STATUSES, IdeaStatusChange
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic, Vote
from community.permissions import require

NOTE_MAX = 2000
BOARD_SORTS = ("votes", "newest", "status")
# The board's "by status" order: what the team works on first, then the open ones.
STATUS_ORDER = ("in_progress", "planned", "under_review", "new", "done", "declined")


def set_status(actor, idea: Topic, status: str, note: str = "") -> IdeaStatusChange:
    """Move an idea to a status; declining needs a note that says why."""
    require(actor, "idea.set_status", idea)
    if status not in IDEA_STATUSES:
        raise RuleViolation(_l("Please choose a status."), field="status")
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise RuleViolation(_l("At most %(num)s characters.", num=NOTE_MAX), field="note")
    if status == "declined" and not note:
        raise RuleViolation(_l("Please say why the idea is declined."), field="note")
    previous = idea.idea_status or "new"
    if status == previous and not note:
        raise RuleViolation(_l("The idea already has this status."), field="status")
    change = IdeaStatusChange(
        topic_id=idea.id,
        status=status,
        previous=previous,
        note=note,
        note_html=markup.render(note) if note else "",
        actor_id=actor.id,
    )
    db.session.add(change)
    idea.idea_status = status
    db.session.flush()
    events.record(
        "idea.status_changed",
        topic_id=idea.id,
        change_id=change.id,
        status=status,
        previous=previous,
        actor_id=actor.id,
    )
    return change


def history(idea: Topic) -> list[IdeaStatusChange]:
    """The idea's steps, oldest first (one query)."""
    return list(
        db.session.scalars(
            select(IdeaStatusChange)
            .where(IdeaStatusChange.topic_id == idea.id)
            .order_by(IdeaStatusChange.created_at, IdeaStatusChange.id)
        )
    )


def voter_ids(idea: Topic) -> set[int]:
    """Who voted for the idea (an upvote on its opening post)."""
    return set(
        db.session.scalars(
            select(Vote.user_id)
            .join(Post, Post.id == Vote.post_id)
            .where(Post.topic_id == idea.id, Post.position == 1, Vote.value > 0)
        )
    )


def follower_ids(idea: Topic) -> set[int]:
    """Who follows the idea: its author and everyone who wrote in it (until watching)."""
    writers = db.session.scalars(
        select(Post.author_id).where(Post.topic_id == idea.id, Post.status == "visible").distinct()
    )
    return {idea.author_id, *writers}


def board(viewer, *, category=None, campaign=None, status=None, sort="votes", page=1, per_page=20):
    """An ideas board (of a category, a campaign or the whole community), paged."""
    if sort not in BOARD_SORTS:
        raise NotFound(sort)
    if status is not None and status not in IDEA_STATUSES:
        raise NotFound(status)
    query = forum.visible_topics(viewer).where(
        Topic.kind == "idea", Topic.status.not_in(("deleted", "merged"))
    )
    if category is not None:
        query = query.where(Topic.category_id == category.id)
    if campaign is not None:
        query = query.where(Topic.campaign_id == campaign.id)
    if status is not None:
        query = query.where(Topic.idea_status == status)
    if sort == "votes":
        query = query.order_by(Topic.score.desc(), Topic.created_at.desc(), Topic.id.desc())
    elif sort == "newest":
        query = query.order_by(Topic.created_at.desc(), Topic.id.desc())
    else:
        rank = case(
            {name: index for index, name in enumerate(STATUS_ORDER)},
            value=Topic.idea_status,
            else_=len(STATUS_ORDER),
        )
        query = query.order_by(rank, Topic.score.desc(), Topic.id.desc())
    return db.paginate(query, page=page, per_page=per_page, max_per_page=100, error_out=False)
