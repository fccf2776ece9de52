"""The reputation ledger, trust-level history, earned badges, expert roles and reading stats."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.extensions import db
from community.forum.models import Category, Post
from community.timeutil import utcnow

# Why reputation changed. A reversal row has the reason of the row it reverses.
VOTE_GAIN_REASONS = ("question_upvoted", "answer_upvoted")
REASONS = (*VOTE_GAIN_REASONS, "post_downvoted", "downvote_cast", "answer_accepted", "accepted")


class ReputationEvent(db.Model):
    """One line of the ledger; a member's reputation is 1 + the sum of theirs, never below 1."""

    __tablename__ = "reputation_events"
    __table_args__ = (
        Index("ix_reputation_events_user_id_created_at", "user_id", "created_at"),
        Index("ix_reputation_events_post_id_reason", "post_id", "reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    delta: Mapped[int]
    reason: Mapped[str] = mapped_column(String(30))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # Who caused it: the voter, the member who accepted.
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    # A reversal points at the row it undoes; the undone row is marked reversed.
    reverses_id: Mapped[int | None] = mapped_column(
        ForeignKey("reputation_events.id", ondelete="SET NULL")
    )
    reversed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    post: Mapped[Post | None] = relationship()

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None


class TrustLevelChange(db.Model):
    """Every promotion (automatic: no actor) and every change by staff, with the reason."""

    __tablename__ = "trust_level_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    old_level: Mapped[int]
    new_level: Mapped[int]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


class TopicRead(db.Model):
    """How far a member has read a topic: feeds topics entered and posts read."""

    __tablename__ = "topic_reads"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    posts_seen: Mapped[int] = mapped_column(default=0)
    first_read_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_read_at: Mapped[datetime] = mapped_column(default=utcnow)


class UserBadge(db.Model):
    """A badge one member earned; `scope` is "" for once-only badges, "post:<id>" per post."""

    __tablename__ = "user_badges"
    __table_args__ = (
        UniqueConstraint("user_id", "badge", "scope"),
        Index("ix_user_badges_badge_awarded_at", "badge", "awarded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    badge: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(40), default="")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    awarded_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)
    post: Mapped[Post | None] = relationship()


EXPERT_SOURCES = ("earned", "appointed")
# proposed: waits for staff (where earned roles need confirmation); active; revoked and
# declined end a role. An active earned role below the bar has `below_bar_since` set.
EXPERT_STATUSES = ("proposed", "active", "revoked", "declined")


class ExpertRole(db.Model):
    """An expert of one category (or of all, category None), earned or appointed.

    The rows are also the log: who granted or revoked, when, and why.
    """

    __tablename__ = "expert_roles"
    __table_args__ = (Index("ix_expert_roles_category_id_status", "category_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="active")
    since: Mapped[datetime] = mapped_column(default=utcnow)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(300), default="")
    # Earned roles: since when the member has been below the bar (None: above it).
    below_bar_since: Mapped[datetime | None]
    featured: Mapped[bool] = mapped_column(default=False)
    ended_at: Mapped[datetime | None]
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    end_reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined", innerjoin=True)
    category: Mapped[Category | None] = relationship(lazy="joined")
    granted_by: Mapped[User | None] = relationship(foreign_keys=[granted_by_id])
    ended_by: Mapped[User | None] = relationship(foreign_keys=[ended_by_id])

    @property
    def is_active(self) -> bool:
        return self.status == "active"
