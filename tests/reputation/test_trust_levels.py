"""Trust levels: promotion by activity, what each level unlocks, staff changes."""

import pytest
from sqlalchemy import select

from community import events
from community.errors import RuleViolation
from community.events import Event
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.permissions import PermissionDenied, can
from community.reputation import services as reputation
from community.reputation.models import TopicRead, TrustLevelChange
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def test_new_members_start_at_level_0_and_reading_promotes_them(make_app):
    app = make_app(TL1_TOPICS_ENTERED=2, TL1_POSTS_READ=4)
    with app.app_context():
        newbie = make_user(trust_level=0)
        topics = [make_topic() for _ in range(2)]
        for topic in topics:
            make_answer(topic)
            make_answer(topic)
        client = app.test_client()
        login(client, newbie)
        client.get(f"/t/{topics[0].id}/{topics[0].slug}")
        client.get(f"/t/{topics[0].id}/{topics[0].slug}")  # a second visit reads nothing new
        db.session.refresh(newbie)
        assert (newbie.topics_entered, newbie.posts_read, newbie.trust_level) == (1, 3, 0)
        client.get(f"/t/{topics[1].id}/{topics[1].slug}")
        db.session.refresh(newbie)
        assert (newbie.topics_entered, newbie.posts_read, newbie.trust_level) == (2, 6, 1)
        change = db.session.scalar(select(TrustLevelChange))
        assert (change.old_level, change.new_level, change.actor_id) == (0, 1, None)
        event = db.session.scalar(select(Event).where(Event.kind == "trust_level.promoted"))
        assert event.payload["user_id"] == newbie.id and event.payload["new_level"] == 1
        assert db.session.scalar(select(TopicRead.posts_seen).limit(1)) == 3
        db.session.remove()
        db.engine.dispose()


def test_the_first_request_of_a_day_counts_as_a_visit(client, app):
    member = make_user(trust_level=0)
    login(client, member)
    client.get("/")
    client.get("/categories")
    db.session.refresh(member)
    assert member.days_visited == 1 and member.last_visit_on is not None
    member.last_visit_on = member.last_visit_on.replace(year=2020)
    db.session.commit()
    client.get("/")
    db.session.refresh(member)
    assert member.days_visited == 2


def test_level_2_needs_answers_as_well_as_reading(unscreened):
    member = make_user(trust_level=1)
    member.days_visited, member.topics_entered, member.posts_read = 15, 20, 100
    assert reputation.maybe_promote(member) == 1
    needs = {r.key: (r.have, r.need) for r in reputation.requirements(member, 2)}
    assert needs["answers"] == (0, 3)
    for _ in range(3):
        forum.post_answer(member, make_topic(), "An answer that helps, with enough words.")
    events.commit()
    assert member.trust_level == 2


def test_level_3_needs_accepted_answers_and_level_4_is_never_automatic(make_app):
    app = make_app(TL3_DAYS_VISITED=1, TL3_TOPICS_ENTERED=1, TL3_POSTS_READ=1, TL3_ANSWERS=2)
    with app.app_context():
        member = make_user(trust_level=2)
        member.days_visited = member.topics_entered = member.posts_read = 5
        topics = [make_topic() for _ in range(3)]
        answers = [make_answer(t, author=member) for t in topics]
        assert reputation.maybe_promote(member) == 2
        for topic, answer in zip(topics, answers, strict=True):
            forum.accept_answer(topic.author, answer)
        events.commit()
        assert member.trust_level == 3
        assert reputation.maybe_promote(member) == 3
        db.session.remove()
        db.engine.dispose()


def test_level_0_and_1_privileges(unscreened):
    newbie, basic, member = make_user(trust_level=0), make_user(trust_level=1), make_user()
    topic = make_topic()
    answer = make_answer(topic)
    assert not can(newbie, "post.vote_up", answer) and can(basic, "post.vote_up", answer)
    assert not can(basic, "post.vote_down", answer) and can(member, "post.vote_down", answer)
    assert not can(newbie, "post.flag", answer) and can(basic, "post.flag", answer)
    assert not can(basic, "post.comment", answer) and can(member, "post.comment", answer)
    with pytest.raises(PermissionDenied):
        forum.cast_vote(newbie, answer, 1)
    with pytest.raises(PermissionDenied):
        forum.cast_vote(basic, answer, -1)
    with pytest.raises(PermissionDenied):
        forum.add_comment(basic, answer, "I would like to add something here.")
    # New members may comment under their own topics and posts.
    own = make_topic(author=newbie)
    forum.add_comment(newbie, question_of(own), "Thanks, I will try that tonight.")
    reply = make_answer(own)
    forum.add_comment(newbie, reply, "That worked, thank you!")
    events.commit()


def test_level_0_limits_links_images_and_daily_topics(app):
    newbie = make_user(trust_level=0)
    category = make_category()
    body = "See https://a.example.org, https://b.example.org and https://c.example.org."
    with pytest.raises(RuleViolation) as caught:
        forum.ask_question(newbie, title="A question with links", body=body, category=category)
    assert "at most 2 links" in str(caught.value.message)
    with pytest.raises(RuleViolation) as caught:
        forum.ask_question(
            newbie,
            title="A question with a picture",
            body="My router: ![photo](https://img.example/router.jpg)",
            category=category,
        )
    assert "images" in str(caught.value.message)
    for number in range(3):
        make_topic(author=newbie, category=category, title=f"Question number {number} here")
    with pytest.raises(RuleViolation) as caught:
        make_topic(author=newbie, category=category, title="One question too many today")
    assert "3 topics a day" in str(caught.value.message)
    # Level 1 has none of these limits.
    basic = make_user(trust_level=1)
    forum.ask_question(basic, title="A question with links", body=body, category=category)
    for number in range(4):
        make_topic(author=basic, category=category, title=f"Basic question {number} here")


