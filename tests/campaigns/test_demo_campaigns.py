"""The demo's campaigns scene: an ended, a live and a scheduled campaign, with activity
dated inside their windows, and guides (one made from an accepted answer)."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from community import create_app
from community.accounts.models import User
from community.campaigns import services
from community.campaigns.consumers import PARTICIPANT_BADGE
from community.campaigns.models import Campaign, CampaignMember, IdeaStatusChange
from community.extensions import db
from community.forum.models import Post, Topic, Vote
from community.reputation.models import UserBadge
from community.timeutil import utcnow
from tests.conftest import TEST_CONFIG


@pytest.fixture(scope="module")
def demo_output(template_db, tmp_path_factory):
    """`flask demo`, run once for the module (it takes a while): what it printed."""
    folder = tmp_path_factory.mktemp("demo-campaigns")
    shutil.copy(template_db, folder / "community.db")
    app = create_app({**TEST_CONFIG, "DATA_DIR": str(folder)})
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["demo"])
        assert result.exit_code == 0, result.output
        yield result.output
        db.session.rollback()
        db.session.remove()
        db.engine.dispose()


def _by_status() -> dict[str, Campaign]:
    return {campaign.status: campaign for campaign in db.session.scalars(select(Campaign))}


def _topics(campaign: Campaign) -> list[Topic]:
    return list(db.session.scalars(select(Topic).where(Topic.campaign_id == campaign.id)))


def _posts(campaign: Campaign) -> list[Post]:
    return list(
        db.session.scalars(
            select(Post)
            .join(Topic, Topic.id == Post.topic_id)
            .where(Topic.campaign_id == campaign.id)
        )
    )


def _member_names(campaign: Campaign) -> set[str]:
    members = db.session.scalars(
        select(CampaignMember).where(CampaignMember.campaign_id == campaign.id)
    )
    return {db.session.get(User, m.user_id).username for m in members}


def test_one_campaign_is_live_one_scheduled_one_ended_and_the_cli_names_them(demo_output):
    campaigns = list(db.session.scalars(select(Campaign)))
    assert sorted(c.status for c in campaigns) == ["ended", "live", "scheduled"]
    for campaign in campaigns:
        assert f"/campaigns/{campaign.slug}" in demo_output
        assert campaign.brief_html and campaign.call_to_action and campaign.tags
    lena = db.session.scalar(select(User).where(User.username == "brand_lena"))
    assert {c.created_by_id for c in campaigns} == {lena.id}


def test_the_live_campaign_has_topics_ideas_in_several_statuses_and_members(demo_output):
    live = _by_status()["live"]
    now = utcnow()
    assert live.starts_at < now - timedelta(days=4) and live.ends_at > now + timedelta(days=8)
    assert live.start_announced_at is not None and live.end_announced_at is None
    roles = {(p.user.username, p.role) for p in services.people(live)}
    assert ("mehmet_y", "expert") in roles and ("brand_lena", "host") in roles

    topics = _topics(live)
    assert len(topics) >= 8
    assert all(live.starts_at <= t.created_at < now for t in topics)
    assert all(p.status == "visible" and p.created_at < now for p in _posts(live))
    ideas = [t for t in topics if t.kind == "idea"]
    idea_ids = [idea.id for idea in ideas]
    assert len({idea.idea_status for idea in ideas}) >= 3
    assert {"planned", "under_review", "declined", "new"} <= {i.idea_status for i in ideas}
    # Members voted for the ideas on their opening posts.
    assert all(idea.score > 0 for idea in ideas)
    votes = db.session.scalars(
        select(Vote).join(Post, Post.id == Vote.post_id).where(Post.topic_id.in_(idea_ids))
    ).all()
    assert votes and all(live.starts_at <= v.created_at < now for v in votes)

    changes = list(
        db.session.scalars(select(IdeaStatusChange).where(IdeaStatusChange.topic_id.in_(idea_ids)))
    )
    by_topic = {t.id: t for t in ideas}
    for change in changes:
        assert by_topic[change.topic_id].created_at < change.created_at < now
        assert change.actor.username == "mod_jana"
    declined = [c for c in changes if c.status == "declined"]
    assert len(declined) == 1 and declined[0].note
    planned = next(i for i in ideas if i.idea_status == "planned")
    assert [c.status for c in changes if c.topic_id == planned.id] == ["under_review", "planned"]

    assert {"sabine_k", "emily_r", "lea_neu"} <= _member_names(live)
    # A topic asked in the category during the window, with one of its tags, joined it.
    assert any(t.author.username == "ole_j" for t in topics)


def test_the_ended_campaign_has_figures_inside_its_window(demo_output):
    ended = _by_status()["ended"]
    now = utcnow()
    assert ended.ends_at - ended.starts_at == timedelta(days=14)
    assert now - timedelta(days=21) < ended.ends_at < now - timedelta(days=14)
    assert ended.published_at < ended.starts_at
    assert ended.start_announced_at and ended.end_announced_at

    topics = _topics(ended)
    assert len(topics) >= 8 and {"question", "article"} <= {t.kind for t in topics}
    assert sum(t.accepted_post_id is not None for t in topics) >= 4
    assert all(ended.starts_at <= t.created_at < ended.ends_at for t in topics)
    posts = _posts(ended)
    assert all(ended.starts_at <= p.created_at < ended.ends_at for p in posts)
    assert any(p.is_official for p in posts)
    assert len(_member_names(ended)) >= 5

    # The weeks before it, in its category, for the report's comparison.
    before = db.session.scalar(
        select(func.count(Topic.id)).where(
            Topic.category_id == ended.category_id,
            Topic.created_at >= ended.starts_at - (ended.ends_at - ended.starts_at),
            Topic.created_at < ended.starts_at,
        )
    )
    assert before >= 2

    # Everyone who wrote in it during its window holds its participant badge.
    contributors = {p.author_id for p in posts if p.status == "visible"}
    assert len(contributors) >= 8
    holders = set(
        db.session.scalars(
            select(UserBadge.user_id).where(
                UserBadge.badge == PARTICIPANT_BADGE, UserBadge.scope == f"campaign:{ended.id}"
            )
        )
    )
    assert holders == contributors
    leaders = [c.user.username for c in services.leaderboard(ended, limit=3)]
    assert "anna_b" in leaders


def test_the_scheduled_campaign_has_its_experts_and_members_already(demo_output):
    scheduled = _by_status()["scheduled"]
    now = utcnow()
    assert scheduled.type == "ask_the_expert"
    assert now + timedelta(days=5) < scheduled.starts_at < now + timedelta(days=7)
    assert scheduled.ends_at - scheduled.starts_at == timedelta(hours=2)
    assert scheduled.start_announced_at is None
    roles = {(p.user.username, p.role) for p in services.people(scheduled)}
    assert ("sabine_k", "expert") in roles and ("mod_tom", "host") in roles
    assert len(_member_names(scheduled)) >= 5
    assert _topics(scheduled) == []


def test_guides_outside_campaigns_and_one_made_from_an_accepted_answer(demo_output):
    guides = list(db.session.scalars(select(Topic).where(Topic.kind == "article")))
    promoted = [g for g in guides if g.source_post_id is not None]
    assert len(promoted) == 1
    source = db.session.get(Post, promoted[0].source_post_id)
    assert source.topic.accepted_post_id == source.id
    assert promoted[0].author_id == source.author_id
    assert source.created_at < promoted[0].created_at
    outside = [g for g in guides if g.campaign_id is None and g.source_post_id is None]
    assert len(outside) >= 2


def test_no_old_start_or_end_is_announced_late(demo_output):
    try:
        assert services.announce_due() == 0
    finally:
        db.session.rollback()
