"""Campaigns: the brand team creates, schedules and edits them; members join and take part.

A campaign's state follows the clock (`Campaign.status_at`): a draft until published,
then scheduled, live between its start and end, ended after. A topic belongs to a
campaign when it was asked on the campaign's page while the campaign was live, or was
asked during the window in the campaign's category with one of its tags (or in its
category, if the campaign names no tags); `attach_new_topic` decides, from the
`topic.created` event, so the forum needs to know nothing about campaigns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import case, delete, func, or_, select
from sqlalchemy.exc import IntegrityError

from community import events, markup
from community.accounts.models import STAFF_ROLES, User
from community.campaigns.models import (
    CAMPAIGN_TYPES,
    GOAL_METRICS,
    Campaign,
    CampaignMember,
    CampaignPerson,
    campaign_tags,
)
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Post, Tag, Topic
from community.permissions import can, require
from community.timeutil import utcnow

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TITLE_MIN, TITLE_MAX = 5, 120
BRIEF_MAX = 20_000
MAX_PEOPLE = 12
LISTED = ("open", "closed", "locked")


@dataclass
class CampaignInput:
    """What the campaign form sends; the service checks every field."""

    title: str
    slug: str
    brief: str
    type: str
    category: Category | None
    starts_at: datetime | None
    ends_at: datetime | None
    goal_metric: str
    goal_target: int | None
    call_to_action: str = ""
    tags: str | list[str] = ""
    experts: str | list[str] = ""
    hosts: str | list[str] = ""


# -- the brand team ----------------------------------------------------------------------


def create_campaign(actor, data: CampaignInput) -> Campaign:
    """A new campaign, as a draft that only staff see until it is published."""
    require(actor, "campaign.manage")
    campaign = Campaign(created_by_id=actor.id, published_at=None)
    _fill(campaign, data)
    db.session.add(campaign)
    db.session.flush()
    _set_people(campaign, data)
    events.record("campaign.created", campaign_id=campaign.id, user_id=actor.id)
    return campaign


def update_campaign(actor, campaign: Campaign, data: CampaignInput) -> Campaign:
    require(actor, "campaign.manage", campaign)
    _fill(campaign, data)
    campaign.updated_at = utcnow()
    db.session.flush()
    _set_people(campaign, data)
    events.record("campaign.updated", campaign_id=campaign.id, user_id=actor.id)
    return campaign


def publish_campaign(actor, campaign: Campaign) -> None:
    """From draft to scheduled (or live at once, if its start has come)."""
    require(actor, "campaign.manage", campaign)
    if campaign.published_at is not None:
        return
    if campaign.ends_at <= utcnow():
        raise RuleViolation(_l("The end lies in the past: change the dates first."), "ends_at")
    campaign.published_at = utcnow()
    db.session.flush()
    events.record("campaign.published", campaign_id=campaign.id, user_id=actor.id)


def unpublish_campaign(actor, campaign: Campaign) -> None:
    """Back to draft, while it has not started (a live campaign is ended, not hidden)."""
    require(actor, "campaign.manage", campaign)
    if campaign.status not in ("scheduled", "draft"):
        raise RuleViolation(_l("Only a campaign that has not started can go back to draft."))
    campaign.published_at = None
    db.session.flush()
    events.record("campaign.unpublished", campaign_id=campaign.id, user_id=actor.id)


def end_campaign(actor, campaign: Campaign) -> None:
    """End a live campaign now (the window closes; its report stays)."""
    require(actor, "campaign.manage", campaign)
    now = utcnow()
    if campaign.status != "live":
        raise RuleViolation(_l("Only a live campaign can be ended."))
    campaign.ends_at = now
    db.session.flush()
    events.record("campaign.updated", campaign_id=campaign.id, user_id=actor.id)


def _fill(campaign: Campaign, data: CampaignInput) -> None:
    title = " ".join((data.title or "").split())
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise RuleViolation(
            _l("The title needs %(min)s to %(max)s characters.", min=TITLE_MIN, max=TITLE_MAX),
            field="title",
        )
    slug = (data.slug or "").strip().lower()
    if not SLUG_RE.match(slug) or len(slug) > 60:
        raise RuleViolation(
            _l("Use lowercase letters, digits and dashes, e.g. balkonkraftwerk-wochen."),
            field="slug",
        )
    taken = db.session.scalar(select(Campaign.id).where(Campaign.slug == slug))
    if taken is not None and taken != campaign.id:
        raise RuleViolation(_l("Another campaign already uses this address."), field="slug")
    if data.type not in CAMPAIGN_TYPES:
        raise RuleViolation(_l("Please choose a type."), field="type")
    if data.category is None:
        raise RuleViolation(_l("Please choose a category."), field="category")
    if data.starts_at is None:
        raise RuleViolation(_l("Please give a start."), field="starts_at")
    if data.ends_at is None:
        raise RuleViolation(_l("Please give an end."), field="ends_at")
    if data.ends_at <= data.starts_at:
        raise RuleViolation(_l("The end must come after the start."), field="ends_at")
    if data.goal_metric not in GOAL_METRICS:
        raise RuleViolation(_l("Please choose what the goal counts."), field="goal_metric")
    if data.goal_target is None or not 1 <= data.goal_target <= 1_000_000:
        raise RuleViolation(_l("The goal is a number from 1 to 1,000,000."), field="goal_target")
    brief = (data.brief or "").strip()
    if len(brief) > BRIEF_MAX:
        raise RuleViolation(_l("At most %(num)s characters.", num=BRIEF_MAX), field="brief")
    campaign.title, campaign.slug, campaign.type = title, slug, data.type
    campaign.brief, campaign.brief_html = brief, markup.render(brief)
    campaign.category = data.category
    campaign.starts_at, campaign.ends_at = data.starts_at, data.ends_at
    campaign.goal_metric, campaign.goal_target = data.goal_metric, data.goal_target
    campaign.call_to_action = " ".join((data.call_to_action or "").split())[:200]
    names = forum.normalize_tags(data.tags)
    campaign.tags = _tags(names)


def _tags(names: list[str]) -> list[Tag]:
    """The campaign's tags, created if no topic used them yet."""
    if not names:
        return []
    existing = {t.name: t for t in db.session.scalars(select(Tag).where(Tag.name.in_(names)))}
    for name in names:
        if name not in existing:
            existing[name] = Tag(name=name, topic_count=0)
            db.session.add(existing[name])
    return [existing[name] for name in names]


