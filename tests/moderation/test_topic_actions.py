"""Close, reopen, lock, pin, move and the official mark: each logged, each refused to others."""

import pytest
from sqlalchemy import select

from community import events
from community.errors import RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.moderation import services as moderation
from community.moderation.models import ModerationAction
from community.permissions import PermissionDenied, can
from community.reputation import experts
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def logged(action):
    return db.session.scalar(
        select(ModerationAction)
        .where(ModerationAction.action == action)
        .order_by(ModerationAction.id.desc())
    )


def test_close_as_duplicate_and_reopen(app):
    moderator = make_user(role="moderator")
    earlier, topic = make_topic(), make_topic()
    with pytest.raises(RuleViolation):
        moderation.close_topic(moderator, topic, "duplicate")
    with pytest.raises(PermissionDenied):
        moderation.close_topic(make_user(), topic, "duplicate", duplicate_of=earlier)
    moderation.close_topic(moderator, topic, "duplicate", duplicate_of=earlier)
    events.commit()
    assert (topic.status, topic.close_reason, topic.duplicate_of_id) == (
        "closed",
        "duplicate",
        earlier.id,
    )
    assert not can(make_user(), "topic.answer", topic)
    entry = logged("topic.close")
    assert entry.actor_id == moderator.id and entry.details["duplicate_of"] == earlier.id
    with pytest.raises(RuleViolation):
        moderation.close_topic(moderator, topic, "off_topic")
    moderation.reopen_topic(moderator, topic, "Not the same question after all")
    events.commit()
    assert topic.status == "open" and topic.duplicate_of_id is None
    assert logged("topic.reopen").reason == "Not the same question after all"


def test_experts_close_duplicates_in_their_category_and_nothing_else(app):
    home = make_category()
    expert = make_user()
    experts.appoint(make_user(role="moderator"), expert, home, "Router guru")
    earlier, topic = make_topic(category=home), make_topic(category=home)
    elsewhere = make_topic()
    with pytest.raises(PermissionDenied):
        moderation.close_topic(expert, topic, "off_topic", "Not ours")
    with pytest.raises(PermissionDenied):
        moderation.close_topic(expert, elsewhere, "duplicate", duplicate_of=earlier)
    with pytest.raises(PermissionDenied):
        moderation.lock_topic(expert, topic, "Heated")
    moderation.close_topic(expert, topic, "duplicate", duplicate_of=earlier)
    events.commit()
    assert topic.status == "closed"


def test_lock_pin_move_and_the_official_mark(app):
    moderator = make_user(role="moderator")
    old, new = make_category(), make_category()
    topic = make_topic(category=old)
    with pytest.raises(RuleViolation):
        moderation.lock_topic(moderator, topic, "")
    moderation.lock_topic(moderator, topic, "The discussion got heated")
    events.commit()
    assert topic.status == "locked" and not can(make_user(), "topic.answer", topic)
    assert not can(topic.author, "post.edit", forum.load_topic_page(moderator, topic).question)
    moderation.unlock_topic(moderator, topic)
    moderation.pin_topic(moderator, topic, "category")
    events.commit()
    later = make_topic(category=old)
    listed = forum.list_topics(None, category=old).items
    assert listed[0].id == topic.id and later.id in [t.id for t in listed]
    assert forum.list_topics(None).items[0].id == later.id  # a category pin stays in its category
    moderation.pin_topic(moderator, topic, "global")
    events.commit()
    assert forum.list_topics(None).items[0].id == topic.id
    moderation.unpin_topic(moderator, topic)
    moderation.move_topic(moderator, topic, new, "Belongs to the other category")
    events.commit()
    assert topic.category_id == new.id and (old.topic_count, new.topic_count) == (1, 1)
    assert logged("topic.move").details == {"from_category": old.id, "to_category": new.id}
    with pytest.raises(PermissionDenied):
        moderation.pin_topic(make_user(), topic, "global")
    member_answer = make_answer(topic)
    staff_answer = make_answer(topic, author=make_user(role="moderator"))
    with pytest.raises(PermissionDenied):
        moderation.mark_official(moderator, member_answer, True)
    moderation.mark_official(moderator, staff_answer, True)
    events.commit()
    assert staff_answer.is_official and logged("post.official").post_id == staff_answer.id
    actions = set(db.session.scalars(select(ModerationAction.action)))
    assert {"topic.lock", "topic.unlock", "topic.pin", "topic.unpin", "topic.move"} <= actions


def test_the_topic_panel_for_moderators_only(client, app):
    earlier, topic = make_topic(), make_topic()
    topic_url = f"/t/{topic.id}/{topic.slug}"
    login(client, make_user())
    assert "Moderate this topic" not in client.get(topic_url).get_data(as_text=True)
    assert (
        client.post(f"/t/{topic.id}/moderate", data={"action": "lock", "reason": "x"}).status_code
        == 403
    )
    db.session.refresh(topic)
    assert topic.status == "open"
    client.post("/logout")
    login(client, make_user(role="moderator"))
    assert "Moderate this topic" in client.get(topic_url).get_data(as_text=True)
    client.post(
        f"/t/{topic.id}/moderate",
        data={"action": "close", "close_reason": "duplicate", "duplicate_of": f"/t/{earlier.id}/x"},
    )
    db.session.refresh(topic)
    assert topic.status == "closed" and topic.duplicate_of_id == earlier.id
    page = client.get(topic_url).get_data(as_text=True)
    assert "Duplicate of another topic" in page and "Go to the earlier topic" in page
    german = client.get(topic_url, headers={"Accept-Language": "de"})
    assert german.status_code == 200
