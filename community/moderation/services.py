"""Moderation rules: flags and their weight, hiding, the review queue, the audit log.

Every action a moderator (or the flag threshold) takes is written as a
`ModerationAction` in the same transaction, with the reason the affected
member sees.
"""

from __future__ import annotations

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from community import events
from community.errors import NotFound, RuleViolation, clean_reason
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.moderation.models import FLAG_REASONS, Flag, ModerationAction, ReviewItem
from community.permissions import can, require
from community.reputation.services import effective_level
from community.timeutil import utcnow

FLAG_REASON_LABELS = {
    "spam": _l("Spam: advertising or links that do not help"),
    "offensive": _l("Offensive: rude, hurtful or hateful"),
    "off_topic": _l("Off-topic: not about this community"),
    "duplicate": _l("Duplicate: asked and answered before (link it)"),
    "staff": _l("Needs the team's attention"),
    "other": _l("Something else (say what)"),
}
REASON_MAX = 500


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
    )
    return entry


# -- flags -----------------------------------------------------------------------------------


def flag_weight(user) -> float:
    """Trusted and accurate flaggers count more; staff flags hide at once."""
    level = effective_level(user)
    base = {1: 1.0, 2: 1.0, 3: 1.5, 4: 2.0}.get(level, 1.0)
    agreed, disagreed = user.flags_agreed or 0, user.flags_disagreed or 0
    # A new flagger counts 1; agreement raises that towards 1.5, disagreement lowers it to 0.5.
    accuracy = 0.5 + (agreed + 1) / (agreed + disagreed + 2)
    return round(base * min(1.5, max(0.5, accuracy)), 2)


def flag_post(flagger, post: Post, reason: str, note: str = "", duplicate_url: str = "") -> Flag:
    """Members of trust level 1+ report a post once; enough weight hides it for review."""
    require(flagger, "post.flag", post)
    if reason not in FLAG_REASONS:
        raise RuleViolation(_l("Please choose why you flag this post."), field="reason")
    note = " ".join((note or "").split())
    duplicate_url = (duplicate_url or "").strip()
    if reason == "other" and not note:
        raise RuleViolation(_l("Please say what is wrong."), field="note")
    if reason == "duplicate" and not duplicate_url:
        raise RuleViolation(_l("Please link the earlier topic."), field="duplicate_url")
    if len(note) > REASON_MAX or len(duplicate_url) > 300:
        raise RuleViolation(_l("At most %(num)s characters.", num=REASON_MAX), field="note")
    taken = db.session.scalar(
        select(Flag.id).where(Flag.user_id == flagger.id, Flag.post_id == post.id)
    )
    if taken is not None:
        raise RuleViolation(_l("You have flagged this post already."), field="reason")
    flag = Flag(
        post_id=post.id,
        user_id=flagger.id,
        reason=reason,
        note=note,
        duplicate_url=duplicate_url,
        weight=flag_weight(flagger),
    )
    db.session.add(flag)
    db.session.flush()
    events.record("post.flagged", post_id=post.id, topic_id=post.topic_id, user_id=flagger.id)
    _queue(post, "flagged", "flags", detail=reason)
    if post.status == "visible":
        staff = can(flagger, "post.hide", post)
        if staff or pending_flag_weight(post) >= current_app.config["FLAG_HIDE_THRESHOLD"]:
            _hide(None if not staff else flagger, post, reason)
    return flag


def pending_flag_weight(post: Post) -> float:
    return float(
        db.session.scalar(
            select(func.coalesce(func.sum(Flag.weight), 0)).where(
                Flag.post_id == post.id, Flag.status == "pending"
            )
        )
    )


def my_flags(user, post_ids) -> dict[int, Flag]:
    """The member's own flags on these posts, so a page can show their state."""
    if not getattr(user, "is_authenticated", False) or not post_ids:
        return {}
    rows = db.session.scalars(
        select(Flag).where(Flag.user_id == user.id, Flag.post_id.in_(post_ids))
    )
    return {flag.post_id: flag for flag in rows}


def _hide(actor, post: Post, reason: str) -> None:
    forum.set_hidden(post, reason)
    log(
        actor,
        "post.hide",
        post=post,
        reason=str(FLAG_REASON_LABELS.get(reason, reason)),
        automatic=actor is None,
    )


# -- the review queue ------------------------------------------------------------------------