def _usernames(raw) -> list[str]:
    if isinstance(raw, str):
        raw = re.split(r"[\s,;]+", raw)
    names = []
    for name in raw or ():
        name = name.strip().lstrip("@").lower()
        if name and name not in names:
            names.append(name)
    return names


def _set_people(campaign: Campaign, data: CampaignInput) -> None:
    """Featured experts (any member the team names) and staff hosts, in the given order."""
    experts, hosts = _usernames(data.experts), _usernames(data.hosts)
    if len(experts) + len(hosts) > MAX_PEOPLE:
        raise RuleViolation(_l("At most %(num)s people.", num=MAX_PEOPLE), field="experts")
    wanted = experts + [h for h in hosts if h not in experts]
    users = {
        u.username_key: u
        for u in db.session.scalars(select(User).where(User.username_key.in_(wanted)))
    }
    for field, names in (("experts", experts), ("hosts", hosts)):
        missing = [n for n in names if n not in users]
        if missing:
            raise RuleViolation(
                _l("No member is called %(names)s.", names=", ".join(missing)), field=field
            )
    for name in hosts:
        if not users[name].is_staff:
            raise RuleViolation(
                _l("%(name)s is not on the team: hosts are staff.", name=name), field="hosts"
            )
    db.session.execute(delete(CampaignPerson).where(CampaignPerson.campaign_id == campaign.id))
    for position, name in enumerate(wanted):
        role = "expert" if name in experts else "host"
        db.session.add(
            CampaignPerson(
                campaign_id=campaign.id, user_id=users[name].id, role=role, position=position
            )
        )
    db.session.flush()


# -- members -----------------------------------------------------------------------------


def join(member, campaign: Campaign) -> bool:
    """Take part: told when it starts, when its experts answer, when it ends."""
    require(member, "campaign.join", campaign)
    if is_member(member, campaign):
        return False
    try:
        with db.session.begin_nested():
            db.session.add(CampaignMember(campaign_id=campaign.id, user_id=member.id))
    except IntegrityError:  # joined in another tab at the same moment
        return False
    events.record("campaign.joined", campaign_id=campaign.id, user_id=member.id)
    return True


def leave(member, campaign: Campaign) -> bool:
    require(member, "campaign.leave", campaign)
    gone = db.session.execute(
        delete(CampaignMember).where(
            CampaignMember.campaign_id == campaign.id, CampaignMember.user_id == member.id
        )
    ).rowcount
    if gone:
        events.record("campaign.left", campaign_id=campaign.id, user_id=member.id)
    return bool(gone)


def is_member(user, campaign: Campaign) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return (
        db.session.scalar(
            select(CampaignMember.user_id).where(
                CampaignMember.campaign_id == campaign.id, CampaignMember.user_id == user.id
            )
        )
        is not None
    )


