"""The policy table, walked as a role-by-action matrix."""

from datetime import timedelta

import pytest
from flask_login import AnonymousUserMixin
from sqlalchemy import select

from community import events
from community.campaigns import services as campaigns
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.moderation import services as moderation
from community.moderation.models import ReviewItem, Sanction
from community.notifications.models import Notification
from community.permissions import POLICY, can
from community.timeutil import utcnow
from tests.conftest import make_answer, make_topic, make_user

ROLES = ["anonymous", "member", "author", "moderator", "brand_manager", "admin"]

# action -> target name -> the roles that may do it
EXPECTED = {
    ("topic.view", "topic"): {
        "anonymous",
        "member",
        "author",
        "moderator",
        "brand_manager",
        "admin",
    },
    ("topic.view", "deleted_topic"): {"moderator", "admin"},
    ("topic.create", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("topic.answer", "topic"): {"member", "author", "moderator", "brand_manager", "admin"},
    ("topic.answer", "deleted_topic"): {"moderator", "admin"},
    ("post.view", "answer"): {
        "anonymous",
        "member",
        "author",
        "moderator",
        "brand_manager",
        "admin",
    },
    ("post.view", "deleted_answer"): {"moderator", "admin"},
    ("post.comment", "answer"): {"member", "author", "moderator", "brand_manager", "admin"},
    ("post.comment", "deleted_answer"): set(),
    ("post.edit", "answer"): {"author", "moderator", "admin"},
    ("post.delete", "answer"): {"author", "moderator", "admin"},
    ("post.delete", "deleted_answer"): set(),
    ("post.restore", "answer"): set(),
    ("post.restore", "deleted_answer"): {"moderator", "admin"},
    ("post.vote", "answer"): {"member", "moderator", "brand_manager", "admin"},
    ("post.vote", "deleted_answer"): set(),
    # The plain member is at trust level 2 (the factory's default); levels have their own tests.
    ("post.vote_up", "answer"): {"member", "moderator", "brand_manager", "admin"},
    ("post.vote_down", "answer"): {"member", "moderator", "brand_manager", "admin"},
    ("post.vote_up", "deleted_answer"): set(),
    ("post.flag", "answer"): {"member", "moderator", "brand_manager", "admin"},
    ("post.many_links", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("post.images", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("post.unlimited", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("topic.retag", "topic"): {"author", "moderator", "admin"},
    ("topic.retag", "deleted_topic"): {"moderator", "admin"},
    ("post.hide", "answer"): {"moderator", "admin"},
    ("topic.close", "topic"): {"moderator", "admin"},
    ("topic.close_duplicate", "topic"): {"moderator", "admin"},
    ("topic.lock", "topic"): {"moderator", "admin"},
    ("topic.pin", "topic"): {"moderator", "admin"},
    ("topic.move", "topic"): {"moderator", "admin"},
    ("post.mark_official", "answer"): set(),
    ("post.mark_official", "staff_answer"): {"moderator", "admin"},
    ("review.view", None): {"moderator", "admin"},
    ("review.all", None): {"moderator", "admin"},
    ("review.decide", "review_item"): {"moderator", "admin"},
    ("moderation.audit", None): {"moderator", "admin"},
    ("search.log", None): {"anonymous", "member", "author", "moderator", "brand_manager", "admin"},
    ("search.insights", None): {"moderator", "brand_manager", "admin"},
    ("post.official", "topic"): {"moderator", "admin"},
    ("answer.accept", "answer"): {"author", "moderator", "admin"},
    ("answer.accept", "question"): set(),
    ("topic.solve", "topic"): {"author", "moderator", "admin"},
    ("topic.solve", "deleted_topic"): set(),
    ("comment.delete", "comment"): {"author", "moderator", "admin"},
    ("content.view_deleted", None): {"moderator", "admin"},
    ("category.manage", None): {"admin"},
    ("user.edit", "author_profile"): {"author", "admin"},
    ("user.write_profile", "author_profile"): {"author", "admin"},
    ("user.set_trust_level", "author_profile"): {"moderator", "admin"},
    ("expert.manage", None): {"moderator", "admin"},
    ("expert.feature", None): {"moderator", "brand_manager", "admin"},
    ("account.manage", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("notification.read", "author_notification"): {"author"},
    ("notification.read_all", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("topic.merge", "topic"): {"moderator", "admin"},
    ("topic.merge", "deleted_topic"): set(),
    ("topic.split", "topic"): {"moderator", "admin"},
    ("user.warn", "author_profile"): {"moderator", "admin"},
    ("user.silence", "author_profile"): {"moderator", "admin"},
    ("user.suspend", "author_profile"): {"moderator", "admin"},
    ("user.lift_sanction", "author_profile"): {"moderator", "admin"},
    # Sanctions are for members, never for the team.
    ("user.warn", "moderator_profile"): set(),
    ("user.suspend", "moderator_profile"): set(),
    # The author is at trust level 2: beyond a moderator's "delete spammer".
    ("user.delete_spammer", "author_profile"): {"admin"},
    ("user.delete_spammer", "newcomer_profile"): {"moderator", "admin"},
    ("user.moderate", "author_profile"): {"moderator", "admin"},
    ("sanction.appeal", "author_silence"): {"author"},
    ("sanction.appeal", "appealed_silence"): set(),
    ("sanction.acknowledge", "author_warning"): {"author"},
    ("watched_word.manage", None): {"admin"},
    ("campaign.view", "live_campaign"): {
        "anonymous",
        "member",
        "author",
        "moderator",
        "brand_manager",
        "admin",
    },
    ("campaign.view", "draft_campaign"): {"moderator", "brand_manager", "admin"},
    ("campaign.view_drafts", None): {"moderator", "brand_manager", "admin"},
    ("campaign.manage", None): {"brand_manager", "admin"},
    ("campaign.manage", "live_campaign"): {"brand_manager", "admin"},
    ("campaign.report", "live_campaign"): {"brand_manager", "admin"},
    ("campaign.join", "live_campaign"): {"member", "author", "moderator", "brand_manager", "admin"},
    ("campaign.join", "draft_campaign"): set(),
    ("campaign.leave", "live_campaign"): {
        "member",
        "author",
        "moderator",
        "brand_manager",
        "admin",
    },
    ("campaign.take_part", "live_campaign"): {
        "member",
        "author",
        "moderator",
        "brand_manager",
        "admin",
    },
    ("campaign.take_part", "draft_campaign"): set(),
    ("idea.set_status", "idea"): {"moderator", "brand_manager", "admin"},
    ("idea.set_status", "topic"): set(),
    ("guide.write", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("guide.promote", "accepted_answer"): {"moderator", "admin"},
    ("guide.promote", "answer"): set(),
    ("watch.topic", "topic"): {"member", "author", "moderator", "brand_manager", "admin"},
    ("watch.topic", "deleted_topic"): {"moderator", "admin"},
    ("watch.category", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("watch.tag", None): {"member", "author", "moderator", "brand_manager", "admin"},
    ("watch.campaign", "live_campaign"): {
        "member",
        "author",
        "moderator",
        "brand_manager",
        "admin",
    },
    ("watch.campaign", "draft_campaign"): {"moderator", "brand_manager", "admin"},
    # A member changes their own email settings (an unsubscribe link acts as them).
    ("email_preferences.update", "author_profile"): {"author"},
}


@pytest.fixture
def world(app):
    """One author who owns everything, and one topic in each state."""
    author = make_user(username="owner")
    topic = make_topic(author=author)
    # The answer is the author's own, so "author" means the post's author; the
    # question is theirs too, so they are also the asker who may accept.
    other_topic = make_topic()
    answer = make_answer(topic, author=make_user())
    own_answer = make_answer(other_topic, author=author)
    deleted_topic = make_topic()
    deleted_answer = make_answer(make_topic(), author=author)
    question = db.session.scalar(select(Post).where(Post.topic_id == deleted_topic.id))
    forum.delete_post(deleted_topic.author, question)
    forum.delete_post(author, deleted_answer)
    comment = forum.add_comment(author, answer, "A comment by the author.")
    events.commit()
    users = {
        "anonymous": AnonymousUserMixin(),
        "member": make_user(),
        "author": author,
        "moderator": make_user(role="moderator"),
        "brand_manager": make_user(role="brand_manager"),
        "admin": make_user(role="admin"),
    }
    targets = {
        None: None,
        "topic": topic,
        "deleted_topic": deleted_topic,
        "answer": own_answer,
        "deleted_answer": deleted_answer,
        "question": db.session.scalar(select(Post).where(Post.topic_id == topic.id)),
        "comment": comment,
        "author_profile": author,
    }
    targets["author_notification"] = db.session.scalar(
        select(Notification).where(Notification.user_id == author.id)
    )
    assert targets["author_notification"] is not None
    targets["staff_answer"] = make_answer(topic, author=make_user(role="moderator"))
    moderation.flag_post(make_user(), answer, "spam")
    events.commit()
    targets["review_item"] = db.session.scalar(select(ReviewItem))
    targets["moderator_profile"] = users["moderator"]
    targets["newcomer_profile"] = make_user(trust_level=0)
    soon = utcnow() + timedelta(days=3)
    targets["author_silence"] = Sanction(
        user_id=author.id, kind="silence", reason="x", ends_at=soon
    )
    targets["appealed_silence"] = Sanction(
        user_id=author.id, kind="silence", reason="x", ends_at=soon, appealed_at=utcnow()
    )
    targets["author_warning"] = Sanction(user_id=author.id, kind="warning", reason="Be kind")
    # "answer.accept" on "answer" means: accept an answer to the author's topic.
    targets["accept_answer"] = answer
    accepted_topic = make_topic(author=author)
    accepted = make_answer(accepted_topic)
    forum.accept_answer(author, accepted)
    targets["accepted_answer"] = accepted
    targets["idea"] = make_topic(author=author, kind="idea")
    manager = users["brand_manager"]
    draft = campaigns.create_campaign(
        manager,
        campaigns.CampaignInput(
            title="Draft campaign",
            slug="draft",
            brief="",
            type="questions",
            category=topic.category,
            starts_at=utcnow() - timedelta(days=1),
            ends_at=utcnow() + timedelta(days=1),
            goal_metric="topics",
            goal_target=3,
        ),
    )
    live = campaigns.create_campaign(
        manager,
        campaigns.CampaignInput(
            title="Live campaign",
            slug="live",
            brief="",
            type="ideas",
            category=topic.category,
            starts_at=utcnow() - timedelta(days=1),
            ends_at=utcnow() + timedelta(days=1),
            goal_metric="ideas",
            goal_target=3,
        ),
    )
    campaigns.publish_campaign(manager, live)
    events.commit()
    targets["draft_campaign"], targets["live_campaign"] = draft, live
    return users, targets


def test_every_action_is_in_the_matrix():
    assert {action for action, _ in EXPECTED} == set(POLICY)


@pytest.mark.parametrize(("action", "target"), list(EXPECTED))
@pytest.mark.parametrize("role", ROLES)
def test_matrix(world, action, target, role):
    users, targets = world
    subject = (
        targets["accept_answer"]
        if (action, target) == ("answer.accept", "answer")
        else targets[target]
    )
    allowed = role in EXPECTED[(action, target)]
    assert can(users[role], action, subject) is allowed


def test_unknown_actions_are_a_programming_error(app):
    with pytest.raises(ValueError):
        can(None, "topic.fly")
