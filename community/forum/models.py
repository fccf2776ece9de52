"""Categories, tags, topics, posts, votes, revisions and comments."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from flask_babel import get_locale
from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.extensions import db
from community.timeutil import utcnow

TOPIC_KINDS = ("question", "discussion", "idea", "article")
# pending: held for review before anyone else sees it; merged: its posts moved to another topic.
TOPIC_STATUSES = ("open", "closed", "locked", "pending", "hidden", "deleted", "merged")
POST_STATUSES = ("visible", "pending", "hidden", "deleted")

topic_tags = Table(
    "topic_tags",
    db.metadata,
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    # Name and description in the other interface languages:
    # {"en": {"name": "Balcony solar", "description": "..."}}. Missing ones fall back.
    translations: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")
    position: Mapped[int] = mapped_column(default=0, index=True)
    topic_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    def name_in(self, locale: str | None) -> str:
        return (self.translations or {}).get(str(locale), {}).get("name") or self.name

    def description_in(self, locale: str | None) -> str:
        return (self.translations or {}).get(str(locale), {}).get("description") or self.description

    @property
    def local_name(self) -> str:
        """The name in the language of the current request."""
        return self.name_in(get_locale())

    @property
    def local_description(self) -> str:
        return self.description_in(get_locale())

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class Tag(db.Model):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    topic_count: Mapped[int] = mapped_column(default=0, index=True)

    def __repr__(self) -> str:
        return f"<Tag {self.name}>"


class Topic(db.Model):
    __tablename__ = "topics"
    __table_args__ = (
        Index("ix_topics_status_last_activity_at", "status", "last_activity_at"),
        Index("ix_topics_category_id_last_activity_at", "category_id", "last_activity_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="question")
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    accepted_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", use_alter=True, ondelete="SET NULL")
    )
    # Counters kept right by the services.
    answer_count: Mapped[int] = mapped_column(default=0, index=True)
    score: Mapped[int] = mapped_column(default=0, index=True)
    view_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_poster_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # Moderation: pinned "global" (home and category) or "category"; why a topic was closed.
    pinned: Mapped[str | None] = mapped_column(String(10))
    pinned_at: Mapped[datetime | None]
    close_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="SET NULL")
    )
    # A merged topic's address leads here.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="SET NULL"), index=True
    )
    # The campaign the topic belongs to (community.campaigns decides).
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    # Ideas: where the team stands (campaigns.models.IDEA_STATUSES); None for other kinds.
    idea_status: Mapped[str | None] = mapped_column(String(20), index=True)
    # A guide made from an answer: the answer it came from.
    source_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", use_alter=True, ondelete="SET NULL")
    )

    category: Mapped[Category] = relationship(lazy="joined", innerjoin=True)
    author: Mapped[User] = relationship(foreign_keys=[author_id], lazy="joined", innerjoin=True)
    last_poster: Mapped[User | None] = relationship(foreign_keys=[last_poster_id], lazy="joined")
    tags: Mapped[list[Tag]] = relationship(secondary=topic_tags, order_by=Tag.name, lazy="selectin")

    @property
    def slug(self) -> str:
        """The title as a readable address part (Rechnungsfrage → rechnungsfrage)."""
        text = self.title.lower()
        for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            text = text.replace(umlaut, plain)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:80] or "topic"

    @property
    def is_solved(self) -> bool:
        return self.accepted_post_id is not None

    @property
    def is_deleted(self) -> bool:
        return self.status == "deleted"

    def __repr__(self) -> str:
        return f"<Topic {self.id} {self.title!r}>"


class Post(db.Model):
    """Any text in a topic: position 1 opens it, the rest answer it."""

    __tablename__ = "posts"
    __table_args__ = (UniqueConstraint("topic_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    position: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    score: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(20), default="visible")
    is_official: Mapped[bool] = mapped_column(default=False)
    edit_count: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    edited_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # Why a hidden post is hidden (a flag reason, "staff"), shown to its author.
    hidden_reason: Mapped[str] = mapped_column(String(30), default="", server_default="")
    hidden_at: Mapped[datetime | None]

    topic: Mapped[Topic] = relationship(foreign_keys=[topic_id])
    author: Mapped[User] = relationship(foreign_keys=[author_id], lazy="joined", innerjoin=True)

    @property
    def is_question(self) -> bool:
        return self.position == 1

    @property
    def is_deleted(self) -> bool:
        return self.status == "deleted"

    def __repr__(self) -> str:
        return f"<Post {self.id} in topic {self.topic_id}>"


class Vote(db.Model):
    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("user_id", "post_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    value: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Revision(db.Model):
    """A post as it stood after one edit; number 1 is the original."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("post_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    editor: Mapped[User] = relationship(lazy="joined", innerjoin=True)


class Comment(db.Model):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="visible")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    post: Mapped[Post] = relationship()
    author: Mapped[User] = relationship(lazy="joined", innerjoin=True)