def member_ids(campaign: Campaign, joined_before: datetime | None = None) -> list[int]:
    """Who joined the campaign (before a moment, if given)."""
    query = select(CampaignMember.user_id).where(CampaignMember.campaign_id == campaign.id)
    if joined_before is not None:
        query = query.where(CampaignMember.joined_at <= joined_before)
    return list(db.session.scalars(query.order_by(CampaignMember.user_id)))


# -- topics ------------------------------------------------------------------------------


def ask_in_campaign(author, campaign: Campaign, **question) -> Topic:
    """A topic asked on the campaign's page belongs to it (while the campaign is live)."""
    require(author, "campaign.take_part", campaign)
    topic = forum.ask_question(author, **question)
    topic.campaign_id = campaign.id
    db.session.flush()
    return topic


def attach_new_topic(topic: Topic) -> Campaign | None:
    """A topic asked during a live campaign's window, in its category with one of its tags.

    Called for `topic.created` (after the commit); a topic asked on a campaign's page
    already belongs to it. When several campaigns match, one that names a tag of the topic
    goes before one that takes its whole category; then the one that started last.
    """
    if topic.campaign_id is not None:
        return None
    asked = topic.created_at
    tag_ids = [tag.id for tag in topic.tags]
    has_tags = select(campaign_tags.c.campaign_id).where(campaign_tags.c.campaign_id == Campaign.id)
    matching = select(campaign_tags.c.campaign_id).where(
        campaign_tags.c.campaign_id == Campaign.id, campaign_tags.c.tag_id.in_(tag_ids or [-1])
    )
    campaign = db.session.scalar(
        select(Campaign)
        .where(
            Campaign.category_id == topic.category_id,
            Campaign.published_at.is_not(None),
            Campaign.starts_at <= asked,
            Campaign.ends_at > asked,
            or_(~has_tags.exists(), matching.exists()),
        )
        .order_by(
            case((matching.exists(), 0), else_=1), Campaign.starts_at.desc(), Campaign.id.desc()
        )
        .limit(1)
    )
    if campaign is not None:
        topic.campaign_id = campaign.id
        db.session.flush()
    return campaign


def campaign_topics(viewer, campaign: Campaign, *, kind=None, sort="latest", page=1, per_page=20):
    """The campaign's topics the viewer may see, paged."""
    query = forum.visible_topics(viewer).where(
        Topic.campaign_id == campaign.id, Topic.status.not_in(("deleted", "merged"))
    )
    if kind is not None:
        query = query.where(Topic.kind == kind)
    if sort == "top":
        query = query.order_by(Topic.score.desc(), Topic.id.desc())
    else:
        query = query.order_by(Topic.last_activity_at.desc(), Topic.id.desc())
    return db.paginate(query, page=page, per_page=per_page, max_per_page=100, error_out=False)


# -- reading -----------------------------------------------------------------------------


def get_campaign(viewer, slug: str) -> Campaign:
    campaign = db.session.scalar(select(Campaign).where(Campaign.slug == slug))
    if campaign is None or not can(viewer, "campaign.view", campaign):
        raise NotFound(slug)
    return campaign


def list_campaigns(viewer, *, status: str | None = None) -> list[Campaign]:
    """Every campaign the viewer may see, live first, then scheduled, then ended."""
    now = utcnow()
    query = select(Campaign).order_by(Campaign.starts_at.desc(), Campaign.id.desc())
    if not can(viewer, "campaign.view_drafts"):
        query = query.where(Campaign.published_at.is_not(None))
    campaigns = list(db.session.scalars(query))
    order = {"live": 0, "scheduled": 1, "draft": 2, "ended": 3}

    def place(campaign: Campaign) -> tuple[int, float]:
        # Live and scheduled: the soonest end or start first; drafts and ended: latest first.
        state = campaign.status_at(now)
        if state == "live":
            return order[state], campaign.ends_at.timestamp()
        if state == "scheduled":
            return order[state], campaign.starts_at.timestamp()
        return order[state], -campaign.ends_at.timestamp()

    campaigns.sort(key=place)
    if status is not None:
        campaigns = [c for c in campaigns if c.status_at(now) == status]
    return campaigns


def live_campaigns(category_id: int | None = None) -> list[Campaign]:
    """What the home page (every live campaign) and a category page (its own) show."""
    now = utcnow()
    query = select(Campaign).where(
        Campaign.published_at.is_not(None), Campaign.starts_at <= now, Campaign.ends_at > now
    )
    if category_id is not None:
        query = query.where(Campaign.category_id == category_id)
    return list(db.session.scalars(query.order_by(Campaign.ends_at, Campaign.id)))


