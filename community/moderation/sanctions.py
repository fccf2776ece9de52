"""Member sanctions: warnings to acknowledge, silences (read only), suspensions (no login),
appeals against them, and removing a spammer with everything they wrote.

The member's cached standing (`silenced_until`, `suspended_until`, `warning_pending`)
is recomputed from their active sanction rows by `refresh_standing` after every change,
so permission checks read one column instead of querying sanctions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from community.accounts.models import User, new_session_nonce
from community.accounts.services import email_blocked, is_suspended
from community.errors import NotFound, RuleViolation, clean_reason
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Comment, Post
from community.moderation import audit
from community.moderation.models import (
    BlockedEmail,
    ModerationAction,
    ReviewItem,
    Sanction,
)
from community.permissions import is_silenced, require
from community.timeutil import utcnow

# The cached end of a sanction without end, so "until > now" stays one comparison.
PERMANENT = datetime(9999, 12, 31)
REASON_MAX = 500
APPEAL_MAX = 2000
DURATIONS: dict[str, timedelta | None] = {
    "1d": timedelta(days=1),
    "3d": timedelta(days=3),
    "1w": timedelta(weeks=1),
    "2w": timedelta(weeks=2),
    "1m": timedelta(days=30),
    "3m": timedelta(days=90),
    "1y": timedelta(days=365),
    "permanent": None,
}
DURATION_LABELS = {
    "1d": _l("1 day"),
    "3d": _l("3 days"),
    "1w": _l("1 week"),
    "2w": _l("2 weeks"),
    "1m": _l("1 month"),
    "3m": _l("3 months"),
    "1y": _l("1 year"),
    "permanent": _l("permanent"),
}
# A silence always ends; only a suspension may be permanent.
SILENCE_DURATIONS = tuple(key for key in DURATIONS if key != "permanent")
SUSPENSION_DURATIONS = tuple(DURATIONS)
KIND_LABELS = {
    "warning": _l("Warning"),
    "silence": _l("Silence"),
    "suspension": _l("Suspension"),
}


def _reason(text: str | None, required: bool = True) -> str:
    missing = _l("Please give a reason the member will see.")
    return clean_reason(text, required=required, limit=REASON_MAX, missing=missing)


def _ends_at(duration: str, allowed: tuple[str, ...]) -> datetime | None:
    if duration not in allowed:
        raise RuleViolation(_l("Please choose how long it lasts."), field="duration")
    length = DURATIONS[duration]
    return None if length is None else utcnow() + length


def _until_iso(ends_at: datetime | None) -> str | None:
    return ends_at.isoformat() if ends_at is not None else None


# -- the member's standing ---------------------------------------------------------------


def refresh_standing(member: User) -> None:
    """Recompute the member's cached standing from their active sanctions."""
    db.session.flush()
    rows = db.session.scalars(
        select(Sanction).where(Sanction.user_id == member.id, Sanction.lifted_at.is_(None))
    )
    silenced: datetime | None = None
    suspended: datetime | None = None
    warning = False
    for sanction in rows:
        if not sanction.is_active:
            continue
        end = sanction.ends_at or PERMANENT
        if sanction.kind == "silence":
            silenced = max(silenced or end, end)
        elif sanction.kind == "suspension":
            suspended = max(suspended or end, end)
        elif sanction.kind == "warning":
            warning = True
    member.silenced_until, member.suspended_until = silenced, suspended
    member.warning_pending = warning
    db.session.flush()


def active_sanctions(member: User, kind: str | None = None) -> list[Sanction]:
    """The member's sanctions in force (unacknowledged warnings included), newest first."""
    query = select(Sanction).where(Sanction.user_id == member.id, Sanction.lifted_at.is_(None))
    if kind is not None:
        query = query.where(Sanction.kind == kind)
    rows = db.session.scalars(query.order_by(Sanction.starts_at.desc(), Sanction.id.desc()))
    return [sanction for sanction in rows if sanction.is_active]


def pending_warnings(member: User) -> list[Sanction]:
    return active_sanctions(member, "warning")


def current_suspension(member: User) -> Sanction | None:
    """The suspension that keeps the member out longest, if any."""
    found = active_sanctions(member, "suspension")
    return max(found, key=lambda s: s.ends_at or PERMANENT) if found else None


def get_sanction(sanction_id: int) -> Sanction:
    sanction = db.session.get(Sanction, sanction_id)
    if sanction is None:
        raise NotFound(sanction_id)
    return sanction


def suspended_member_for(value: str | None) -> User | None:
    """The suspended member a login attempt remembered ("id:nonce" in the signed session)."""
    user_id, _, nonce = (value or "").partition(":")
    if not user_id.isdigit() or not nonce:
        return None
    member = db.session.get(User, int(user_id))
    if member is None or member.session_nonce != nonce or not is_suspended(member):
        return None
    return member


