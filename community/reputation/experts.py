"""Expert roles and leaderboards.

A member earns the expert role of a category by enough accepted answers and
upvotes on answers there within a window; staff appoint experts (per category
or global), confirm or decline earned roles where confirmation is switched on,
and decide about earned experts who stayed below the bar. The role rows are the
log. `User.is_expert` caches whether a member holds any active role, so names
can be marked without a query.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import selectinload

from community import events
from community.accounts.models import User
from community.errors import NotFound, RuleViolation, clean_reason
from community.extensions import db
from community.forum.models import Category, Post, Topic, Vote
from community.permissions import require
from community.reputation.models import ExpertRole, ReputationEvent
from community.timeutil import utcnow

PERIODS = ("week", "month", "year", "all")
LISTED_TOPICS = ("open", "closed", "locked")
REASON_MAX = 300


# -- the bar ---------------------------------------------------------------------------------


def _bar() -> tuple[int, int, int]:
    config = current_app.config
    return (
        int(config["EXPERT_ACCEPTED"]),
        int(config["EXPERT_UPVOTES"]),
        int(config["EXPERT_DAYS"]),
    )


def standing(category_id: int | None = None) -> dict[tuple[int, int], tuple[int, int]]:
    """(member id, category id) -> (accepted answers, upvotes on answers) within the window.

    Two grouped queries over all categories (or one). Only members count; staff
    already have every privilege. Answers to one's own question are not counted.
    """
    _, _, days = _bar()
    since = utcnow() - timedelta(days=days)
    accepted_query = (
        select(Post.author_id, Topic.category_id, func.count(Topic.id))
        .join(Post, Post.id == Topic.accepted_post_id)
        .join(User, User.id == Post.author_id)
        .where(
            User.role == "member",
            Post.status == "visible",
            Post.author_id != Topic.author_id,
            Post.created_at >= since,
            Topic.status.in_(LISTED_TOPICS),
        )
        .group_by(Post.author_id, Topic.category_id)
    )
    upvote_query = (
        select(Post.author_id, Topic.category_id, func.count(Vote.id))
        .join(Post, Post.id == Vote.post_id)
        .join(Topic, Topic.id == Post.topic_id)
        .join(User, User.id == Post.author_id)
        .where(
            User.role == "member",
            Vote.value == 1,
            Post.position > 1,
            Post.status == "visible",
            Vote.created_at >= since,
            Topic.status.in_(LISTED_TOPICS),
        )
        .group_by(Post.author_id, Topic.category_id)
    )
    if category_id is not None:
        accepted_query = accepted_query.where(Topic.category_id == category_id)
        upvote_query = upvote_query.where(Topic.category_id == category_id)
    result: dict[tuple[int, int], tuple[int, int]] = {}
    for user_id, cat_id, count in db.session.execute(accepted_query):
        result[(user_id, cat_id)] = (count, 0)
    for user_id, cat_id, count in db.session.execute(upvote_query):
        accepted = result.get((user_id, cat_id), (0, 0))[0]
        result[(user_id, cat_id)] = (accepted, count)
    return result


def _meets_bar(accepted: int, upvotes: int) -> bool:
    need_accepted, need_upvotes, _ = _bar()
    return accepted >= need_accepted and upvotes >= need_upvotes


def evaluate_earned(category: Category | None = None) -> list[ExpertRole]:
    """Grant (or propose) earned roles to new qualifiers and track who fell below the bar.

    A member whose earned or appointed role of the category ended (declined,
    revoked or lapsed) within the window is not proposed again automatically:
    staff decided, and staff can appoint. Returns the roles created.
    """
    category_id = category.id if category is not None else None
    measured = standing(category_id)
    qualified = {key for key, (acc, ups) in measured.items() if _meets_bar(acc, ups)}
    _, _, days = _bar()
    now = utcnow()
    roles_query = select(ExpertRole).where(ExpertRole.category_id.is_not(None))
    if category_id is not None:
        roles_query = roles_query.where(ExpertRole.category_id == category_id)
    roles = list(
        db.session.scalars(
            roles_query.where(
                or_(
                    ExpertRole.status.in_(("active", "proposed")),
                    ExpertRole.ended_at >= now - timedelta(days=days),
                )
            )
        )
    )
    taken = {(r.user_id, r.category_id) for r in roles}
    for role in roles:
        if role.status != "active" or role.source != "earned":
            continue
        above = (role.user_id, role.category_id) in qualified
        if above and role.below_bar_since is not None:
            role.below_bar_since = None
        elif not above and role.below_bar_since is None:
            role.below_bar_since = now
    new_keys = sorted(qualified - taken)
    if not new_keys:
        db.session.flush()
        return []
    users = {
        u.id: u
        for u in db.session.scalars(select(User).where(User.id.in_({k[0] for k in new_keys})))
    }
    confirm = current_app.config["EXPERT_EARNED_MODE"] == "confirm"
    created = []
    for user_id, cat_id in new_keys:
        role = ExpertRole(
            user_id=user_id,
            category_id=cat_id,
            source="earned",
            status="proposed" if confirm else "active",
            since=now,
        )
        db.session.add(role)
        created.append(role)
    db.session.flush()
    for role in created:
        kind = "expert.proposed" if confirm else "expert.granted"
        events.record(kind, role_id=role.id, user_id=role.user_id, category_id=role.category_id)
        if role.status == "active":
            _became_active(users[role.user_id])
    return created


def _became_active(user: User) -> None:
    _sync_is_expert(user)
    _award_badge(user)


def _sync_is_expert(user: User) -> None:
    """Keep the cached `User.is_expert` equal to "holds an active role"."""
    db.session.flush()
    user.is_expert = bool(
        db.session.scalar(
            select(exists().where(ExpertRole.user_id == user.id, ExpertRole.status == "active"))
        )
    )
    user.__dict__.pop("_expert_category_ids", None)


def _award_badge(user: User) -> None:
    # The badges module is optional (built in parallel); import it late so this works
    # with or without it and cannot form an import cycle with it.
    try:
        from community.reputation import badges
    except ImportError:
        return
    award = getattr(badges, "award", None)
    if award is not None:
        award(user, "expert")


@events.consumer(
    "experts", "answer.accepted", "vote.cast", "answer.unaccepted", "post.deleted", "post.restored"
)
def _evaluate_on_activity(event) -> None:
    """Accepts and votes move members over the bar of the topic's category; taking them
    back or deleting answers moves them under it."""
    topic = db.session.get(Topic, (event.payload or {}).get("topic_id") or 0)
    if topic is not None:
        evaluate_earned(topic.category)


# -- staff decisions ---------------------------------------------------------------------------


def _clean_reason(reason: str | None) -> str:
    return clean_reason(reason, limit=REASON_MAX)


def _end(actor: User, role: ExpertRole, status: str, reason: str) -> None:
    role.status = status
    role.ended_at = utcnow()
    role.ended_by_id = actor.id
    role.end_reason = reason
    role.featured = False
    _sync_is_expert(role.user)


def _event(kind: str, actor: User, role: ExpertRole, **extra) -> None:
    events.record(
        kind,
        role_id=role.id,
        user_id=role.user_id,
        category_id=role.category_id,
        actor_id=actor.id,
        **extra,
    )


def get_role(role_id: int) -> ExpertRole:
    role = db.session.get(ExpertRole, role_id)
    if role is None:
        raise NotFound(role_id)
    return role


def confirm(actor: User, role: ExpertRole) -> ExpertRole:
    """Staff confirm a proposed earned role; it becomes active."""
    require(actor, "expert.manage", role.category)
    if role.status != "proposed":
        raise RuleViolation(_l("This role is not waiting for a decision."))
    role.status = "active"
    role.since = utcnow()
    role.granted_by_id = actor.id
    _event("expert.granted", actor, role)
    _became_active(role.user)
    return role


def decline(actor: User, role: ExpertRole, reason: str) -> ExpertRole:
    """Staff decline a proposed earned role, with a reason."""
    require(actor, "expert.manage", role.category)
    reason = _clean_reason(reason)
    if role.status != "proposed":
        raise RuleViolation(_l("This role is not waiting for a decision."))
    _end(actor, role, "declined", reason)
    _event("expert.declined", actor, role, reason=reason)
    return role


def keep(actor: User, role: ExpertRole) -> ExpertRole:
    """Staff keep an earned expert who has been below the bar: the clock starts again."""
    require(actor, "expert.manage", role.category)
    if role.status != "active":
        raise RuleViolation(_l("This role is not active."))
    role.below_bar_since = None
    db.session.flush()
    _event("expert.kept", actor, role)
    return role


def let_lapse(actor: User, role: ExpertRole, reason: str) -> ExpertRole:
    """Staff let an earned role below the bar end, with a reason."""
    require(actor, "expert.manage", role.category)
    reason = _clean_reason(reason)
    if role.status != "active":
        raise RuleViolation(_l("This role is not active."))
    _end(actor, role, "revoked", reason)
    _event("expert.lapsed", actor, role, reason=reason)
    return role


def appoint(actor: User, user: User | None, category: Category | None, reason: str) -> ExpertRole:
    """Moderators appoint an expert of one category (or of all, None), with a reason."""
    require(actor, "expert.manage", category)
    if user is None:
        raise RuleViolation(_l("There is no member with this name."), field="username")
    reason = _clean_reason(reason)
    category_id = category.id if category is not None else None
    duplicate = db.session.scalar(
        select(ExpertRole.id).where(
            ExpertRole.user_id == user.id,
            ExpertRole.category_id.is_(None)
            if category_id is None
            else ExpertRole.category_id == category_id,
            ExpertRole.status == "active",
        )
    )
    if duplicate is not None:
        raise RuleViolation(
            _l("This member already is an expert here."),
            field="category" if category_id is not None else "username",
        )
    role = ExpertRole(
        user_id=user.id,
        category_id=category_id,
        source="appointed",
        status="active",
        since=utcnow(),
        granted_by_id=actor.id,
        reason=reason,
    )
    db.session.add(role)
    db.session.flush()
    _event("expert.appointed", actor, role, reason=reason)
    _became_active(user)
    return role


def revoke(actor: User, role: ExpertRole, reason: str) -> ExpertRole:
    """Moderators end an active expert role (earned or appointed), with a reason."""
    require(actor, "expert.manage", role.category)
    reason = _clean_reason(reason)
    if role.status != "active":
        raise RuleViolation(_l("This role is not active."))
    _end(actor, role, "revoked", reason)
    _event("expert.revoked", actor, role, reason=reason)
    return role


def feature(actor: User, role: ExpertRole, featured: bool) -> ExpertRole:
    """Staff (brand managers too) feature an active expert in the experts blocks, or stop."""
    require(actor, "expert.feature", role.category)
    if role.status != "active":
        raise RuleViolation(_l("This role is not active."))
    role.featured = bool(featured)
    db.session.flush()
    _event("expert.featured" if featured else "expert.unfeatured", actor, role)
    return role


# -- reading ---------------------------------------------------------------------------------


def _active():
    return select(ExpertRole).where(ExpertRole.status == "active")


def _one_per_user(roles) -> list[ExpertRole]:
    seen, result = set(), []
    for role in roles:
        if role.user_id not in seen:
            seen.add(role.user_id)
            result.append(role)
    return result


def active_roles() -> list[ExpertRole]:
    """Every active role: global ones first, then by category and name."""
    return list(
        db.session.scalars(
            _active()
            .join(User, User.id == ExpertRole.user_id)
            .outerjoin(Category, Category.id == ExpertRole.category_id)
            .options(selectinload(ExpertRole.granted_by))
            .order_by(
                ExpertRole.category_id.is_not(None),
                Category.position,
                Category.name,
                User.username,
            )
        ).unique()
    )


def experts_of(category: Category) -> list[ExpertRole]:
    """The category's active experts, global experts included; featured first, one per member."""
    roles = db.session.scalars(
        _active()
        .join(User, User.id == ExpertRole.user_id)
        .where(or_(ExpertRole.category_id == category.id, ExpertRole.category_id.is_(None)))
        .order_by(
            ExpertRole.featured.desc(),
            ExpertRole.category_id.is_(None),
            User.reputation.desc(),
            User.username,
        )
    ).unique()
    return _one_per_user(roles)


