"""The forum's business rules: asking, answering, editing, voting, accepting.

Every function takes the acting user first, checks `permissions`, changes the
rows, keeps the denormalised counters right and records events. They flush;
the caller commits (see `community.events.commit`).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import case, func, select, update
from sqlalchemy.orm import selectinload

from community import events, markup
from community.accounts import services as accounts
from community.accounts.models import User
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum.models import (
    TOPIC_KINDS,
    Category,
    Comment,
    Post,
    Revision,
    Tag,
    Topic,
    Vote,
    topic_tags,
)
from community.moderation import screening
from community.permissions import can, require
from community.reputation import experts
from community.reputation import services as reputation
from community.timeutil import utcnow

MAX_TAGS = 5
TITLE_MIN, TITLE_MAX = 10, 150
BODY_MIN, BODY_MAX = 20, 30000
ANSWER_MIN = 10
COMMENT_MIN, COMMENT_MAX = 3, 600
TAG_RE = re.compile(r"^[\w.+#-]{1,30}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SORTS = ("latest", "newest", "unanswered", "unsolved", "top")
LISTED_STATUSES = ("open", "closed", "locked")


# -- validation ---------------------------------------------------------------


def normalize_tags(raw: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """Lower-case, hyphenate and de-duplicate tags; refuse more than MAX_TAGS."""
    if raw is None:
        return []
    parts = re.split(r"[,\s]+", raw) if isinstance(raw, str) else list(raw)
    tags: list[str] = []
    for part in parts:
        name = part.strip().lower().strip("#")
        if not name:
            continue
        if not TAG_RE.match(name):
            raise RuleViolation(
                _l("Tags may contain letters, digits and hyphens only: %(tag)s", tag=name),
                field="tags",
            )
        if name not in tags:
            tags.append(name)
    if len(tags) > MAX_TAGS:
        raise RuleViolation(_l("At most %(n)d tags, please.", n=MAX_TAGS), field="tags")
    return tags


def _check_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise RuleViolation(
            _l("The title needs %(min)d to %(max)d characters.", min=TITLE_MIN, max=TITLE_MAX),
            field="title",
        )
    return title


def _check_body(body: str, minimum: int = BODY_MIN) -> str:
    body = (body or "").strip()
    if not minimum <= len(body) <= BODY_MAX:
        raise RuleViolation(
            _l("The text needs %(min)d to %(max)d characters.", min=minimum, max=BODY_MAX),
            field="body",
        )
    return body


def _check_comment(body: str) -> str:
    body = " ".join((body or "").split())
    if not COMMENT_MIN <= len(body) <= COMMENT_MAX:
        raise RuleViolation(
            _l(
                "A comment needs %(min)d to %(max)d characters.",
                min=COMMENT_MIN,
                max=COMMENT_MAX,
            ),
            field="body",
        )
    return body


# -- categories ----------------------------------------------------------------


def create_category(
    actor,
    *,
    name: str,
    slug: str,
    description: str = "",
    position: int = 0,
    translations: dict | None = None,
):
    """Admins create categories; slugs are unique and URL-safe.

    `translations` maps another interface language to its name and description,
    e.g. {"en": {"name": "Balcony solar", "description": "..."}}.
    """
    require(actor, "category.manage")
    category = Category()
    _fill_category(category, name, slug, description, position, translations)
    db.session.add(category)
    db.session.flush()
    events.record("category.created", category_id=category.id, actor_id=actor.id)
    return category


def update_category(
    actor,
    category,
    *,
    name: str,
    slug: str,
    description: str,
    position: int,
    translations: dict | None = None,
):
    """Admins rename, describe, translate and reorder categories."""
    require(actor, "category.manage", category)
    _fill_category(category, name, slug, description, position, translations)
    db.session.flush()
    events.record("category.updated", category_id=category.id, actor_id=actor.id)
    return category


def delete_category(actor, category) -> None:
    """Admins delete a category only while no topic lives in it."""
    require(actor, "category.manage", category)
    in_use = db.session.scalar(select(func.count(Topic.id)).where(Topic.category_id == category.id))
    if in_use:
        raise RuleViolation(_l("Move or delete this category's topics first."))
    db.session.delete(category)
    db.session.flush()
    events.record("category.deleted", category_id=category.id, actor_id=actor.id)


def _fill_category(category, name, slug, description, position, translations) -> None:
    name = " ".join((name or "").split())
    slug = (slug or "").strip().lower()
    if not 2 <= len(name) <= 80:
        raise RuleViolation(_l("The name needs 2 to 80 characters."), field="name")
    if not SLUG_RE.match(slug) or len(slug) > 60:
        raise RuleViolation(
            _l("The slug may contain lower-case letters, digits and single hyphens."),
            field="slug",
        )
    clash = db.session.scalar(select(Category.id).where(Category.slug == slug))
    if clash is not None and clash != category.id:
        raise RuleViolation(_l("Another category already uses this slug."), field="slug")
    category.name, category.slug = name, slug
    category.description = (description or "").strip()
    category.position = int(position or 0)
    category.translations = _clean_category_translations(translations or {})


def _clean_category_translations(translations: dict) -> dict:
    """Keep what is filled in for the configured languages; empty means "as the default"."""
    cleaned = {}
    for locale, texts in translations.items():
        if locale not in current_app.config["LOCALES"]:
            raise RuleViolation(_l("This language is not offered."), field=f"name_{locale}")
        name = " ".join((texts.get("name") or "").split())
        description = (texts.get("description") or "").strip()
        if name and not 2 <= len(name) <= 80:
            raise RuleViolation(_l("The name needs 2 to 80 characters."), field=f"name_{locale}")
        if len(description) > 500:
            raise RuleViolation(
                _l("The description may have at most 500 characters."),
                field=f"description_{locale}",
            )
        entry = {"name": name, "description": description}
        entry = {key: value for key, value in entry.items() if value}
        if entry:
            cleaned[locale] = entry
    return cleaned


def list_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.position, Category.name)))


def get_category(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise NotFound(slug)
    return category


# -- tags ----------------------------------------------------------------------------


def _tags_by_name(names: list[str]) -> list[Tag]:
    if not names:
        return []
    existing = {t.name: t for t in db.session.scalars(select(Tag).where(Tag.name.in_(names)))}
    tags = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name, topic_count=0)
            db.session.add(tag)
        tags.append(tag)
    return tags


def _set_topic_tags(topic: Topic, names: list[str]) -> None:
    listed = topic.status in LISTED_STATUSES
    new_tags = _tags_by_name(names)
    if listed:
        for tag in topic.tags:
            if tag not in new_tags:
                tag.topic_count -= 1
        for tag in new_tags:
            if tag not in topic.tags:
                tag.topic_count = (tag.topic_count or 0) + 1
    topic.tags = new_tags


def get_tag(name: str) -> Tag:
    tag = db.session.scalar(select(Tag).where(Tag.name == name.lower()))
    if tag is None:
        raise NotFound(name)
    return tag


def popular_tags(limit: int = 30) -> list[Tag]:
    return list(
        db.session.scalars(
            select(Tag)
            .where(Tag.topic_count > 0)
            .order_by(Tag.topic_count.desc(), Tag.name)
            .limit(limit)
        )
    )


# -- mentions ------------------------------------------------------------------------


@dataclass
class Mentions:
    """The members a text mentions who can be mentioned, and the links to their profiles."""

    users: list[User] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)

    def ids(self, *, besides=(), known=frozenset()) -> list[int]:
        """Whom to tell, in the order they were mentioned: never the writers themselves,
        nor anyone under a name in `known` (mentioned before)."""
        return [
            user.id
            for user in self.users
            if user.id not in besides and user.username_key not in known
        ]


def _mentions(source: str, *, inline: bool = False) -> Mentions:
    """Look up the `@name`s of a text in one statement (none when it mentions nobody)."""
    keys = markup.mentioned_names(source, inline=inline)
    found = {user.username_key: user for user in accounts.mentionable_users(keys)}
    users = [found[key] for key in keys if key in found]
    if not users:
        return Mentions()
    # From the URL map and BASE_URL rather than url_for: the stored HTML is the same
    # whether a request, the CLI or a worker renders it, and needs no request context.
    base = urlsplit(current_app.config["BASE_URL"])
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path or "/", url_scheme=base.scheme or "http"
    )
    links = {
        user.username_key: adapter.build("accounts.profile", {"username": user.username})
        for user in users
    }
    return Mentions(users, links)


def _mentioned_before(post: Post) -> set[str]:
    """Every name any earlier revision of a post mentioned: an edit tells only the new ones."""
    bodies = db.session.scalars(select(Revision.body).where(Revision.post_id == post.id))
    return {key for body in bodies for key in markup.mentioned_names(body)}


# -- topics and posts ----------------------------------------------------------------


def _check_allowance(author, body_html: str, new: str | None) -> None:
    """What level 0 may not do yet: many links, images, more than a few posts a day.

    `new` is "topic" or "post" for a new post, None for an edit.
    """
    config = current_app.config
    if markup.count_images(body_html) and not can(author, "post.images"):
        raise RuleViolation(
            _l("New members cannot include images yet. Link to the picture instead."),
            field="body",
        )
    links = markup.count_links(body_html)
    if links > config["TL0_MAX_LINKS"] and not can(author, "post.many_links"):
        raise RuleViolation(
            _l(
                "New members may include at most %(num)s links in a post.",
                num=config["TL0_MAX_LINKS"],
            ),
            field="body",
        )
    if new is None or can(author, "post.unlimited"):
        return
    limit = config["TL0_TOPICS_PER_DAY"] if new == "topic" else config["TL0_POSTS_PER_DAY"]
    if reputation.posted_today(author, topics_only=new == "topic") >= limit:
        if new == "topic":
            message = _l("New members can start %(num)s topics a day.", num=limit)
        else:
            message = _l("New members can write %(num)s posts a day.", num=limit)
        raise RuleViolation(message, field="body")


def ask_question(
    author, *, title: str, body: str, category: Category, tags=None, kind: str = "question"
) -> Topic:
    """Members open a topic: a title, a Markdown body, a category and up to five tags."""
    require(author, "topic.create")
    if kind not in TOPIC_KINDS:
        raise RuleViolation(_l("Unknown kind of topic."), field="kind")
    if kind == "article" and not can(author, "guide.write"):
        raise RuleViolation(
            _l("Guides come from members of trust level 2 and up, and from experts."),
            field="kind",
        )
    if category is None:
        raise RuleViolation(_l("Please choose a category."), field="category")
    title = _check_title(title)
    body = _check_body(body)
    tag_names = normalize_tags(tags)
    verdict = screening.screen_post(author, title=title, body=body)
    title, body = _check_title(verdict.title), _check_body(verdict.body)
    mentions = _mentions(body)
    body_html = markup.render(body, mentions.links)
    _check_allowance(author, body_html, "topic")
    now = utcnow()
    topic = Topic(
        kind=kind,
        title=title,
        category=category,
        author=author,
        idea_status="new" if kind == "idea" else None,
        # Held topics wait for review, unlisted and uncounted, until the team publishes them.
        status="pending" if verdict.held else "open",
        created_at=now,
        last_activity_at=now,
        last_poster=author,
        answer_count=0,
        score=0,
        view_count=0,
    )
    db.session.add(topic)
    _set_topic_tags(topic, tag_names)
    if not verdict.held:
        category.topic_count = (category.topic_count or 0) + 1
    post = Post(
        topic=topic,
        author=author,
        position=1,
        body=body,
        body_html=body_html,
        status="pending" if verdict.held else "visible",
        created_at=now,
        score=0,
        edit_count=0,
    )
    db.session.add(post)
    db.session.flush()
    db.session.add(
        Revision(
            post_id=post.id,
            number=1,
            editor_id=author.id,
            title=title,
            tags=" ".join(sorted(tag_names)),
            body=body,
            created_at=now,
        )
    )
    _after_screening(post, verdict, mentions.ids(besides={author.id}))
    return topic


def copy_answer_to_guide(answer: Post, *, title: str, editor) -> Topic:
    """A new guide (kind article) with an answer's text, written by the answer's author.

    Not a member action: community.campaigns.guides checks who may promote. The guide
    goes in the question's category with its tags; revision 1 names the editor who
    promoted it, the author keeps the credit and the guide links back to the answer.
    """
    question = answer.topic
    title = _check_title(title)
    now = utcnow()
    guide = Topic(
        kind="article",
        title=title,
        category=question.category,
        author=answer.author,
        status="open",
        created_at=now,
        last_activity_at=now,
        last_poster=answer.author,
        answer_count=0,
        score=0,
        view_count=0,
        source_post_id=answer.id,
    )
    db.session.add(guide)
    _set_topic_tags(guide, [tag.name for tag in question.tags])
    question.category.topic_count = (question.category.topic_count or 0) + 1
    opening = Post(
        topic=guide,
        author=answer.author,
        position=1,
        body=answer.body,
        body_html=markup.render(answer.body, _mentions(answer.body).links),
        status="visible",
        created_at=now,
        score=0,
        edit_count=0,
    )
    db.session.add(opening)
    db.session.flush()
    db.session.add(
        Revision(
            post_id=opening.id,
            number=1,
            editor_id=editor.id,
            title=title,
            tags=" ".join(sorted(tag.name for tag in guide.tags)),
            body=answer.body,
            reason="guide",
            created_at=now,
        )
    )
    ids = {"topic_id": guide.id, "post_id": opening.id, "user_id": answer.author_id}
    events.record("topic.created", **ids)
    # Whom the answer mentioned heard of it when it was written.
    events.record("post.created", mentioned_ids=[], **ids)
    return guide


def post_answer(author, topic: Topic, body: str, official: bool = False) -> Post:
    """Members answer open topics; staff may mark their answer as official."""
    require(author, "topic.answer", topic)
    if official:
        require(author, "post.official", topic)
    body = _check_body(body, ANSWER_MIN)
    verdict = screening.screen_post(author, body=body, topic=topic)
    body = _check_body(verdict.body, ANSWER_MIN)
    mentions = _mentions(body)
    body_html = markup.render(body, mentions.links)
    _check_allowance(author, body_html, "post")
    now = utcnow()
    position = (
        db.session.scalar(select(func.max(Post.position)).where(Post.topic_id == topic.id)) or 0
    ) + 1
    post = Post(
        topic=topic,
        author=author,
        position=position,
        body=body,
        body_html=body_html,
        status="pending" if verdict.held else "visible",
        is_official=official,
        created_at=now,
        score=0,
        edit_count=0,
    )
    db.session.add(post)
    if not verdict.held:
        topic.answer_count += 1
        topic.last_activity_at = now
        topic.last_poster = author
    db.session.flush()
    db.session.add(
        Revision(post_id=post.id, number=1, editor_id=author.id, body=body, created_at=now)
    )
    _after_screening(post, verdict, mentions.ids(besides={author.id}))
    reputation.maybe_promote(author)
    return post


def _after_screening(post: Post, verdict, mentioned_ids: list[int]) -> None:
    """A published post is announced; a held one goes to the review queue instead.

    `mentioned_ids` are the members the post mentions: post.created names them, so a held
    post tells them only when it is published (publish_held).
    """
    ids = {"topic_id": post.topic_id, "post_id": post.id, "user_id": post.author_id}
    if verdict.held:
        # One item decides a held post; words it would have flagged are named in it.
        detail = ", ".join(filter(None, [verdict.detail, *verdict.flags]))
        screening.queue_post(post, "held", verdict.hold, detail)
        events.record("post.held", reason=verdict.hold, **ids)
        return
    if post.is_question:
        events.record("topic.created", **ids)
    events.record("post.created", mentioned_ids=mentioned_ids, **ids)
    for word in verdict.flags:
        screening.queue_post(post, "flagged", "watched_word", word)


def publish_held(post: Post) -> None:
    """A held post goes on the site as if it had just been written (moderation approved it).

    Not a member action: community.moderation checks permissions first.
    """
    if post.status != "pending":
        return
    topic, now = post.topic, utcnow()
    post.status = "visible"
    if post.is_question:
        topic.status = "open"
        _list_topic(topic)
    else:
        topic.answer_count += 1
        topic.last_activity_at = max(topic.last_activity_at, post.created_at)
        if topic.last_activity_at == post.created_at:
            topic.last_poster_id = post.author_id
    db.session.flush()
    ids = {"topic_id": topic.id, "post_id": post.id, "user_id": post.author_id}
    if post.is_question:
        events.record("topic.created", approved_at=now.isoformat(), **ids)
    mentioned_ids = _mentions(post.body).ids(besides={post.author_id})
    events.record("post.created", approved_at=now.isoformat(), mentioned_ids=mentioned_ids, **ids)


def discard_held(post: Post, actor) -> None:
    """A held post the team rejected never reaches the site; it is kept as deleted."""
    if post.status != "pending":
        return
    post.status = "deleted"
    post.deleted_at = utcnow()
    post.deleted_by_id = actor.id
    if post.is_question:
        post.topic.status = "deleted"
    db.session.flush()
    events.record("post.rejected", topic_id=post.topic_id, post_id=post.id, user_id=actor.id)


def edit_post(
    editor,
    post: Post,
    *,
    body: str,
    reason: str = "",
    title: str | None = None,
    tags=None,
    category: Category | None = None,
) -> Post:
    """Authors (and moderators) edit; every edit becomes a revision with editor and reason."""
    require(editor, "post.edit", post)
    topic = post.topic
    body = _check_body(body, BODY_MIN if post.is_question else ANSWER_MIN)
    reason = " ".join((reason or "").split())[:200]
    changed = body != post.body
    new_title = new_tags = None
    if post.is_question:
        if title is not None:
            new_title = _check_title(title)
            changed = changed or new_title != topic.title
        if tags is not None:
            new_tags = normalize_tags(tags)
            changed = changed or sorted(new_tags) != [t.name for t in topic.tags]
        if category is not None and category.id != topic.category_id:
            changed = True
    if not changed:
        raise RuleViolation(_l("Nothing was changed."), field="body")
    body, screened_title, watched = screening.screen_edit(body, new_title)
    body = _check_body(body, BODY_MIN if post.is_question else ANSWER_MIN)
    if new_title is not None:
        new_title = _check_title(screened_title)
    mentions = _mentions(body)
    body_html = markup.render(body, mentions.links)
    _check_allowance(editor, body_html, None)
    # Only names this edit adds are news; a held post tells its names when published.
    writers = {post.author_id, editor.id}
    mentioned_ids = []
    if post.status != "pending" and mentions.ids(besides=writers):
        mentioned_ids = mentions.ids(besides=writers, known=_mentioned_before(post))
    # A new member who adds links by editing goes to the team, as a new post with links would.
    links_added = screening.holds_links_of(editor) and (
        markup.count_links(body_html) > markup.count_links(post.body_html)
    )
    if new_tags is not None and sorted(new_tags) != [t.name for t in topic.tags]:
        require(editor, "topic.retag", topic)
    if post.is_question:
        if new_title is not None:
            topic.title = new_title
        if new_tags is not None:
            _set_topic_tags(topic, new_tags)
        if category is not None and category.id != topic.category_id:
            change_category(topic, category)
    now = utcnow()
    post.body, post.body_html = body, body_html
    post.edit_count += 1
    post.edited_at = now
    number = (
        db.session.scalar(select(func.max(Revision.number)).where(Revision.post_id == post.id)) or 0
    ) + 1
    db.session.add(
        Revision(
            post_id=post.id,
            number=number,
            editor_id=editor.id,
            reason=reason,
            title=topic.title if post.is_question else None,
            tags=" ".join(sorted(t.name for t in topic.tags)) if post.is_question else None,
            body=body,
            created_at=now,
        )
    )
    db.session.flush()
    for word in watched:
        screening.queue_post(post, "flagged", "watched_word", word)
    if links_added:
        screening.queue_post(post, "flagged", "links")
    events.record(
        "post.edited",
        topic_id=topic.id,
        post_id=post.id,
        user_id=editor.id,
        mentioned_ids=mentioned_ids,
    )
    return post


def delete_post(actor, post: Post) -> None:
    """Soft delete: authors remove their own posts, moderators any; moderators can restore.

    Deleting the opening post deletes the whole topic.
    """
    require(actor, "post.delete", post)
    topic = post.topic
    # Hidden and held answers are not counted already.
    counted = post.status == "visible"
    post.status = "deleted"
    post.deleted_at = utcnow()
    post.deleted_by_id = actor.id
    if post.is_question:
        _unlist_topic(topic)
        topic.status = "deleted"
    else:
        if counted:
            topic.answer_count -= 1
        if topic.accepted_post_id == post.id:
            topic.accepted_post_id = None
    db.session.flush()
    reputation.on_post_deleted(post)
    events.record("post.deleted", topic_id=topic.id, post_id=post.id, user_id=actor.id)


def restore_post(actor, post: Post) -> None:
    """Moderators bring a deleted post (or topic) back."""
    require(actor, "post.restore", post)
    topic = post.topic
    post.status = "visible"
    post.deleted_at = None
    post.deleted_by_id = None
    if post.is_question:
        topic.status = "open"
        _list_topic(topic)
    else:
        topic.answer_count += 1
    db.session.flush()
    reputation.on_post_restored(post)
    events.record("post.restored", topic_id=topic.id, post_id=post.id, user_id=actor.id)


def change_category(topic: Topic, category: Category) -> None:
    """Put a topic in another category, keeping both categories' counters right.

    Not a member action by itself: edit_post and moderation check permissions first.
    """
    if topic.status in LISTED_STATUSES:
        topic.category.topic_count -= 1
        category.topic_count += 1
    topic.category = category
    db.session.flush()
    screening.items_follow_posts(select(Post.id).where(Post.topic_id == topic.id), category.id)
    events.record("topic.moved", topic_id=topic.id, category_id=category.id)


def set_hidden(post: Post, reason: str) -> None:
    """Hide a post pending review (moderation decides when); a hidden question hides its topic.

    Not a member action: community.moderation calls it after its own permission checks.
    """
    if post.status != "visible":
        return
    topic = post.topic
    post.status = "hidden"
    post.hidden_reason = reason[:30]
    post.hidden_at = utcnow()
    if post.is_question:
        _unlist_topic(topic)
        topic.status = "hidden"
    else:
        topic.answer_count -= 1
    db.session.flush()
    events.record("post.hidden", topic_id=topic.id, post_id=post.id, reason=reason)


def set_visible(post: Post) -> None:
    """Show a hidden post again (a moderator approved it)."""
    if post.status != "hidden":
        return
    topic = post.topic
    post.status = "visible"
    post.hidden_reason = ""
    post.hidden_at = None
    if post.is_question:
        topic.status = "open"
        _list_topic(topic)
    else:
        topic.answer_count += 1
    db.session.flush()
    events.record("post.unhidden", topic_id=topic.id, post_id=post.id)


def _unlist_topic(topic: Topic) -> None:
    if topic.status in LISTED_STATUSES:
        topic.category.topic_count -= 1
        for tag in topic.tags:
            tag.topic_count -= 1


def _list_topic(topic: Topic) -> None:
    topic.category.topic_count += 1
    for tag in topic.tags:
        tag.topic_count += 1


def add_comment(author, post: Post, body: str) -> Comment:
    """Members leave short notes under a question or an answer."""
    require(author, "post.comment", post)
    body = _check_comment(body)
    mentions = _mentions(body, inline=True)
    comment = Comment(
        post=post, author=author, body=body, body_html=markup.render_inline(body, mentions.links)
    )
    db.session.add(comment)
    post.topic.last_activity_at = utcnow()
    db.session.flush()
    events.record(
        "comment.created",
        topic_id=post.topic_id,
        post_id=post.id,
        comment_id=comment.id,
        user_id=author.id,
        mentioned_ids=mentions.ids(besides={author.id}),
    )
    return comment


def delete_comment(actor, comment: Comment) -> None:
    """Authors and moderators remove a comment (soft)."""
    require(actor, "comment.delete", comment)
    comment.status = "deleted"
    db.session.flush()
    events.record("comment.deleted", comment_id=comment.id, user_id=actor.id)


def cast_vote(voter, post: Post, value: int) -> int:
    """One vote per member and post: +1, -1, or 0 to take it back. Returns the new score."""
    if value not in (-1, 0, 1):
        raise RuleViolation(_l("A vote is up or down."), field="value")
    if value == 1:
        require(voter, "post.vote_up", post)
    elif value == -1:
        require(voter, "post.vote_down", post)
    else:
        require(voter, "post.vote", post)
    vote = db.session.scalar(select(Vote).where(Vote.user_id == voter.id, Vote.post_id == post.id))
    old = vote.value if vote else 0
    if value == old:
        return post.score
    if vote is None:
        vote = Vote(user_id=voter.id, post_id=post.id, value=value)
        db.session.add(vote)
    elif value == 0:
        db.session.delete(vote)
    else:
        vote.value = value
        vote.updated_at = utcnow()
    delta = value - old
    # Update the counters in SQL, so concurrent votes cannot overwrite each other.
    db.session.execute(update(Post).where(Post.id == post.id).values(score=Post.score + delta))
    if post.is_question:
        db.session.execute(
            update(Topic).where(Topic.id == post.topic_id).values(score=Topic.score + delta)
        )
    reputation.on_vote(post, voter, old, value)
    db.session.flush()
    db.session.refresh(post, ["score"])
    events.record(
        "vote.cast",
        post_id=post.id,
        topic_id=post.topic_id,
        user_id=voter.id,
        value=value,
        previous=old,
    )
    return post.score


def accept_answer(actor, post: Post) -> None:
    """The asker (or a moderator) marks one answer as the solution; it can be changed."""
    require(actor, "answer.accept", post)
    topic = post.topic
    previous = topic.accepted_post_id
    if previous == post.id:
        return
    topic.accepted_post_id = post.id
    db.session.flush()
    reputation.on_accept(topic, post, actor, previous)
    reputation.maybe_promote(post.author)
    events.record(
        "answer.accepted",
        topic_id=topic.id,
        post_id=post.id,
        previous_post_id=previous,
        user_id=actor.id,
    )


def unaccept_answer(actor, topic: Topic) -> None:
    """The asker (or a moderator) takes the solution mark back."""
    require(actor, "topic.solve", topic)
    if topic.accepted_post_id is None:
        return
    accepted_id = topic.accepted_post_id
    topic.accepted_post_id = None
    db.session.flush()
    reputation.on_unaccept(accepted_id)
    events.record("answer.unaccepted", topic_id=topic.id, post_id=accepted_id, user_id=actor.id)


def record_view(viewer, topic: Topic, posts_seen: int = 1) -> None:
    """Count a visit to a topic someone may see; members' reading counts toward trust levels."""
    if not can(viewer, "topic.view", topic):
        return
    db.session.execute(
        update(Topic).where(Topic.id == topic.id).values(view_count=Topic.view_count + 1)
    )
    if getattr(viewer, "is_authenticated", False):
        reputation.record_reading(viewer, topic, posts_seen)


