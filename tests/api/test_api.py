"""The JSON API v1 through the Flask test client, against the real SQLite database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community import events
from community.accounts import services as accounts
from community.accounts.models import ApiToken
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic, Vote
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)

API = "/api/v1"
GOOD_TITLE = "Router drops the connection at night"
GOOD_BODY = "Since the update my router disconnects every night at 3 am."


def token_for(user, name="test"):
    _token, secret = accounts.create_api_token(user, name)
    events.commit()
    return secret


def bearer(user):
    return {"Authorization": f"Bearer {token_for(user)}"}


def error_of(response):
    """The error object of a JSON error body, after checking its shape."""
    assert response.is_json
    body = response.get_json()
    assert set(body) == {"error"}
    error = body["error"]
    assert isinstance(error["code"], str)
    assert isinstance(error["message"], str)
    assert error["message"]
    return error


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def vote(user, post, value):
    forum.cast_vote(user, post, value)
    events.commit()


def listed_ids(client, **params):
    response = client.get(f"{API}/topics", query_string=params)
    assert response.status_code == 200
    return [t["id"] for t in response.get_json()["topics"]]


# -- listing topics --------------------------------------------------------------------


def test_list_topics_returns_topics_with_paging_fields(client):
    topic = make_topic(tags=("router",))
    response = client.get(f"{API}/topics")
    assert response.status_code == 200
    body = response.get_json()
    assert body["page"] == 1
    assert body["per_page"] == 20
    assert body["total"] == 1
    assert body["pages"] == 1
    listed = body["topics"][0]
    assert listed["id"] == topic.id
    assert listed["title"] == topic.title
    assert listed["kind"] == "question"
    assert listed["status"] == "open"
    assert listed["tags"] == ["router"]
    assert listed["category"] == {"slug": topic.category.slug, "name": topic.category.name}
    assert listed["author"]["username"] == topic.author.username
    assert listed["accepted_post_id"] is None
    assert listed["created_at"].endswith("Z")
    assert listed["url"].startswith("http://community.test/t/")


def test_list_topics_default_sort_is_latest_activity(client):
    older = make_topic()
    newer = make_topic()
    make_answer(older)
    assert listed_ids(client) == [older.id, newer.id]


def test_list_topics_sort_latest_orders_by_last_activity(client):
    older = make_topic()
    newer = make_topic()
    make_answer(older)
    assert listed_ids(client, sort="latest") == [older.id, newer.id]


def test_list_topics_sort_newest_orders_by_creation(client):
    older = make_topic()
    newer = make_topic()
    make_answer(older)
    assert listed_ids(client, sort="newest") == [newer.id, older.id]


def test_list_topics_sort_unanswered_keeps_topics_without_answers(client):
    answered = make_topic()
    unanswered = make_topic()
    make_answer(answered)
    assert listed_ids(client, sort="unanswered") == [unanswered.id]


def test_list_topics_sort_unsolved_leaves_out_solved_questions_and_discussions(client):
    solved = make_topic()
    unsolved = make_topic()
    make_topic(kind="discussion")
    forum.accept_answer(solved.author, make_answer(solved))
    events.commit()
    assert listed_ids(client, sort="unsolved") == [unsolved.id]


def test_list_topics_sort_top_orders_by_score(client):
    low = make_topic()
    high = make_topic()
    vote(make_user(), question_of(high), 1)
    assert listed_ids(client, sort="top") == [high.id, low.id]


def test_list_topics_unknown_sort_is_422_with_field(client):
    response = client.get(f"{API}/topics", query_string={"sort": "random"})
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "invalid"
    assert error["field"] == "sort"


def test_list_topics_filters_by_category(client):
    wanted = make_category()
    inside = make_topic(category=wanted)
    make_topic()
    assert listed_ids(client, category=wanted.slug) == [inside.id]


def test_list_topics_unknown_category_is_404(client):
    response = client.get(f"{API}/topics", query_string={"category": "nowhere"})
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_list_topics_filters_by_tag(client):
    tagged = make_topic(tags=("wlan",))
    make_topic(tags=("billing",))
    assert listed_ids(client, tag="wlan") == [tagged.id]


def test_list_topics_pages_through_results(client):
    topics = [make_topic() for _ in range(3)]
    params = {"sort": "newest", "per_page": 2, "page": 2}
    response = client.get(f"{API}/topics", query_string=params)
    body = response.get_json()
    assert [t["id"] for t in body["topics"]] == [topics[0].id]
    assert (body["page"], body["per_page"], body["total"], body["pages"]) == (2, 2, 3, 2)


def test_list_topics_caps_per_page_at_100(client):
    response = client.get(f"{API}/topics", query_string={"per_page": 500})
    assert response.get_json()["per_page"] == 100


def test_list_topics_raises_page_and_per_page_below_one_to_one(client):
    response = client.get(f"{API}/topics", query_string={"per_page": 0, "page": -3})
    body = response.get_json()
    assert (body["page"], body["per_page"]) == (1, 1)


def test_list_topics_leaves_out_deleted_topics(client):
    kept = make_topic()
    gone = make_topic()
    forum.delete_post(gone.author, question_of(gone))
    events.commit()
    assert listed_ids(client) == [kept.id]


# -- reading a topic and a post ---------------------------------------------------------


def test_get_topic_returns_topic_and_posts(client):
    topic = make_topic()
    answer = make_answer(topic)
    response = client.get(f"{API}/topics/{topic.id}")
    assert response.status_code == 200
    body = response.get_json()
    assert body["topic"]["id"] == topic.id
    assert body["topic"]["answer_count"] == 1
    question = body["posts"][0]
    assert question["position"] == 1
    assert question["body"] == "My router keeps dropping the connection every evening."
    assert question["body_html"].startswith("<p>")
    assert body["posts"][1]["id"] == answer.id
    assert body["posts"][1]["topic_id"] == topic.id


def test_get_topic_orders_question_then_accepted_then_by_score(client):
    topic = make_topic()
    plain = make_answer(topic)
    popular = make_answer(topic)
    accepted = make_answer(topic)
    vote(make_user(), popular, 1)
    vote(make_user(), popular, 1)
    vote(make_user(), accepted, -1)
    forum.accept_answer(topic.author, accepted)
    events.commit()
    posts = client.get(f"{API}/topics/{topic.id}").get_json()["posts"]
    assert [p["id"] for p in posts] == [
        question_of(topic).id,
        accepted.id,
        popular.id,
        plain.id,
    ]


def test_get_topic_flags_only_the_accepted_answer(client):
    topic = make_topic()
    other = make_answer(topic)
    accepted = make_answer(topic)
    forum.accept_answer(topic.author, accepted)
    events.commit()
    body = client.get(f"{API}/topics/{topic.id}").get_json()
    assert body["topic"]["accepted_post_id"] == accepted.id
    flags = {p["id"]: p["is_accepted"] for p in body["posts"]}
    assert flags == {question_of(topic).id: False, accepted.id: True, other.id: False}


def test_get_topic_missing_is_404_json(client):
    response = client.get(f"{API}/topics/999999")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_get_deleted_topic_is_404_for_a_member(client):
    topic = make_topic()
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    response = client.get(f"{API}/topics/{topic.id}", headers=bearer(make_user()))
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_get_deleted_topic_is_404_for_its_own_author(client):
    topic = make_topic()
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    response = client.get(f"{API}/topics/{topic.id}", headers=bearer(topic.author))
    assert response.status_code == 404


def test_get_deleted_topic_is_visible_to_a_moderator(client):
    topic = make_topic()
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    response = client.get(f"{API}/topics/{topic.id}", headers=bearer(make_user(role="moderator")))
    assert response.status_code == 200
    assert response.get_json()["topic"]["status"] == "deleted"


def test_get_topic_leaves_out_deleted_answers(client):
    topic = make_topic()
    answer = make_answer(topic)
    forum.delete_post(answer.author, answer)
    events.commit()
    posts = client.get(f"{API}/topics/{topic.id}").get_json()["posts"]
    assert [p["id"] for p in posts] == [question_of(topic).id]


def test_get_post_returns_the_post(client):
    topic = make_topic()
    answer = make_answer(topic, body="Reset the router to factory settings.")
    forum.accept_answer(topic.author, answer)
    events.commit()
    response = client.get(f"{API}/posts/{answer.id}")
    assert response.status_code == 200
    post = response.get_json()["post"]
    assert post["id"] == answer.id
    assert post["topic_id"] == topic.id
    assert post["position"] == 2
    assert post["body"] == "Reset the router to factory settings."
    assert post["author"]["username"] == answer.author.username
    assert post["is_accepted"] is True
    assert post["is_official"] is False
    assert post["status"] == "visible"
    assert post["edited_at"] is None


def test_get_post_missing_is_404_json(client):
    response = client.get(f"{API}/posts/999999")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_get_post_of_a_deleted_topic_is_404_for_a_member(client):
    topic = make_topic()
    answer = make_answer(topic)
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    response = client.get(f"{API}/posts/{answer.id}", headers=bearer(make_user()))
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_get_deleted_post_is_404_for_a_member(client):
    topic = make_topic()
    answer = make_answer(topic)
    forum.delete_post(answer.author, answer)
    events.commit()
    response = client.get(f"{API}/posts/{answer.id}", headers=bearer(make_user()))
    assert response.status_code == 404


def test_unknown_api_path_is_404_json(client):
    response = client.get(f"{API}/nothing-here")
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_unsupported_method_is_405_json(client):
    response = client.put(f"{API}/topics", json={})
    assert response.status_code == 405
    assert error_of(response)["code"] == "method_not_allowed"


def test_get_topic_statement_count_does_not_grow_with_answers(client):
    small = make_topic()
    make_answer(small)
    large = make_topic()
    for _ in range(30):
        make_answer(large)
    small_id, large_id = small.id, large.id
    with count_statements(client.application) as one:
        assert client.get(f"{API}/topics/{small_id}").status_code == 200
    with count_statements(client.application) as thirty:
        response = client.get(f"{API}/topics/{large_id}")
    assert len(response.get_json()["posts"]) == 31
    assert len(one) == len(thirty)


def test_get_topic_statement_count_does_not_grow_with_answers_for_a_member(client):
    small = make_topic()
    make_answer(small)
    large = make_topic()
    for _ in range(30):
        make_answer(large)
    small_id, large_id = small.id, large.id
    headers = bearer(make_user())
    client.get(f"{API}/me", headers=headers)  # the first use stamps last_used_at
    with count_statements(client.application) as one:
        assert client.get(f"{API}/topics/{small_id}", headers=headers).status_code == 200
    with count_statements(client.application) as thirty:
        assert client.get(f"{API}/topics/{large_id}", headers=headers).status_code == 200
    assert len(one) == len(thirty)


# -- asking ---------------------------------------------------------------------------


def test_ask_creates_a_topic_and_answers_201(client):
    category = make_category()
    user = make_user()
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug},
        headers=bearer(user),
    )
    assert response.status_code == 201
    created = response.get_json()["topic"]
    assert created["title"] == GOOD_TITLE
    assert created["category"]["slug"] == category.slug
    assert created["author"]["username"] == user.username
    topic = db.session.get(Topic, created["id"])
    assert topic.author_id == user.id
    assert question_of(topic).body == GOOD_BODY


def test_ask_normalises_tags(client):
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={
            "title": GOOD_TITLE,
            "body": GOOD_BODY,
            "category": category.slug,
            "tags": ["Router", "#WLAN", "router"],
        },
        headers=bearer(make_user()),
    )
    assert response.status_code == 201
    assert response.get_json()["topic"]["tags"] == ["router", "wlan"]
    topic = db.session.get(Topic, response.get_json()["topic"]["id"])
    assert [t.name for t in topic.tags] == ["router", "wlan"]


def test_ask_accepts_tags_as_one_string(client):
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug, "tags": "A, b"},
        headers=bearer(make_user()),
    )
    assert response.status_code == 201
    assert response.get_json()["topic"]["tags"] == ["a", "b"]


def test_ask_with_a_short_title_is_422_with_field_and_message(client):
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={"title": "short", "body": GOOD_BODY, "category": category.slug},
        headers=bearer(make_user()),
    )
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "invalid"
    assert error["field"] == "title"
    assert error["message"] == "The title needs 10 to 150 characters."
    assert db.session.scalar(select(Topic.id)) is None


def test_ask_with_a_bad_tag_is_422_on_tags(client):
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug, "tags": ["a/b"]},
        headers=bearer(make_user()),
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "tags"


def test_ask_with_a_non_string_tag_is_422_on_tags(client):
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug, "tags": [7]},
        headers=bearer(make_user()),
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "tags"


@pytest.mark.parametrize("field", ["title", "body", "category", "kind"])
def test_ask_with_a_non_string_field_is_422_on_that_field(client, field):
    category = make_category()
    payload = {"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug}
    payload[field] = ["a list is not text", 12345678901234567890]
    response = client.post(f"{API}/topics", json=payload, headers=bearer(make_user()))
    assert response.status_code == 422
    assert error_of(response)["field"] == field
    assert db.session.scalar(select(Topic.id)) is None


def test_ask_with_an_unknown_category_is_422_on_category(client):
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": "nowhere"},
        headers=bearer(make_user()),
    )
    assert response.status_code == 422
    error = error_of(response)
    assert error["field"] == "category"
    assert error["message"] == "Unknown category."


def test_ask_without_a_category_is_422_on_category(client):
    response = client.post(
        f"{API}/topics", json={"title": GOOD_TITLE, "body": GOOD_BODY}, headers=bearer(make_user())
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "category"


def test_ask_with_an_unknown_kind_is_422_on_kind(client):
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug, "kind": "poll"},
        headers=bearer(make_user()),
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "kind"


def test_ask_with_a_body_that_is_not_a_json_object_is_422(client):
    response = client.post(f"{API}/topics", json=["a", "list"], headers=bearer(make_user()))
    assert response.status_code == 422
    assert error_of(response)["code"] == "bad_json"


# -- answering ------------------------------------------------------------------------


def test_answer_creates_a_post_and_answers_201(client):
    topic = make_topic()
    user = make_user()
    response = client.post(
        f"{API}/topics/{topic.id}/posts",
        json={"body": "Move the router away from the microwave."},
        headers=bearer(user),
    )
    assert response.status_code == 201
    post = response.get_json()["post"]
    assert post["topic_id"] == topic.id
    assert post["position"] == 2
    assert post["is_official"] is False
    assert post["author"]["username"] == user.username
    assert db.session.get(Topic, topic.id).answer_count == 1


def test_answer_too_short_is_422_on_body(client):
    topic = make_topic()
    response = client.post(
        f"{API}/topics/{topic.id}/posts", json={"body": "no"}, headers=bearer(make_user())
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "body"


def test_answer_to_a_missing_topic_is_404(client):
    response = client.post(
        f"{API}/topics/999999/posts",
        json={"body": "Move the router away from the microwave."},
        headers=bearer(make_user()),
    )
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_official_answer_by_a_member_is_403(client):
    topic = make_topic()
    response = client.post(
        f"{API}/topics/{topic.id}/posts",
        json={"body": "Move the router away from the microwave.", "official": True},
        headers=bearer(make_user()),
    )
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"
    assert db.session.get(Topic, topic.id).answer_count == 0


def test_official_flag_that_is_not_a_boolean_is_422(client):
    topic = make_topic()
    response = client.post(
        f"{API}/topics/{topic.id}/posts",
        json={"body": "We fixed this in firmware 7.2.", "official": "false"},
        headers=bearer(make_user(role="moderator")),
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "official"
    assert db.session.get(Topic, topic.id).answer_count == 0


def test_answer_to_a_deleted_topic_is_404_for_a_member(client):
    topic = make_topic()
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    response = client.post(
        f"{API}/topics/{topic.id}/posts",
        json={"body": "Move the router away from the microwave."},
        headers=bearer(make_user()),
    )
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_official_answer_by_a_moderator_is_201(client):
    topic = make_topic()
    response = client.post(
        f"{API}/topics/{topic.id}/posts",
        json={"body": "We fixed this in firmware 7.2.", "official": True},
        headers=bearer(make_user(role="moderator")),
    )
    assert response.status_code == 201
    post_id = response.get_json()["post"]["id"]
    assert response.get_json()["post"]["is_official"] is True
    assert db.session.get(Post, post_id).is_official is True


# -- voting ---------------------------------------------------------------------------


def stored_score(post_id):
    return db.session.scalar(select(Post.score).where(Post.id == post_id))


def test_vote_up_counts_one(client):
    answer = make_answer(make_topic())
    response = client.post(
        f"{API}/posts/{answer.id}/vote", json={"value": 1}, headers=bearer(make_user())
    )
    assert response.status_code == 200
    assert response.get_json() == {"post_id": answer.id, "score": 1, "vote": 1}
    assert stored_score(answer.id) == 1


def test_vote_changed_to_down_moves_score_by_two(client):
    answer = make_answer(make_topic())
    headers = bearer(make_user())
    client.post(f"{API}/posts/{answer.id}/vote", json={"value": 1}, headers=headers)
    response = client.post(f"{API}/posts/{answer.id}/vote", json={"value": -1}, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["score"] == -1
    assert stored_score(answer.id) == -1


def test_vote_zero_takes_the_vote_back(client):
    answer = make_answer(make_topic())
    voter = make_user()
    headers = bearer(voter)
    client.post(f"{API}/posts/{answer.id}/vote", json={"value": 1}, headers=headers)
    response = client.post(f"{API}/posts/{answer.id}/vote", json={"value": 0}, headers=headers)
    assert response.status_code == 200
    assert response.get_json()["score"] == 0
    assert stored_score(answer.id) == 0
    assert db.session.scalar(select(Vote).where(Vote.user_id == voter.id)) is None


def test_vote_score_in_the_response_matches_the_database(client):
    answer = make_answer(make_topic())
    vote(make_user(), answer, 1)
    vote(make_user(), answer, 1)
    response = client.post(
        f"{API}/posts/{answer.id}/vote", json={"value": -1}, headers=bearer(make_user())
    )
    assert response.get_json()["score"] == stored_score(answer.id) == 1


def test_vote_on_the_question_counts_for_the_topic(client):
    topic = make_topic()
    response = client.post(
        f"{API}/posts/{question_of(topic).id}/vote", json={"value": 1}, headers=bearer(make_user())
    )
    assert response.get_json()["score"] == 1
    assert db.session.scalar(select(Topic.score).where(Topic.id == topic.id)) == 1


def test_vote_on_an_own_post_is_403(client):
    answer = make_answer(make_topic())
    response = client.post(
        f"{API}/posts/{answer.id}/vote", json={"value": 1}, headers=bearer(answer.author)
    )
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"
    assert stored_score(answer.id) == 0


@pytest.mark.parametrize("value", [2, -2, "1", True, None, 1.0])
def test_vote_with_an_invalid_value_is_422_on_value(client, value):
    answer = make_answer(make_topic())
    response = client.post(
        f"{API}/posts/{answer.id}/vote", json={"value": value}, headers=bearer(make_user())
    )
    assert response.status_code == 422
    assert error_of(response)["field"] == "value"
    assert stored_score(answer.id) == 0


def test_vote_on_a_missing_post_is_404(client):
    response = client.post(
        f"{API}/posts/999999/vote", json={"value": 1}, headers=bearer(make_user())
    )
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


# -- accepting ------------------------------------------------------------------------


def accepted_id(topic_id):
    return db.session.scalar(select(Topic.accepted_post_id).where(Topic.id == topic_id))


def test_asker_accepts_an_answer(client):
    topic = make_topic()
    answer = make_answer(topic)
    response = client.post(f"{API}/posts/{answer.id}/accept", headers=bearer(topic.author))
    assert response.status_code == 200
    assert response.get_json()["topic"]["accepted_post_id"] == answer.id
    assert accepted_id(topic.id) == answer.id


def test_another_member_cannot_accept_an_answer(client):
    topic = make_topic()
    answer = make_answer(topic)
    response = client.post(f"{API}/posts/{answer.id}/accept", headers=bearer(make_user()))
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"
    assert accepted_id(topic.id) is None


def test_the_answerer_cannot_accept_their_own_answer(client):
    topic = make_topic()
    answer = make_answer(topic)
    response = client.post(f"{API}/posts/{answer.id}/accept", headers=bearer(answer.author))
    assert response.status_code == 403


def test_moderator_accepts_an_answer(client):
    topic = make_topic()
    answer = make_answer(topic)
    response = client.post(
        f"{API}/posts/{answer.id}/accept", headers=bearer(make_user(role="moderator"))
    )
    assert response.status_code == 200
    assert accepted_id(topic.id) == answer.id


def test_the_question_itself_cannot_be_accepted(client):
    topic = make_topic()
    response = client.post(
        f"{API}/posts/{question_of(topic).id}/accept", headers=bearer(topic.author)
    )
    assert response.status_code == 403
    assert accepted_id(topic.id) is None


def test_accepting_another_answer_moves_the_mark(client):
    topic = make_topic()
    first = make_answer(topic)
    second = make_answer(topic)
    headers = bearer(topic.author)
    client.post(f"{API}/posts/{first.id}/accept", headers=headers)
    response = client.post(f"{API}/posts/{second.id}/accept", headers=headers)
    assert response.get_json()["topic"]["accepted_post_id"] == second.id
    assert accepted_id(topic.id) == second.id


def test_asker_takes_the_accepted_mark_back(client):
    topic = make_topic()
    answer = make_answer(topic)
    forum.accept_answer(topic.author, answer)
    events.commit()
    response = client.delete(f"{API}/topics/{topic.id}/accepted", headers=bearer(topic.author))
    assert response.status_code == 200
    assert response.get_json()["topic"]["accepted_post_id"] is None
    assert accepted_id(topic.id) is None


def test_another_member_cannot_take_the_accepted_mark_back(client):
    topic = make_topic()
    answer = make_answer(topic)
    forum.accept_answer(topic.author, answer)
    events.commit()
    response = client.delete(f"{API}/topics/{topic.id}/accepted", headers=bearer(make_user()))
    assert response.status_code == 403
    assert error_of(response)["code"] == "forbidden"
    assert accepted_id(topic.id) == answer.id


def test_moderator_takes_the_accepted_mark_back(client):
    topic = make_topic()
    answer = make_answer(topic)
    forum.accept_answer(topic.author, answer)
    events.commit()
    response = client.delete(
        f"{API}/topics/{topic.id}/accepted", headers=bearer(make_user(role="moderator"))
    )
    assert response.status_code == 200
    assert accepted_id(topic.id) is None


def test_another_member_cannot_take_back_a_mark_even_when_none_is_set(client):
    topic = make_topic()
    make_answer(topic)
    response = client.delete(f"{API}/topics/{topic.id}/accepted", headers=bearer(make_user()))
    assert response.status_code == 403


def test_taking_back_on_a_missing_topic_is_404(client):
    response = client.delete(f"{API}/topics/999999/accepted", headers=bearer(make_user()))
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


# -- me and authentication -------------------------------------------------------------


def test_me_returns_the_token_owner(client):
    user = make_user(role="moderator")
    response = client.get(f"{API}/me", headers=bearer(user))
    assert response.status_code == 200
    assert response.get_json()["user"] == {
        "username": user.username,
        "name": user.name,
        "role": "moderator",
        "reputation": user.reputation,
        "url": f"http://community.test/u/{user.username}",
    }


WRITES = [
    ("post", "/topics"),
    ("post", "/topics/1/posts"),
    ("post", "/posts/1/vote"),
    ("post", "/posts/1/accept"),
    ("delete", "/topics/1/accepted"),
    ("get", "/me"),
]


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_writes_without_a_token_are_401(client, method, path):
    topic = make_topic()
    make_answer(topic)
    response = getattr(client, method)(API + path, json={"value": 1, "body": GOOD_BODY})
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthorized"


def test_write_without_a_token_changes_nothing(client):
    make_category(slug="help")
    client.post(f"{API}/topics", json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": "help"})
    assert db.session.scalar(select(Topic.id)) is None


@pytest.mark.parametrize(
    "header",
    ["Bearer cm_not-a-real-token", "Bearer ", "Bearer", "Basic dXNlcjpwYXNz", "cm_no_scheme"],
)
def test_an_invalid_token_is_401(client, header):
    response = client.get(f"{API}/me", headers={"Authorization": header})
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthorized"


def test_an_invalid_token_is_401_even_for_a_public_read(client):
    response = client.get(f"{API}/topics", headers={"Authorization": "Bearer cm_wrong"})
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthorized"


def test_a_revoked_token_is_401(client):
    user = make_user()
    token, secret = accounts.create_api_token(user, "laptop")
    events.commit()
    accounts.revoke_api_token(user, token)
    events.commit()
    response = client.get(f"{API}/me", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthorized"


def test_a_token_works_until_revoked(client):
    user = make_user()
    token, secret = accounts.create_api_token(user, "laptop")
    events.commit()
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get(f"{API}/me", headers=headers).status_code == 200
    accounts.revoke_api_token(user, db.session.get(ApiToken, token.id))
    events.commit()
    assert client.get(f"{API}/me", headers=headers).status_code == 401


def test_using_a_token_sets_last_used_at(client):
    user = make_user()
    token, secret = accounts.create_api_token(user, "laptop")
    events.commit()
    token_id = token.id
    assert token.last_used_at is None
    client.get(f"{API}/me", headers={"Authorization": f"Bearer {secret}"})
    assert db.session.get(ApiToken, token_id).last_used_at is not None


def test_the_api_sets_no_session_cookie(client):
    headers = bearer(make_user())
    topic = make_topic()
    read = client.get(f"{API}/me", headers=headers)
    write = client.post(f"{API}/topics/{topic.id}/posts", json={"body": GOOD_BODY}, headers=headers)
    assert write.status_code == 201
    assert "Set-Cookie" not in read.headers
    assert "Set-Cookie" not in write.headers


def test_the_login_cookie_does_not_authenticate_the_api(client):
    user = make_user()
    login(client, user)
    response = client.get(f"{API}/me")
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthorized"


# -- CSRF and rate limits --------------------------------------------------------------


@pytest.fixture
def app_with(make_app):
    """Build an app with config overrides and push its app context."""
    contexts = []

    def build(**overrides):
        app = make_app(**overrides)
        context = app.app_context()
        context.push()
        contexts.append(context)
        return app

    yield build
    for context in reversed(contexts):
        db.session.remove()
        db.engine.dispose()
        context.pop()


def test_csrf_does_not_apply_to_bearer_requests(app_with):
    app = app_with(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    category = make_category()
    response = client.post(
        f"{API}/topics",
        json={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.slug},
        headers=bearer(make_user()),
    )
    assert response.status_code == 201


def test_csrf_still_guards_the_ask_form(app_with):
    app = app_with(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    category = make_category()
    response = client.post(
        "/ask", data={"title": GOOD_TITLE, "body": GOOD_BODY, "category": category.id}
    )
    assert response.status_code == 400
    assert db.session.scalar(select(Topic.id)) is None


def test_the_fourth_request_over_the_limit_is_429_json(app_with):
    app = app_with(RATELIMIT_ENABLED=True, RATELIMIT_API="3 per minute")
    client = app.test_client()
    headers = bearer(make_user())
    responses = [client.get(f"{API}/me", headers=headers) for _ in range(4)]
    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert error_of(responses[3])["code"] == "rate_limited"


def test_the_rate_limit_counts_each_token_apart(app_with):
    app = app_with(RATELIMIT_ENABLED=True, RATELIMIT_API="3 per minute")
    client = app.test_client()
    busy = bearer(make_user())
    for _ in range(4):
        client.get(f"{API}/me", headers=busy)
    assert client.get(f"{API}/me", headers=bearer(make_user())).status_code == 200
