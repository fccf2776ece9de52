"""Outbox consumers: account email, and in-app notifications, after the commit that asked."""

from __future__ import annotations

from flask import current_app, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from community.accounts import services as accounts
from community.accounts.models import User
from community.campaigns import ideas
from community.campaigns import services as campaign_services
from community.campaigns.models import Campaign
from community.events import Event, consumer
from community.extensions import db
from community.forum.models import Comment, Post, Topic
from community.moderation.services import ACTION_NOTICES
from community.notifications import watching
from community.notifications.email import send_email
from community.notifications.services import notify, notify_vote
from community.permissions import can


def _link(endpoint: str, **values) -> str:
    with current_app.test_request_context(base_url=current_app.config["BASE_URL"]):
        return url_for(endpoint, _external=True, **values)


@consumer(
    "account-email",
    "user.password_reset_requested",
    "user.password_changed",
    "user.email_changed",
)
def send_account_email(event: Event) -> None:
    user = db.session.get(User, event.payload["user_id"])
    if user is None:
        return
    with force_locale(user.locale or current_app.config["DEFAULT_LOCALE"]):
        if event.kind == "user.password_reset_requested":
            token = accounts.make_reset_token(user)
            send_email(
                user.email,
                _("Reset your password"),
                render_template(
                    "notifications/password_reset.txt",
                    user=user,
                    link=_link("accounts.reset_password", token=token),
                    hours=current_app.config["PASSWORD_RESET_MAX_AGE"] // 3600,
                ),
            )
        elif event.kind == "user.password_changed":
            send_email(
                user.email,
                _("Your password was changed"),
                render_template(
                    "notifications/password_changed.txt",
                    user=user,
                    link=_link("accounts.forgot_password"),
                ),
            )
        elif event.kind == "user.email_changed":
            send_email(
                event.payload["old_email"],
                _("Your email address was changed"),
                render_template("notifications/email_changed.txt", user=user, new_email=user.email),
            )


@consumer(
    "notifications",
    "topic.created",
    "post.created",
    "post.edited",
    "comment.created",
    "vote.cast",
    "answer.accepted",
    "trust_level.promoted",
    "trust_level.demoted",
    "badge.awarded",
    "expert.granted",
    "expert.appointed",
    "expert.revoked",
    "expert.lapsed",
    "moderation.action",
    "campaign.started",
    "campaign.ended",
    "campaign.expert_answered",
    "idea.status_changed",
)
def create_notifications(event: Event) -> None:
    """Turn what happened into notifications for the members it concerns."""
    payload, kind = event.payload, event.kind
    if kind == "topic.created":
        _new_topic_notifications(event)
    elif kind == "post.created":
        post = db.session.get(Post, payload["post_id"])
        if post is None:
            return
        topic = db.session.get(Topic, post.topic_id)
        # Mentions first: one notice per member and event, and a mention says more.
        _mention_notifications(event, topic, post)
        if post.is_question:
            return
        watching.watch_automatically(post.author_id, topic.id, "tracking")
        levels = watching.topic_levels(topic.id)
        # The asker watches their topic unless they chose otherwise (older topics
        # have no row for it).
        levels.setdefault(topic.author_id, "watching")
        for user_id, level in sorted(levels.items()):
            if level != "watching":
                continue
            notify(
                user_id,
                "answer",
                event_id=event.id,
                actor_id=post.author_id,
                topic_id=topic.id,
                post_id=post.id,
                **({} if user_id == topic.author_id else {"watched": True}),
            )
    elif kind == "post.edited":
        post = db.session.get(Post, payload["post_id"])
        if post is not None:
            _mention_notifications(event, db.session.get(Topic, post.topic_id), post)
    elif kind == "comment.created":
        comment = db.session.get(Comment, payload["comment_id"])
        post = db.session.get(Post, payload["post_id"])
        if comment is not None and post is not None:
            topic = db.session.get(Topic, post.topic_id)
            _mention_notifications(event, topic, post, comment=comment)
            notify(
                post.author_id,
                "comment",
                event_id=event.id,
                actor_id=comment.author_id,
                topic_id=post.topic_id,
                post_id=post.id,
                comment_id=comment.id,
            )
    elif kind == "vote.cast":
        # An up-vote is news for the author; taking one back or voting down is not.
        if payload.get("value", 0) > 0 and payload.get("previous", 0) <= 0:
            post = db.session.get(Post, payload["post_id"])
            if post is not None:
                notify_vote(post, payload["user_id"], event_id=event.id)
    elif kind == "answer.accepted":
        post = db.session.get(Post, payload["post_id"])
        if post is not None:
            notify(
                post.author_id,
                "accepted",
                event_id=event.id,
                actor_id=payload.get("user_id"),
                topic_id=post.topic_id,
                post_id=post.id,
            )
    elif kind.startswith("trust_level."):
        notify(
            payload["user_id"],
            "trust_level",
            event_id=event.id,
            old_level=payload["old_level"],
            new_level=payload["new_level"],
            reason=payload.get("reason", ""),
        )
    elif kind == "badge.awarded":
        if payload.get("backfill"):
            return  # badges found for old content are on the profile, not news
        post = db.session.get(Post, payload["post_id"]) if payload.get("post_id") else None
        notify(
            payload["user_id"],
            "badge",
            event_id=event.id,
            topic_id=post.topic_id if post else None,
            post_id=post.id if post else None,
            badge=payload["badge"],
        )
    elif kind == "moderation.action":
        # The member learns what was done to their content or account and why, except what
        # they did themselves (an appeal) and what is internal (deferrals, watched words).
        if payload["action"] in ACTION_NOTICES:
            notify(
                payload.get("user_id"),
                "moderation",
                event_id=event.id,
                actor_id=payload.get("actor_id"),
                topic_id=payload.get("topic_id"),
                post_id=payload.get("post_id"),
                action=payload["action"],
                reason=payload.get("reason", ""),
                flag_reason=payload.get("flag_reason"),
            )
    elif kind.startswith("expert."):
        notify(
            payload["user_id"],
            "expert",
            event_id=event.id,
            change=kind.split(".", 1)[1],
            category_id=payload.get("category_id"),
            reason=payload.get("reason", ""),
        )
    elif kind.startswith("campaign."):
        _campaign_notifications(event)
    elif kind == "idea.status_changed":
        topic = db.session.get(Topic, payload["topic_id"])
        if topic is None:
            return
        # Voters and followers hear of each step; whoever made it does not.
        for user_id in sorted(ideas.voter_ids(topic) | ideas.follower_ids(topic)):
            notify(
                user_id,
                "idea_status",
                event_id=event.id,
                actor_id=payload.get("actor_id"),
                topic_id=topic.id,
                status=payload["status"],
                previous=payload.get("previous"),
            )


