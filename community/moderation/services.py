"""Moderation rules: flags and their weight, hiding, the review queue, the audit log.

Every action a moderator (or the flag threshold) takes is written as a
`ModerationAction` in the same transaction, with the reason the affected
member sees.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from community import events
from community.errors import NotFound, RuleViolation, clean_reason
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.moderation import sanctions, screening
from community.moderation.audit import log, settle_flags, settle_item
from community.moderation.models import (
    FLAG_REASONS,
    WATCHED_ACTIONS,
    Flag,
    ModerationAction,
    ReviewItem,
    WatchedWord,
)
from community.permissions import can, require
from community.reputation.services import effective_level, expert_category_ids
from community.timeutil import utcnow

FLAG_REASON_LABELS = {
    "spam": _l("Spam: advertising or links that do not help"),
    "offensive": _l("Offensive: rude, hurtful or hateful"),
    "off_topic": _l("Off-topic: not about this community"),
    "duplicate": _l("Duplicate: asked and answered before (link it)"),
    "staff": _l("Needs the team's attention"),
    "other": _l("Something else (say what)"),
}
REASON_MAX = 500
# Why an item is in the review queue.
REVIEW_REASON_LABELS = {
    "flags": _l("Flagged by members"),
    "first_post": _l("A new member's first posts"),
    "watched_word": _l("Contains a watched word"),
    "links": _l("New member posting links"),
    "repeated_text": _l("The same text in several topics"),
    "burst": _l("Many posts in a short time"),
    "edit": _l("Edited by its author after it was hidden"),
    "appeal": _l("Appeal against a sanction"),
}
# The audit log's actions in words.
ACTION_LABELS = {
    "post.hide": _l("Post hidden"),
    "review.approve": _l("Approved"),
    "review.publish": _l("Approved and published"),
    "review.agree": _l("Flags agreed, post kept"),
    "review.reject": _l("Rejected and hidden"),
    "review.discard": _l("Not published"),
    "review.delete": _l("Deleted after review"),
    "review.restore": _l("Restored"),
    "review.defer": _l("Deferred"),
    "review.settle": _l("Settled, nothing to change"),
    "topic.close": _l("Topic closed"),
    "topic.reopen": _l("Topic reopened"),
    "topic.lock": _l("Topic locked"),
    "topic.unlock": _l("Topic unlocked"),
    "topic.pin": _l("Topic pinned"),
    "topic.unpin": _l("Topic unpinned"),
    "topic.move": _l("Topic moved"),
    "topic.merge": _l("Topic merged"),
    "topic.split": _l("Replies split off"),
    "post.official": _l("Marked official"),
    "post.unofficial": _l("Official mark removed"),
    "user.warn": _l("Member warned"),
    "user.silence": _l("Member silenced"),
    "user.suspend": _l("Member suspended"),
    "user.lift": _l("Sanction lifted"),
    "user.delete_spammer": _l("Spammer removed"),
    "sanction.appeal": _l("Appeal sent"),
    "appeal.grant": _l("Appeal accepted"),
    "appeal.deny": _l("Appeal rejected"),
    "warning.acknowledge": _l("Warning read"),
    "watched_word.add": _l("Watched word added"),
    "watched_word.remove": _l("Watched word removed"),
}
# The actions that went against a member: their count stands beside each queue item.
ADVERSE_ACTIONS = (
    "post.hide",
    "review.agree",
    "review.reject",
    "review.discard",
    "review.delete",
    "topic.close",
    "topic.lock",
    "user.warn",
    "user.silence",
    "user.suspend",
    "user.delete_spammer",
    "appeal.deny",
)
# What the member reads in their notification, by audit action.
ACTION_NOTICES = {
    "post.hide": _l("Your post was hidden until the team has looked at it. You can edit it."),
    "review.approve": _l("The team looked at your post and it stays visible."),
    "review.publish": _l("The team approved your post: it is now visible to everyone."),
    "review.agree": _l("The team agreed with a report on your post. It stays visible."),
    "review.reject": _l("The team hid your post."),
    "review.discard": _l("The team did not publish your post."),
    "review.delete": _l("The team deleted your post."),
    "review.restore": _l("The team restored your post."),
    "topic.close": _l("The team closed your topic."),
    "topic.reopen": _l("The team reopened your topic."),
    "topic.lock": _l("The team locked your topic."),
    "topic.unlock": _l("The team unlocked your topic."),
    "topic.move": _l("The team moved your topic to another category."),
    "topic.merge": _l("The team merged your topic into another topic."),
    "topic.split": _l("The team moved some replies of your topic into a new topic."),
    "user.warn": _l("You have a message from the team. Please read it."),
    "user.silence": _l("The team silenced your account: you can read but not post for now."),
    "user.suspend": _l("The team suspended your account."),
    "user.lift": _l("The team lifted the restriction on your account."),
    "appeal.grant": _l("The team accepted your appeal and lifted the restriction."),
    "appeal.deny": _l("The team looked at your appeal; the restriction stays."),
}


# -- flags -----------------------------------------------------------------------------------


def flag_weight(user) -> float:
    """Trusted and accurate flaggers count more; staff flags hide at once."""
    level = effective_level(user)
    base = {1: 1.0, 2: 1.0, 3: 1.5, 4: 2.0}.get(level, 1.0)
    agreed, disagreed = user.flags_agreed or 0, user.flags_disagreed or 0
    # A new flagger counts 1; agreement raises that towards 1.5, disagreement lowers it to 0.5.
    accuracy = 0.5 + (agreed + 1) / (agreed + disagreed + 2)
    return round(base * min(1.5, max(0.5, accuracy)), 2)


def flag_post(flagger, post: Post, reason: str, note: str = "", duplicate_url: str = "") -> Flag:
    """Members of trust level 1+ report a post once; enough weight hides it for review."""
    require(flagger, "post.flag", post)
    if reason not in FLAG_REASONS:
        raise RuleViolation(_l("Please choose why you flag this post."), field="reason")
    note = " ".join((note or "").split())
    duplicate_url = (duplicate_url or "").strip()
    if reason == "other" and not note:
        raise RuleViolation(_l("Please say what is wrong."), field="note")
    if reason == "duplicate" and not duplicate_url:
        raise RuleViolation(_l("Please link the earlier topic."), field="duplicate_url")
    if len(note) > REASON_MAX or len(duplicate_url) > 300:
        raise RuleViolation(_l("At most %(num)s characters.", num=REASON_MAX), field="note")
    taken = db.session.scalar(
        select(Flag.id).where(Flag.user_id == flagger.id, Flag.post_id == post.id)
    )
    if taken is not None:
        raise RuleViolation(_l("You have flagged this post already."), field="reason")
    flag = Flag(
        post_id=post.id,
        user_id=flagger.id,
        reason=reason,
        note=note,
        duplicate_url=duplicate_url,
        weight=flag_weight(flagger),
    )
    db.session.add(flag)
    db.session.flush()
    events.record("post.flagged", post_id=post.id, topic_id=post.topic_id, user_id=flagger.id)
    screening.queue_post(post, "flagged", "flags", detail=reason)
    if post.status == "visible":
        staff = can(flagger, "post.hide", post)
        if staff or pending_flag_weight(post) >= current_app.config["FLAG_HIDE_THRESHOLD"]:
            _hide(None if not staff else flagger, post, reason)
    return flag


def pending_flag_weight(post: Post) -> float:
    return float(
        db.session.scalar(
            select(func.coalesce(func.sum(Flag.weight), 0)).where(
                Flag.post_id == post.id, Flag.status == "pending"
            )
        )
    )


def my_flags(user, post_ids) -> dict[int, Flag]:
    """The member's own flags on these posts, so a page can show their state."""
    if not getattr(user, "is_authenticated", False) or not post_ids:
        return {}
    rows = db.session.scalars(
        select(Flag).where(Flag.user_id == user.id, Flag.post_id.in_(post_ids))
    )
    return {flag.post_id: flag for flag in rows}


