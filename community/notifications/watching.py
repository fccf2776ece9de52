"""Watching: how closely a member follows a topic, category, tag or campaign.

The levels are Discourse's (models.WATCH_LEVELS). A topic one asked is watched and a topic
one answered is tracked, automatically; a choice of one's own replaces that and is never
overwritten by it. Without a row a member is told only of what concerns them directly
(an answer to their own topic, a comment on their post, a mention, an acceptance).
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from community.campaigns.models import Campaign
from community.errors import RuleViolation
from community.extensions import db
from community.forum.models import Category, Tag, Topic, topic_tags
from community.notifications.models import WATCH_LEVELS, Watch
from community.permissions import require
from community.timeutil import utcnow

# The watchable things and the column that points at each.
TARGETS = {Topic: "topic", Category: "category", Tag: "tag", Campaign: "campaign"}
MODELS = {name: model for model, name in TARGETS.items()}


def target_type(target) -> str:
    try:
        return TARGETS[type(target)]
    except KeyError:
        raise TypeError(f"{type(target).__name__} cannot be watched") from None


def _column(name: str):
    return getattr(Watch, f"{name}_id")


def watch_of(user, target) -> Watch | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return db.session.scalar(
        select(Watch).where(Watch.user_id == user.id, _column(target_type(target)) == target.id)
    )


def level_of(user, target) -> str | None:
    """The member's level for this thing, or None when they have not chosen one."""
    watch = watch_of(user, target)
    return watch.level if watch is not None else None


def set_level(actor, target, level: str | None) -> Watch | None:
    """The member chooses a level for a thing they may see; None stops following it."""
    require(actor, f"watch.{target_type(target)}", target)
    if level is not None and level not in WATCH_LEVELS:
        raise RuleViolation(_l("Choose watching, tracking or muted."), field="level")
    watch = watch_of(actor, target)
    if level is None:
        if watch is not None:
            db.session.delete(watch)
        return None
    if watch is None:
        watch = Watch(user_id=actor.id, **{f"{target_type(target)}_id": target.id})
        db.session.add(watch)
    watch.level, watch.automatic, watch.updated_at = level, False, utcnow()
    db.session.flush()
    return watch


def watch_automatically(user_id: int, topic_id: int, level: str) -> None:
    """Follow a topic one wrote in, unless one already has a level for it."""
    exists = db.session.scalar(
        select(Watch.id).where(Watch.user_id == user_id, Watch.topic_id == topic_id)
    )
    if exists is not None:
        return
    try:
        with db.session.begin_nested():
            db.session.add(Watch(user_id=user_id, topic_id=topic_id, level=level, automatic=True))
    except IntegrityError:  # set at the same moment by another process
        pass


def topic_levels(topic_id: int) -> dict[int, str]:
    """Every member's level for one topic, by user id."""
    return dict(
        db.session.execute(
            select(Watch.user_id, Watch.level).where(Watch.topic_id == topic_id)
        ).all()
    )


def is_muted(user_id: int, topic_id: int | None) -> bool:
    if topic_id is None:
        return False
    return (
        db.session.scalar(
            select(Watch.id).where(
                Watch.user_id == user_id, Watch.topic_id == topic_id, Watch.level == "muted"
            )
        )
        is not None
    )


def new_topic_audience(topic: Topic) -> dict[int, str]:
    """Who follows where a new topic appeared (its category, tags, campaign), by user id.

    A mute anywhere wins (a muted tag silences a watched category's topic with that tag);
    otherwise watching beats tracking. One statement.
    """
    conditions = [
        Watch.category_id == topic.category_id,
        Watch.tag_id.in_(select(topic_tags.c.tag_id).where(topic_tags.c.topic_id == topic.id)),
    ]
    if topic.campaign_id is not None:
        conditions.append(Watch.campaign_id == topic.campaign_id)
    rank = {"muted": 3, "watching": 2, "tracking": 1}
    audience: dict[int, str] = {}
    for user_id, level in db.session.execute(
        select(Watch.user_id, Watch.level).where(or_(*conditions))
    ):
        if rank[level] > rank.get(audience.get(user_id), 0):
            audience[user_id] = level
    return audience


def watches_for(
    user, kind: str | None = None, *, page: int = 1, per_page: int = 30
) -> tuple[list[Watch], bool]:
    """One page of what a member follows, newest choice first, with the things loaded
    (a few statements, however long the page); and whether more follow."""
    query = select(Watch).where(Watch.user_id == user.id)
    if kind in MODELS:
        query = query.where(_column(kind).is_not(None))
    page = max(page, 1)
    watches = list(
        db.session.scalars(
            query.order_by(Watch.updated_at.desc(), Watch.id.desc())
            .limit(per_page + 1)
            .offset((page - 1) * per_page)
        )
    )
    has_next = len(watches) > per_page
    watches = watches[:per_page]
    for name, model in MODELS.items():
        ids = {getattr(w, f"{name}_id") for w in watches} - {None}
        if ids:
            things = {t.id: t for t in db.session.scalars(select(model).where(model.id.in_(ids)))}
            for watch in watches:
                if getattr(watch, f"{name}_id") in things:
                    watch.target = things[getattr(watch, f"{name}_id")]
    return watches, has_next