# -- reading -------------------------------------------------------------------------


def _is_self(viewer, author) -> bool:
    return getattr(viewer, "is_authenticated", False) and viewer.id == author.id


def visible_topics(viewer, author=None):
    """The topics a viewer may see in lists (on their own profile, their held ones too)."""
    query = select(Topic)
    if can(viewer, "content.view_deleted"):
        return query
    own = author is not None and _is_self(viewer, author)
    statuses = (*LISTED_STATUSES, "pending", "hidden") if own else LISTED_STATUSES
    return query.where(Topic.status.in_(statuses))


def list_topics(
    viewer,
    *,
    sort: str = "latest",
    category=None,
    tag=None,
    author=None,
    page: int = 1,
    per_page: int = 20,
):
    """A page of topics for a list: latest activity, newest, unanswered, unsolved or top."""
    if sort not in SORTS:
        raise NotFound(sort)
    query = visible_topics(viewer, author).where(Topic.status.not_in(("deleted", "merged")))
    if category is not None:
        query = query.where(Topic.category_id == category.id)
    if tag is not None:
        query = query.where(
            Topic.id.in_(select(topic_tags.c.topic_id).where(topic_tags.c.tag_id == tag.id))
        )
    if author is not None:
        query = query.where(Topic.author_id == author.id)
    if sort == "latest":
        # Pinned topics first: global pins everywhere, category pins in their category.
        pins = ("global", "category") if category is not None else ("global",)
        pinned_first = case((Topic.pinned.in_(pins), 0), else_=1)
        query = query.order_by(pinned_first, Topic.last_activity_at.desc(), Topic.id.desc())
    elif sort == "newest":
        query = query.order_by(Topic.created_at.desc(), Topic.id.desc())
    elif sort == "unanswered":
        query = query.where(Topic.answer_count == 0).order_by(Topic.created_at.desc())
    elif sort == "unsolved":
        query = query.where(Topic.kind == "question", Topic.accepted_post_id.is_(None))
        query = query.order_by(Topic.last_activity_at.desc())
    elif sort == "top":
        query = query.order_by(Topic.score.desc(), Topic.answer_count.desc(), Topic.id.desc())
    return db.paginate(query, page=page, per_page=per_page, max_per_page=100, error_out=False)


