"""Screening text before it reaches the site: watched words and suspected spam.

The forum services call `screen_post` while a post is written, in the same
transaction: a blocked word refuses the post with the message staff chose, a
replaced word is replaced, and anything that needs a look (a watched word that
requires approval, a new member's first post or links, the same text in several
topics, a burst of posts) keeps the post off the site until staff or the
category's experts approve it. This module sits below `moderation.services`, so
the forum can use it without importing the moderation rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from community import markup
from community.errors import RuleViolation
from community.extensions import db
from community.forum.models import Post
from community.moderation.models import ReviewItem, WatchedWord
from community.permissions import STAFF_ROLES
from community.timeutil import utcnow

# German letters and their spellings without umlauts: "Betrüger" also catches "Betrueger".
_FOLDS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_FOLDED = {plain: letter for letter, plain in _FOLDS.items()}


def word_regex(word: WatchedWord) -> re.Pattern:
    """The compiled pattern: case-insensitive, umlaut-aware, whole words, `*` as a wildcard."""
    if word.is_regex:
        return re.compile(word.pattern, re.IGNORECASE)
    text, parts, i = word.pattern.strip().lower(), [], 0
    while i < len(text):
        pair, char = text[i : i + 2], text[i]
        if pair in _FOLDED:
            parts.append(f"(?:{pair}|{_FOLDED[pair]})")
            i += 2
            continue
        if char in _FOLDS:
            parts.append(f"(?:{char}|{_FOLDS[char]})")
        elif char == "*":
            parts.append(r"\w*")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
        i += 1
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)", re.IGNORECASE)


def check_pattern(pattern: str, is_regex: bool) -> str:
    """A watched word staff type: not empty, not too long, and a valid regex if it is one."""
    pattern = " ".join((pattern or "").split())
    if not 2 <= len(pattern) <= 200:
        raise RuleViolation(_l("A watched word needs 2 to 200 characters."), field="pattern")
    if is_regex:
        try:
            re.compile(pattern)
        except re.error as error:
            raise RuleViolation(
                _l("This is not a valid regular expression: %(error)s", error=str(error)),
                field="pattern",
            ) from None
    return pattern


def _watched_words() -> list[tuple[WatchedWord, re.Pattern]]:
    words = db.session.scalars(select(WatchedWord).order_by(WatchedWord.id))
    return [(word, word_regex(word)) for word in words]


@dataclass
class Verdict:
    """What screening decided about a text: the text to store and whether it waits for review."""

    body: str
    title: str | None = None
    hold: str | None = None  # first_post, watched_word, links, repeated_text, burst
    detail: str = ""
    flags: list[str] = field(default_factory=list)  # watched words to bring to the team's eyes

    @property
    def held(self) -> bool:
        return self.hold is not None


def apply_watched_words(texts: dict[str, str]) -> tuple[dict[str, str], str | None, list[str]]:
    """Block, replace, require approval, flag: returns the texts, an approval hit and flag hits.

    Raises RuleViolation (on the field that contains it) for a blocked word.
    """
    approve: str | None = None
    flags: list[str] = []
    for word, pattern in _watched_words():
        for name, text in texts.items():
            if not text or not pattern.search(text):
                continue
            if word.action == "block":
                message = word.message or _l(
                    "Your text contains “%(word)s”, which is not allowed here. Please rephrase it.",
                    word=pattern.search(text).group(0),
                )
                raise RuleViolation(message, field=name, code="blocked")
            if word.action == "replace":
                texts[name] = pattern.sub(word.replacement.replace("\\", "\\\\"), text)
            elif word.action == "approve":
                approve = approve or word.pattern
            elif word.action == "flag" and word.pattern not in flags:
                flags.append(word.pattern)
    return texts, approve, flags


def screen_post(author, *, body: str, title: str | None = None, topic=None) -> Verdict:
    """Screen a new topic (title given, no topic yet) or a new answer in `topic`."""
    texts = {"body": body} if title is None else {"title": title, "body": body}
    texts, approve, flags = apply_watched_words(texts)
    verdict = Verdict(body=texts["body"], title=texts.get("title"), flags=flags)
    if author.role in STAFF_ROLES:
        return verdict  # the team's own posts are not held
    if approve:
        verdict.hold, verdict.detail = "watched_word", approve
        return verdict
    config, level = current_app.config, author.trust_level
    if level == 0 and config["HOLD_FIRST_POSTS"]:
        # Held until the team has let this many through.
        published = db.session.scalar(
            select(func.count(Post.id)).where(Post.author_id == author.id, Post.status == "visible")
        )
        if published < config["HOLD_FIRST_POSTS"]:
            verdict.hold = "first_post"
            return verdict
    if holds_links_of(author) and markup.count_links(markup.render(verdict.body)):
        verdict.hold = "links"
        return verdict
    now = utcnow()
    if level < 2 and config["SPAM_BURST_POSTS"]:
        since = now - timedelta(minutes=config["SPAM_BURST_MINUTES"])
        recent = db.session.scalar(
            select(func.count(Post.id)).where(Post.author_id == author.id, Post.created_at >= since)
        )
        if recent >= config["SPAM_BURST_POSTS"]:
            verdict.hold = "burst"
            verdict.detail = str(recent + 1)
            return verdict
    if (
        level < 2
        and config["SPAM_REPEAT_HOURS"]
        and _repeats_elsewhere(author, verdict.body, topic, now)
    ):
        verdict.hold = "repeated_text"
    return verdict


def holds_links_of(author) -> bool:
    """Links from level 0 members wait for the team."""
    return (
        current_app.config["HOLD_TL0_LINKS"]
        and author.role not in STAFF_ROLES
        and author.trust_level == 0
    )


def _normalized(text: str) -> str:
    return " ".join(text.casefold().split())


def _repeats_elsewhere(author, body: str, topic, now) -> bool:
    """The same text, by the same member, in another topic within the last hours."""
    since = now - timedelta(hours=current_app.config["SPAM_REPEAT_HOURS"])
    query = select(Post.body).where(
        Post.author_id == author.id, Post.created_at >= since, Post.status != "deleted"
    )
    if topic is not None and topic.id is not None:
        query = query.where(Post.topic_id != topic.id)
    wanted = _normalized(body)
    return any(_normalized(text) == wanted for text in db.session.scalars(query.limit(50)))


def screen_edit(body: str, title: str | None = None) -> tuple[str, str | None, list[str]]:
    """Edits are screened for watched words: blocks refuse, replacements apply, the rest is
    brought to the team's eyes (the post stays where it is)."""
    texts = {"body": body} if title is None else {"title": title, "body": body}
    texts, approve, flags = apply_watched_words(texts)
    if approve and approve not in flags:
        flags.append(approve)
    return texts["body"], texts.get("title"), flags


