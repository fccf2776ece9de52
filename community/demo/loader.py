"""Load the demo community through the same services members use.

Content goes in through the services (so counters, revisions and events are
right), then timestamps are moved into the past so the lists look lived-in.
"""

from __future__ import annotations

import random
from datetime import timedelta

from flask import current_app
from sqlalchemy import select, update

from community import events
from community.accounts import services as accounts
from community.accounts.models import User
from community.demo import campaigns as campaigns_scene
from community.demo import content_de, content_en
from community.demo import moderation as moderation_scene
from community.demo.people import CATEGORIES, USERS
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Comment, Post, Revision
from community.permissions import can
from community.reputation import badges, experts
from community.reputation import services as reputation
from community.reputation.models import ReputationEvent
from community.timeutil import utcnow

DEMO_PASSWORD = "community-demo-2026"
DEMO_EMAIL_DOMAIN = "demo.community.example"
# Members who joined only lately: still at trust level 0 or 1.
NEWCOMERS = {"olga_v", "ahmed_s", "chen_l"}

# A few edits so the revision history has something to show.
EDIT_NOTES = {
    "de": (
        "**Nachtrag:** Danke für die schnellen Antworten, ich halte euch auf dem Laufenden.",
        "Nachtrag ergänzt",
    ),
    "en": ("**Update:** thanks for the quick replies, I will report back.", "Added an update"),
}


def load_demo(seed: int = 2026) -> dict | None:
    """Create the demo members, categories and topics; None if they exist already."""
    if db.session.scalar(select(User.id).where(User.username == USERS[0]["username"])):
        return None
    rng = random.Random(seed)
    users = _create_users()
    for user in users.values():
        _give_history(user, rng)
    admin = next(u for u in users.values() if u.role == "admin")
    categories = {}
    for position, spec in enumerate(CATEGORIES, start=1):
        categories[spec["slug"]] = forum.create_category(
            admin,
            name=spec["name"],
            slug=spec["slug"],
            description=spec["description"],
            position=position * 10,
            translations=spec.get("translations"),
        )
    counts = {"topics": 0, "posts": 0, "votes": 0, "comments": 0}
    now = utcnow()
    topics = [("de", t) for t in content_de.TOPICS] + [("en", t) for t in content_en.TOPICS]
    # The demo's votes span months, so the daily cap on points from votes does not apply
    # while they are cast "today"; the ledger rows are moved to their posts' dates after.
    # Months of content go in within seconds: the spam screening (bursts, first posts of
    # new members) would hold it, so it is off while the history is written.
    config = current_app.config
    relaxed = {
        "REP_DAILY_VOTE_CAP": 10**9,
        "HOLD_FIRST_POSTS": 0,
        "HOLD_TL0_LINKS": False,
        "SPAM_BURST_POSTS": 0,
        "SPAM_REPEAT_HOURS": 0,
    }
    saved = {key: config[key] for key in relaxed}
    config.update(relaxed)
    try:
        for index, (lang, spec) in enumerate(topics):
            _load_topic(spec, lang, index, users, categories, now, rng, counts)
    finally:
        config.update(saved)
    post_date = select(Post.created_at).where(Post.id == ReputationEvent.post_id).scalar_subquery()
    db.session.execute(
        update(ReputationEvent)
        .where(ReputationEvent.post_id.is_not(None))
        .values(created_at=post_date),
        execution_options={"synchronize_session": False},
    )
    for user in users.values():
        reputation.maybe_promote(user)
    experts.demo_setup(admin)
    scene = moderation_scene.load_scene(users, admin)
    campaigns = campaigns_scene.load_scene(users, categories, admin)
    for key in ("topics", "posts", "votes"):
        counts[key] += campaigns[key]
    # Badges go last, so demo profiles show what their content earns. The backfill and the
    # expert evaluation have seen every event so far; their consumers need not again.
    counts["badges"] = badges.backfill()
    db.session.flush()
    # The search index is written in one go after the demo (flask demo), not per event.
    events.mark_handled("badges", "experts", "search")
    return {
        "users": len(users),
        **counts,
        "staff": [(u["username"], u["role"]) for u in USERS if u["role"] != "member"],
        "moderation": scene,
        "campaigns": campaigns,
    }


def _create_users() -> dict[str, User]:
    users = {}
    for spec in USERS:
        user = accounts.register_user(
            username=spec["username"],
            email=f"{spec['username']}@{DEMO_EMAIL_DOMAIN}",
            password=DEMO_PASSWORD,
            locale=spec["locale"],
            role=spec["role"],
            display_name=spec["display_name"],
            allow_reserved=True,
        )
        accounts.update_profile(
            user, user, display_name=spec["display_name"], bio=spec["bio"], locale=spec["locale"]
        )
        # Members joined before they started writing.
        user.created_at = utcnow() - timedelta(days=400 + 13 * len(users))
        users[user.username] = user
    return users


