"""In-app notifications: what a member should learn about, one row per member and event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.extensions import db
from community.forum.models import Post, Topic
from community.timeutil import utcnow

# answer: someone answered your topic; comment: someone commented on your post;
# accepted: your answer is the solution; trust_level, badge, expert: your standing changed;
# moderation: the team hid, rejected or approved your post (with the reason);
# campaign: a campaign you joined started or ended, or its experts answered;
# idea_status: an idea you voted for or wrote in changed its status.
KINDS = (
    "answer",
    "comment",
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

    topic: Mapped[Topic | None] = relationship(lazy="joined")
    post: Mapped[Post | None] = relationship()
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="joined")

    @property
    def is_unread(self) -> bool:
        return self.read_at is None
