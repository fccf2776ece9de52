"""Atom feeds: the latest topics of the community, a category, a tag and a campaign, and
a member's posts.

A feed shows what a visitor sees, whoever fetches it: a moderator's feed reader gets
no hidden, held or deleted posts, so a shared feed address never leaks them. Each feed
loads in a fixed number of statements, however many entries it has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from flask import Blueprint, current_app, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import contains_eager

from community import markup
from community.accounts import services as accounts
from community.campaigns import services as campaigns
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.permissions import can
from community.timeutil import utcnow

bp = Blueprint("feeds", __name__)

# Entries per feed. Feed readers poll; twenty is what they keep and what a page lists.
FEED_SIZE = 20
ATOM_TYPE = "application/atom+xml; charset=utf-8"
# XML 1.0 forbids most control characters, even escaped; user text may contain them.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str | None) -> str:
    """Text without the characters XML 1.0 cannot carry (the template escapes the rest)."""
    return _NOT_XML.sub("", text or "")


def atom_date(moment: datetime) -> str:
    """A stored (naive UTC) timestamp as RFC 3339."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class FeedCategory:
    term: str
    label: str
    scheme: str


@dataclass
class FeedEntry:
    id: str
    title: str
    url: str
    author_name: str
    author_url: str
    published: datetime
    updated: datetime
    content: str
    categories: list[FeedCategory] = field(default_factory=list)


@dataclass
class AtomFeed:
    title: str
    self_url: str
    alternate_url: str
    entries: list[FeedEntry]
    # For a feed without entries: when the thing it follows began.
    fallback_updated: datetime | None = None
    subtitle: str = ""

    @property
    def updated(self) -> datetime:
        moments = [entry.updated for entry in self.entries]
        return max(moments) if moments else (self.fallback_updated or utcnow())


# -- what a feed shows ---------------------------------------------------------------------


def latest_topics(*conditions) -> list[Topic]:
    """The listed topics a visitor may see, latest activity first, with their authors,
    categories and tags loaded alongside."""
    query = (
        forum.visible_topics(None)
        .where(Topic.status.not_in(("deleted", "merged")), *conditions)
        .order_by(Topic.last_activity_at.desc(), Topic.id.desc())
        .limit(FEED_SIZE)
    )
    return [topic for topic in db.session.scalars(query) if can(None, "topic.view", topic)]


def opening_html(topics: list[Topic]) -> dict[int, str]:
    """The opening posts' stored HTML, by topic, in one statement."""
    if not topics:
        return {}
    rows = db.session.execute(
        select(Post.topic_id, Post.body_html).where(
            Post.topic_id.in_([topic.id for topic in topics]),
            Post.position == 1,
            Post.status == "visible",
        )
    )
    return dict(rows.all())


def member_posts(author) -> list[Post]:
    """A member's visible questions and answers in listed topics, newest first."""
    query = (
        select(Post)
        .join(Post.topic)
        .where(
            Post.author_id == author.id,
            Post.status == "visible",
            Topic.status.in_(forum.LISTED_STATUSES),
        )
        .options(contains_eager(Post.topic))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(FEED_SIZE)
    )
    return [
        post
        for post in db.session.scalars(query)
        if can(None, "topic.view", post.topic) and can(None, "post.view", post)
    ]


# -- building entries ----------------------------------------------------------------------


def _tag_uri(kind: str, number: int, created: datetime) -> str:
    """A permanent entry id (RFC 4151): it outlives new titles, slugs and merges."""
    host = current_app.config.get("SERVER_NAME") or request.host
    authority = urlsplit(f"//{host}").hostname or "localhost"
    return f"tag:{authority},{created:%Y-%m-%d}:{kind}/{number}"


def _categories(topic: Topic) -> list[FeedCategory]:
    found = [
        FeedCategory(
            term=xml_text(topic.category.slug),
            label=xml_text(topic.category.local_name),
            scheme=url_for("forum.categories", _external=True),
        )
    ]
    tags_scheme = url_for("forum.tags", _external=True)
    found += [
        FeedCategory(xml_text(tag.name), xml_text(tag.name), tags_scheme) for tag in topic.tags
    ]
    return found


