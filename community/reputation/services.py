"""Reputation rules: the ledger, trust levels and what they unlock.

The forum services call the `on_*` functions in the same transaction as the
vote, accept or deletion, so the ledger and `User.reputation` never disagree
with the posts. Reversals are new rows that point at the row they undo; the
ledger is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import case, func, select, update
from sqlalchemy.orm.util import identity_key

from community import events
from community.accounts.models import STAFF_ROLES, User
from community.errors import RuleViolation, clean_reason
from community.extensions import db
from community.forum.models import Post, Topic
from community.permissions import require
from community.reputation.models import (
    VOTE_GAIN_REASONS,
    ReputationEvent,
    TopicRead,
    TrustLevelChange,
)
from community.timeutil import utcnow

ACCEPT_REASONS = ("answer_accepted", "accepted")
TRUST_LEVELS = (0, 1, 2, 3, 4)
LEVEL_NAMES = {
    0: _l("new"),
    1: _l("basic"),
    2: _l("member"),
    3: _l("regular"),
    4: _l("leader"),
}


def _points(name: str) -> int:
    return int(current_app.config[f"REP_{name.upper()}"])


# -- the ledger ------------------------------------------------------------------------------


def _start_of_day(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _add(user_id: int, reason: str, post_id: int | None, actor_id: int | None) -> None:
    delta = _points(reason)
    if reason in VOTE_GAIN_REASONS:
        # At most REP_DAILY_VOTE_CAP points a (UTC) day from votes; the row is kept at 0 so
        # that undoing the vote later finds it.
        today = db.session.scalar(
            select(func.coalesce(func.sum(ReputationEvent.delta), 0)).where(
                ReputationEvent.user_id == user_id,
                ReputationEvent.reason.in_(VOTE_GAIN_REASONS),
                ReputationEvent.created_at >= _start_of_day(utcnow()),
            )
        )
        delta = max(0, min(delta, _points("daily_vote_cap") - today))
    db.session.add(
        ReputationEvent(
            user_id=user_id, delta=delta, reason=reason, post_id=post_id, actor_id=actor_id
        )
    )
    _touch(user_id)


def _reverse(*conditions) -> None:
    """Undo every standing row that matches: a reversal row each, the original marked."""
    now = utcnow()
    rows = db.session.scalars(
        select(ReputationEvent).where(
            ReputationEvent.reversed_at.is_(None),
            ReputationEvent.reverses_id.is_(None),
            *conditions,
        )
    ).all()
    for row in rows:
        row.reversed_at = now
        db.session.add(
            ReputationEvent(
                user_id=row.user_id,
                delta=-row.delta,
                reason=row.reason,
                post_id=row.post_id,
                actor_id=row.actor_id,
                reverses_id=row.id,
                created_at=now,
            )
        )
        _touch(row.user_id)


def _touch(user_id: int) -> None:
    db.session.info.setdefault("reputation_dirty", set()).add(user_id)


def _ledger_total(user_id_column):
    total = (
        select(func.coalesce(func.sum(ReputationEvent.delta), 0))
        .where(ReputationEvent.user_id == user_id_column)
        .scalar_subquery()
    )
    return case((total < 0, 1), else_=1 + total)


def _refresh() -> None:
    """Bring the cached `User.reputation` of every member touched in this unit up to date."""
    dirty = db.session.info.pop("reputation_dirty", set())
    if not dirty:
        return
    db.session.flush()
    db.session.execute(
        update(User).where(User.id.in_(dirty)).values(reputation=_ledger_total(User.id)),
        execution_options={"synchronize_session": False},
    )
    for user_id in dirty:
        user = db.session.identity_map.get(identity_key(User, user_id))
        if user is not None:
            db.session.expire(user, ["reputation"])


def on_vote(post: Post, voter: User, old: int, new: int) -> None:
    """A vote was cast, changed or taken back: reverse the old vote's rows, add the new."""
    if old == 1:
        _reverse(
            ReputationEvent.post_id == post.id,
            ReputationEvent.actor_id == voter.id,
            ReputationEvent.reason.in_(VOTE_GAIN_REASONS),
        )
    elif old == -1:
        _reverse(
            ReputationEvent.post_id == post.id,
            ReputationEvent.actor_id == voter.id,
            ReputationEvent.reason.in_(("post_downvoted", "downvote_cast")),
        )
    _apply_vote(post, voter.id, new)
    _refresh()


def _apply_vote(post: Post, voter_id: int, value: int) -> None:
    if value == 1:
        reason = "question_upvoted" if post.is_question else "answer_upvoted"
        _add(post.author_id, reason, post.id, voter_id)
    elif value == -1:
        _add(post.author_id, "post_downvoted", post.id, voter_id)
        if not post.is_question:
            # Down-voting answers costs a little, so it is used with care.
            _add(voter_id, "downvote_cast", post.id, voter_id)