def get_topic(viewer, topic_id: int) -> Topic:
    topic = db.session.get(Topic, topic_id)
    if topic is None or not can(viewer, "topic.view", topic):
        raise NotFound(topic_id)
    return topic


def get_post(viewer, post_id: int) -> Post:
    post = db.session.get(Post, post_id, options=[selectinload(Post.topic)])
    if (
        post is None
        or not can(viewer, "topic.view", post.topic)
        or not can(viewer, "post.view", post)
    ):
        raise NotFound(post_id)
    return post


def get_comment(comment_id: int) -> Comment:
    comment = db.session.get(Comment, comment_id)
    if comment is None:
        raise NotFound(comment_id)
    return comment


@dataclass
class TopicPage:
    """Everything the topic page shows, loaded in a fixed number of statements."""

    topic: Topic
    question: Post
    answers: list[Post]
    accepted: Post | None
    comments: dict[int, list[Comment]] = field(default_factory=dict)
    my_votes: dict[int, int] = field(default_factory=dict)
    # Authors of these posts who are experts of the topic's category: their answers stand out.
    expert_author_ids: set[int] = field(default_factory=set)


def load_topic_page(viewer, topic: Topic) -> TopicPage:
    """The question, then the accepted answer, then the rest by score and age."""
    query = select(Post).where(Post.topic_id == topic.id).order_by(Post.position)
    if not can(viewer, "content.view_deleted"):
        query = query.where(Post.status.in_(("visible", "pending", "hidden")))
    # Held and hidden posts: for their authors (with the reason) and the category's experts.
    posts = [p for p in db.session.scalars(query) if can(viewer, "post.view", p)]
    question = next((p for p in posts if p.position == 1), None)
    if question is None:
        raise NotFound(topic.id)
    answers = [p for p in posts if p.position > 1]
    accepted = next((p for p in answers if p.id == topic.accepted_post_id), None)
    answers.sort(key=lambda p: (p.id != topic.accepted_post_id, -p.score, p.created_at))
    post_ids = [p.id for p in posts]
    comments: dict[int, list[Comment]] = defaultdict(list)
    if post_ids:
        comment_query = (
            select(Comment).where(Comment.post_id.in_(post_ids)).order_by(Comment.created_at)
        )
        if not can(viewer, "content.view_deleted"):
            comment_query = comment_query.where(Comment.status == "visible")
        for comment in db.session.scalars(comment_query):
            comments[comment.post_id].append(comment)
    my_votes: dict[int, int] = {}
    if getattr(viewer, "is_authenticated", False) and post_ids:
        my_votes = dict(
            db.session.execute(
                select(Vote.post_id, Vote.value).where(
                    Vote.user_id == viewer.id, Vote.post_id.in_(post_ids)
                )
            ).all()
        )
    # `is_expert` is a cached column: ask which roles apply only when some author has one.
    expert_author_ids = experts.expert_user_ids(
        topic.category_id, {p.author_id for p in posts if p.author.is_expert}
    )
    return TopicPage(topic, question, answers, accepted, comments, my_votes, expert_author_ids)