def _queue(post: Post, kind: str, reason: str, detail: str = "") -> ReviewItem:
    """One pending item per post and kind; more flags join the item that is there."""
    item = db.session.scalar(
        select(ReviewItem).where(
            ReviewItem.post_id == post.id,
            ReviewItem.kind == kind,
            ReviewItem.status.in_(("pending", "deferred")),
        )
    )
    if item is None:
        item = ReviewItem(
            kind=kind,
            reason=reason,
            detail=detail,
            post_id=post.id,
            user_id=post.author_id,
            category_id=post.topic.category_id,
        )
        db.session.add(item)
        db.session.flush()
    elif item.status == "deferred":
        item.status = "pending"
    return item


def queue_edit_of_hidden(post: Post) -> None:
    """An author edited their hidden post: it goes back to the team."""
    _queue(post, "edited", "edit")


def review_items(
    viewer,
    *,
    reason: str | None = None,
    category_id: int | None = None,
    status: str = "pending",
    page: int = 1,
    per_page: int = 20,
):
    """What the viewer may review: everything for staff, their categories for experts."""
    require(viewer, "review.view")
    query = select(ReviewItem).where(ReviewItem.status == status)
    if reason:
        query = query.where(ReviewItem.reason == reason)
    if category_id:
        query = query.where(ReviewItem.category_id == category_id)
    if not can(viewer, "review.all"):
        from community.reputation.services import expert_category_ids

        query = query.where(ReviewItem.category_id.in_(expert_category_ids(viewer) - {None}))
    # Each item shows its post and topic: load them with the page, not one by one.
    query = query.options(
        selectinload(ReviewItem.post).joinedload(Post.topic), selectinload(ReviewItem.category)
    ).order_by(ReviewItem.created_at)
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def get_review_item(viewer, item_id: int) -> ReviewItem:
    item = db.session.get(ReviewItem, item_id)
    if item is None or not can(viewer, "review.decide", item):
        raise NotFound(item_id)
    return item


def flags_on(post_ids) -> dict[int, list[Flag]]:
    flags: dict[int, list[Flag]] = {}
    if post_ids:
        for flag in db.session.scalars(
            select(Flag).where(Flag.post_id.in_(post_ids)).order_by(Flag.created_at)
        ):
            flags.setdefault(flag.post_id, []).append(flag)
    return flags


def author_history(user_ids) -> dict[int, dict]:
    """Beside each item: how often the author's posts were hidden or removed before."""
    history: dict[int, dict] = {user_id: {"actions": 0} for user_id in user_ids}
    if user_ids:
        rows = db.session.execute(
            select(ModerationAction.user_id, func.count(ModerationAction.id))
            .where(ModerationAction.user_id.in_(user_ids))
            .group_by(ModerationAction.user_id)
        )
        for user_id, count in rows:
            history[user_id]["actions"] = count
    return history


def decide(actor, item: ReviewItem, decision: str, reason: str = "") -> None:
    """Approve (the post is fine: flags disagreed), reject (hide it, flags agreed), defer."""
    require(actor, "review.decide", item)
    reason = clean_reason(reason, required=False, limit=REASON_MAX)
    if item.status not in ("pending", "deferred"):
        raise RuleViolation(_l("This item was decided already."))
    post = item.post
    if decision == "defer":
        item.status = "deferred"
        log(actor, "review.defer", post=post, user=item.user, reason=reason, item_id=item.id)
        return
    if decision == "approve":
        if post is not None and post.status == "hidden":
            forum.set_visible(post)
        _settle_flags(post, agreed=False, actor=actor)
        item.status = "approved"
    elif decision == "reject":
        if not reason:
            raise RuleViolation(_l("Please give a reason the author will see."), field="reason")
        if post is not None and post.status == "visible":
            forum.set_hidden(post, "staff")
        _settle_flags(post, agreed=True, actor=actor)
        item.status = "rejected"
    else:
        raise RuleViolation(_l("Unknown decision."), field="decision")
    item.resolved_at = utcnow()
    item.resolved_by_id = actor.id
    item.resolution = reason
    log(actor, f"review.{decision}", post=post, user=item.user, reason=reason, item_id=item.id)


def _settle_flags(post: Post | None, *, agreed: bool, actor) -> None:
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