def _hide(actor, post: Post, reason: str) -> None:
    forum.set_hidden(post, reason)
    # The flag reason is kept as its code: each reader sees it in their own language.
    log(actor, "post.hide", post=post, automatic=actor is None, flag_reason=reason)


# -- the review queue ------------------------------------------------------------------------


def queue_edit_of_hidden(post: Post) -> None:
    """An author edited their hidden post: it goes back to the team."""
    screening.queue_post(post, "edited", "edit")


def review_items(
    viewer,
    *,
    reason: str | None = None,
    category_id: int | None = None,
    status: str = "pending",
    older_than_hours: int = 0,
    newest_first: bool = False,
    page: int = 1,
    per_page: int = 20,
):
    """What the viewer may review: everything for staff, their categories for experts."""
    require(viewer, "review.view")
    query = select(ReviewItem).where(ReviewItem.status == status)
    if reason:
        query = query.where(ReviewItem.reason == reason)
    if category_id:
        query = query.where(ReviewItem.category_id == category_id)
    if older_than_hours:
        query = query.where(ReviewItem.created_at <= utcnow() - timedelta(hours=older_than_hours))
    if not can(viewer, "review.all"):
        mine = expert_category_ids(viewer)
        if None in mine:
            # An expert of every category reviews every category's items (not appeals).
            query = query.where(ReviewItem.category_id.is_not(None))
        else:
            query = query.where(ReviewItem.category_id.in_(mine))
    # Each item shows its post and topic: load them with the page, not one by one.
    order = ReviewItem.created_at.desc() if newest_first else ReviewItem.created_at
    query = query.options(
        selectinload(ReviewItem.post).joinedload(Post.topic),
        selectinload(ReviewItem.category),
        selectinload(ReviewItem.sanction),
    ).order_by(order, ReviewItem.id)
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def review_categories(viewer) -> list:
    """The categories the viewer reviews: all for staff, their own for experts."""
    categories = forum.list_categories()
    if can(viewer, "review.all"):
        return categories
    mine = expert_category_ids(viewer)
    return categories if None in mine else [c for c in categories if c.id in mine]