def people(campaign: Campaign) -> list[CampaignPerson]:
    return list(
        db.session.scalars(
            select(CampaignPerson)
            .where(CampaignPerson.campaign_id == campaign.id)
            .order_by(CampaignPerson.position)
        )
    )


def people_ids(campaign: Campaign) -> set[int]:
    return set(
        db.session.scalars(
            select(CampaignPerson.user_id).where(CampaignPerson.campaign_id == campaign.id)
        )
    )


@dataclass
class Contributor:
    user: User
    topics: int
    answers: int
    accepted: int

    @property
    def points(self) -> int:
        """Questions and answers count once, a solution three times."""
        return self.topics + self.answers + 3 * self.accepted


def leaderboard(campaign: Campaign, limit: int = 10) -> list[Contributor]:
    """Who contributed most: visible topics and answers in the campaign's topics, written
    during its window, and their answers accepted as the solution."""
    window_end = min(campaign.ends_at, utcnow())
    posts = (
        select(
            Post.author_id.label("user_id"),
            func.count().filter(Post.position == 1).label("topics"),
            func.count().filter(Post.position > 1).label("answers"),
            func.count().filter(Topic.accepted_post_id == Post.id).label("accepted"),
        )
        .join(Topic, Topic.id == Post.topic_id)
        .where(
            Topic.campaign_id == campaign.id,
            Topic.status.in_(LISTED),
            Post.status == "visible",
            Post.created_at >= campaign.starts_at,
            Post.created_at < window_end,
        )
        .group_by(Post.author_id)
        .subquery()
    )
    points = posts.c.topics + posts.c.answers + 3 * posts.c.accepted
    result = db.session.execute(
        select(User, posts.c.topics, posts.c.answers, posts.c.accepted)
        .join(posts, posts.c.user_id == User.id)
        .order_by(points.desc(), posts.c.accepted.desc(), User.id)
        .limit(limit)
    )
    return [
        Contributor(user, topics, answers, accepted) for user, topics, answers, accepted in result
    ]


@dataclass
class TranscriptEntry:
    topic: Topic
    answers: list[Post]


def transcript(viewer, campaign: Campaign, limit: int = 100) -> list[TranscriptEntry]:
    """After an ask-the-expert session: each question with the answers of its featured
    experts and the team, like the record of a live Q&A (two queries)."""
    topics = list(
        db.session.scalars(
            forum.visible_topics(viewer)
            .where(Topic.campaign_id == campaign.id, Topic.status.in_(LISTED))
            .order_by(Topic.created_at, Topic.id)
            .limit(limit)
        )
    )
    featured = people_ids(campaign)
    answers: dict[int, list[Post]] = {t.id: [] for t in topics}
    if topics:
        for post in db.session.scalars(
            select(Post)
            .join(User, User.id == Post.author_id)
            .where(
                Post.topic_id.in_(answers),
                Post.position > 1,
                Post.status == "visible",
                or_(Post.author_id.in_(featured or [-1]), User.role.in_(STAFF_ROLES)),
            )
            .order_by(Post.created_at, Post.id)
        ):
            answers[post.topic_id].append(post)
    return [TranscriptEntry(topic, answers[topic.id]) for topic in topics]


# -- the clock ---------------------------------------------------------------------------


def announce_due(now: datetime | None = None) -> int:
    """Record `campaign.started` and `campaign.ended` for the campaigns whose start or end
    has come and was not announced yet; the notifications consumer tells the members.

    Run by `flask worker` on every round and, in the embedded default, at most once a
    minute from a page view. Returns how many announcements were recorded.
    """
    now = now or utcnow()
    recorded = 0
    starting = db.session.scalars(
        select(Campaign).where(
            Campaign.published_at.is_not(None),
            Campaign.start_announced_at.is_(None),
            Campaign.starts_at <= now,
        )
    )
    for campaign in starting:
        campaign.start_announced_at = now
        if campaign.ends_at > now:  # a campaign published after its end never "starts"
            events.record("campaign.started", campaign_id=campaign.id)
            recorded += 1
    ending = db.session.scalars(
        select(Campaign).where(
            Campaign.published_at.is_not(None),
            Campaign.end_announced_at.is_(None),
            Campaign.ends_at <= now,
        )
    )
    for campaign in ending:
        campaign.end_announced_at = now
        events.record("campaign.ended", campaign_id=campaign.id)
        recorded += 1
    db.session.flush()
    return recorded
