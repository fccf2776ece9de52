"""Watching topics, categories, tags and campaigns; batched votes."""

import pytest
from sqlalchemy import select

from community import events
from community.errors import RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Tag
from community.moderation import services as moderation
from community.moderation.models import ReviewItem
from community.notifications import watching
from community.notifications.models import Notification, Watch
from community.permissions import PermissionDenied
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def notices(user, kind=None):
    query = select(Notification).where(Notification.user_id == user.id)
    if kind:
        query = query.where(Notification.kind == kind)
    return list(db.session.scalars(query.order_by(Notification.id)))


def test_the_asker_watches_and_the_answerers_track_automatically(app):
    asker, first, second = make_user(), make_user(), make_user()
    topic = make_topic(author=asker)
    make_answer(topic, author=first)
    make_answer(topic, author=second)
    assert watching.level_of(asker, topic) == "watching"
    assert watching.level_of(first, topic) == "tracking"
    assert db.session.scalar(
        select(Watch.automatic).where(Watch.user_id == first.id, Watch.topic_id == topic.id)
    )
    # The asker hears of both answers; the first answerer (tracking) not of the second.
    assert [n.kind for n in notices(asker, "answer")] == ["answer", "answer"]
    assert notices(first, "answer") == []


def test_a_member_watching_a_topic_hears_of_every_answer(app):
    asker, follower, helper = make_user(), make_user(), make_user()
    topic = make_topic(author=asker)
    watching.set_level(follower, topic, "watching")
    events.commit()
    answer = make_answer(topic, author=helper)
    [note] = notices(follower, "answer")
    assert (note.post_id, note.actor_id, note.data) == (answer.id, helper.id, {"watched": True})
    # An answer of their own is no news to them.
    make_answer(topic, author=follower)
    assert len(notices(follower, "answer")) == 1


def test_muting_a_topic_silences_it_even_for_its_author(app):
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker)
    watching.set_level(asker, topic, "muted")
    events.commit()
    answer = make_answer(topic, author=helper)
    forum.add_comment(helper, question_of(topic), "Which router model is it?")
    events.commit()
    assert notices(asker) == [n for n in notices(asker) if n.kind == "badge"]
    # Back to normal: answers reach the author again (as the asker, by default).
    watching.set_level(asker, topic, None)
    events.commit()
    assert watching.level_of(asker, topic) is None
    make_answer(topic, author=helper, body="Or update its firmware first.")
    assert [n.post_id for n in notices(asker, "answer")] != [answer.id]
    assert len(notices(asker, "answer")) == 1


def test_an_automatic_level_never_replaces_a_chosen_one(app):
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker)
    watching.set_level(helper, topic, "muted")
    events.commit()
    make_answer(topic, author=helper)
    assert watching.level_of(helper, topic) == "muted"


def test_new_topics_reach_who_watches_their_category_tag_or_campaign(app):
    category = make_category()
    by_category, by_tag, tracker, asker = make_user(), make_user(), make_user(), make_user()
    watching.set_level(by_category, category, "watching")
    events.commit()
    make_topic(author=asker, category=category, tags=["fritzbox"])
    tag = db.session.scalar(select(Tag).where(Tag.name == "fritzbox"))
    watching.set_level(by_tag, tag, "watching")
    watching.set_level(tracker, tag, "tracking")
    events.commit()
    topic = make_topic(author=asker, category=category, tags=["fritzbox"])
    [note] = [n for n in notices(by_category, "new_topic") if n.topic_id == topic.id]
    assert (note.actor_id, note.data["category_id"], note.mail) == (asker.id, category.id, "daily")
    assert [n.topic_id for n in notices(by_tag, "new_topic")] == [topic.id]
    # Tracking: in the bell, but never by email.
    [quiet] = notices(tracker, "new_topic")
    assert quiet.mail == "none"
    # The asker is not told of their own topic.
    assert notices(asker, "new_topic") == []


def test_a_muted_tag_silences_a_watched_category(app):
    category = make_category()
    member = make_user()
    watching.set_level(member, category, "watching")
    make_topic(category=category, tags=["strom"])
    watching.set_level(member, db.session.scalar(select(Tag).where(Tag.name == "strom")), "muted")
    events.commit()
    before = len(notices(member, "new_topic"))
    make_topic(category=category, tags=["strom"])
    make_topic(category=category, tags=["gas"])
    assert len(notices(member, "new_topic")) == before + 1


def test_a_held_topic_is_announced_only_when_approved(app):
    category = make_category()
    watcher = make_user()
    watching.set_level(watcher, category, "watching")
    events.commit()
    newcomer = make_user(trust_level=0)
    topic = make_topic(author=newcomer, category=category)
    assert topic.status == "pending"
    assert notices(watcher, "new_topic") == []
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == question_of(topic).id))
    moderation.decide(make_user(role="moderator"), item, "approve")
    events.commit()
    assert [n.topic_id for n in notices(watcher, "new_topic")] == [topic.id]