def _mention_notifications(event: Event, topic, post, comment=None) -> None:
    """Tell the members a post (or a comment on it) mentions, if they may read it."""
    ids = [int(i) for i in event.payload.get("mentioned_ids") or []]
    if not ids or topic is None:
        return
    for user in db.session.scalars(select(User).where(User.id.in_(ids)).order_by(User.id)):
        if can(user, "topic.view", topic) and can(user, "post.view", post):
            notify(
                user.id,
                "mention",
                event_id=event.id,
                actor_id=comment.author_id if comment is not None else post.author_id,
                topic_id=topic.id,
                post_id=post.id,
                **({"comment_id": comment.id} if comment is not None else {}),
            )


def _new_topic_notifications(event: Event) -> None:
    """The asker watches their topic; who watches where it appeared hears of it."""
    topic = db.session.get(Topic, event.payload["topic_id"])
    if topic is None:
        return
    watching.watch_automatically(topic.author_id, topic.id, "watching")
    audience = watching.new_topic_audience(topic)
    if not audience:
        return
    users = db.session.scalars(select(User).where(User.id.in_(list(audience))).order_by(User.id))
    for user in users:
        level = audience[user.id]
        if level == "muted" or not can(user, "topic.view", topic):
            continue
        notify(
            user.id,
            "new_topic",
            event_id=event.id,
            actor_id=topic.author_id,
            topic_id=topic.id,
            post_id=event.payload.get("post_id"),
            category_id=topic.category_id,
            # Tracking: in the bell, never by email.
            quiet=level == "tracking",
        )


def _campaign_notifications(event: Event) -> None:
    """The members who joined a campaign hear when it starts, ends and its experts answer."""
    payload = event.payload
    campaign = db.session.get(Campaign, payload["campaign_id"])
    if campaign is None:
        return
    change = event.kind.split(".", 1)[1]
    # An expert's answer concerns those who had joined when it was written.
    post = db.session.get(Post, payload["post_id"]) if payload.get("post_id") else None
    joined_before = post.created_at if post is not None else None
    for user_id in campaign_services.member_ids(campaign, joined_before):
        notify(
            user_id,
            "campaign",
            event_id=event.id,
            actor_id=payload.get("user_id"),
            topic_id=payload.get("topic_id"),
            post_id=payload.get("post_id"),
            change=change,
            slug=campaign.slug,
            title=campaign.title,
        )
