"""The JSON API's notifications (list, mark read) and watching."""

from __future__ import annotations

from sqlalchemy import select

from community import events
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.notifications import watching
from community.notifications.models import Notification
from tests.api.test_api import API, bearer
from tests.conftest import count_statements, make_answer, make_category, make_topic, make_user


def test_a_member_lists_and_reads_their_notifications(app, client):
    asker = make_user(locale="de")
    topic = make_topic(author=asker)
    helpers = [make_user(display_name=f"Helfer {n}") for n in range(3)]
    for helper in helpers:
        make_answer(topic, author=helper)
    headers = bearer(asker)
    body = client.get(f"{API}/notifications", headers=headers).get_json()
    answers = [n for n in body["notifications"] if n["kind"] == "answer"]
    assert [n["actor"]["name"] for n in answers] == ["Helfer 2", "Helfer 1", "Helfer 0"]
    first = answers[0]
    assert first["text"] == "Helfer 2 hat deine Frage beantwortet."
    assert first["topic"] == {"id": topic.id, "title": topic.title}
    assert first["read"] is False and first["url"].endswith(f"#p{first['post_id']}")
    assert body["unread"] == len(body["notifications"])
    # Reading one, then all.
    response = client.post(f"{API}/notifications/{first['id']}/read", headers=headers)
    assert response.status_code == 200 and response.get_json()["notification"]["read"] is True
    unread = client.get(f"{API}/notifications?unread=1", headers=headers).get_json()
    assert first["id"] not in [n["id"] for n in unread["notifications"]]
    response = client.post(f"{API}/notifications/read-all", headers=headers)
    assert response.get_json()["marked"] == body["unread"] - 1
    assert (
        db.session.scalar(
            select(Notification.id).where(
                Notification.user_id == asker.id, Notification.read_at.is_(None)
            )
        )
        is None
    )


def test_notifications_are_only_their_owners(app, client):
    asker, other = make_user(), make_user()
    make_answer(make_topic(author=asker))
    note = db.session.scalar(select(Notification).where(Notification.user_id == asker.id))
    assert client.get(f"{API}/notifications").status_code == 401
    response = client.post(f"{API}/notifications/{note.id}/read", headers=bearer(other))
    assert response.status_code == 404
    assert note.read_at is None
    mine = client.get(f"{API}/notifications", headers=bearer(other)).get_json()
    assert mine["notifications"] == []


def test_the_notification_list_runs_a_fixed_number_of_statements(app, client):
    asker = make_user()
    topic = make_topic(author=asker)
    headers = bearer(asker)
    make_answer(topic)
    client.get(f"{API}/notifications", headers=headers)  # the token's first use is recorded
    with count_statements(app) as few:
        client.get(f"{API}/notifications", headers=headers)
    for _ in range(6):
        make_answer(topic)
    with count_statements(app) as many:
        client.get(f"{API}/notifications", headers=headers)
    assert len(many) == len(few)


def test_watching_through_the_api(app, client):
    member = make_user()
    category = make_category()
    topic = make_topic(category=category, tags=["glasfaser"])
    headers = bearer(member)
    path = f"{API}/watching/category/{category.slug}"
    assert client.get(path, headers=headers).get_json()["watch"]["level"] is None
    response = client.put(path, json={"level": "watching"}, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["watch"] == {
        "target": "category",
        "key": category.slug,
        "name": category.name,
        "url": f"http://community.test/c/{category.slug}",
        "level": "watching",
        "automatic": False,
    }
    client.put(f"{API}/watching/tag/glasfaser", json={"level": "muted"}, headers=headers)
    client.put(f"{API}/watching/topic/{topic.id}", json={"level": "tracking"}, headers=headers)
    listed = client.get(f"{API}/watching", headers=headers).get_json()["watching"]
    assert {(w["target"], w["level"]) for w in listed} == {
        ("category", "watching"),
        ("tag", "muted"),
        ("topic", "tracking"),
    }
    assert client.delete(path, headers=headers).get_json()["watch"]["level"] is None
    assert watching.level_of(member, category) is None
    # Bad input, unknown things, visitors, and what the member may not see.
    response = client.put(path, json={"level": "loud"}, headers=headers)
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "level"
    assert client.put(path, json={"level": 3}, headers=headers).status_code == 422
    assert client.get(f"{API}/watching/category/nope", headers=headers).status_code == 404
    assert client.get(f"{API}/watching/topic/999999", headers=headers).status_code == 404
    assert client.put(path, json={"level": "watching"}).status_code == 401
    opening = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))
    forum.set_hidden(opening, "spam")
    events.commit()
    response = client.put(
        f"{API}/watching/topic/{topic.id}", json={"level": "watching"}, headers=headers
    )
    assert response.status_code == 404