def audit_log(
    viewer,
    *,
    action: str | None = None,
    user_id: int | None = None,
    page: int = 1,
    per_page: int = 50,
):
    require(viewer, "moderation.audit")
    query = select(ModerationAction)
    if action:
        query = query.where(ModerationAction.action == action)
    if user_id:
        query = query.where(ModerationAction.user_id == user_id)
    query = query.order_by(ModerationAction.created_at.desc(), ModerationAction.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def actions_in_log() -> list[str]:
    return list(
        db.session.scalars(
            select(ModerationAction.action).distinct().order_by(ModerationAction.action)
        )
    )


def reasons_for(post_ids) -> dict[int, ModerationAction]:
    """The latest hiding of each post, so its author (and staff) see why."""
    found: dict[int, ModerationAction] = {}
    if post_ids:
        for entry in db.session.scalars(
            select(ModerationAction)
            .where(
                ModerationAction.post_id.in_(post_ids),
                ModerationAction.action.in_(("post.hide", "review.reject")),
            )
            .order_by(ModerationAction.id)
        ):
            found[entry.post_id] = entry
    return found


# -- topic and post actions ------------------------------------------------------------------

CLOSE_REASONS = ("duplicate", "off_topic", "resolved", "other")
CLOSE_REASON_LABELS = {
    "duplicate": _l("Duplicate of another topic"),
    "off_topic": _l("Off-topic"),
    "resolved": _l("Resolved"),
    "other": _l("Other reason"),
}


def _clean(reason: str, required: bool = True) -> str:
    missing = _l("Please give a reason the members will see.")
    return clean_reason(reason, required=required, limit=REASON_MAX, missing=missing)


def close_topic(actor, topic, close_reason: str, note: str = "", duplicate_of=None) -> None:
    """Moderators close a topic (no new answers); experts may close duplicates in theirs."""
    if close_reason not in CLOSE_REASONS:
        raise RuleViolation(_l("Please choose why the topic is closed."), field="close_reason")
    require(actor, "topic.close_duplicate" if close_reason == "duplicate" else "topic.close", topic)
    if topic.status != "open":
        raise RuleViolation(_l("Only open topics can be closed."))
    if close_reason == "duplicate":
        if duplicate_of is None or duplicate_of.id == topic.id:
            raise RuleViolation(_l("Please name the earlier topic."), field="duplicate_of")
        topic.duplicate_of_id = duplicate_of.id
    note = _clean(note, required=close_reason == "other")
    topic.status, topic.close_reason = "closed", close_reason
    log(
        actor,
        "topic.close",
        topic=topic,
        user=topic.author,
        reason=note,
        close_reason=close_reason,
        duplicate_of=topic.duplicate_of_id,
    )


def reopen_topic(actor, topic, reason: str = "") -> None:
    require(actor, "topic.close", topic)
    if topic.status != "closed":
        raise RuleViolation(_l("Only closed topics can be reopened."))
    reason = _clean(reason, False)
    topic.status, topic.close_reason, topic.duplicate_of_id = "open", "", None
    log(actor, "topic.reopen", topic=topic, user=topic.author, reason=reason)


def lock_topic(actor, topic, reason: str) -> None:
    """Locked: nobody but staff may answer, comment or edit."""
    require(actor, "topic.lock", topic)
    if topic.status not in ("open", "closed"):
        raise RuleViolation(_l("This topic cannot be locked."))
    reason = _clean(reason)
    topic.status = "locked"
    log(actor, "topic.lock", topic=topic, user=topic.author, reason=reason)


def unlock_topic(actor, topic, reason: str = "") -> None:
    require(actor, "topic.lock", topic)
    if topic.status != "locked":
        raise RuleViolation(_l("This topic is not locked."))
    reason = _clean(reason, False)
    topic.status = "open"
    log(actor, "topic.unlock", topic=topic, user=topic.author, reason=reason)


def pin_topic(actor, topic, scope: str) -> None:
    """Pin to the top of its category, or globally (home page too)."""
    require(actor, "topic.pin", topic)
    if scope not in ("category", "global"):
        raise RuleViolation(_l("Pin in the category or everywhere."), field="scope")
    topic.pinned, topic.pinned_at = scope, utcnow()
    log(actor, "topic.pin", topic=topic, scope=scope)


def unpin_topic(actor, topic) -> None:
    require(actor, "topic.pin", topic)
    topic.pinned, topic.pinned_at = None, None
    log(actor, "topic.unpin", topic=topic)


def move_topic(actor, topic, category, reason: str = "") -> None:
    """Move a topic to another category; counters follow."""
    require(actor, "topic.move", topic)
    if category is None or category.id == topic.category_id:
        raise RuleViolation(_l("Please choose another category."), field="category")
    reason = _clean(reason, False)
    old = topic.category
    forum.change_category(topic, category)
    log(
        actor,
        "topic.move",
        topic=topic,
        user=topic.author,
        reason=reason,
        from_category=old.id,
        to_category=category.id,
    )


def mark_official(actor, post, official: bool) -> None:
    """Moderators mark (or unmark) a team member's answer as the official one."""
    require(actor, "post.mark_official", post)
    post.is_official = official
    log(actor, "post.official" if official else "post.unofficial", post=post)