def user_answers(viewer, author, page: int = 1, per_page: int = 20):
    """A member's answers, newest first, in topics the viewer may see."""
    # Members find their own held and hidden answers too.
    statuses = ("visible", "pending", "hidden") if _is_self(viewer, author) else ("visible",)
    query = (
        select(Post)
        .join(Post.topic)
        .where(Post.author_id == author.id, Post.position > 1, Post.status.in_(statuses))
        .options(selectinload(Post.topic))
        .order_by(Post.created_at.desc())
    )
    if not can(viewer, "content.view_deleted"):
        query = query.where(Topic.status.in_(LISTED_STATUSES))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def post_revisions(viewer, post: Post) -> list[Revision]:
    require(viewer, "post.view", post)
    return list(
        db.session.scalars(
            select(Revision).where(Revision.post_id == post.id).order_by(Revision.number.desc())
        )
    )


def diff_words(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level difference of two texts as (op, text) pieces: op is =, + or -."""
    a = re.split(r"(\s+)", old or "")
    b = re.split(r"(\s+)", new or "")
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("+", "".join(b[j1:j2])))
    return pieces


# -- merging and splitting topics ----------------------------------------------------
# Not member actions: community.moderation checks permissions and targets first.


def topic_replies(viewer, topic: Topic) -> list[Post]:
    """A topic's replies (not the opening post) in time order, in one statement."""
    query = (
        select(Post)
        .where(Post.topic_id == topic.id, Post.position > 1)
        .order_by(Post.created_at, Post.id)
    )
    if not can(viewer, "content.view_deleted"):
        query = query.where(Post.status.in_(("visible", "hidden")))
    return [p for p in db.session.scalars(query) if can(viewer, "post.view", p)]


def merge_topic_posts(topic: Topic, into: Topic) -> list[int]:
    """Move every post of `topic` into `into`; `into` keeps its opening post, the rest follow
    in time order. `topic` becomes "merged", leaves the lists and points at `into`.

    Not a member action: community.moderation checks permissions and the target first.
    Returns the ids of the posts that moved.
    """
    posts = list(db.session.scalars(select(Post).where(Post.topic_id.in_((topic.id, into.id)))))
    moved = sorted(p.id for p in posts if p.topic_id == topic.id)
    opener = next(p for p in posts if p.topic_id == into.id and p.position == 1)
    rest = sorted((p for p in posts if p is not opener), key=lambda p: (p.created_at, p.id))
    _unlist_topic(topic)
    # The merged topic's solution mark is dropped, but the reputation ledger is left as it is:
    # the answer did solve that question, and its author keeps the points for it.
    topic.accepted_post_id = None
    topic.status, topic.merged_into_id = "merged", into.id
    topic.pinned, topic.pinned_at = None, None
    topic.answer_count = 0
    _renumber([(into, [opener, *rest])])
    _refresh_topic_activity(into)
    db.session.flush()
    events.record("topic.merged", topic_id=topic.id, into_topic_id=into.id, post_ids=moved)
    return moved


def split_topic_posts(topic: Topic, posts: list[Post], *, title: str, category: Category) -> Topic:
    """Move replies of `topic` into a new topic in `category`: the earliest opens it (and its
    author asks it), the others follow in time order. The title is checked like any title.

    Not a member action: community.moderation checks permissions and the chosen posts first.
    """
    title = _check_title(title)
    picked = sorted({p.id: p for p in posts}.values(), key=lambda p: (p.created_at, p.id))
    if not picked or any(p.topic_id != topic.id or p.position == 1 for p in picked):
        raise RuleViolation(_l("Please choose replies of this topic."), field="posts")
    opener = picked[0]
    new = Topic(
        kind=topic.kind,
        title=title,
        category=category,
        author=opener.author,
        status="open",
        created_at=opener.created_at,
        last_activity_at=opener.created_at,
        last_poster=opener.author,
        answer_count=0,
        score=opener.score,
        view_count=0,
        tags=list(topic.tags),
    )
    db.session.add(new)
    _list_topic(new)
    moved = {p.id for p in picked}
    if topic.accepted_post_id in moved:
        # The mark belonged to the old question; the ledger keeps the points it earned.
        topic.accepted_post_id = None
    remaining = list(
        db.session.scalars(
            select(Post)
            .where(Post.topic_id == topic.id, Post.id.not_in(moved))
            .order_by(Post.position)
        )
    )
    db.session.flush()
    _renumber([(new, picked), (topic, remaining)])
    _refresh_topic_activity(new)
    _refresh_topic_activity(topic)
    db.session.flush()
    events.record("topic.split", topic_id=topic.id, new_topic_id=new.id, post_ids=sorted(moved))
    return new


def _renumber(layout: list[tuple[Topic, list[Post]]]) -> None:
    """Put each topic's posts (all of them) at positions 1..n in the order given.

    Every post passes through a negative position of its own first, so the unique
    (topic_id, position) constraint holds whatever order the updates run in.
    """
    for topic, posts in layout:
        for post in posts:
            post.topic = topic
            post.position = -post.id
    db.session.flush()
    for _topic, posts in layout:
        for number, post in enumerate(posts, 1):
            post.position = number
    db.session.flush()


def _refresh_topic_activity(topic: Topic) -> None:
    """Recount visible answers and find the latest post (and comment) after posts moved."""
    topic.answer_count = db.session.scalar(
        select(func.count(Post.id)).where(
            Post.topic_id == topic.id, Post.position > 1, Post.status == "visible"
        )
    )
    latest = db.session.scalar(
        select(Post)
        .where(Post.topic_id == topic.id, Post.status == "visible")
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(1)
    )
    if latest is None:
        return
    commented_at = db.session.scalar(
        select(func.max(Comment.created_at))
        .join(Post, Comment.post_id == Post.id)
        .where(Post.topic_id == topic.id, Post.status == "visible", Comment.status == "visible")
    )
    topic.last_poster = latest.author
    topic.last_activity_at = max(latest.created_at, commented_at or latest.created_at)
