"""Flags, review items, sanctions, watched words, blocked emails and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.extensions import db
from community.forum.models import Category, Post, Topic
from community.timeutil import utcnow

FLAG_REASONS = ("spam", "offensive", "off_topic", "duplicate", "staff", "other")
FLAG_STATUSES = ("pending", "agreed", "disagreed", "deferred")


class Flag(db.Model):
    """A member's report on a post; one per member and post."""

    __tablename__ = "flags"
    __table_args__ = (
        UniqueConstraint("user_id", "post_id"),
        Index("ix_flags_post_id_status", "post_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(500), default="")
    duplicate_url: Mapped[str] = mapped_column(String(300), default="")
    # How much this flag counts, from the flagger's trust level and past accuracy.
    weight: Mapped[float] = mapped_column(default=1.0)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    post: Mapped[Post] = relationship()
    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined", innerjoin=True)


REVIEW_KINDS = ("flagged", "held", "edited", "appeal")
REVIEW_STATUSES = ("pending", "approved", "rejected", "deferred")


class ReviewItem(db.Model):
    """Something staff (or the category's experts) must look at before or after it is seen."""

    __tablename__ = "review_items"
    __table_args__ = (Index("ix_review_items_status_created_at", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    # Why: flags, first_post, watched_word, links, repeated_text, burst, edit, appeal.
    reason: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(String(500), default="")
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    sanction_id: Mapped[int | None] = mapped_column(
        ForeignKey("sanctions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    resolution: Mapped[str] = mapped_column(String(500), default="")

    post: Mapped[Post | None] = relationship()
    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined", innerjoin=True)
    category: Mapped[Category | None] = relationship()
    sanction: Mapped[Sanction | None] = relationship()


SANCTION_KINDS = ("warning", "silence", "suspension")


class Sanction(db.Model):
    """A warning (to acknowledge), a silence (read only) or a suspension (no login)."""

    __tablename__ = "sanctions"
    __table_args__ = (Index("ix_sanctions_user_id_kind", "user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(default=utcnow)
    ends_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    lifted_at: Mapped[datetime | None]
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    acknowledged_at: Mapped[datetime | None]
    appealed_at: Mapped[datetime | None]
    appeal: Mapped[str] = mapped_column(Text, default="")

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])

    @property
    def is_active(self) -> bool:
        """Not lifted and not over; a warning stays active until it is acknowledged."""
        if self.lifted_at is not None:
            return False
        if self.kind == "warning":
            return self.acknowledged_at is None
        return self.ends_at is None or self.ends_at > utcnow()


WATCHED_ACTIONS = ("block", "approve", "flag", "replace")


class WatchedWord(db.Model):
    """A word or pattern staff watch for in titles, bodies and usernames."""

    __tablename__ = "watched_words"
    __table_args__ = (UniqueConstraint("pattern", "action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pattern: Mapped[str] = mapped_column(String(200))
    is_regex: Mapped[bool] = mapped_column(default=False)
    action: Mapped[str] = mapped_column(String(20))
    replacement: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(String(300), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BlockedEmail(db.Model):
    """An address (of a deleted spammer) that may not register again."""

    __tablename__ = "blocked_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ModerationAction(db.Model):
    """The audit log: who did what to which target, why, and when."""

    __tablename__ = "moderation_actions"
    __table_args__ = (
        Index("ix_moderation_actions_created_at", "created_at"),
        Index("ix_moderation_actions_action_created_at", "action", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    # The member the action concerns (an author, a silenced member), if any.
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="SET NULL"), index=True
    )
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="joined")
    user: Mapped[User | None] = relationship(foreign_keys=[user_id], lazy="joined")
    topic: Mapped[Topic | None] = relationship(lazy="joined")
    post: Mapped[Post | None] = relationship()