def featured_experts(category: Category | None = None, limit: int = 5) -> list[ExpertRole]:
    """Featured active experts (of a category, global ones included), one query."""
    query = _active().join(User, User.id == ExpertRole.user_id).where(ExpertRole.featured)
    if category is not None:
        query = query.where(
            or_(ExpertRole.category_id == category.id, ExpertRole.category_id.is_(None))
        )
    query = query.order_by(User.reputation.desc(), User.username).limit(limit * 3)
    return _one_per_user(db.session.scalars(query).unique())[:limit]


def proposed_roles() -> list[ExpertRole]:
    """Earned roles waiting for staff to confirm or decline."""
    return list(
        db.session.scalars(
            select(ExpertRole)
            .where(ExpertRole.status == "proposed")
            .order_by(ExpertRole.created_at, ExpertRole.id)
        ).unique()
    )


def lapsing() -> list[ExpertRole]:
    """Earned roles whose holder has been below the bar for EXPERT_LAPSE_DAYS or longer."""
    cutoff = utcnow() - timedelta(days=int(current_app.config["EXPERT_LAPSE_DAYS"]))
    return list(
        db.session.scalars(
            _active()
            .where(
                ExpertRole.source == "earned",
                ExpertRole.below_bar_since.is_not(None),
                ExpertRole.below_bar_since <= cutoff,
            )
            .order_by(ExpertRole.below_bar_since, ExpertRole.id)
        ).unique()
    )