def screen_username(username: str) -> list[str]:
    """Usernames: a blocked word refuses the name; other hits are for the team to look at."""
    _texts, approve, flags = apply_watched_words({"username": username})
    return ([approve] if approve else []) + [flag for flag in flags if flag != approve]


# -- the review queue ------------------------------------------------------------------------


def queue_post(post: Post, kind: str, reason: str, detail: str = "") -> ReviewItem:
    """One open item per post and kind; more reports join the item that is there."""
    item = db.session.scalar(
        select(ReviewItem).where(
            ReviewItem.post_id == post.id,
            ReviewItem.kind == kind,
            ReviewItem.status.in_(("pending", "deferred")),
        )
    )
    if item is None:
        item = ReviewItem(
            kind=kind,
            reason=reason,
            detail=detail[:500],
            post_id=post.id,
            user_id=post.author_id,
            category_id=post.topic.category_id,
        )
        db.session.add(item)
        db.session.flush()
    elif item.status == "deferred":
        item.status = "pending"
    return item


def items_follow_posts(posts, category_id: int) -> None:
    """Review items of moved posts (ids, or a select of them) belong to the category the
    posts are in now, so that its experts (and not the old one's) decide them."""
    for item in db.session.scalars(
        select(ReviewItem).where(
            ReviewItem.post_id.in_(posts), ReviewItem.category_id != category_id
        )
    ):
        item.category_id = category_id


def queue_member(user, reason: str, detail: str = "") -> ReviewItem:
    """An item about a member rather than a post (a watched word in a username)."""
    item = ReviewItem(kind="flagged", reason=reason, detail=detail[:500], user_id=user.id)
    db.session.add(item)
    db.session.flush()
    return item
