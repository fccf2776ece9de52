"""Members and their API tokens."""

from __future__ import annotations

import secrets
from datetime import date, datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.extensions import db
from community.timeutil import utcnow

ROLES = ("member", "moderator", "brand_manager", "admin")
STAFF_ROLES = ("moderator", "brand_manager", "admin")


def new_session_nonce() -> str:
    return secrets.token_urlsafe(12)


class User(UserMixin, db.Model):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30))
    # The lower-cased username: unique, so "Sabine" and "sabine" cannot both exist.
    username_key: Mapped[str] = mapped_column(String(30), unique=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-cased
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(60), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    bio_html: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="member")
    locale: Mapped[str | None] = mapped_column(String(5))
    # Caches kept by community.reputation: the ledger sum and whether any expert role is active.
    reputation: Mapped[int] = mapped_column(default=1, index=True)
    is_expert: Mapped[bool] = mapped_column(default=False)
    # 0 new, 1 basic, 2 member, 3 regular, 4 leader (granted by staff only).
    trust_level: Mapped[int] = mapped_column(default=0)
    # Activity that trust levels are computed from.
    days_visited: Mapped[int] = mapped_column(default=0)
    last_visit_on: Mapped[date | None]
    topics_entered: Mapped[int] = mapped_column(default=0)
    posts_read: Mapped[int] = mapped_column(default=0)
    flags_agreed: Mapped[int] = mapped_column(default=0)
    flags_disagreed: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None]
    # Caches of the active sanctions (community.moderation keeps them right): until when the
    # member may only read, until when they may not log in, and an unread staff warning.
    silenced_until: Mapped[datetime | None]
    suspended_until: Mapped[datetime | None]
    warning_pending: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Part of the login cookie: a new nonce ends every other session.
    session_nonce: Mapped[str] = mapped_column(String(32), default=new_session_nonce)

    def get_id(self) -> str:
        return f"{self.id}:{self.session_nonce}"

    @property
    def name(self) -> str:
        return self.display_name or self.username

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def initials(self) -> str:
        # Words that start with a letter or digit: "Jana (Moderation)" gives "JM", not "J(".
        spaced = self.name.replace("_", " ").replace(".", " ")
        words = [w.strip("()[]{}\"'-") for w in spaced.split()]
        words = [w for w in words if w and w[0].isalnum()]
        letters = "".join(w[0] for w in words[:2]) or self.username[:2]
        return letters.upper()

    def __repr__(self) -> str:
        return f"<User {self.username}>"


class ApiToken(db.Model):
    """A bearer token for the JSON API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
