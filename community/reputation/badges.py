"""Badges: a catalogue of what members can earn, and the rules that award them.

Every rule is a *metric* measured in SQL plus a threshold. A once-only badge is earned
when a member's metric (questions asked, accepted answers, ...) reaches its threshold;
a per-post badge when one post's metric (an answer's score, a question's views)
reaches it. The same metric queries serve both paths:

- `evaluate(event)` runs after the commit (from the outbox consumer) and measures only
  the metrics that the event's kind can change, only for the members and the topic it
  concerns;
- `backfill()` measures every metric for everyone in one grouped query per metric.

Badges are never taken back: a deleted answer keeps its badge, and a vote taken back
and cast again cannot award it twice (the (user, badge, scope) row is unique and is
looked for before it is added). A concurrent award of the same badge fails the commit;
the outbox retries the event, and the retry finds the row.

Views of a topic are not events (counting them must stay cheap), so the view badges
are measured when a `topic.viewed_milestone` event arrives (nothing records one yet),
whenever a `post.created` or `vote.cast` event arrives for the topic, and by
`flask badges backfill`. A quiet topic that only gets read may wait for its badge
until the next answer, vote or backfill; that is the price of keeping views cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, select, tuple_
from sqlalchemy.orm import joinedload

from community import events
from community.accounts.models import STAFF_ROLES, User
from community.events import Event
from community.extensions import db
from community.forum.models import Comment, Post, Revision, Topic, Vote
from community.reputation.models import TrustLevelChange, UserBadge

# -- thresholds ------------------------------------------------------------------------------

HELPER_ACCEPTED = 10
GREAT_HELPER_ACCEPTED = 100
NICE_SCORE = 10
GOOD_SCORE = 25
GREAT_SCORE = 100
POPULAR_VIEWS = 1000
NOTABLE_VIEWS = 2500
COMMENTATOR_COMMENTS = 10
WELCOMER_ANSWERS = 10
SELF_LEARNER_SCORE = 3

TIERS = ("gold", "silver", "bronze")
TIER_NAMES = {"gold": _l("Gold"), "silver": _l("Silver"), "bronze": _l("Bronze")}

# Awarded by other code through `award()`, not by a metric.
AWARDED_ELSEWHERE = "awarded by the campaigns/expert code"


@dataclass(frozen=True)
class Badge:
    slug: str
    tier: str
    name: Any  # a lazy string: translated when shown
    description: Any
    per_post: bool = False
    # The rule: the metric that earns it and the threshold it must reach; metric None
    # means the badge is awarded by other code calling `award()`.
    metric: str | None = None
    threshold: int = 1

    @property
    def rule(self) -> str:
        if self.metric is None:
            return AWARDED_ELSEWHERE
        return f"{self.metric} >= {self.threshold}"

    @property
    def tier_name(self):
        return TIER_NAMES[self.tier]


CATALOGUE: tuple[Badge, ...] = (
    # Asking and answering
    Badge("student", "bronze", _l("Student"), _l("Asked a first question."), metric="questions"),
    Badge("teacher", "bronze", _l("Teacher"), _l("Answered a question."), metric="answers"),
    Badge(
        "solution-finder",
        "bronze",
        _l("Solution finder"),
        _l("An answer was accepted as the solution for the first time."),
        metric="accepted",
    ),
    Badge(
        "helper",
        "silver",
        _l("Helper"),
        _l("%(num)s answers accepted as the solution.", num=HELPER_ACCEPTED),
        metric="accepted",
        threshold=HELPER_ACCEPTED,
    ),
    Badge(
        "great-helper",
        "gold",
        _l("Great helper"),
        _l("%(num)s answers accepted as the solution.", num=GREAT_HELPER_ACCEPTED),
        metric="accepted",
        threshold=GREAT_HELPER_ACCEPTED,
    ),
    Badge(
        "self-learner",
        "bronze",
        _l("Self-learner"),
        _l(
            "Answered their own question with an answer scoring %(num)s or more.",
            num=SELF_LEARNER_SCORE,
        ),
        metric="self_answers",
    ),
    Badge(
        "welcomer",
        "silver",
        _l("Welcomer"),
        _l("Answered %(num)s questions of members who were new at the time.", num=WELCOMER_ANSWERS),
        metric="welcomed",
        threshold=WELCOMER_ANSWERS,
    ),
    # Per answer
    Badge(
        "nice-answer",
        "bronze",
        _l("Nice answer"),
        _l("An answer with a score of %(num)s or more.", num=NICE_SCORE),
        per_post=True,
        metric="answer_score",
        threshold=NICE_SCORE,
    ),
    Badge(
        "good-answer",
        "silver",
        _l("Good answer"),
        _l("An answer with a score of %(num)s or more.", num=GOOD_SCORE),
        per_post=True,
        metric="answer_score",
        threshold=GOOD_SCORE,
    ),
    Badge(
        "great-answer",
        "gold",
        _l("Great answer"),
        _l("An answer with a score of %(num)s or more.", num=GREAT_SCORE),
        per_post=True,
        metric="answer_score",
        threshold=GREAT_SCORE,
    ),
    # Per question
    Badge(
        "nice-question",
        "bronze",
        _l("Nice question"),
        _l("A question with a score of %(num)s or more.", num=NICE_SCORE),
        per_post=True,
        metric="question_score",
        threshold=NICE_SCORE,
    ),
    Badge(
        "good-question",
        "silver",
        _l("Good question"),
        _l("A question with a score of %(num)s or more.", num=GOOD_SCORE),
        per_post=True,
        metric="question_score",
        threshold=GOOD_SCORE,
    ),
    Badge(
        "great-question",
        "gold",
        _l("Great question"),
        _l("A question with a score of %(num)s or more.", num=GREAT_SCORE),
        per_post=True,
        metric="question_score",
        threshold=GREAT_SCORE,
    ),
    Badge(
        "popular-question",
        "bronze",
        _l("Popular question"),
        _l("A question viewed %(num)s times.", num=POPULAR_VIEWS),
        per_post=True,
        metric="question_views",
        threshold=POPULAR_VIEWS,
    ),
    Badge(
        "notable-question",
        "silver",
        _l("Notable question"),
        _l("A question viewed %(num)s times.", num=NOTABLE_VIEWS),
        per_post=True,
        metric="question_views",
        threshold=NOTABLE_VIEWS,
    ),
    # Taking part
    Badge(
        "editor", "bronze", _l("Editor"), _l("Edited a post for the first time."), metric="edits"
    ),
    Badge("supporter", "bronze", _l("Supporter"), _l("Cast a first upvote."), metric="upvotes"),
    Badge("critic", "bronze", _l("Critic"), _l("Cast a first downvote."), metric="downvotes"),
    Badge(
        "commentator",
        "bronze",
        _l("Commentator"),
        _l("Left %(num)s comments.", num=COMMENTATOR_COMMENTS),
        metric="comments",
        threshold=COMMENTATOR_COMMENTS,
    ),
    # Trust levels
    Badge("basic", "bronze", _l("Basic"), _l("Reached trust level 1."), metric="trust_level"),
    Badge(
        "member",
        "bronze",
        _l("Member"),
        _l("Reached trust level 2."),
        metric="trust_level",
        threshold=2,
    ),
    Badge(
        "regular",
        "silver",
        _l("Regular"),
        _l("Reached trust level 3."),
        metric="trust_level",
        threshold=3,
    ),
    Badge(
        "leader",
        "gold",
        _l("Leader"),
        _l("Reached trust level 4."),
        metric="trust_level",
        threshold=4,
    ),
    # Awarded by other parts of the community through `award()`
    Badge(
        "campaign-participant",
        "bronze",
        _l("Campaign participant"),
        _l("Took part in a community campaign."),
    ),
    Badge("expert", "gold", _l("Expert"), _l("Recognised as an expert of the community.")),
)

BADGES: dict[str, Badge] = {badge.slug: badge for badge in CATALOGUE}


def get_badge(slug: str) -> Badge | None:
    return BADGES.get(slug)


def by_tier() -> list[tuple[str, list[Badge]]]:
    """The catalogue grouped gold, silver, bronze, each in catalogue order."""
    return [(tier, [b for b in CATALOGUE if b.tier == tier]) for tier in TIERS]


# -- metrics ---------------------------------------------------------------------------------
# A member metric returns a query of (user_id, value); a post metric one of
# (user_id, post_id, value). `users` / `topics` narrow them (None: everyone).

UserIds = Collection[int] | None


def _visible_answer():
    return and_(Post.position > 1, Post.status == "visible")


def _questions(users: UserIds):
    query = (
        select(Post.author_id, func.count(Post.id))
        .join(Topic, Topic.id == Post.topic_id)
        .where(Post.position == 1, Post.status == "visible", Topic.kind == "question")
    )
    if users is not None:
        query = query.where(Post.author_id.in_(users))
    return query.group_by(Post.author_id)


def _answers(users: UserIds):
    query = (
        select(Post.author_id, func.count(Post.id))
        .join(Topic, Topic.id == Post.topic_id)
        .where(_visible_answer(), Topic.kind == "question", Topic.status != "deleted")
    )
    if users is not None:
        query = query.where(Post.author_id.in_(users))
    return query.group_by(Post.author_id)


def _accepted(users: UserIds):
    """Answers accepted as the solution of someone else's question."""
    query = (
        select(Post.author_id, func.count(Post.id))
        .join(Topic, Topic.accepted_post_id == Post.id)
        .where(
            Post.status == "visible", Topic.status != "deleted", Topic.author_id != Post.author_id
        )
    )
    if users is not None:
        query = query.where(Post.author_id.in_(users))
    return query.group_by(Post.author_id)