def on_accept(topic: Topic, post: Post, actor: User, previous_post_id: int | None) -> None:
    """An answer became the solution (perhaps instead of another)."""
    if previous_post_id is not None:
        _reverse(
            ReputationEvent.post_id == previous_post_id,
            ReputationEvent.reason.in_(ACCEPT_REASONS),
        )
    if post.author_id != topic.author_id:
        _add(post.author_id, "answer_accepted", post.id, actor.id)
        if actor.id == topic.author_id:
            _add(topic.author_id, "accepted", post.id, actor.id)
    _refresh()


def on_unaccept(post_id: int) -> None:
    _reverse(ReputationEvent.post_id == post_id, ReputationEvent.reason.in_(ACCEPT_REASONS))
    _refresh()


def on_post_deleted(post: Post) -> None:
    """A deleted post earns and costs nothing: every standing row about it is reversed."""
    _reverse(ReputationEvent.post_id == post.id)
    _refresh()


def on_post_restored(post: Post) -> None:
    """A restored post counts again with the votes it has now."""
    from community.forum.models import Vote

    for vote in db.session.scalars(select(Vote).where(Vote.post_id == post.id)):
        _apply_vote(post, vote.user_id, vote.value)
    _refresh()


def rebuild_reputation() -> tuple[int, int]:
    """Recompute every cached reputation from the ledger; return (members, corrected)."""
    computed = _ledger_total(User.id)
    members = db.session.scalar(select(func.count(User.id)))
    wrong = db.session.scalar(select(func.count(User.id)).where(User.reputation != computed))
    db.session.execute(
        update(User).values(reputation=computed),
        execution_options={"synchronize_session": False},
    )
    db.session.expire_all()
    return members, wrong