@dataclass
class MemberRecord:
    """What staff see about a member before they act."""

    topics: int
    posts: int
    actions: list[ModerationAction]
    sanctions: list[Sanction]


def member_record(viewer, member: User) -> MemberRecord:
    """Staff look at a member: contributions, earlier moderation, all sanctions."""
    require(viewer, "user.moderate", member)
    counts = db.session.execute(
        select(Post.position == 1, func.count(Post.id))
        .where(Post.author_id == member.id, Post.status != "deleted")
        .group_by(Post.position == 1)
    ).all()
    by_kind = {bool(is_question): count for is_question, count in counts}
    actions = db.session.scalars(
        select(ModerationAction)
        .where(ModerationAction.user_id == member.id)
        .order_by(ModerationAction.created_at.desc(), ModerationAction.id.desc())
        .limit(20)
    )
    sanctions = db.session.scalars(
        select(Sanction)
        .where(Sanction.user_id == member.id)
        .order_by(Sanction.starts_at.desc(), Sanction.id.desc())
    )
    return MemberRecord(
        topics=by_kind.get(True, 0),
        posts=by_kind.get(True, 0) + by_kind.get(False, 0),
        actions=list(actions),
        sanctions=list(sanctions),
    )


# -- staff actions -----------------------------------------------------------------------


def _add(actor, member: User, kind: str, reason: str, ends_at: datetime | None) -> Sanction:
    sanction = Sanction(
        user_id=member.id,
        kind=kind,
        reason=reason,
        starts_at=utcnow(),
        ends_at=ends_at,
        created_by_id=actor.id,
    )
    db.session.add(sanction)
    db.session.flush()
    return sanction


def warn_member(actor, member: User, reason: str) -> Sanction:
    """Moderators send a member a warning, which the member must acknowledge before going on."""
    require(actor, "user.warn", member)
    reason = _reason(reason)
    sanction = _add(actor, member, "warning", reason, None)
    refresh_standing(member)
    audit.log(actor, "user.warn", reason=reason, user=member, sanction_id=sanction.id)
    return sanction


def silence_member(actor, member: User, duration: str, reason: str) -> Sanction:
    """Moderators silence a member for a while: they read but cannot post, comment or flag."""
    require(actor, "user.silence", member)
    ends_at = _ends_at(duration, SILENCE_DURATIONS)
    reason = _reason(reason)
    if is_silenced(member):
        raise RuleViolation(
            _l("This member is silenced already. Lift the silence first to change it."),
            field="duration",
        )
    sanction = _add(actor, member, "silence", reason, ends_at)
    refresh_standing(member)
    audit.log(
        actor,
        "user.silence",
        reason=reason,
        user=member,
        sanction_id=sanction.id,
        until=_until_iso(ends_at),
    )
    return sanction


def _suspend(actor, member: User, reason: str, ends_at: datetime | None) -> Sanction:
    sanction = _add(actor, member, "suspension", reason, ends_at)
    refresh_standing(member)
    # A new nonce ends every session the member has open.
    member.session_nonce = new_session_nonce()
    return sanction


def suspend_member(actor, member: User, duration: str, reason: str) -> Sanction:
    """Moderators suspend a member for a while or for good: no login, sessions end."""
    require(actor, "user.suspend", member)
    ends_at = _ends_at(duration, SUSPENSION_DURATIONS)
    reason = _reason(reason)
    if is_suspended(member):
        raise RuleViolation(
            _l("This member is suspended already. Lift the suspension first to change it."),
            field="duration",
        )
    sanction = _suspend(actor, member, reason, ends_at)
    audit.log(
        actor,
        "user.suspend",
        reason=reason,
        user=member,
        sanction_id=sanction.id,
        until=_until_iso(ends_at),
    )
    return sanction


def _lift(actor, sanction: Sanction) -> None:
    sanction.lifted_at = utcnow()
    sanction.lifted_by_id = actor.id
    refresh_standing(sanction.user)


def lift_sanction(actor, sanction: Sanction, reason: str = "") -> None:
    """Moderators end a silence, suspension or warning early."""
    require(actor, "user.lift_sanction", sanction.user)
    reason = _reason(reason, required=False)
    if not sanction.is_active:
        raise RuleViolation(_l("This sanction is over already."))
    _lift(actor, sanction)
    # An appeal waiting against it has nothing left to decide.
    for item in db.session.scalars(
        select(ReviewItem).where(
            ReviewItem.sanction_id == sanction.id, ReviewItem.status.in_(("pending", "deferred"))
        )
    ):
        audit.settle_item(actor, item, "approved", reason)
    audit.log(
        actor,
        "user.lift",
        reason=reason,
        user=sanction.user,
        sanction_id=sanction.id,
        kind=sanction.kind,
    )


