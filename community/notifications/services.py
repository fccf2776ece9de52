"""Notifications: created from outbox events after the commit, read and cleared by members."""

from __future__ import annotations

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified

from community.accounts.models import User
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum.models import Category
from community.notifications import watching
from community.notifications.models import CADENCES, EmailPreference, Notification
from community.permissions import require
from community.timeutil import utcnow

# Email per kind of notification, unless the member chose otherwise: what answers them
# at once, their standing and the news of what they follow in a digest, votes weekly.
EMAIL_DEFAULTS = {
    "answer": "immediately",
    "comment": "immediately",
    "mention": "immediately",
    "accepted": "immediately",
    "moderation": "immediately",
    "expert": "immediately",
    "campaign": "immediately",
    "idea_status": "daily",
    "new_topic": "daily",
    "badge": "weekly",
    "trust_level": "weekly",
    "votes": "weekly",
}
EMAIL_LABELS = {
    "answer": _l("Answers in topics you watch (your own questions included)"),
    "comment": _l("Comments on your posts"),
    "mention": _l("Mentions of you (@name)"),
    "accepted": _l("Your answer accepted as the solution"),
    "moderation": _l("Moderation of your posts or account, with the reason"),
    "expert": _l("Expert roles"),
    "campaign": _l("Campaigns you joined"),
    "idea_status": _l("Status changes of ideas you voted for"),
    "new_topic": _l("New topics in categories, tags and campaigns you watch"),
    "badge": _l("Badges"),
    "trust_level": _l("Trust levels"),
    "votes": _l("Votes on your posts"),
}
CADENCE_LABELS = {
    "immediately": _l("Immediately"),
    "daily": _l("Daily digest"),
    "weekly": _l("Weekly digest"),
    "never": _l("Never"),
}


def notify(
    user_id: int | None,
    kind: str,
    *,
    event_id: int | None,
    actor_id: int | None = None,
    topic_id: int | None = None,
    post_id: int | None = None,
    **data,
) -> Notification | None:
    """Tell a member something, unless they caused it themselves or were told already.

    Nothing about a topic the member muted. `quiet=True` (in data) keeps it out of email.
    Whether and when it goes out by email is decided here, in the same transaction: an
    immediate email is queued with it, a digest picks it up later (messages.py).
    """
    quiet = bool(data.pop("quiet", False))
    if user_id is None or (actor_id is not None and actor_id == user_id):
        return None
    if watching.is_muted(user_id, topic_id):
        return None
    if event_id is not None:
        told = db.session.scalar(
            select(Notification.id).where(
                Notification.user_id == user_id, Notification.event_id == event_id
            )
        )
        if told is not None:
            return None
    notification = Notification(
        user_id=user_id,
        kind=kind,
        event_id=event_id,
        actor_id=actor_id,
        topic_id=topic_id,
        post_id=post_id,
        data=data,
    )
    try:
        with db.session.begin_nested():
            db.session.add(notification)
    except IntegrityError:  # told by another process at the same moment
        return None
    if not quiet:
        _decide_mail(notification)
    return notification


def _decide_mail(notification: Notification) -> None:
    from community.notifications import messages

    if not current_app.config["NOTIFICATION_EMAIL"]:
        return
    user = db.session.get(User, notification.user_id)
    if user is None or not user.email:
        return
    cadence = cadence_for(user.id, notification.kind)
    if cadence == "immediately":
        notification.mail = "queued"
        messages.queue_notification_email(user, notification)
    elif cadence in ("daily", "weekly"):
        notification.mail = cadence


def notify_vote(post, voter_id: int, *, event_id: int) -> Notification | None:
    """Votes on a post come as one notice that counts them while it is unread."""
    if post.author_id == voter_id:
        return None
    open_notice = db.session.scalar(
        select(Notification).where(
            Notification.user_id == post.author_id,
            Notification.kind == "votes",
            Notification.post_id == post.id,
            Notification.read_at.is_(None),
        )
    )
    if open_notice is None:
        return notify(
            post.author_id,
            "votes",
            event_id=event_id,
            actor_id=voter_id,
            topic_id=post.topic_id,
            post_id=post.id,
            count=1,
        )
    open_notice.data = {**open_notice.data, "count": open_notice.data.get("count", 1) + 1}
    flag_modified(open_notice, "data")
    open_notice.actor_id, open_notice.created_at = voter_id, utcnow()
    return open_notice


