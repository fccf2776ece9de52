"""Outbox consumers of moderation."""

from __future__ import annotations

from community.events import Event, consumer
from community.extensions import db
from community.forum.models import Post
from community.moderation import services


@consumer("moderation", "post.edited")
def review_mended_posts(event: Event) -> None:
    """An author who edits their hidden post sends it back to the team."""
    post = db.session.get(Post, event.payload["post_id"])
    if post is not None and post.status == "hidden" and post.author_id == event.payload["user_id"]:
        services.queue_edit_of_hidden(post)
