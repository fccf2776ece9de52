"""What the notification emails say: one email per notification, or a digest; and the
signed unsubscribe links in them.

Emails are rendered in the recipient's language, as text and HTML, and queued with
mail.enqueue in the transaction that decided them (mail.py delivers them). Every email
carries a link that unsubscribes from its kind without logging in, and the
List-Unsubscribe headers for mail programs (RFC 2369 and the one-click POST of RFC 8058).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from flask import current_app, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer
from markupsafe import Markup
from sqlalchemy import func, select, update

from community import markup
from community.accounts.models import User
from community.extensions import db
from community.forum.models import Comment
from community.notifications import mail
from community.notifications.models import Notification, OutgoingEmail
from community.timeutil import utcnow

DIGEST_PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
# A digest lists this many notices at most; the rest are a click away in the bell.
DIGEST_LIMIT = 50
# What an unsubscribe link may name besides a kind: every kind on a digest, or everything.
UNSUBSCRIBE_SCOPES = ("daily", "weekly", "all")


# -- unsubscribe links ---------------------------------------------------------------------


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="email-unsubscribe")


def unsubscribe_token(user_id: int, scope: str) -> str:
    """A link's token that names the member and what to stop (a kind, a digest, or all).

    It does not expire: an old email's link must still work.
    """
    return _serializer().dumps([user_id, scope])


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        user_id, scope = _serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or not isinstance(scope, str):
        return None
    return user_id, scope


def _unsubscribe(user_id: int, scope: str) -> tuple[str, dict[str, str]]:
    link = url_for(
        "notifications.unsubscribe", token=unsubscribe_token(user_id, scope), _external=True
    )
    headers = {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return link, headers


# -- rendering -----------------------------------------------------------------------------


@contextmanager
def recipient_context(user: User) -> Iterator[None]:
    """Render as a request to the site would, in the recipient's language."""
    with current_app.test_request_context(base_url=current_app.config["BASE_URL"]):
        with force_locale(user.locale or current_app.config["DEFAULT_LOCALE"]):
            yield


def _plain(html: str) -> str:
    return " ".join(Markup(html).striptags().split())


def target_url(notification: Notification, user: User, **external) -> str:
    """Where a notification leads (in the bell, the email and the API)."""
    if notification.topic is not None:
        anchor = f"p{notification.post_id}" if notification.post_id else None
        return url_for(
            "forum.topic",
            topic_id=notification.topic.id,
            slug=notification.topic.slug,
            _anchor=anchor,
            **external,
        )
    kind = notification.kind
    if kind == "campaign":
        return url_for("campaigns.campaign", slug=notification.data.get("slug", ""), **external)
    if kind == "trust_level":
        return url_for("reputation.trust_level", username=user.username, **external)
    if kind == "badge":
        return url_for("reputation.badge", slug=notification.data.get("badge", ""), **external)
    if kind == "expert":
        return url_for("experts.index", **external)
    if kind == "moderation":
        # A warning, silence, suspension or appeal: the member's standing page explains it.
        return url_for("sanctions.standing", **external)
    return url_for("notifications.index", **external)


def notification_context(notifications: list[Notification]) -> dict:
    """What the sentence template needs besides the notices (one query at most)."""
    from community.notifications.services import categories_named_in
    from community.reputation import badges

    return {"categories": categories_named_in(notifications), "badge_catalogue": badges.BADGES}


def _excerpt(notification: Notification) -> str:
    """The words the notice is about: the comment, else the post (if still visible)."""
    comment_id = notification.data.get("comment_id")
    if comment_id is not None:
        comment = db.session.get(Comment, comment_id)
        return (
            markup.plain_text(comment.body, 300) if comment and comment.status == "visible" else ""
        )
    post = notification.post
    if post is None or post.status != "visible":
        return ""
    return markup.plain_text(post.body, 300)


