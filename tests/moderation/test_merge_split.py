"""Merging a topic into another and splitting replies off into a new one."""

import pytest
from sqlalchemy import select

from community import events
from community.errors import RuleViolation
from community.events import Event
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Comment, Post, Tag, Vote
from community.moderation import services as moderation
from community.moderation.models import ModerationAction, ReviewItem
from community.permissions import PermissionDenied
from community.reputation import experts
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)


def logged(action):
    return db.session.scalar(
        select(ModerationAction)
        .where(ModerationAction.action == action)
        .order_by(ModerationAction.id.desc())
    )


def last_event(kind):
    return db.session.scalar(select(Event).where(Event.kind == kind).order_by(Event.id.desc()))


def positions(topic):
    return list(
        db.session.scalars(select(Post.id).where(Post.topic_id == topic.id).order_by(Post.position))
    )


def tag(name):
    return db.session.scalar(select(Tag).where(Tag.name == name))


def wrong_users(topic):
    """Everyone who may not merge or split: a member, the author, the expert, the brand team."""
    expert = make_user()
    experts.appoint(make_user(role="moderator"), expert, topic.category, "Knows routers")
    return [make_user(), topic.author, expert, make_user(role="brand_manager")]


# -- merge -----------------------------------------------------------------------------------


def test_merge_interleaves_posts_and_keeps_counters_right(app):
    moderator = make_user(role="moderator")
    home, other = make_category(), make_category()
    target = make_topic(category=home, tags=("router",))
    merged = make_topic(category=other, tags=("wlan",))
    a1 = make_answer(target)
    b1 = make_answer(merged)
    a2 = make_answer(target)
    b2 = make_answer(merged)
    voter, flagger = make_user(), make_user(trust_level=1)
    forum.cast_vote(voter, b1, 1)
    merged_opener = forum.load_topic_page(None, merged).question
    forum.add_comment(voter, merged_opener, "Me too, same router")
    forum.accept_answer(merged.author, b1)
    moderation.flag_post(flagger, b2, "off_topic")
    events.commit()
    reputation_before = b1.author.reputation
    assert (home.topic_count, other.topic_count, tag("wlan").topic_count) == (1, 1, 1)

    moderation.merge_topic(moderator, merged, target, "Same question twice")
    events.commit()

    opener = forum.load_topic_page(None, target).question
    assert positions(target) == [opener.id, merged_opener.id, a1.id, b1.id, a2.id, b2.id]
    numbers = db.session.scalars(select(Post.position).where(Post.topic_id == target.id))
    assert sorted(numbers) == [1, 2, 3, 4, 5, 6]
    assert target.answer_count == 5 and target.last_poster_id == b2.author_id
    comment = db.session.scalar(select(Comment).where(Comment.post_id == merged_opener.id))
    assert target.last_activity_at == comment.created_at  # the comment came after b2
    assert (merged.status, merged.merged_into_id, merged.accepted_post_id) == (
        "merged",
        target.id,
        None,
    )
    assert target.accepted_post_id is None
    db.session.refresh(b1.author)
    assert b1.author.reputation == reputation_before  # the ledger is left alone
    assert (home.topic_count, other.topic_count) == (1, 0)
    assert (tag("router").topic_count, tag("wlan").topic_count) == (1, 0)
    # Votes, comments and review items follow their posts.
    assert db.session.scalar(select(Vote.post_id).where(Vote.user_id == voter.id)) == b1.id
    page = forum.load_topic_page(None, target)
    assert [c.body for c in page.comments[merged_opener.id]] == ["Me too, same router"]
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == b2.id))
    assert item.category_id == home.id
    # Gone from the lists, logged and announced.
    assert merged.id not in [t.id for t in forum.list_topics(None).items]
    assert merged.id not in [t.id for t in forum.list_topics(make_user(), category=other).items]
    entry = logged("topic.merge")
    assert (entry.actor_id, entry.topic_id, entry.user_id) == (
        moderator.id,
        merged.id,
        merged.author_id,
    )
    assert entry.reason == "Same question twice" and entry.details == {"into": target.id}
    payload = last_event("topic.merged").payload
    assert payload == {
        "topic_id": merged.id,
        "into_topic_id": target.id,
        "post_ids": sorted([merged_opener.id, b1.id, b2.id]),
    }


def test_merge_statements_do_not_grow_with_the_posts(app):
    moderator = make_user(role="moderator")
    counts = []
    for replies in (2, 8):
        target, merged = make_topic(), make_topic()
        for _ in range(replies):
            make_answer(merged)
        with count_statements(app) as statements:
            moderation.merge_topic(moderator, merged, target)
        events.commit()
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_merge_refuses_itself_and_bad_targets(app):
    moderator = make_user(role="moderator")
    topic = make_topic()
    with pytest.raises(RuleViolation) as refused:
        moderation.merge_topic(moderator, topic, topic)
    assert refused.value.field == "into"
    with pytest.raises(RuleViolation):
        moderation.merge_topic(moderator, topic, None)
    deleted = make_topic()
    forum.delete_post(deleted.author, forum.load_topic_page(deleted.author, deleted).question)
    hidden = make_topic()
    forum.set_hidden(forum.load_topic_page(moderator, hidden).question, "spam")
    pending = make_topic()
    pending.status = "pending"
    merged = make_topic()
    moderation.merge_topic(moderator, merged, make_topic())
    events.commit()
    for bad in (deleted, hidden, pending, merged):
        with pytest.raises(RuleViolation) as refused:
            moderation.merge_topic(moderator, topic, bad)
        assert refused.value.field == "into"
    # A topic that is not open, closed or locked cannot be merged either.
    with pytest.raises(PermissionDenied):
        moderation.merge_topic(moderator, merged, topic)
    assert topic.status == "open" and logged("topic.merge").topic_id == merged.id