def ledger(user: User, page: int = 1, per_page: int = 30):
    """A member's ledger, newest first, with the posts it is about."""
    from sqlalchemy.orm import joinedload

    query = (
        select(ReputationEvent)
        .where(ReputationEvent.user_id == user.id)
        .options(joinedload(ReputationEvent.post).joinedload(Post.topic))
        .order_by(ReputationEvent.created_at.desc(), ReputationEvent.id.desc())
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def reputation_history(user: User) -> list[tuple[datetime, int]]:
    """The member's reputation at the end of each day with a change, oldest first."""
    day = func.date(ReputationEvent.created_at)
    rows = db.session.execute(
        select(day, func.sum(ReputationEvent.delta))
        .where(ReputationEvent.user_id == user.id)
        .group_by(day)
        .order_by(day)
    ).all()
    history, total = [], 0
    for when, delta in rows:
        total += delta
        if isinstance(when, str):
            when = datetime.fromisoformat(when)
        history.append((datetime(when.year, when.month, when.day), max(1, 1 + total)))
    return history


# -- trust levels ----------------------------------------------------------------------------


def effective_level(user) -> int:
    """Staff act with every privilege of the highest level."""
    if user is None or not getattr(user, "is_authenticated", False):
        return -1
    return 4 if user.role in STAFF_ROLES else user.trust_level


@dataclass(frozen=True)
class Requirement:
    key: str
    label: str
    have: int
    need: int

    @property
    def met(self) -> bool:
        return self.have >= self.need


REQUIREMENT_LABELS = {
    "days_visited": _l("Days visited"),
    "topics_entered": _l("Topics entered"),
    "posts_read": _l("Posts read"),
    "answers": _l("Answers given"),
    "accepted_answers": _l("Accepted answers"),
    "flags_agreed": _l("Flags that staff agreed with"),
}


def _thresholds(level: int) -> dict[str, int]:
    config = current_app.config
    prefix = f"TL{level}_"
    keys = ("DAYS_VISITED", "TOPICS_ENTERED", "POSTS_READ", "ANSWERS", "ACCEPTED_ANSWERS")
    wanted = {key.lower(): int(config[prefix + key]) for key in keys if prefix + key in config}
    if level == 3:
        wanted["flags_agreed"] = int(config["TL3_FLAGS_AGREED"])
    return wanted


def _activity(user: User, keys) -> dict[str, int]:
    have = {
        "days_visited": user.days_visited,
        "topics_entered": user.topics_entered,
        "posts_read": user.posts_read,
        "flags_agreed": user.flags_agreed,
    }
    if "answers" in keys:
        have["answers"] = db.session.scalar(
            select(func.count(Post.id)).where(
                Post.author_id == user.id, Post.position > 1, Post.status == "visible"
            )
        )
    if "accepted_answers" in keys:
        have["accepted_answers"] = accepted_answer_count(user)
    return have


def accepted_answer_count(user: User) -> int:
    return db.session.scalar(
        select(func.count(Topic.id))
        .join(Post, Post.id == Topic.accepted_post_id)
        .where(Post.author_id == user.id, Topic.status != "deleted")
    )


def requirements(user: User, level: int) -> list[Requirement]:
    """What reaching `level` (1 to 3) takes, and how much of it the member has."""
    wanted = _thresholds(level)
    have = _activity(user, wanted)
    return [
        Requirement(key, str(REQUIREMENT_LABELS[key]), have[key], need)
        for key, need in wanted.items()
        if need > 0
    ]


def maybe_promote(user: User) -> int:
    """Promote as far as the member's activity reaches (never past 3, never down)."""
    while user.trust_level < 3:
        target = user.trust_level + 1
        wanted = _thresholds(target)
        # The reading figures are on the row; look further only when they are met.
        cheap = ("days_visited", "topics_entered", "posts_read", "flags_agreed")
        if any(getattr(user, key) < wanted[key] for key in cheap if key in wanted):
            break
        if not all(r.met for r in requirements(user, target)):
            break
        if _held_back_by_staff(user):
            break
        _change_level(user, target, actor=None, reason="")
    return user.trust_level


def _held_back_by_staff(user: User) -> bool:
    """A level set lower by staff holds: promotion by activity stops until staff raise it."""
    latest = db.session.scalar(
        select(TrustLevelChange)
        .where(TrustLevelChange.user_id == user.id, TrustLevelChange.actor_id.is_not(None))
        .order_by(TrustLevelChange.id.desc())
        .limit(1)
    )
    return latest is not None and latest.new_level < latest.old_level


def _change_level(user: User, level: int, actor: User | None, reason: str) -> None:
    old = user.trust_level
    user.trust_level = level
    db.session.add(
        TrustLevelChange(
            user_id=user.id,
            old_level=old,
            new_level=level,
            actor_id=actor.id if actor else None,
            reason=reason,
        )
    )
    db.session.flush()
    kind = "trust_level.promoted" if level > old else "trust_level.demoted"
    events.record(
        kind,
        user_id=user.id,
        old_level=old,
        new_level=level,
        actor_id=actor.id if actor else None,
        reason=reason,
    )


def set_trust_level(actor: User, user: User, level: int, reason: str) -> None:
    """Staff grant level 4, or set any level (a demotion) with a reason the member sees."""
    require(actor, "user.set_trust_level", user)
    if level not in TRUST_LEVELS:
        raise RuleViolation(_l("Trust levels go from 0 to 4."), field="level")
    reason = clean_reason(reason, limit=300)
    if level == user.trust_level:
        raise RuleViolation(_l("The member already has this level."), field="level")
    _change_level(user, level, actor=actor, reason=reason)


def level_history(user: User) -> list[TrustLevelChange]:
    return list(
        db.session.scalars(
            select(TrustLevelChange)
            .where(TrustLevelChange.user_id == user.id)
            .order_by(TrustLevelChange.created_at.desc(), TrustLevelChange.id.desc())
        )
    )


def record_visit(user: User) -> bool:
    """Count the first request of each (UTC) day; True if this was one."""
    today = utcnow().date()
    if user.last_visit_on == today:
        return False
    user.last_visit_on = today
    user.days_visited += 1
    maybe_promote(user)
    return True


def record_reading(user: User, topic: Topic, posts_seen: int) -> None:
    """The member opened a topic showing `posts_seen` posts."""
    read = db.session.get(TopicRead, (user.id, topic.id))
    now = utcnow()
    if read is None:
        db.session.add(
            TopicRead(
                user_id=user.id,
                topic_id=topic.id,
                posts_seen=posts_seen,
                first_read_at=now,
                last_read_at=now,
            )
        )
        user.topics_entered += 1
        user.posts_read += posts_seen
    else:
        if posts_seen > read.posts_seen:
            user.posts_read += posts_seen - read.posts_seen
            read.posts_seen = posts_seen
        read.last_read_at = now
    maybe_promote(user)


def posted_today(user: User, topics_only: bool) -> int:
    """How many topics (or posts of any kind) the member started since midnight UTC."""
    query = select(func.count(Post.id)).where(
        Post.author_id == user.id, Post.created_at >= _start_of_day(utcnow())
    )
    if topics_only:
        query = query.where(Post.position == 1)
    return db.session.scalar(query)


def active_category_ids(user: User) -> set[int]:
    """Categories where the member has at least TL3_ACTIVE_POSTS visible posts (cached)."""
    cached = user.__dict__.get("_active_category_ids")
    if cached is None:
        cached = set(
            db.session.scalars(
                select(Topic.category_id)
                .join(Post, Post.topic_id == Topic.id)
                .where(Post.author_id == user.id, Post.status == "visible")
                .group_by(Topic.category_id)
                .having(func.count(Post.id) >= current_app.config["TL3_ACTIVE_POSTS"])
            )
        )
        user.__dict__["_active_category_ids"] = cached
    return cached


def expert_category_ids(user: User) -> set[int | None]:
    """The categories the member is an active expert of; None stands for all (cached)."""
    if not getattr(user, "is_expert", False):
        return set()
    cached = user.__dict__.get("_expert_category_ids")
    if cached is None:
        from community.reputation.models import ExpertRole

        cached = set(
            db.session.scalars(
                select(ExpertRole.category_id).where(
                    ExpertRole.user_id == user.id, ExpertRole.status == "active"
                )
            )
        )
        user.__dict__["_expert_category_ids"] = cached
    return cached
