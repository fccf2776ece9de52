"""Notifications: created from outbox events after the commit, read and cleared by members."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from community.errors import NotFound
from community.extensions import db
from community.forum.models import Category
from community.notifications.models import Notification
from community.permissions import require
from community.timeutil import utcnow


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
    """Tell a member something, unless they caused it themselves or were told already."""
    if user_id is None or (actor_id is not None and actor_id == user_id):
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
    return notification


def unread_count(user) -> int:
    return db.session.scalar(
        select(func.count(Notification.id)).where(
            Notification.user_id == user.id, Notification.read_at.is_(None)
        )
    )


def list_for(user, page: int = 1, per_page: int = 30):
    """A member's notifications, newest first."""
    query = (
        select(Notification)
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
    )
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
