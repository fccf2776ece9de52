"""What campaigns do after a commit: take new topics in, reward contributors, and tell
the members who joined when the featured experts answer."""

from __future__ import annotations

from community import events
from community.accounts.models import User
from community.campaigns import services
from community.campaigns.models import Campaign
from community.events import Event, consumer
from community.extensions import db
from community.forum.models import Post, Topic
from community.reputation import badges

PARTICIPANT_BADGE = "campaign-participant"


@consumer("campaigns", "topic.created", "post.created")
def on_new_post(event: Event) -> None:
    topic = db.session.get(Topic, event.payload["topic_id"])
    post = db.session.get(Post, event.payload["post_id"])
    if topic is None or post is None or post.status != "visible":
        return
    if event.kind == "topic.created":
        services.attach_new_topic(topic)
        return
    if topic.campaign_id is None:
        return
    campaign = db.session.get(Campaign, topic.campaign_id)
    if campaign is None or not campaign.starts_at <= post.created_at < campaign.ends_at:
        return
    # Everyone who wrote in the campaign during its window earns its participant badge.
    badges.award(post.author_id, PARTICIPANT_BADGE, scope=f"campaign:{campaign.id}")
    author = db.session.get(User, post.author_id)
    featured = post.author_id in services.people_ids(campaign) or author.is_staff
    if not post.is_question and featured:
        events.record(
            "campaign.expert_answered",
            campaign_id=campaign.id,
            topic_id=topic.id,
            post_id=post.id,
            user_id=post.author_id,
        )