def expert_user_ids(category_id: int, user_ids) -> set[int]:
    """Which of these members are active experts of the category (or global); one query."""
    user_ids = set(user_ids)
    if not user_ids:
        return set()
    return set(
        db.session.scalars(
            select(ExpertRole.user_id).where(
                ExpertRole.user_id.in_(user_ids),
                ExpertRole.status == "active",
                or_(ExpertRole.category_id == category_id, ExpertRole.category_id.is_(None)),
            )
        )
    )


@dataclass
class ExpertStats:
    answers: int = 0
    solutions: int = 0
    median_first_answer: timedelta | None = None
    best_answers: list[Post] = field(default_factory=list)

    @property
    def acceptance_rate(self) -> float:
        return self.solutions / self.answers if self.answers else 0.0


def expert_stats(category: Category, users, best: int = 3) -> dict[int, ExpertStats]:
    """Per member in the category: answers, solutions, acceptance rate, the median time
    from a question to their first answer to it, and their best answers. Three queries."""
    ids = {u.id for u in users}
    stats = {user_id: ExpertStats() for user_id in ids}
    if not ids:
        return stats
    in_category = and_(
        Post.author_id.in_(ids),
        Post.position > 1,
        Post.status == "visible",
        Topic.category_id == category.id,
        Topic.status.in_(LISTED_TOPICS),
    )
    counts = db.session.execute(
        select(
            Post.author_id,
            func.count(Post.id),
            func.sum(case((Topic.accepted_post_id == Post.id, 1), else_=0)),
        )
        .join(Topic, Topic.id == Post.topic_id)
        .where(in_category)
        .group_by(Post.author_id)
    )
    for user_id, answers, solutions in counts:
        stats[user_id].answers = answers
        stats[user_id].solutions = int(solutions or 0)
    firsts = db.session.execute(
        select(Post.author_id, Topic.created_at, func.min(Post.created_at))
        .join(Topic, Topic.id == Post.topic_id)
        .where(in_category)
        .group_by(Post.author_id, Topic.id, Topic.created_at)
    )
    waits: dict[int, list[float]] = {}
    for user_id, asked_at, first_at in firsts:
        if isinstance(first_at, str):  # SQLite returns aggregates of datetimes as text
            first_at = datetime.fromisoformat(first_at)
        waits.setdefault(user_id, []).append((first_at - asked_at).total_seconds())
    for user_id, seconds in waits.items():
        stats[user_id].median_first_answer = timedelta(seconds=statistics.median(seconds))
    rank = (
        func.row_number()
        .over(partition_by=Post.author_id, order_by=(Post.score.desc(), Post.created_at.desc()))
        .label("rank")
    )
    ranked = (
        select(Post.id, rank).join(Topic, Topic.id == Post.topic_id).where(in_category).subquery()
    )
    top = db.session.scalars(
        select(Post)
        .join(ranked, ranked.c.id == Post.id)
        .options(selectinload(Post.topic))
        .order_by(Post.author_id, ranked.c.rank)
        .where(ranked.c.rank <= best)
    )
    for post in top:
        stats[post.author_id].best_answers.append(post)
    return stats