def test_merge_is_for_moderators_only(app, client):
    target, topic = make_topic(), make_topic()
    for user in wrong_users(topic):
        with pytest.raises(PermissionDenied):
            moderation.merge_topic(user, topic, target)
    db.session.rollback()
    for user in wrong_users(topic):
        login(client, user)
        page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
        assert "Merge into topic" not in page
        response = client.post(
            f"/t/{topic.id}/moderate", data={"action": "merge", "into": str(target.id)}
        )
        assert response.status_code == 403
        client.post("/logout")
    db.session.refresh(topic)
    assert topic.status == "open"


def test_merge_over_http_and_the_old_address(app, client):
    target, topic = make_topic(), make_topic()
    answer = make_answer(topic)
    old_url = f"/t/{topic.id}/{topic.slug}"
    login(client, make_user(role="moderator"))
    page = client.get(old_url).get_data(as_text=True)
    assert "Merge into topic (number or address)" in page and "data-confirm=" in page
    response = client.post(
        f"/t/{topic.id}/moderate",
        data={"action": "merge", "into": f"https://community.test/t/{target.id}/x"},
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/t/{target.id}/{target.slug}")
    db.session.refresh(topic)
    assert topic.status == "merged"
    client.post("/logout")
    for url in (old_url, f"/t/{topic.id}", f"/t/{topic.id}/wrong-slug"):
        response = client.get(url)
        assert response.status_code == 301
        assert response.headers["Location"].endswith(f"/t/{target.id}/{target.slug}")
    page = client.get(f"/t/{target.id}/{target.slug}").get_data(as_text=True)
    assert answer.body in page
    api = client.get(f"/api/v1/topics/{topic.id}")
    assert api.status_code == 301 and api.get_json()["merged_into"] == target.id
    assert api.headers["Location"].endswith(f"/api/v1/topics/{target.id}")


def test_merge_refusal_over_http_is_shown(app, client):
    topic = make_topic()
    login(client, make_user(role="moderator"))
    response = client.post(
        f"/t/{topic.id}/moderate", data={"action": "merge", "into": str(topic.id)}
    )
    assert response.status_code == 302
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "cannot be merged into itself" in page


# -- split -----------------------------------------------------------------------------------


def test_split_moves_replies_into_a_new_topic(app):
    moderator = make_user(role="moderator")
    home, other = make_category(), make_category()
    topic = make_topic(category=home, tags=("router",))
    a1, a2, a3, a4 = (make_answer(topic) for _ in range(4))
    forum.accept_answer(topic.author, a2)
    forum.cast_vote(make_user(), a2, 1)
    events.commit()
    reputation_before = a2.author.reputation

    new = moderation.split_topic(
        moderator,
        topic,
        [a3, a2],
        title="  Which WLAN channel   is best? ",
        category=other,
        reason="A question of its own",
    )
    events.commit()

    assert new.title == "Which WLAN channel is best?" and new.category_id == other.id
    assert positions(new) == [a2.id, a3.id] and (a2.position, a3.position) == (1, 2)
    assert new.author_id == a2.author_id and new.score == 1 and new.answer_count == 1
    assert new.last_poster_id == a3.author_id and new.status == "open"
    assert [t.name for t in new.tags] == ["router"]
    opener = forum.load_topic_page(None, topic).question
    assert positions(topic) == [opener.id, a1.id, a4.id]
    assert [a1.position, a4.position] == [2, 3]
    assert topic.answer_count == 2 and topic.accepted_post_id is None
    assert topic.last_poster_id == a4.author_id
    db.session.refresh(a2.author)
    assert a2.author.reputation == reputation_before
    assert (home.topic_count, other.topic_count, tag("router").topic_count) == (1, 1, 2)
    assert new.id in [t.id for t in forum.list_topics(None).items]
    assert forum.load_topic_page(None, new).question.id == a2.id
    entry = logged("topic.split")
    assert entry.topic_id == topic.id and entry.reason == "A question of its own"
    assert entry.details == {"new_topic": new.id, "posts": sorted([a2.id, a3.id])}
    payload = last_event("topic.split").payload
    assert payload == {
        "topic_id": topic.id,
        "new_topic_id": new.id,
        "post_ids": sorted([a2.id, a3.id]),
    }


def test_split_defaults_to_the_old_category_and_refuses_bad_input(app):
    moderator = make_user(role="moderator")
    topic, elsewhere = make_topic(), make_topic()
    answer, foreign = make_answer(topic), make_answer(elsewhere)
    opener = forum.load_topic_page(None, topic).question
    for posts, title, field in (
        ([answer], "Short", "title"),
        ([], "A perfectly fine title", "posts"),
        ([opener], "A perfectly fine title", "posts"),
        ([foreign], "A perfectly fine title", "posts"),
    ):
        with pytest.raises(RuleViolation) as refused:
            moderation.split_topic(moderator, topic, posts, title=title, category=None)
        assert refused.value.field == field
    hidden = make_answer(topic)
    forum.set_hidden(hidden, "spam")
    with pytest.raises(RuleViolation):
        moderation.split_topic(moderator, topic, [hidden], title="A perfectly fine title")
    db.session.rollback()
    new = moderation.split_topic(moderator, topic, [answer], title="A perfectly fine title")
    events.commit()
    assert new.category_id == topic.category_id and topic.category.topic_count == 2


def test_split_is_for_moderators_only(app, client):
    topic = make_topic()
    answer = make_answer(topic)
    for user in wrong_users(topic):
        with pytest.raises(PermissionDenied):
            moderation.split_topic(user, topic, [answer], title="A perfectly fine title")
    db.session.rollback()
    assert client.get(f"/t/{topic.id}/split").status_code == 302  # visitors log in first
    for user in wrong_users(topic):
        login(client, user)
        assert "Split replies" not in client.get(f"/t/{topic.id}/{topic.slug}").get_data(
            as_text=True
        )
        assert client.get(f"/t/{topic.id}/split").status_code == 403
        response = client.post(
            f"/t/{topic.id}/split", data={"title": "A perfectly fine title", "post": answer.id}
        )
        assert response.status_code == 403
        client.post("/logout")
    db.session.refresh(answer)
    assert answer.topic_id == topic.id


def test_split_page_keeps_bad_input_and_then_splits(app, client):
    topic = make_topic()
    first, second, third = (
        make_answer(topic, body=f"Answer number {n} is here") for n in (1, 2, 3)
    )
    other = make_category()
    login(client, make_user(role="moderator"))
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert f"/t/{topic.id}/split" in page
    page = client.get(f"/t/{topic.id}/split").get_data(as_text=True)
    assert "Answer number 2 is here" in page and first.author.name in page
    response = client.post(
        f"/t/{topic.id}/split",
        data={"title": "Too short", "post": [second.id, third.id], "category": other.id},
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'value="Too short"' in page and "The title needs" in page
    assert f'value="{second.id}" checked' in page and f'value="{third.id}" checked' in page
    assert f'value="{first.id}" checked' not in page
    assert f'value="{other.id}" selected' in page
    response = client.post(f"/t/{topic.id}/split", data={"title": "No replies chosen here"})
    assert response.status_code == 400 and "choose at least one reply" in response.get_data(
        as_text=True
    )
    response = client.post(
        f"/t/{topic.id}/split",
        data={
            "title": "Which channel is best?",
            "post": [second.id, third.id],
            "category": other.id,
        },
    )
    assert response.status_code == 302
    db.session.refresh(second)
    new = second.topic
    assert response.headers["Location"].endswith(f"/t/{new.id}/{new.slug}")
    assert new.category_id == other.id
    page = client.get(f"/t/{new.id}/{new.slug}").get_data(as_text=True)
    assert "Which channel is best?" in page and "Answer number 3 is here" in page


def test_split_page_statements_do_not_grow_with_the_replies(app, client):
    moderator = make_user(role="moderator")
    login(client, moderator)
    counts = []
    for replies in (2, 12):
        topic = make_topic()
        for _ in range(replies):
            make_answer(topic)
        client.get(f"/t/{topic.id}/split")  # the day's first visit is counted once
        with count_statements(app) as statements:
            response = client.get(f"/t/{topic.id}/split")
        assert response.status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_comments_follow_a_split_post(app):
    moderator = make_user(role="moderator")
    topic = make_topic()
    answer = make_answer(topic)
    forum.add_comment(make_user(), answer, "Worked for me as well")
    events.commit()
    new = moderation.split_topic(moderator, topic, [answer], title="A perfectly fine title")
    events.commit()
    comment = db.session.scalar(select(Comment).where(Comment.post_id == answer.id))
    assert comment.post.topic_id == new.id
    assert new.last_activity_at == comment.created_at


def test_split_statements_do_not_grow_with_the_posts(app):
    moderator = make_user(role="moderator")
    counts = []
    for replies in (2, 8):
        topic = make_topic()
        for _ in range(replies + 2):
            make_answer(topic)
        picked = forum.topic_replies(moderator, topic)[:replies]  # as the page loads them
        with count_statements(app) as statements:
            moderation.split_topic(moderator, topic, picked, title="A perfectly fine title")
        events.commit()
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_merging_into_a_topic_that_does_not_exist_says_so(app, client):
    topic = make_topic()
    login(client, make_user(role="moderator"))
    client.post(f"/t/{topic.id}/moderate", data={"action": "merge", "into": "999999"})
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "There is no topic 999999." in page
    assert topic.status == "open"