# -- email preferences ------------------------------------------------------------------------


def cadence_for(user_id: int, kind: str) -> str:
    chosen = db.session.get(EmailPreference, (user_id, kind))
    return chosen.cadence if chosen is not None else EMAIL_DEFAULTS.get(kind, "never")


def cadences_for(user) -> dict[str, str]:
    """The member's choice for every kind (defaults filled in), in one statement."""
    chosen = dict(
        db.session.execute(
            select(EmailPreference.kind, EmailPreference.cadence).where(
                EmailPreference.user_id == user.id
            )
        ).all()
    )
    return {kind: chosen.get(kind, default) for kind, default in EMAIL_DEFAULTS.items()}


def set_cadences(actor, user, choices: dict[str, str]) -> None:
    """Save the member's email choices; kinds not named keep theirs."""
    require(actor, "email_preferences.update", user)
    for kind, cadence in choices.items():
        if kind not in EMAIL_DEFAULTS:
            raise RuleViolation(_l("Unknown kind of notification."), field=kind)
        if cadence not in CADENCES:
            raise RuleViolation(_l("Choose immediately, daily, weekly or never."), field=kind)
    for kind, cadence in choices.items():
        row = db.session.get(EmailPreference, (user.id, kind))
        if row is None:
            db.session.add(EmailPreference(user_id=user.id, kind=kind, cadence=cadence))
        else:
            row.cadence, row.updated_at = cadence, utcnow()
    # What waits for a digest the member no longer wants goes nowhere.
    for kind, cadence in choices.items():
        if cadence in ("immediately", "never"):
            db.session.execute(
                update(Notification)
                .where(
                    Notification.user_id == user.id,
                    Notification.kind == kind,
                    Notification.mail.in_(("daily", "weekly")),
                )
                .values(mail="none"),
                execution_options={"synchronize_session": False},
            )


def unread_count(user) -> int:
    return db.session.scalar(
        select(func.count(Notification.id)).where(
            Notification.user_id == user.id, Notification.read_at.is_(None)
        )
    )


def list_for(user, page: int = 1, per_page: int = 30, unread_only: bool = False):
    """A member's notifications, newest first."""
    query = select(Notification).where(Notification.user_id == user.id)
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    query = query.order_by(Notification.created_at.desc(), Notification.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def categories_named_in(notifications) -> dict[int, Category]:
    """The categories that expert-role notifications name, by id (one query at most)."""
    ids = {n.data.get("category_id") for n in notifications} - {None}
    if not ids:
        return {}
    return {c.id: c for c in db.session.scalars(select(Category).where(Category.id.in_(ids)))}


def get_notification(actor, notification_id: int) -> Notification:
    """One of the actor's notifications; someone else's is as good as missing."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != getattr(actor, "id", None):
        raise NotFound(notification_id)
    return notification


def mark_read(actor, notification: Notification) -> None:
    require(actor, "notification.read", notification)
    if notification.read_at is None:
        notification.read_at = utcnow()


def mark_all_read(actor) -> int:
    require(actor, "notification.read_all")
    result = db.session.execute(
        update(Notification)
        .where(Notification.user_id == actor.id, Notification.read_at.is_(None))
        .values(read_at=utcnow()),
        execution_options={"synchronize_session": False},
    )
    return result.rowcount


def emailed_kinds(user, scope: str) -> list[str]:
    """The kinds an unsubscribe scope names that still come by email: one kind, every kind
    on a digest ("daily", "weekly"), or every kind ("all")."""
    current = cadences_for(user)
    if scope == "all":
        return [kind for kind, cadence in current.items() if cadence != "never"]
    if scope in ("daily", "weekly"):
        return [kind for kind, cadence in current.items() if cadence == scope]
    if scope in EMAIL_DEFAULTS:
        return [scope] if current[scope] != "never" else []
    raise RuleViolation(_l("This link does not name a kind of email."))


def unsubscribe(user, scope: str) -> list[str]:
    """Stop email of one kind, of every kind on a digest, or all (see emailed_kinds).

    The member is the one a signed link names (messages.read_unsubscribe_token): the link
    is their authority, no login needed. Returns the kinds that were switched off.
    """
    require(user, "email_preferences.update", user)
    kinds = emailed_kinds(user, scope)
    set_cadences(user, user, dict.fromkeys(kinds, "never"))
    return kinds