# -- leaderboards ----------------------------------------------------------------------------


def period_start(period: str, now: datetime | None = None) -> datetime | None:
    """The start of this week (Monday), month or year in UTC; None for all time."""
    if period not in PERIODS:
        raise NotFound(period)
    now = now or utcnow()
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "week":
        return today - timedelta(days=today.weekday())
    if period == "month":
        return today.replace(day=1)
    if period == "year":
        return today.replace(month=1, day=1)
    return None


@dataclass(frozen=True)
class Standing:
    user: User
    points: int


def leaderboard(period: str, category: Category | None = None, limit: int = 20) -> list[Standing]:
    """Members by the reputation they gained in the period (overall or in one category)."""
    start = period_start(period)
    points = func.sum(ReputationEvent.delta).label("points")
    query = (
        select(User, points)
        .join(ReputationEvent, ReputationEvent.user_id == User.id)
        .where(User.role == "member")
    )
    if start is not None:
        query = query.where(ReputationEvent.created_at >= start)
    if category is not None:
        query = (
            query.join(Post, Post.id == ReputationEvent.post_id)
            .join(Topic, Topic.id == Post.topic_id)
            .where(Topic.category_id == category.id)
        )
    query = (
        query.group_by(User.id)
        .having(func.sum(ReputationEvent.delta) > 0)  # a board of what was gained
        .order_by(points.desc(), User.username)
        .limit(limit)
    )
    return [Standing(user, int(total or 0)) for user, total in db.session.execute(query)]