def _self_answers(users: UserIds):
    """Answers to one's own question that others scored SELF_LEARNER_SCORE or more."""
    query = (
        select(Post.author_id, func.count(Post.id))
        .join(Topic, Topic.id == Post.topic_id)
        .where(
            _visible_answer(),
            Topic.author_id == Post.author_id,
            Topic.status != "deleted",
            Post.score >= SELF_LEARNER_SCORE,
        )
    )
    if users is not None:
        query = query.where(Post.author_id.in_(users))
    return query.group_by(Post.author_id)


def _level_when_asked():
    """The asker's trust level when the topic was opened, from the level history.

    The last change before the question gives the level then; failing that, the level
    the first later change started from; failing that (never changed), today's level.
    """
    before = (
        select(TrustLevelChange.new_level)
        .where(
            TrustLevelChange.user_id == Topic.author_id,
            TrustLevelChange.created_at <= Topic.created_at,
        )
        .order_by(TrustLevelChange.created_at.desc(), TrustLevelChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    after = (
        select(TrustLevelChange.old_level)
        .where(
            TrustLevelChange.user_id == Topic.author_id,
            TrustLevelChange.created_at > Topic.created_at,
        )
        .order_by(TrustLevelChange.created_at, TrustLevelChange.id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(before, after, User.trust_level)


def _welcomed(users: UserIds):
    """Distinct questions answered whose askers were at trust level 0 when they asked.

    Exact, not approximated: the level at the time is read from `TrustLevelChange`
    (see `_level_when_asked`). Staff askers never count.
    """
    query = (
        select(Post.author_id, func.count(func.distinct(Topic.id)))
        .join(Topic, Topic.id == Post.topic_id)
        .join(User, User.id == Topic.author_id)
        .where(
            _visible_answer(),
            Topic.kind == "question",
            Topic.status != "deleted",
            Topic.author_id != Post.author_id,
            User.role.not_in(STAFF_ROLES),
            _level_when_asked() == 0,
        )
    )
    if users is not None:
        query = query.where(Post.author_id.in_(users))
    return query.group_by(Post.author_id)


def _edits(users: UserIds):
    """Edits made (revision 1 is the original text, not an edit)."""
    query = select(Revision.editor_id, func.count(Revision.id)).where(Revision.number > 1)
    if users is not None:
        query = query.where(Revision.editor_id.in_(users))
    return query.group_by(Revision.editor_id)


def _votes_cast(value: int) -> Callable[[UserIds], Any]:
    def metric(users: UserIds):
        query = select(Vote.user_id, func.count(Vote.id)).where(Vote.value == value)
        if users is not None:
            query = query.where(Vote.user_id.in_(users))
        return query.group_by(Vote.user_id)

    return metric


def _comments(users: UserIds):
    query = select(Comment.author_id, func.count(Comment.id)).where(Comment.status == "visible")
    if users is not None:
        query = query.where(Comment.author_id.in_(users))
    return query.group_by(Comment.author_id)


def _trust_level(users: UserIds):
    query = select(User.id, User.trust_level).where(User.trust_level > 0)
    if users is not None:
        query = query.where(User.id.in_(users))
    return query


def _post_score(question: bool) -> Callable[[UserIds, int], Any]:
    def metric(topics: UserIds, minimum: int):
        query = (
            select(Post.author_id, Post.id, Post.score)
            .join(Topic, Topic.id == Post.topic_id)
            .where(Post.status == "visible", Topic.status != "deleted", Post.score >= minimum)
        )
        if question:
            query = query.where(Post.position == 1, Topic.kind == "question")
        else:
            query = query.where(Post.position > 1)
        if topics is not None:
            query = query.where(Post.topic_id.in_(topics))
        return query

    return metric


def _question_views(topics: UserIds, minimum: int):
    query = (
        select(Post.author_id, Post.id, Topic.view_count)
        .join(Topic, Topic.id == Post.topic_id)
        .where(
            Post.position == 1,
            Post.status == "visible",
            Topic.kind == "question",
            Topic.status != "deleted",
            Topic.view_count >= minimum,
        )
    )
    if topics is not None:
        query = query.where(Post.topic_id.in_(topics))
    return query


MEMBER_METRICS: dict[str, Callable[[UserIds], Any]] = {
    "questions": _questions,
    "answers": _answers,
    "accepted": _accepted,
    "self_answers": _self_answers,
    "welcomed": _welcomed,
    "edits": _edits,
    "upvotes": _votes_cast(1),
    "downvotes": _votes_cast(-1),
    "comments": _comments,
    "trust_level": _trust_level,
}
POST_METRICS: dict[str, Callable[[UserIds, int], Any]] = {
    "answer_score": _post_score(question=False),
    "question_score": _post_score(question=True),
    "question_views": _question_views,
}

# Which metrics each event kind can change. Measured for the acting member and the
# author of the event's post (member metrics) and for the event's topic (post metrics).
METRICS_BY_KIND: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "topic.created": (("questions",), ()),
    "post.created": (("questions", "answers", "welcomed"), ("question_views",)),
    "post.edited": (("edits",), ()),
    "post.restored": (
        ("questions", "answers", "accepted", "welcomed", "self_answers"),
        ("answer_score", "question_score", "question_views"),
    ),
    "comment.created": (("comments",), ()),
    "vote.cast": (
        ("upvotes", "downvotes", "self_answers"),
        ("answer_score", "question_score", "question_views"),
    ),
    "answer.accepted": (("accepted",), ()),
    "trust_level.promoted": (("trust_level",), ()),
    "topic.viewed_milestone": ((), ("question_views",)),
}
EVENT_KINDS = tuple(METRICS_BY_KIND)


def _badges_of(metric: str) -> list[Badge]:
    return [b for b in CATALOGUE if b.metric == metric]


# A candidate award: (user_id, slug, post_id or None).
Candidate = tuple[int, str, int | None]


def _candidates(member_metrics, post_metrics, users: UserIds, topics: UserIds):
    found: list[Candidate] = []
    for name in member_metrics:
        rules = _badges_of(name)
        for user_id, value in db.session.execute(MEMBER_METRICS[name](users)):
            found.extend((user_id, b.slug, None) for b in rules if value >= b.threshold)
    for name in post_metrics:
        rules = _badges_of(name)
        minimum = min(b.threshold for b in rules)
        for user_id, post_id, value in db.session.execute(POST_METRICS[name](topics, minimum)):
            found.extend((user_id, b.slug, post_id) for b in rules if value >= b.threshold)
    return found


# -- awarding --------------------------------------------------------------------------------


def _scope(badge: Badge, post_id: int | None) -> str:
    return f"post:{post_id}" if badge.per_post else ""


def _award_all(candidates: Iterable[Candidate], backfill: bool = False) -> int:
    """Add the candidates not held yet (one query to find which), each with its event."""
    wanted: dict[tuple[int, str, str], int | None] = {}
    for user_id, slug, post_id in candidates:
        wanted.setdefault((user_id, slug, _scope(BADGES[slug], post_id)), post_id)
    if not wanted:
        return 0
    held = set()
    keys = list(wanted)
    for start in range(0, len(keys), 300):
        chunk = keys[start : start + 300]
        held.update(
            tuple(row)
            for row in db.session.execute(
                select(UserBadge.user_id, UserBadge.badge, UserBadge.scope).where(
                    tuple_(UserBadge.user_id, UserBadge.badge, UserBadge.scope).in_(chunk)
                )
            )
        )
    awarded = 0
    for (user_id, slug, scope), post_id in wanted.items():
        if (user_id, slug, scope) in held:
            continue
        db.session.add(UserBadge(user_id=user_id, badge=slug, scope=scope, post_id=post_id))
        payload = {"user_id": user_id, "badge": slug, "post_id": post_id}
        if backfill:
            payload["backfill"] = True
        events.record("badge.awarded", **payload)
        awarded += 1
    db.session.flush()
    return awarded


def award(
    user_or_id: User | int, slug: str, post: Post | int | None = None, *, scope: str = ""
) -> bool:
    """Give a member a badge unless they hold it already (per post for per-post badges).

    This is how other code awards the badges no metric earns: the campaigns code
    gives `campaign-participant` once per campaign (`scope="campaign:<id>"`), the
    expert-role code gives `expert`. Returns whether the badge was new. Flushes; the
    caller commits.
    """
    badge = BADGES.get(slug)
    if badge is None:
        raise KeyError(f"unknown badge {slug!r}")
    user_id = user_or_id if isinstance(user_or_id, int) else user_or_id.id
    post_id = post if post is None or isinstance(post, int) else post.id
    if badge.per_post and post_id is None:
        raise ValueError(f"badge {slug!r} is awarded per post; give the post")
    if scope:
        if badge.metric is not None or badge.per_post:
            raise ValueError(f"badge {slug!r} has no scope of its own")
        held = db.session.scalar(
            select(UserBadge.id).where(
                UserBadge.user_id == user_id, UserBadge.badge == slug, UserBadge.scope == scope
            )
        )
        if held is not None:
            return False
        db.session.add(UserBadge(user_id=user_id, badge=slug, scope=scope, post_id=post_id))
        events.record("badge.awarded", user_id=user_id, badge=slug, post_id=post_id, scope=scope)
        db.session.flush()
        return True
    return _award_all([(user_id, slug, post_id)]) == 1


def evaluate(event: Event) -> int:
    """Award what the event may have earned; return how many badges were awarded.

    Only the metrics the event's kind can change are measured, only for the member who
    acted and the author of the event's post, and (for per-post badges) only in the
    event's topic.
    """
    member_metrics, post_metrics = METRICS_BY_KIND.get(event.kind, ((), ()))
    if not member_metrics and not post_metrics:
        return 0
    payload = event.payload or {}
    users: set[int] = set()
    if payload.get("user_id") is not None:
        users.add(payload["user_id"])
    topics: set[int] = set()
    if payload.get("topic_id") is not None:
        topics.add(payload["topic_id"])
    if payload.get("post_id") is not None:
        row = db.session.execute(
            select(Post.author_id, Post.topic_id).where(Post.id == payload["post_id"])
        ).first()
        if row is not None:
            users.add(row.author_id)
            topics.add(row.topic_id)
    return _award_all(
        _candidates(member_metrics if users else (), post_metrics if topics else (), users, topics)
    )


def backfill() -> int:
    """Award every badge that existing content already earns; return how many were new.

    One grouped query per metric and one to find what is held already, whatever the
    number of members. Running it again awards nothing.
    """
    candidates = _candidates(MEMBER_METRICS, POST_METRICS, None, None)
    return _award_all(candidates, backfill=True)


# -- reading ---------------------------------------------------------------------------------


def badge_holders(slug: str, page: int = 1, per_page: int = 30):
    """Who holds a badge, latest award first, with the post for per-post badges."""
    query = (
        select(UserBadge)
        .where(UserBadge.badge == slug)
        .options(joinedload(UserBadge.post).joinedload(Post.topic))
        .order_by(UserBadge.awarded_at.desc(), UserBadge.id.desc())
    )
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


@dataclass(frozen=True)
class HeldBadge:
    badge: Badge
    count: int
    first_awarded_at: Any


def user_badges(user: User) -> list[HeldBadge]:
    """A member's badges, gold first, with how often each was earned (one grouped query)."""
    rows = db.session.execute(
        select(UserBadge.badge, func.count(UserBadge.id), func.min(UserBadge.awarded_at))
        .where(UserBadge.user_id == user.id)
        .group_by(UserBadge.badge)
    ).all()
    held = [HeldBadge(BADGES[slug], count, first) for slug, count, first in rows if slug in BADGES]
    order = {slug: index for index, slug in enumerate(BADGES)}
    return sorted(held, key=lambda h: (TIERS.index(h.badge.tier), order[h.badge.slug]))


def counts_by_badge() -> dict[str, int]:
    """How many members hold each badge (badges nobody holds are left out)."""
    return {
        slug: members
        for slug, members in db.session.execute(
            select(UserBadge.badge, func.count(func.distinct(UserBadge.user_id))).group_by(
                UserBadge.badge
            )
        )
    }


__all__ = [
    "BADGES",
    "CATALOGUE",
    "EVENT_KINDS",
    "award",
    "backfill",
    "badge_holders",
    "counts_by_badge",
    "evaluate",
    "get_badge",
    "user_badges",
]
