"""In-app notifications: what a member should learn about, one row per member and event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.extensions import db
from community.forum.models import Post, Topic
from community.timeutil import utcnow

# answer: someone answered your topic; comment: someone commented on your post;
# accepted: your answer is the solution; trust_level, badge, expert: your standing changed;
# moderation: the team hid, rejected or approved your post (with the reason);
# campaign: a campaign you joined started or ended, or its experts answered;
# idea_status: an idea you voted for or wrote in changed its status;
# mention: someone wrote @you; votes: your post got votes (one notice per post, updated
# while unread); new_topic: a new topic in a category, tag or campaign you watch.
KINDS = (
    "answer",
    "comment",
    "mention",
    "votes",
    "new_topic",
    "accepted",
    "trust_level",
    "badge",
    "expert",
    "moderation",
    "campaign",
    "idea_status",
)


class Notification(db.Model):
    __tablename__ = "notifications"
    __table_args__ = (
        # The consumer may see an event twice (a retry): one notification per member and event.
        UniqueConstraint("user_id", "event_id"),
        Index("ix_notifications_user_id_read_at", "user_id", "read_at"),
        Index("ix_notifications_user_id_created_at", "user_id", "created_at"),
        # The digests: whose notices wait for a daily or weekly mail.
        Index("ix_notifications_mail_user_id", "mail", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), index=True
    )
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]
    # What becomes of it by email (see MAIL_STATES): decided when it is created.
    mail: Mapped[str] = mapped_column(String(10), default="none", server_default="none")

    topic: Mapped[Topic | None] = relationship(lazy="joined")
    post: Mapped[Post | None] = relationship()
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="joined")

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


# none: no email (the member chose never, or it came before email existed);
# queued: an email of its own is in the mail queue; daily, weekly: waits for that digest;
# digested: went out in a digest (or was read in the bell before the digest went).
MAIL_STATES = ("none", "queued", "daily", "weekly", "digested")

# How a member follows a topic, category, tag or campaign, as in Discourse:
# watching: told of every new answer (topics) or every new topic (the others);
# tracking: told only of what concerns them (mentions, comments, acceptance); the digest
# lists new topics of tracked categories, tags and campaigns;
# muted: told nothing about it, not even as its author.
WATCH_LEVELS = ("watching", "tracking", "muted")
WATCH_TARGETS = ("topic", "category", "tag", "campaign")


class Watch(db.Model):
    """One member's level for one topic, category, tag or campaign (exactly one is set)."""

    __tablename__ = "watches"
    __table_args__ = (
        # Who is told about a topic, category, tag or campaign (the target comes first).
        UniqueConstraint("topic_id", "user_id"),
        UniqueConstraint("category_id", "user_id"),
        UniqueConstraint("tag_id", "user_id"),
        UniqueConstraint("campaign_id", "user_id"),
        CheckConstraint(
            "(CASE WHEN topic_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN tag_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN campaign_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
        CheckConstraint("level IN ('watching', 'tracking', 'muted')", name="level"),
        # A member's list of what they watch.
        Index("ix_watches_user_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    tag_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    level: Mapped[str] = mapped_column(String(10))
    # Set by asking or answering rather than chosen; a choice replaces it.
    automatic: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def target_type(self) -> str:
        for name in WATCH_TARGETS:
            if getattr(self, f"{name}_id") is not None:
                return name
        raise ValueError("a watch without a target")


# How often a member wants email of one kind of notification.
CADENCES = ("immediately", "daily", "weekly", "never")


class EmailPreference(db.Model):
    """A member's choice for one kind of notification; without a row, the default holds."""

    __tablename__ = "email_preferences"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    cadence: Mapped[str] = mapped_column(String(12))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# queued: waits for its turn (next_attempt_at); sending: a process has claimed it until
# claimed_until; sent; failed: the server refused it for good, or it ran out of attempts.
MAIL_STATUSES = ("queued", "sending", "sent", "failed")


class OutgoingEmail(db.Model):
    """One email in the queue: written in the transaction that decided to send it.

    A notification's email is unique to it, so a retried consumer never queues it twice;
    delivery claims a row before sending, so two processes never send it twice.
    """

    __tablename__ = "mail_queue"
    __table_args__ = (
        Index("ix_mail_queue_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_mail_queue_user_id_kind_created_at", "user_id", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notifications.id", ondelete="SET NULL"), unique=True
    )
    # notification, digest_daily, digest_weekly, or account (password reset and such).
    kind: Mapped[str] = mapped_column(String(20))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text, default="")
    # Extra headers: List-Unsubscribe, List-Unsubscribe-Post.
    headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    message_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
