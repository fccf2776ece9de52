"""Campaigns: the brand team's lifecycle, members taking part, topics that belong, badges
and notifications; every change also tried as the wrong user."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from community import events
from community.campaigns import services
from community.campaigns.models import Campaign, CampaignMember
from community.errors import RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.notifications.models import Notification
from community.permissions import PermissionDenied
from community.reputation.models import UserBadge
from community.timeutil import utcnow
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)


def campaign_input(category, **changes):
    now = utcnow()
    values = {
        "title": "Balkonkraftwerk-Wochen",
        "slug": "balkonkraftwerk-wochen",
        "brief": "Zeigt uns eure **Balkonkraftwerke**!",
        "type": "questions",
        "category": category,
        "starts_at": now - timedelta(days=1),
        "ends_at": now + timedelta(days=13),
        "goal_metric": "topics",
        "goal_target": 5,
        "call_to_action": "Frag zu deinem Balkonkraftwerk!",
        "tags": "solar",
    }
    values.update(changes)
    return services.CampaignInput(**values)


def live_campaign(category=None, manager=None, **changes):
    manager = manager or make_user(role="brand_manager")
    category = category or make_category()
    campaign = services.create_campaign(manager, campaign_input(category, **changes))
    services.publish_campaign(manager, campaign)
    events.commit()
    return campaign


def notifications_of(user, kind):
    return list(
        db.session.scalars(
            select(Notification).where(Notification.user_id == user.id, Notification.kind == kind)
        )
    )


# -- the brand team ------------------------------------------------------------------------


def test_a_new_campaign_is_a_draft_that_only_staff_see(app, client):
    manager, member = make_user(role="brand_manager"), make_user()
    campaign = services.create_campaign(manager, campaign_input(make_category()))
    events.commit()
    assert campaign.status == "draft"
    assert client.get("/campaigns/balkonkraftwerk-wochen").status_code == 404
    login(client, member)
    assert client.get("/campaigns/balkonkraftwerk-wochen").status_code == 404
    assert "Balkonkraftwerk" not in client.get("/campaigns").get_data(as_text=True)
    staff = app.test_client()
    login(staff, make_user(role="moderator"))
    page = staff.get("/campaigns/balkonkraftwerk-wochen").get_data(as_text=True)
    assert "only the team sees this page" in page


def test_members_and_moderators_may_not_manage_campaigns(app, client):
    category = make_category()
    for user in (make_user(), make_user(role="moderator")):
        with pytest.raises(PermissionDenied):
            services.create_campaign(user, campaign_input(category))
    campaign = live_campaign(category)
    member = make_user()
    with pytest.raises(PermissionDenied):
        services.end_campaign(member, campaign)
    login(client, member)
    assert client.get("/campaigns/new").status_code == 403
    assert client.post(f"/campaigns/{campaign.slug}/end").status_code == 403
    assert client.post(f"/campaigns/{campaign.slug}/edit", data={"title": "x"}).status_code == 403
    assert db.session.get(Campaign, campaign.id).status == "live"


def test_the_form_shows_errors_and_keeps_what_was_typed(app, client):
    category = make_category()
    login(client, make_user(role="brand_manager"))
    response = client.post(
        "/campaigns/new",
        data={
            "title": "Smart Home für Einsteiger",
            "slug": "smart-home",
            "type": "guides",
            "category": category.id,
            "starts_at": "2027-03-10T09:00",
            "ends_at": "2027-03-01T09:00",
            "goal_target": "10",
            "goal_metric": "guides",
            "experts": "nobody_here",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The end must come after the start." in page
    assert 'value="Smart Home für Einsteiger"' in page
    assert db.session.scalar(select(Campaign.id)) is None


def test_brand_manager_creates_schedules_and_the_clock_does_the_rest(app, client):
    category = make_category()
    expert, host = make_user(), make_user(role="moderator")
    login(client, make_user(role="brand_manager"))
    response = client.post(
        "/campaigns/new",
        data={
            "title": "Frag die Netzwerk-Techniker",
            "slug": "netzwerk-techniker",
            "type": "ask_the_expert",
            "category": category.id,
            "starts_at": "2030-03-10T18:00",
            "ends_at": "2030-03-10T20:00",
            "goal_target": "30",
            "goal_metric": "answers",
            "tags": "router, wlan",
            "experts": expert.username,
            "hosts": host.username,
            "brief": "Am **Dienstagabend** antworten unsere Techniker.",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    campaign = db.session.scalar(select(Campaign))
    # Berlin time in the form, UTC in the database.
    assert campaign.starts_at.hour == 17 and campaign.tag_names == ["router", "wlan"]
    assert [p.user_id for p in services.people(campaign)] == [expert.id, host.id]
    assert client.post("/campaigns/netzwerk-techniker/publish").status_code == 302
    db.session.expire_all()
    campaign = db.session.get(Campaign, campaign.id)
    assert campaign.status == "scheduled"
    assert campaign.status_at(campaign.starts_at) == "live"
    assert campaign.status_at(campaign.ends_at) == "ended"
    page = client.get("/campaigns/netzwerk-techniker").get_data(as_text=True)
    assert "Starts in" in page and "<strong>Dienstagabend</strong>" in page


def test_live_campaigns_show_on_the_home_page_and_their_category(app, client):
    category, other = make_category(), make_category()
    campaign = live_campaign(category)
    assert campaign.title in client.get("/").get_data(as_text=True)
    assert campaign.title in client.get(f"/c/{category.slug}").get_data(as_text=True)
    assert campaign.title not in client.get(f"/c/{other.slug}").get_data(as_text=True)


# -- members -------------------------------------------------------------------------------


def test_members_join_and_hear_of_the_start_the_experts_and_the_end(app, client):
    manager, member, expert = make_user(role="brand_manager"), make_user(), make_user()
    category = make_category()
    now = utcnow()
    campaign = services.create_campaign(
        manager,
        campaign_input(
            category,
            starts_at=now + timedelta(hours=1),
            ends_at=now + timedelta(days=2),
            experts=expert.username,
        ),
    )
    services.publish_campaign(manager, campaign)
    events.commit()
    login(client, member)
    assert client.post(f"/campaigns/{campaign.slug}/join").status_code == 302
    assert client.post(f"/campaigns/{campaign.slug}/join").status_code == 302  # twice: once
    assert services.member_ids(campaign) == [member.id]
    assert services.announce_due(now) == 0
    assert services.announce_due(now + timedelta(hours=2)) == 1
    events.commit()
    assert services.announce_due(now + timedelta(hours=3)) == 0  # announced once
    [started] = notifications_of(member, "campaign")
    assert started.data["change"] == "started"
    topic = make_topic(category=category, tags=["solar"])
    topic.created_at = now + timedelta(hours=2)
    topic.campaign_id = campaign.id
    campaign.starts_at = now - timedelta(hours=1)
    events.commit()
    make_answer(topic, author=expert)
    make_answer(topic)  # not featured: nobody is told
    assert [n.data["change"] for n in notifications_of(member, "campaign")] == [
        "started",
        "expert_answered",
    ]
    services.announce_due(now + timedelta(days=3))
    events.commit()
    assert notifications_of(member, "campaign")[-1].data["change"] == "ended"
    page = client.get("/notifications").get_data(as_text=True)
    assert campaign.title in page


def test_visitors_are_asked_to_log_in_and_ended_campaigns_take_no_members(app, client):
    campaign = live_campaign()
    response = client.post(f"/campaigns/{campaign.slug}/join")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    campaign.ends_at = utcnow() - timedelta(minutes=1)
    events.commit()
    member = make_user()
    with pytest.raises(PermissionDenied):
        services.join(member, campaign)
    assert db.session.scalar(select(CampaignMember.user_id)) is None


# -- topics --------------------------------------------------------------------------------


def test_topics_asked_on_the_campaign_page_or_in_its_category_with_its_tags_belong(app, client):
    category, other = make_category(), make_category()
    campaign = live_campaign(category)
    member = make_user()
    tagged = make_topic(author=member, category=category, tags=["solar", "zaehler"])
    untagged = make_topic(author=member, category=category, tags=["router"])
    elsewhere = make_topic(author=member, category=other, tags=["solar"])
    db.session.expire_all()
    assert db.session.get(type(tagged), tagged.id).campaign_id == campaign.id
    assert db.session.get(type(untagged), untagged.id).campaign_id is None
    assert db.session.get(type(elsewhere), elsewhere.id).campaign_id is None
    login(client, member)
    response = client.post(
        f"/campaigns/{campaign.slug}/ask",
        data={
            "kind": "question",
            "title": "Welcher Wechselrichter für 800 Watt?",
            "body": "Ich plane ein Balkonkraftwerk mit zwei Modulen, was nehmt ihr?",
            "category": other.id,
            "tags": "wechselrichter",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    asked = db.session.scalar(select(type(tagged)).order_by(type(tagged).id.desc()))
    assert asked.campaign_id == campaign.id
    page = client.get(f"/campaigns/{campaign.slug}").get_data(as_text=True)
    assert "Welcher Wechselrichter" in page and tagged.title in page
    assert "2 of 5" in page  # the goal: topics


def test_asking_on_a_campaign_page_needs_a_live_campaign(app, client):
    manager = make_user(role="brand_manager")
    now = utcnow()
    campaign = services.create_campaign(
        manager,
        campaign_input(
            make_category(), starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=2)
        ),
    )
    services.publish_campaign(manager, campaign)
    events.commit()
    login(client, make_user())
    assert client.get(f"/campaigns/{campaign.slug}/ask").status_code == 403


def test_a_topic_asked_before_the_window_does_not_belong(app):
    category = make_category()
    topic = make_topic(category=category, tags=["solar"])
    topic.created_at = utcnow() - timedelta(days=3)
    events.commit()
    live_campaign(category)
    assert services.attach_new_topic(topic) is None


def test_everyone_who_writes_in_the_window_gets_the_badge_once_per_campaign(app):
    category = make_category()
    first = live_campaign(category)
    second = live_campaign(category, slug="zweite-runde", tags="")
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker, category=category, tags=["solar"])
    make_answer(topic, author=helper)
    make_answer(topic, author=helper)
    topic2 = make_topic(author=helper, category=category, tags=["router"])
    db.session.expire_all()
    assert db.session.get(type(topic2), topic2.id).campaign_id == second.id
    held = db.session.execute(
        select(UserBadge.user_id, UserBadge.scope).where(UserBadge.badge == "campaign-participant")
    ).all()
    assert sorted(held) == sorted(
        [
            (asker.id, f"campaign:{first.id}"),
            (helper.id, f"campaign:{first.id}"),
            (helper.id, f"campaign:{second.id}"),
        ]
    )


def test_the_leaderboard_counts_topics_answers_and_solutions(app):
    category = make_category()
    campaign = live_campaign(category)
    asker, helper, other = make_user(), make_user(), make_user()
    topic = make_topic(author=asker, category=category, tags=["solar"])
    solution = make_answer(topic, author=helper)
    make_answer(topic, author=other)
    forum.accept_answer(asker, solution)
    events.commit()
    board = services.leaderboard(campaign)
    assert [(c.user.id, c.points) for c in board][:1] == [(helper.id, 4)]
    assert {c.user.id: c.points for c in board} == {helper.id: 4, asker.id: 1, other.id: 1}


def test_the_campaign_page_runs_the_same_statements_for_few_and_many_topics(app, client):
    category = make_category()
    campaign = live_campaign(category)
    member = make_user()

    def statements():
        with count_statements(app) as seen:
            assert client.get(f"/campaigns/{campaign.slug}").status_code == 200
        return len(seen)

    make_answer(make_topic(author=member, category=category, tags=["solar"]))
    few = statements()
    for _ in range(6):
        topic = make_topic(author=make_user(), category=category, tags=["solar"])
        make_answer(topic, author=make_user())
    assert statements() == few


def test_an_ended_ask_the_expert_session_reads_like_a_transcript(app, client):
    category = make_category()
    expert, member = make_user(), make_user()
    campaign = live_campaign(category, type="ask_the_expert", experts=expert.username)
    topic = make_topic(author=member, category=category, tags=["solar"])
    make_answer(topic, author=expert, body="Ja, 800 Watt sind seit 2024 erlaubt.")
    make_answer(topic, author=make_user(), body="Ich glaube, das ist so.")
    campaign.ends_at = utcnow() - timedelta(minutes=1)
    events.commit()
    page = client.get(f"/campaigns/{campaign.slug}").get_data(as_text=True)
    assert "The session: questions and the experts" in page
    assert "800 Watt sind seit 2024 erlaubt" in page and "Ich glaube" not in page


def test_publishing_needs_an_end_in_the_future(app):
    manager = make_user(role="brand_manager")
    now = utcnow()
    campaign = services.create_campaign(
        manager,
        campaign_input(
            make_category(), starts_at=now - timedelta(days=9), ends_at=now - timedelta(days=2)
        ),
    )
    with pytest.raises(RuleViolation):
        services.publish_campaign(manager, campaign)


def test_countdowns_read_right_in_german_and_english(app, client):
    manager = make_user(role="brand_manager")
    now = utcnow()
    campaign = services.create_campaign(
        manager,
        campaign_input(
            make_category(),
            starts_at=now + timedelta(days=6, hours=1),
            ends_at=now + timedelta(days=7),
        ),
    )
    services.publish_campaign(manager, campaign)
    events.commit()
    assert "Starts in 6 days" in client.get("/campaigns").get_data(as_text=True)
    client.post("/language", data={"locale": "de"})
    page = client.get(f"/campaigns/{campaign.slug}").get_data(as_text=True)
    assert "Beginnt in 6 Tagen" in page and ">Mitmachen<" not in page  # visitors log in first
    assert "Zum Mitmachen anmelden" in page


def test_a_page_view_announces_starts_at_most_once_a_minute(app, client):
    manager, member = make_user(role="brand_manager"), make_user()
    now = utcnow()
    campaign = services.create_campaign(
        manager,
        campaign_input(
            make_category(), starts_at=now + timedelta(days=1), ends_at=now + timedelta(days=2)
        ),
    )
    services.publish_campaign(manager, campaign)
    services.join(member, campaign)
    campaign.starts_at = now - timedelta(minutes=1)  # its start has come
    events.commit()
    app.config["CAMPAIGN_ANNOUNCE_SECONDS"] = 60
    from community.campaigns import views

    views.announce_now_and_then.last = 0.0
    client.get("/")
    assert [n.data["change"] for n in notifications_of(member, "campaign")] == ["started"]
    campaign.ends_at = now - timedelta(seconds=1)
    events.commit()
    client.get("/")  # within the minute: nothing more
    assert len(notifications_of(member, "campaign")) == 1