def get_review_item(viewer, item_id: int) -> ReviewItem:
    item = db.session.get(ReviewItem, item_id)
    if item is None or not can(viewer, "review.decide", item):
        raise NotFound(item_id)
    return item


def flags_on(post_ids) -> dict[int, list[Flag]]:
    flags: dict[int, list[Flag]] = {}
    if post_ids:
        for flag in db.session.scalars(
            select(Flag).where(Flag.post_id.in_(post_ids)).order_by(Flag.created_at)
        ):
            flags.setdefault(flag.post_id, []).append(flag)
    return flags


def author_history(user_ids) -> dict[int, dict]:
    """Beside each item: how often the team acted against the author before."""
    history: dict[int, dict] = {user_id: {"actions": 0} for user_id in user_ids}
    if user_ids:
        rows = db.session.execute(
            select(ModerationAction.user_id, func.count(ModerationAction.id))
            .where(
                ModerationAction.user_id.in_(user_ids),
                ModerationAction.action.in_(ADVERSE_ACTIONS),
            )
            .group_by(ModerationAction.user_id)
        )
        for user_id, count in rows:
            history[user_id]["actions"] = count
    return history


DECISIONS = ("approve", "agree", "reject", "delete", "restore", "defer")


def decide(actor, item: ReviewItem, decision: str, reason: str = "") -> None:
    """Settle a review item; the author learns the outcome and, when it goes against them, why.

    approve: the post is fine (held: published; hidden: shown again; flags disagreed).
    agree: the flags were right but the post may stay (flags agreed).
    reject: hide it (held: never published; appeal: denied); a reason is required.
    delete: remove it (moderators); restore: bring back what an earlier decision removed.
    defer: leave it for later.
    """
    require(actor, "review.decide", item)
    if decision not in DECISIONS:
        raise RuleViolation(_l("Unknown decision."), field="decision")
    reason = clean_reason(reason, required=False, limit=REASON_MAX)
    if decision in ("delete", "restore"):
        require(actor, "review.all", item)
    if decision == "restore":
        if item.status != "rejected":
            raise RuleViolation(_l("Only rejected items can be restored."))
    elif item.status not in ("pending", "deferred"):
        raise RuleViolation(_l("This item was decided already."))
    if decision == "agree" and item.kind != "flagged":
        raise RuleViolation(_l("Only flagged posts have reports to agree with."))
    if decision in ("reject", "delete") and not reason:
        raise RuleViolation(_l("Please give a reason the author will see."), field="reason")
    post = item.post
    if decision == "defer":
        item.status = "deferred"
        log(actor, "review.defer", post=post, user=item.user, reason=reason, item_id=item.id)
        return
    if item.kind == "appeal":
        _decide_appeal(actor, item, decision, reason)
        return
    if post is not None and post.status == "deleted" and decision != "restore":
        # Removed meanwhile (by its author or a moderator): nothing is left to decide.
        _settle_quietly(actor, item, "rejected", reason)
        return
    # Only a held item publishes or discards a held post; other items leave it waiting.
    held = item.kind == "held" and post is not None and post.status == "pending"
    action, status = f"review.{decision}", "approved"
    if decision == "approve":
        if held:
            forum.publish_held(post)
            action = "review.publish"
        elif post is not None and post.status == "hidden":
            forum.set_visible(post)
        settle_flags(post, agreed=False, actor=actor)
    elif decision == "agree":
        settle_flags(post, agreed=True, actor=actor)
    elif decision == "reject":
        if held:
            forum.discard_held(post, actor)
            action = "review.discard"
        elif post is not None and post.status == "visible":
            forum.set_hidden(post, "staff")
        settle_flags(post, agreed=True, actor=actor)
        status = "rejected"
    elif decision == "delete":
        if post is not None and post.status == "pending":
            forum.discard_held(post, actor)
        elif post is not None:
            forum.delete_post(actor, post)
        settle_flags(post, agreed=True, actor=actor)
        status = "rejected"
    elif decision == "restore":
        if post is not None and post.status == "deleted":
            forum.restore_post(actor, post)
        elif post is not None and post.status == "hidden":
            forum.set_visible(post)
    if post is None or (
        action in ("review.approve", "review.agree")
        and post.status == "visible"
        and item.reason == "watched_word"
    ):
        # Nothing changed for the member (a username, a watched word that is fine): the
        # decision is the team's own business, and the member is not told.
        _settle_quietly(actor, item, status, reason)
        return
    settle_item(actor, item, status, reason)
    log(actor, action, post=post, user=item.user, reason=reason, item_id=item.id)


