"""The audit log and the flags' verdicts: the lowest layer of moderation.

`log` writes one `ModerationAction` per action in the same transaction as the
action, and records the event that tells the member; `settle_flags` records the
team's verdict on a post's flags, which trains each flagger's weight;
`settle_item` closes a review item. Both the review queue (`services`) and
member sanctions (`sanctions`) use them.
"""

from __future__ import annotations

from sqlalchemy import select

from community import events
from community.extensions import db
from community.forum.models import Post
from community.moderation.models import Flag, ModerationAction, ReviewItem
from community.timeutil import utcnow


def log(actor, action: str, *, reason: str = "", user=None, post=None, topic=None, **details):
    """Write one line of the audit log (actor None: done by the system)."""
    if post is not None and topic is None:
        topic = post.topic
    entry = ModerationAction(
        actor_id=actor.id if actor is not None else None,
        action=action,
        user_id=user.id if user is not None else (post.author_id if post is not None else None),
        topic_id=topic.id if topic is not None else None,
        post_id=post.id if post is not None else None,
        reason=reason,
        details=details,
    )
    db.session.add(entry)
    db.session.flush()
    events.record(
        "moderation.action",
        action_id=entry.id,
        action=action,
        user_id=entry.user_id,
        actor_id=entry.actor_id,
        post_id=entry.post_id,
        topic_id=entry.topic_id,
        reason=reason,
        flag_reason=details.get("flag_reason"),
    )
    return entry


def settle_flags(post: Post | None, *, agreed: bool, actor) -> None:
    """Staff agree or disagree with the pending flags; that trains each flagger's weight."""
    if post is None:
        return
    now = utcnow()
    for flag in db.session.scalars(
        select(Flag).where(Flag.post_id == post.id, Flag.status == "pending")
    ):
        flag.status = "agreed" if agreed else "disagreed"
        flag.resolved_at, flag.resolved_by_id = now, actor.id
        if agreed:
            flag.user.flags_agreed += 1
        else:
            flag.user.flags_disagreed += 1


def settle_item(actor, item: ReviewItem, status: str, resolution: str = "") -> None:
    """Close a review item as approved or rejected, by whom and with what reason."""
    item.status, item.resolved_at, item.resolved_by_id = status, utcnow(), actor.id
    item.resolution = resolution