def _give_history(user: User, rng: random.Random) -> None:
    """Reading activity from before the demo's content; most members have reached level 2."""
    if user.role != "member":
        return
    newcomer = user.username in NEWCOMERS
    user.days_visited = rng.randint(1, 3) if newcomer else rng.randint(20, 160)
    user.topics_entered = rng.randint(3, 8) if newcomer else rng.randint(40, 400)
    user.posts_read = rng.randint(15, 45) if newcomer else rng.randint(200, 2500)
    user.last_visit_on = (utcnow() - timedelta(days=rng.randint(0, 6))).date()
    if not newcomer:
        user.trust_level = 2
    reputation.maybe_promote(user)


def _load_topic(spec, lang, index, users, categories, now, rng, counts) -> None:
    author = users[spec["author"]]
    topic = forum.ask_question(
        author,
        title=spec["title"],
        body=spec["body"],
        category=categories[spec["category"]],
        tags=spec["tags"],
        kind=spec["kind"],
    )
    asked_at = now - timedelta(
        days=spec["days_ago"], hours=rng.randint(0, 20), minutes=rng.randint(0, 59)
    )
    question = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    _backdate(question, asked_at)
    topic.created_at = topic.last_activity_at = asked_at
    topic.view_count = spec["views"]
    counts["topics"] += 1
    counts["posts"] += 1
    counts["comments"] += _comments(question, spec.get("comments", []), asked_at, users, rng)
    counts["votes"] += _votes(question, spec["votes"], users, rng)
    latest = asked_at
    for answer_spec in spec["answers"]:
        answered_at = asked_at + timedelta(
            hours=answer_spec["hours_after"], minutes=rng.randint(0, 59)
        )
        answered_at = min(answered_at, now - timedelta(minutes=5))
        post = forum.post_answer(
            users[answer_spec["author"]],
            topic,
            answer_spec["body"],
            official=answer_spec.get("official", False),
        )
        _backdate(post, answered_at)
        counts["posts"] += 1
        counts["votes"] += _votes(post, answer_spec["votes"], users, rng)
        counts["comments"] += _comments(
            post, answer_spec.get("comments", []), answered_at, users, rng
        )
        if answer_spec.get("accepted"):
            forum.accept_answer(author, post)
        latest = max(latest, answered_at)
        topic.last_poster = post.author
    topic.last_activity_at = latest
    if index % 9 == 4:
        text, reason = EDIT_NOTES[lang]
        forum.edit_post(author, question, body=f"{question.body}\n\n{text}", reason=reason)
        question.edited_at = min(latest + timedelta(hours=1), now)
        db.session.flush()
        db.session.scalar(
            select(Revision).where(Revision.post_id == question.id, Revision.number == 2)
        ).created_at = question.edited_at
    db.session.flush()


def _backdate(post: Post, when) -> None:
    post.created_at = when
    db.session.flush()
    for revision in db.session.scalars(select(Revision).where(Revision.post_id == post.id)):
        revision.created_at = when


def _comments(post: Post, specs, after, users, rng) -> int:
    for offset, spec in enumerate(specs, start=1):
        comment: Comment = forum.add_comment(users[spec["author"]], post, spec["body"])
        comment.created_at = after + timedelta(minutes=20 * offset + rng.randint(0, 15))
    return len(specs)


def _votes(post: Post, net: int, users, rng) -> int:
    """Cast votes from random members so the post's score comes out at `net`."""
    value = 1 if net >= 0 else -1
    action = "post.vote_up" if value == 1 else "post.vote_down"
    voters = [u for u in users.values() if u.id != post.author_id and can(u, action, post)]
    rng.shuffle(voters)
    chosen = voters[: min(abs(net), len(voters))]
    for voter in chosen:
        forum.cast_vote(voter, post, value)
    return len(chosen)


def settle_notifications(fresh_days: int = 7) -> None:
    """Date the demo's notifications like the posts they are about; older ones are read."""
    from community.notifications.models import Notification

    post_date = select(Post.created_at).where(Post.id == Notification.post_id).scalar_subquery()
    db.session.execute(
        update(Notification).where(Notification.post_id.is_not(None)).values(created_at=post_date),
        execution_options={"synchronize_session": False},
    )
    db.session.execute(
        update(Notification)
        .where(Notification.created_at < utcnow() - timedelta(days=fresh_days))
        .values(read_at=Notification.created_at),
        execution_options={"synchronize_session": False},
    )