def _settle_quietly(actor, item: ReviewItem, status: str, reason: str) -> None:
    settle_item(actor, item, status, reason)
    log(actor, "review.settle", post=item.post, user=item.user, reason=reason, item_id=item.id)


def _decide_appeal(actor, item: ReviewItem, decision: str, reason: str) -> None:
    if decision == "approve":
        sanctions.grant_appeal(actor, item, reason)
    elif decision == "reject":
        sanctions.deny_appeal(actor, item, reason)
    else:
        raise RuleViolation(_l("An appeal is accepted or rejected."), field="decision")


def audit_log(
    viewer,
    *,
    action: str | None = None,
    user_id: int | None = None,
    actor_id: int | None = None,
    topic_id: int | None = None,
    page: int = 1,
    per_page: int = 50,
):
    """Every moderation action, newest first, by action, member concerned, actor or topic."""
    require(viewer, "moderation.audit")
    query = select(ModerationAction)
    if action:
        query = query.where(ModerationAction.action == action)
    if user_id:
        query = query.where(ModerationAction.user_id == user_id)
    if actor_id:
        query = query.where(ModerationAction.actor_id == actor_id)
    if topic_id:
        query = query.where(ModerationAction.topic_id == topic_id)
    query = query.order_by(ModerationAction.created_at.desc(), ModerationAction.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def actions_in_log() -> list[str]:
    return list(
        db.session.scalars(
            select(ModerationAction.action).distinct().order_by(ModerationAction.action)
        )
    )


def reasons_for(post_ids) -> dict[int, ModerationAction]:
    """The latest hiding of each post, so its author (and staff) see why."""
    found: dict[int, ModerationAction] = {}
    if post_ids:
        for entry in db.session.scalars(
            select(ModerationAction)
            .where(
                ModerationAction.post_id.in_(post_ids),
                ModerationAction.action.in_(("post.hide", "review.reject")),
            )
            .order_by(ModerationAction.id)
        ):
            found[entry.post_id] = entry
    return found


# -- watched words ---------------------------------------------------------------------------

WATCHED_ACTION_LABELS = {
    "block": _l("Block: refuse the post and show a message"),
    "approve": _l("Require approval: hold the post for review"),
    "flag": _l("Flag: publish, and put it in the review queue"),
    "replace": _l("Replace: publish with the word replaced"),
}


def list_watched_words(viewer) -> list[WatchedWord]:
    require(viewer, "watched_word.manage")
    return list(
        db.session.scalars(select(WatchedWord).order_by(WatchedWord.action, WatchedWord.pattern))
    )


def add_watched_word(
    actor,
    *,
    pattern: str,
    action: str,
    is_regex: bool = False,
    replacement: str = "",
    message: str = "",
) -> WatchedWord:
    """Admins watch for a word in titles, bodies and usernames; it applies to new text."""
    require(actor, "watched_word.manage")
    if action not in WATCHED_ACTIONS:
        raise RuleViolation(_l("Please choose what happens."), field="action")
    pattern = screening.check_pattern(pattern, is_regex)
    replacement = " ".join((replacement or "").split())
    message = " ".join((message or "").split())
    if action == "replace" and not replacement:
        raise RuleViolation(_l("Please say what replaces the word."), field="replacement")
    if len(replacement) > 200 or len(message) > 300:
        raise RuleViolation(_l("At most %(num)s characters.", num=300), field="message")
    taken = db.session.scalar(
        select(WatchedWord.id).where(
            func.lower(WatchedWord.pattern) == pattern.lower(), WatchedWord.action == action
        )
    )
    if taken is not None:
        raise RuleViolation(_l("This word is watched already."), field="pattern")
    word = WatchedWord(
        pattern=pattern,
        action=action,
        is_regex=bool(is_regex),
        replacement=replacement if action == "replace" else "",
        message=message if action == "block" else "",
        created_by_id=actor.id,
    )
    db.session.add(word)
    db.session.flush()
    log(actor, "watched_word.add", pattern=pattern, word_action=action)
    return word


def remove_watched_word(actor, word_id: int) -> None:
    require(actor, "watched_word.manage")
    word = db.session.get(WatchedWord, word_id)
    if word is None:
        raise NotFound(word_id)
    db.session.delete(word)
    db.session.flush()
    log(actor, "watched_word.remove", pattern=word.pattern, word_action=word.action)


def topic_notice(topic) -> ModerationAction | None:
    """Why a closed or locked topic is so: the team's latest close or lock, with its reason."""
    if topic.status not in ("closed", "locked"):
        return None
    action = "topic.close" if topic.status == "closed" else "topic.lock"
    return db.session.scalar(
        select(ModerationAction)
        .where(ModerationAction.topic_id == topic.id, ModerationAction.action == action)
        .order_by(ModerationAction.id.desc())
        .limit(1)
    )


# -- topic and post actions ------------------------------------------------------------------

CLOSE_REASONS = ("duplicate", "off_topic", "resolved", "other")
CLOSE_REASON_LABELS = {
    "duplicate": _l("Duplicate of another topic"),
    "off_topic": _l("Off-topic"),
    "resolved": _l("Resolved"),
    "other": _l("Other reason"),
}


def _clean(reason: str, required: bool = True) -> str:
    missing = _l("Please give a reason the members will see.")
    return clean_reason(reason, required=required, limit=REASON_MAX, missing=missing)


def close_topic(actor, topic, close_reason: str, note: str = "", duplicate_of=None) -> None:
    """Moderators close a topic (no new answers); experts may close duplicates in theirs."""
    if close_reason not in CLOSE_REASONS:
        raise RuleViolation(_l("Please choose why the topic is closed."), field="close_reason")
    require(actor, "topic.close_duplicate" if close_reason == "duplicate" else "topic.close", topic)
    if topic.status != "open":
        raise RuleViolation(_l("Only open topics can be closed."))
    if close_reason == "duplicate":
        if duplicate_of is None or duplicate_of.id == topic.id:
            raise RuleViolation(_l("Please name the earlier topic."), field="duplicate_of")
        topic.duplicate_of_id = duplicate_of.id
    note = _clean(note, required=close_reason == "other")
    topic.status, topic.close_reason = "closed", close_reason
    log(
        actor,
        "topic.close",
        topic=topic,
        user=topic.author,
        reason=note,
        close_reason=close_reason,
        duplicate_of=topic.duplicate_of_id,
    )


def reopen_topic(actor, topic, reason: str = "") -> None:
    require(actor, "topic.close", topic)
    if topic.status != "closed":
        raise RuleViolation(_l("Only closed topics can be reopened."))
    reason = _clean(reason, False)
    topic.status, topic.close_reason, topic.duplicate_of_id = "open", "", None
    log(actor, "topic.reopen", topic=topic, user=topic.author, reason=reason)


def lock_topic(actor, topic, reason: str) -> None:
    """Locked: nobody but staff may answer, comment or edit."""
    require(actor, "topic.lock", topic)
    if topic.status not in ("open", "closed"):
        raise RuleViolation(_l("This topic cannot be locked."))
    reason = _clean(reason)
    topic.status = "locked"
    log(actor, "topic.lock", topic=topic, user=topic.author, reason=reason)


def unlock_topic(actor, topic, reason: str = "") -> None:
    require(actor, "topic.lock", topic)
    if topic.status != "locked":
        raise RuleViolation(_l("This topic is not locked."))
    reason = _clean(reason, False)
    topic.status = "open"
    log(actor, "topic.unlock", topic=topic, user=topic.author, reason=reason)


def pin_topic(actor, topic, scope: str) -> None:
    """Pin to the top of its category, or globally (home page too)."""
    require(actor, "topic.pin", topic)
    if scope not in ("category", "global"):
        raise RuleViolation(_l("Pin in the category or everywhere."), field="scope")
    topic.pinned, topic.pinned_at = scope, utcnow()
    log(actor, "topic.pin", topic=topic, scope=scope)


def unpin_topic(actor, topic) -> None:
    require(actor, "topic.pin", topic)
    topic.pinned, topic.pinned_at = None, None
    log(actor, "topic.unpin", topic=topic)


def move_topic(actor, topic, category, reason: str = "") -> None:
    """Move a topic to another category; counters follow."""
    require(actor, "topic.move", topic)
    if category is None or category.id == topic.category_id:
        raise RuleViolation(_l("Please choose another category."), field="category")
    reason = _clean(reason, False)
    old = topic.category
    forum.change_category(topic, category)
    log(
        actor,
        "topic.move",
        topic=topic,
        user=topic.author,
        reason=reason,
        from_category=old.id,
        to_category=category.id,
    )


def mark_official(actor, post, official: bool) -> None:
    """Moderators mark (or unmark) a team member's answer as the official one."""
    require(actor, "post.mark_official", post)
    post.is_official = official
    log(actor, "post.official" if official else "post.unofficial", post=post)


MERGEABLE_STATUSES = ("open", "closed", "locked")


def merge_topic(actor, topic, into, reason: str = "") -> None:
    """Moderators merge a topic into another open, closed or locked one: every post moves
    over in time order, and the merged topic's address leads to the target."""
    require(actor, "topic.merge", topic)
    if into is None:
        raise RuleViolation(_l("Please name the topic to merge into."), field="into")
    if into.id == topic.id:
        raise RuleViolation(_l("A topic cannot be merged into itself."), field="into")
    if into.status == "merged":
        raise RuleViolation(
            _l("That topic was merged into another one already: merge into that one."),
            field="into",
        )
    if into.status not in MERGEABLE_STATUSES:
        raise RuleViolation(
            _l("Topics can only be merged into an open, closed or locked topic."), field="into"
        )
    reason = _clean(reason, False)
    moved = forum.merge_topic_posts(topic, into)
    screening.items_follow_posts(moved, into.category_id)
    log(actor, "topic.merge", topic=topic, user=topic.author, reason=reason, into=into.id)


def split_topic(actor, topic, posts, *, title: str, category=None, reason: str = ""):
    """Moderators move chosen replies into a new topic (in the old category unless another
    is chosen); the earliest reply opens it. Returns the new topic."""
    require(actor, "topic.split", topic)
    posts = list({p.id: p for p in posts or []}.values())
    if not posts:
        raise RuleViolation(_l("Please choose at least one reply to move."), field="posts")
    if any(p.topic_id != topic.id or p.position == 1 for p in posts):
        raise RuleViolation(
            _l("Only replies of this topic can be moved, not its opening post."), field="posts"
        )
    if min(posts, key=lambda p: (p.created_at, p.id)).status != "visible":
        raise RuleViolation(
            _l("The earliest chosen reply opens the new topic, so it must be visible."),
            field="posts",
        )
    reason = _clean(reason, False)
    new = forum.split_topic_posts(topic, posts, title=title, category=category or topic.category)
    ids = sorted(p.id for p in posts)
    screening.items_follow_posts(ids, new.category_id)
    log(
        actor,
        "topic.split",
        topic=topic,
        user=topic.author,
        reason=reason,
        new_topic=new.id,
        posts=ids,
    )
    return new