# -- demo ------------------------------------------------------------------------------------


def demo_setup(actor: User) -> dict[str, int]:
    """Give the demo community visible experts: earned ones (at a bar lowered to fit the
    demo's few months of content), one global and one category expert appointed by
    `actor`, and a few featured. Chooses members by their activity, not by name."""
    config = current_app.config
    keys = ("EXPERT_ACCEPTED", "EXPERT_UPVOTES", "EXPERT_DAYS", "EXPERT_EARNED_MODE")
    saved = {key: config[key] for key in keys}
    config.update(EXPERT_ACCEPTED=3, EXPERT_UPVOTES=25, EXPERT_DAYS=400, EXPERT_EARNED_MODE="grant")
    try:
        earned = evaluate_earned()
    finally:
        config.update(saved)
    holders = {role.user_id for role in earned}
    answers = func.count(Post.id).label("answers")
    solved = func.sum(case((Topic.accepted_post_id == Post.id, 1), else_=0)).label("solved")
    activity = db.session.execute(
        select(User, Topic.category_id, answers, solved)
        .join(Post, Post.author_id == User.id)
        .join(Topic, Topic.id == Post.topic_id)
        .where(User.role == "member", Post.position > 1, Post.status == "visible")
        .group_by(User.id, Topic.category_id)
    ).all()
    overall: dict[int, list] = {}
    for user, _category_id, count, _solved in activity:
        overall.setdefault(user.id, [user, 0])[1] += count
    appointed = []
    helper = max(
        (entry for uid, entry in overall.items() if uid not in holders),
        key=lambda entry: (entry[1], entry[0].username),
        default=None,
    )
    if helper is not None:
        appointed.append(
            appoint(actor, helper[0], None, "Antwortet hilfsbereit und genau in allen Kategorien.")
        )
        holders.add(helper[0].id)
    covered = {role.category_id for role in earned}
    candidates = sorted(
        (
            (int(solved_count or 0), count, user.username, user, category_id)
            for user, category_id, count, solved_count in activity
            if category_id not in covered and user.id not in holders
        ),
        key=lambda row: (-row[0], -row[1], row[2]),
    )
    if candidates:
        _, _, _, user, category_id = candidates[0]
        appointed.append(
            appoint(
                actor,
                user,
                db.session.get(Category, category_id),
                "Kennt das Thema aus langjähriger Erfahrung.",
            )
        )
    for role in [*earned[:2], *appointed[:1]]:
        feature(actor, role, True)
    return {"earned": len(earned), "appointed": len(appointed)}
