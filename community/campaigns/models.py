"""Campaigns (time-boxed themes run by the brand team), their people and members, and
the status history of ideas."""

from __future__ import annotations

from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.extensions import db
from community.forum.models import Category, Tag
from community.timeutil import utcnow

# question drive: ask and answer on the theme; ask the expert: a scheduled window in which
# the featured experts and staff answer; idea challenge: propose ideas and vote;
# guide drive: write how-to guides.
CAMPAIGN_TYPES = {
    "questions": _l("Question drive"),
    "ask_the_expert": _l("Ask the expert"),
    "ideas": _l("Idea challenge"),
    "guides": _l("Guide drive"),
}
# What a campaign's goal counts (see campaigns.report.goal_value).
GOAL_METRICS = {
    "topics": _l("topics"),
    "answers": _l("answers"),
    "solved": _l("solved questions"),
    "ideas": _l("ideas"),
    "guides": _l("guides"),
    "participants": _l("participants"),
}
# The state follows the clock: a draft until published, then scheduled, live, ended.
CAMPAIGN_STATUSES = {
    "draft": _l("Draft"),
    "scheduled": _l("Scheduled"),
    "live": _l("Live"),
    "ended": _l("Ended"),
}
IDEA_STATUSES = {
    "new": _l("New"),
    "under_review": _l("Under review"),
    "planned": _l("Planned"),
    "in_progress": _l("In progress"),
    "done": _l("Done"),
    "declined": _l("Declined"),
}

campaign_tags = Table(
    "campaign_tags",
    db.metadata,
    Column("campaign_id", ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Campaign(db.Model):
    __tablename__ = "campaigns"
    __table_args__ = (
        Index("ix_campaigns_starts_at_ends_at", "starts_at", "ends_at"),
        Index("ix_campaigns_category_id_starts_at", "category_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    brief: Mapped[str] = mapped_column(Text, default="")
    brief_html: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String(20), default="questions")
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    goal_metric: Mapped[str] = mapped_column(String(20), default="topics")
    goal_target: Mapped[int] = mapped_column(default=10)
    call_to_action: Mapped[str] = mapped_column(String(200), default="")
    # None while a draft; set when the team publishes it (then the clock decides).
    published_at: Mapped[datetime | None]
    # When the start and the end were announced to the members who joined.
    start_announced_at: Mapped[datetime | None]
    end_announced_at: Mapped[datetime | None]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    category: Mapped[Category] = relationship(lazy="joined", innerjoin=True)
    tags: Mapped[list[Tag]] = relationship(
        secondary=campaign_tags, order_by=Tag.name, lazy="selectin"
    )

    def status_at(self, now: datetime) -> str:
        if self.published_at is None:
            return "draft"
        if now < self.starts_at:
            return "scheduled"
        if now < self.ends_at:
            return "live"
        return "ended"

    @property
    def status(self) -> str:
        return self.status_at(utcnow())

    @property
    def status_name(self):
        return CAMPAIGN_STATUSES[self.status]

    @property
    def type_name(self):
        return CAMPAIGN_TYPES.get(self.type, self.type)

    @property
    def goal_name(self):
        return GOAL_METRICS.get(self.goal_metric, self.goal_metric)

    @property
    def tag_names(self) -> list[str]:
        return [tag.name for tag in self.tags]

    def __repr__(self) -> str:
        return f"<Campaign {self.slug}>"


class CampaignPerson(db.Model):
    """A featured expert or a staff host of a campaign, in the order the page shows them."""

    __tablename__ = "campaign_people"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(10), default="expert")  # expert | host
    position: Mapped[int] = mapped_column(default=0)

    user: Mapped[User] = relationship(lazy="joined", innerjoin=True)


class CampaignMember(db.Model):
    """A member who joined a campaign: told when it starts, when experts answer, when it ends."""

    __tablename__ = "campaign_members"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class IdeaStatusChange(db.Model):
    """One step of an idea through its statuses, with the team's public note."""

    __tablename__ = "idea_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    previous: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    note_html: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[User] = relationship(lazy="joined", innerjoin=True)