def _topic_entry(topic: Topic, body_html: str) -> FeedEntry:
    return FeedEntry(
        id=_tag_uri("topic", topic.id, topic.created_at),
        title=xml_text(topic.title),
        url=url_for("forum.topic", topic_id=topic.id, slug=topic.slug, _external=True),
        author_name=xml_text(topic.author.name),
        author_url=url_for("accounts.profile", username=topic.author.username, _external=True),
        published=topic.created_at,
        updated=topic.last_activity_at,
        # Cleaned again, as the `rendered` filter does: a row written by anything but
        # markup.render still cannot carry markup into a reader. A plain str, so the
        # template escapes it into the type="html" content.
        content=xml_text(markup.sanitize(body_html)),
        categories=_categories(topic),
    )


def _topic_entries(topics: list[Topic]) -> list[FeedEntry]:
    bodies = opening_html(topics)
    return [_topic_entry(topic, bodies.get(topic.id, "")) for topic in topics]


def _post_entry(post: Post) -> FeedEntry:
    topic = post.topic
    title = topic.title if post.is_question else _("Answer to: %(title)s", title=topic.title)
    return FeedEntry(
        id=_tag_uri("post", post.id, post.created_at),
        title=xml_text(title),
        url=url_for(
            "forum.topic",
            topic_id=topic.id,
            slug=topic.slug,
            _anchor=f"p{post.id}",
            _external=True,
        ),
        author_name=xml_text(post.author.name),
        author_url=url_for("accounts.profile", username=post.author.username, _external=True),
        published=post.created_at,
        updated=post.edited_at or post.created_at,
        content=xml_text(markup.sanitize(post.body_html)),
        categories=_categories(topic),
    )


def _respond(feed: AtomFeed):
    site = current_app.config["SITE_NAME"]
    body = render_template(
        "feeds/atom.xml",
        feed=feed,
        title=xml_text(f"{feed.title} · {site}"),
        subtitle=xml_text(feed.subtitle),
        updated=atom_date(feed.updated),
        lang=str(get_locale() or current_app.config["DEFAULT_LOCALE"]),
        atom_date=atom_date,
    )
    return body, 200, {"Content-Type": ATOM_TYPE}


# -- the feeds -----------------------------------------------------------------------------


@bp.route("/feeds/latest.atom")
def latest():
    return _respond(
        AtomFeed(
            title=_("Latest topics"),
            self_url=url_for("feeds.latest", _external=True),
            alternate_url=url_for("forum.index", _external=True),
            entries=_topic_entries(latest_topics()),
        )
    )


@bp.route("/c/<slug>/feed.atom")
def category(slug: str):
    found = forum.get_category(slug)
    return _respond(
        AtomFeed(
            title=_("Topics in %(category)s", category=found.local_name),
            subtitle=found.local_description,
            self_url=url_for("feeds.category", slug=found.slug, _external=True),
            alternate_url=url_for("forum.category", slug=found.slug, _external=True),
            entries=_topic_entries(latest_topics(Topic.category_id == found.id)),
            fallback_updated=found.created_at,
        )
    )


@bp.route("/tags/<name>/feed.atom")
def tag(name: str):
    found = forum.get_tag(name)
    tagged = Topic.tags.any(id=found.id)
    return _respond(
        AtomFeed(
            title=_("Topics tagged %(tag)s", tag=found.name),
            self_url=url_for("feeds.tag", name=found.name, _external=True),
            alternate_url=url_for("forum.tag", name=found.name, _external=True),
            entries=_topic_entries(latest_topics(tagged)),
        )
    )


@bp.route("/campaigns/<slug>/feed.atom")
def campaign(slug: str):
    # A draft is not found for a visitor, and so its feed is not found for anyone.
    found = campaigns.get_campaign(None, slug)
    return _respond(
        AtomFeed(
            title=_("Topics of the campaign %(campaign)s", campaign=found.title),
            subtitle=found.call_to_action,
            self_url=url_for("feeds.campaign", slug=found.slug, _external=True),
            alternate_url=url_for("campaigns.campaign", slug=found.slug, _external=True),
            entries=_topic_entries(latest_topics(Topic.campaign_id == found.id)),
            fallback_updated=found.published_at,
        )
    )


@bp.route("/u/<username>/feed.atom")
def member(username: str):
    found = accounts.get_user_by_username(username)
    return _respond(
        AtomFeed(
            title=_("Posts by %(name)s", name=found.name),
            self_url=url_for("feeds.member", username=found.username, _external=True),
            alternate_url=url_for("accounts.profile", username=found.username, _external=True),
            entries=[_post_entry(post) for post in member_posts(found)],
            fallback_updated=found.created_at,
        )
    )