def render_notification_email(user: User, notification: Notification) -> dict:
    """Subject, text and HTML of one notification's email, and its unsubscribe headers."""
    with recipient_context(user):
        context = notification_context([notification])
        sentence = _plain(
            render_template("notifications/email/sentence.html", note=notification, **context)
        )
        about = notification.topic.title if notification.topic is not None else ""
        link, headers = _unsubscribe(user.id, notification.kind)
        values = {
            "user": user,
            "note": notification,
            "sentence": sentence,
            "about": about,
            "excerpt": _excerpt(notification),
            "link": target_url(notification, user, _external=True),
            "unsubscribe": link,
            "preferences": url_for("notifications.settings", _external=True),
            "site_name": current_app.config["SITE_NAME"],
            **context,
        }
        subject = f"{sentence.rstrip('.')} – {about}" if about else sentence
        return {
            "subject": subject[:300],
            "text": render_template("notifications/email/notification.txt", **values),
            "html": render_template("notifications/email/notification.html", **values),
            "headers": headers,
        }


def queue_notification_email(user: User, notification: Notification) -> OutgoingEmail:
    rendered = render_notification_email(user, notification)
    return mail.enqueue(
        to=user.email,
        subject=rendered["subject"],
        text=rendered["text"],
        html=rendered["html"],
        kind="notification",
        user_id=user.id,
        notification_id=notification.id,
        headers=rendered["headers"],
    )


# -- digests -------------------------------------------------------------------------------


def send_digests(now: datetime | None = None) -> int:
    """Queue the daily and weekly digests that are due; returns how many were queued.

    A member's digest is due a period after their last one (or, before the first, a
    period after the oldest notice waiting for it). It lists the notices still unread;
    those read in the bell meanwhile are not mailed again. Each digest is queued in the
    same transaction that marks its notices as digested, so none is mailed twice.
    """
    now = now or utcnow()
    queued = 0
    for cadence, period in DIGEST_PERIODS.items():
        waiting = db.session.execute(
            select(Notification.user_id, func.min(Notification.created_at))
            .where(Notification.mail == cadence)
            .group_by(Notification.user_id)
        ).all()
        if not waiting:
            continue
        last_sent = dict(
            db.session.execute(
                select(OutgoingEmail.user_id, func.max(OutgoingEmail.created_at))
                .where(
                    OutgoingEmail.kind == f"digest_{cadence}",
                    OutgoingEmail.user_id.in_([user_id for user_id, _oldest in waiting]),
                )
                .group_by(OutgoingEmail.user_id)
            ).all()
        )
        for user_id, oldest in waiting:
            if now - (last_sent.get(user_id) or oldest) < period:
                continue
            if _queue_digest(user_id, cadence, now):
                queued += 1
    return queued


def _queue_digest(user_id: int, cadence: str, now: datetime) -> bool:
    user = db.session.get(User, user_id)
    pending = (Notification.user_id == user_id) & (Notification.mail == cadence)
    notices = list(
        db.session.scalars(
            select(Notification)
            .where(pending, Notification.read_at.is_(None), Notification.created_at <= now)
            .order_by(Notification.created_at.desc(), Notification.id.desc())
            .limit(DIGEST_LIMIT)
        )
    )
    unread_total = db.session.scalar(
        select(func.count(Notification.id)).where(pending, Notification.read_at.is_(None))
    )
    db.session.execute(
        update(Notification).where(pending, Notification.created_at <= now).values(mail="digested"),
        execution_options={"synchronize_session": False},
    )
    if user is None or not user.email or not notices:
        return False
    with recipient_context(user):
        context = notification_context(notices)
        link, headers = _unsubscribe(user.id, cadence)
        items = [
            {
                "note": note,
                "sentence": _plain(
                    render_template("notifications/email/sentence.html", note=note, **context)
                ),
                "about": note.topic.title if note.topic is not None else "",
                "link": target_url(note, user, _external=True),
            }
            for note in notices
        ]
        values = {
            "user": user,
            "cadence": cadence,
            "items": items,
            "more": max(unread_total - len(notices), 0),
            "bell": url_for("notifications.index", _external=True),
            "unsubscribe": link,
            "preferences": url_for("notifications.settings", _external=True),
            "site_name": current_app.config["SITE_NAME"],
        }
        if cadence == "daily":
            subject = _("Your daily digest: %(num)s new", num=unread_total)
        else:
            subject = _("Your weekly digest: %(num)s new", num=unread_total)
        row = mail.enqueue(
            to=user.email,
            subject=f"{subject} · {current_app.config['SITE_NAME']}",
            text=render_template("notifications/email/digest.txt", **values),
            html=render_template("notifications/email/digest.html", **values),
            kind=f"digest_{cadence}",
            user_id=user.id,
            headers=headers,
        )
        row.created_at = now  # the next digest is due a period after this one
    return True