def test_watching_needs_a_member_who_may_see_the_thing(app):
    member = make_user()
    topic = make_topic()
    with pytest.raises(PermissionDenied):
        watching.set_level(None, topic, "watching")
    with pytest.raises(RuleViolation):
        watching.set_level(member, topic, "loudly")
    forum.set_hidden(question_of(topic), "spam")
    events.commit()
    assert topic.status == "hidden"
    with pytest.raises(PermissionDenied):
        watching.set_level(member, topic, "watching")
    moderator = make_user(role="moderator")
    assert watching.set_level(moderator, topic, "watching").level == "watching"


def test_the_watch_control_on_pages_and_the_settings_list(app, client):
    member = make_user()
    category = make_category()
    topic = make_topic(category=category)
    # A visitor sees no control and cannot post one.
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert 'action="/watch"' not in page
    response = client.post("/watch", data={"target": "topic", "id": topic.id, "level": "watching"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    login(client, member)
    for path, kind, target_id in (
        (f"/t/{topic.id}/{topic.slug}", "topic", topic.id),
        (f"/c/{category.slug}", "category", category.id),
        ("/tags/router", "tag", db.session.scalar(select(Tag.id).where(Tag.name == "router"))),
    ):
        page = client.get(path).get_data(as_text=True)
        assert 'action="/watch"' in page, path
        response = client.post(
            "/watch", data={"target": kind, "id": target_id, "level": "watching", "next": path}
        )
        assert response.status_code == 302 and response.headers["Location"].endswith(path)
    settings = client.get("/settings/notifications").get_data(as_text=True)
    assert topic.title in settings and category.name in settings and "router" in settings
    assert client.post("/watch", data={"target": "topic", "id": 999_999}).status_code == 404
    assert client.post("/watch", data={"target": "user", "id": member.id}).status_code == 404
    response = client.post("/watch", data={"target": "topic", "id": topic.id, "level": "x"})
    assert response.status_code == 400


def test_votes_come_as_one_notice_per_post_while_it_is_unread(app):
    author = make_user()
    topic = make_topic()
    answer = make_answer(topic, author=author)
    voters = [make_user() for _ in range(3)]
    for voter in voters:
        forum.cast_vote(voter, answer, 1)
        events.commit()
    [note] = notices(author, "votes")
    assert (note.data["count"], note.actor_id, note.post_id) == (3, voters[-1].id, answer.id)
    # A vote taken back, or against, is no news.
    forum.cast_vote(voters[0], answer, 0)
    events.commit()
    forum.cast_vote(make_user(), answer, -1)
    events.commit()
    assert [n.data["count"] for n in notices(author, "votes")] == [3]
    # Once read, the next vote starts a new notice.
    note.read_at = note.created_at
    events.commit()
    forum.cast_vote(make_user(), answer, 1)
    events.commit()
    assert [n.data["count"] for n in notices(author, "votes")] == [3, 1]


def test_a_mention_reaches_the_member_at_once_and_once(app):
    asker, helper, named = make_user(), make_user(), make_user(username="carla_m")
    topic = make_topic(author=asker)
    answer = make_answer(topic, author=helper, body="@carla_m knows this router well, ask her.")
    [mention] = notices(named, "mention")
    assert (mention.actor_id, mention.post_id, mention.mail) == (helper.id, answer.id, "queued")
    assert [n.kind for n in notices(asker) if n.kind != "badge"] == ["answer"]
    # Mentioning the asker in an answer: one notice, the mention.
    second = make_answer(topic, author=helper, body=f"@{asker.username} did the reset help?")
    assert [n.kind for n in notices(asker) if n.post_id == second.id] == ["mention"]
    # An edit tells only whom it newly mentions; a comment can mention too.
    forum.edit_post(
        helper, answer, body="@carla_m knows this router well. So does @" + asker.username
    )
    events.commit()
    assert len(notices(named, "mention")) == 1
    assert [n.post_id for n in notices(asker, "mention")] == [second.id, answer.id]
    forum.add_comment(asker, answer, "Thanks @carla_m, I will ask you then.")
    events.commit()
    assert len(notices(named, "mention")) == 2


def test_no_mention_notice_about_what_the_member_may_not_read(app):
    named = make_user(username="dora_x")
    topic = make_topic()
    forum.set_hidden(question_of(topic), "spam")
    events.commit()
    make_answer(topic, author=make_user(role="moderator"), body="@dora_x please have a look.")
    assert notices(named, "mention") == []


def test_the_list_of_what_one_follows_is_paged(app, client):
    member = make_user()
    topics = [make_topic() for _ in range(32)]
    for topic in topics:
        watching.set_level(member, topic, "watching")
    events.commit()
    first, more = watching.watches_for(member)
    second, no_more = watching.watches_for(member, page=2)
    assert (len(first), more, len(second), no_more) == (30, True, 2, False)
    assert {w.target.id for w in first + second} == {t.id for t in topics}
    login(client, member)
    page = client.get("/settings/notifications").get_data(as_text=True)
    assert 'rel="next"' in page and topics[-1].title in page and topics[0].title not in page
    page = client.get("/settings/notifications?page=2").get_data(as_text=True)
    assert topics[0].title in page and 'rel="prev"' in page