def delete_spammer(actor, member: User, reason: str = "") -> int:
    """Remove a spammer: delete all they wrote, suspend them for good, block their email.

    Their open review items are settled as rejected; returns how many posts were deleted.
    """
    require(actor, "user.delete_spammer", member)
    reason = _reason(reason, required=False)
    posts = list(
        db.session.scalars(
            select(Post)
            .where(Post.author_id == member.id, Post.status != "deleted")
            # Answers first, so each topic's counters drop before the topic itself goes.
            .order_by((Post.position == 1).asc(), Post.id)
        )
    )
    topics = sum(1 for post in posts if post.is_question)
    for post in posts:
        forum.delete_post(actor, post)
    for comment in db.session.scalars(
        select(Comment).where(Comment.author_id == member.id, Comment.status == "visible")
    ):
        forum.delete_comment(actor, comment)
    for item in db.session.scalars(
        select(ReviewItem).where(
            ReviewItem.user_id == member.id, ReviewItem.status.in_(("pending", "deferred"))
        )
    ):
        # The flaggers were right: that trains their weight like a rejection in the queue.
        audit.settle_flags(item.post, agreed=True, actor=actor)
        audit.settle_item(actor, item, "rejected", reason)
    if not is_suspended(member) or member.suspended_until != PERMANENT:
        _suspend(actor, member, reason, None)
    else:
        member.session_nonce = new_session_nonce()
    email = member.email.lower()
    if not email_blocked(email):
        db.session.add(BlockedEmail(email=email, reason=reason[:300]))
    audit.log(
        actor,
        "user.delete_spammer",
        reason=reason,
        user=member,
        posts=len(posts),
        topics=topics,
    )
    return len(posts)


# -- the member's side -------------------------------------------------------------------


def acknowledge_warning(member: User, sanction: Sanction) -> None:
    """The member confirms they read a warning; pages open normally again when none is left."""
    require(member, "sanction.acknowledge", sanction)
    sanction.acknowledged_at = utcnow()
    refresh_standing(member)
    audit.log(member, "warning.acknowledge", user=member, sanction_id=sanction.id)


def appeal_sanction(member: User, sanction: Sanction, text: str) -> ReviewItem:
    """A silenced or suspended member may appeal once; the appeal goes to the review queue."""
    require(member, "sanction.appeal", sanction)
    text = (text or "").strip()
    if not text:
        raise RuleViolation(_l("Please say why the team should reconsider."), field="appeal")
    if len(text) > APPEAL_MAX:
        raise RuleViolation(_l("At most %(num)s characters.", num=APPEAL_MAX), field="appeal")
    sanction.appealed_at, sanction.appeal = utcnow(), text
    item = ReviewItem(
        kind="appeal",
        reason="appeal",
        detail=sanction.kind,
        sanction_id=sanction.id,
        user_id=member.id,
        category_id=None,
    )
    db.session.add(item)
    db.session.flush()
    audit.log(
        member,
        "sanction.appeal",
        reason=text,
        user=member,
        sanction_id=sanction.id,
        kind=sanction.kind,
        item_id=item.id,
    )
    return item


def _appeal_item(actor, item: ReviewItem) -> Sanction:
    require(actor, "review.decide", item)
    if item.kind != "appeal" or item.sanction is None:
        raise RuleViolation(_l("This item is not an appeal."))
    if item.status not in ("pending", "deferred"):
        raise RuleViolation(_l("This item was decided already."))
    require(actor, "user.lift_sanction", item.sanction.user)
    return item.sanction


def grant_appeal(actor, item: ReviewItem, reason: str = "") -> None:
    """Moderators grant an appeal: the sanction is lifted at once."""
    sanction = _appeal_item(actor, item)
    reason = _reason(reason, required=False)
    if sanction.is_active:
        _lift(actor, sanction)
    audit.settle_item(actor, item, "approved", reason)
    audit.log(
        actor,
        "appeal.grant",
        reason=reason,
        user=sanction.user,
        sanction_id=sanction.id,
        kind=sanction.kind,
        item_id=item.id,
    )


def deny_appeal(actor, item: ReviewItem, reason: str) -> None:
    """Moderators deny an appeal with a reason the member reads; the sanction stays."""
    sanction = _appeal_item(actor, item)
    reason = _reason(reason)
    audit.settle_item(actor, item, "rejected", reason)
    audit.log(
        actor,
        "appeal.deny",
        reason=reason,
        user=sanction.user,
        sanction_id=sanction.id,
        kind=sanction.kind,
        item_id=item.id,
    )