def test_level_3_curates_only_where_active_and_experts_are_separate(make_app):
    app = make_app(TL3_ACTIVE_POSTS=2)
    with app.app_context():
        regular = make_user(trust_level=3)
        home, elsewhere = make_category(), make_category()
        for _ in range(2):
            make_answer(make_topic(category=home), author=regular)
        target = make_answer(make_topic(category=home))
        other = make_answer(make_topic(category=elsewhere))
        assert can(regular, "post.edit", target) and can(regular, "topic.retag", target.topic)
        assert not can(regular, "post.edit", other)
        assert not can(make_user(trust_level=2), "post.edit", target)
        forum.edit_post(regular, target, body=target.body + " Also restart it.", reason="tip")
        events.commit()
        with pytest.raises(PermissionDenied):
            forum.edit_post(regular, other, body=other.body + " Also restart it.")
        db.session.remove()
        db.engine.dispose()


def test_staff_set_levels_with_a_reason_and_members_cannot(app):
    member, moderator = make_user(trust_level=3), make_user(role="moderator")
    with pytest.raises(RuleViolation):
        reputation.set_trust_level(moderator, member, 4, "  ")
    with pytest.raises(PermissionDenied):
        reputation.set_trust_level(make_user(trust_level=4), member, 4, "I like them")
    with pytest.raises(PermissionDenied):
        reputation.set_trust_level(moderator, moderator, 4, "Myself")
    reputation.set_trust_level(moderator, member, 4, "Leads the Smart Home category")
    events.commit()
    assert member.trust_level == 4
    reputation.set_trust_level(moderator, member, 1, "Repeated rude answers")
    events.commit()
    history = reputation.level_history(member)
    assert [(c.old_level, c.new_level, c.actor_id) for c in history] == [
        (4, 1, moderator.id),
        (3, 4, moderator.id),
    ]
    assert db.session.scalar(select(Event).where(Event.kind == "trust_level.demoted"))


def test_trust_level_page_for_staff_member_and_others(client, app):
    member = make_user(trust_level=2)
    moderator = make_user(role="moderator")
    login(client, moderator)
    page = client.get(f"/u/{member.username}/trust-level")
    assert page.status_code == 200 and 'name="reason"' in page.get_data(as_text=True)
    bad = client.post(f"/u/{member.username}/trust-level", data={"level": 4, "reason": ""})
    assert bad.status_code == 400
    done = client.post(
        f"/u/{member.username}/trust-level", data={"level": 4, "reason": "Great guide writer"}
    )
    assert done.status_code == 302
    client.post("/logout")
    login(client, member)
    mine = client.get(f"/u/{member.username}/trust-level").get_data(as_text=True)
    assert "Great guide writer" in mine and 'name="reason"' not in mine
    assert (
        client.post(
            f"/u/{member.username}/trust-level", data={"level": 0, "reason": "x"}
        ).status_code
        == 403
    )
    client.post("/logout")
    login(client, make_user())
    assert client.get(f"/u/{member.username}/trust-level").status_code == 403


def test_privileges_page_shows_progress_in_both_languages(client, app):
    newbie = make_user(trust_level=0)
    assert "Level 0" in client.get("/privileges").get_data(as_text=True)
    login(client, newbie)
    page = client.get("/privileges").get_data(as_text=True)
    assert "Your trust level: 0" in page and "<progress" in page
    german = client.get("/privileges", headers={"Accept-Language": "de"})
    assert german.status_code == 200


def test_a_new_member_cannot_vote_through_the_page(client, app):
    newbie = make_user(trust_level=0)
    answer = make_answer(make_topic())
    login(client, newbie)
    response = client.post(f"/p/{answer.id}/vote", data={"value": "1"})
    assert response.status_code == 403


def test_the_refusal_says_which_level_unlocks_voting(client, app):
    newbie = make_user(trust_level=0)
    answer = make_answer(make_topic())
    login(client, newbie)
    page = client.get(f"/t/{answer.topic.id}/{answer.topic.slug}").get_data(as_text=True)
    assert "Voting up unlocks at trust level 1" in page
    response = client.post(f"/p/{answer.id}/vote", data={"value": "1"})
    assert response.status_code == 403
    assert "Voting up unlocks at trust level 1" in response.get_data(as_text=True)


def test_a_level_lowered_by_staff_holds_until_staff_raise_it(app):
    member = make_user(trust_level=2)
    member.days_visited, member.topics_entered, member.posts_read = 15, 20, 100
    for _ in range(3):
        forum.post_answer(member, make_topic(), "An answer that helps, with enough words.")
    events.commit()
    moderator = make_user(role="moderator")
    reputation.set_trust_level(moderator, member, 1, "Rude answers this week")
    events.commit()
    member.days_visited += 1
    assert reputation.maybe_promote(member) == 1
    reputation.set_trust_level(moderator, member, 2, "Friendly again")
    events.commit()
    assert member.trust_level == 2
