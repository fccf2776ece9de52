"""@mentions in posts and comments: links to profiles, and whom the events name."""

from datetime import timedelta

from sqlalchemy import select

from community import events
from community.events import Event
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.timeutil import utcnow
from tests.conftest import count_statements, login, make_answer, make_topic, make_user


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def last_payload(kind):
    query = select(Event).where(Event.kind == kind).order_by(Event.id.desc()).limit(1)
    return db.session.scalar(query).payload


def mention(username, href=None):
    href = href or f"/u/{username}"
    return f'<a class="mention" href="{href}" rel="nofollow ugc noopener">@{username}</a>'


def test_a_question_links_mentioned_members_and_names_them_in_post_created(app):
    sabine, max_ = make_user("Sabine"), make_user("max.mustermann")
    topic = make_topic(body="Weiß @sabine oder @Max.Mustermann, was @niemand hier tun soll?")
    html = question_of(topic).body_html
    assert mention("sabine", "/u/Sabine") in html
    assert mention("Max.Mustermann", "/u/max.mustermann") in html
    assert "@niemand" in html and html.count("<a ") == 2
    payload = last_payload("post.created")
    assert payload["mentioned_ids"] == [sabine.id, max_.id]
    # The keys the notifications already read are still there.
    assert payload["post_id"] == question_of(topic).id and payload["user_id"] == topic.author_id


def test_an_answer_names_whom_it_mentions_but_never_its_author(app):
    author, helper = make_user("writer"), make_user("helper")
    answer = make_answer(make_topic(), author=author, body="@writer here, @helper knows more.")
    assert mention("helper") in answer.body_html and mention("writer") in answer.body_html
    assert last_payload("post.created")["mentioned_ids"] == [helper.id]


def test_unknown_and_suspended_names_stay_text_and_are_not_named(app):
    gone = make_user("gone")
    gone.suspended_until = utcnow() + timedelta(days=3)
    events.commit()
    answer = make_answer(make_topic(), body="Ask @gone or @nobody about it, please.")
    assert 'class="mention"' not in answer.body_html
    assert "@gone or @nobody" in answer.body_html
    assert last_payload("post.created")["mentioned_ids"] == []


def test_a_post_without_mentions_names_nobody(app):
    make_answer(make_topic(), body="Restart the router and wait a minute.")
    assert last_payload("post.created")["mentioned_ids"] == []


def test_an_edit_names_only_members_it_newly_mentions(app):
    first, second, third = make_user(), make_user(), make_user()
    author = make_user()
    answer = make_answer(make_topic(), author=author, body=f"Thanks @{first.username}!")
    forum.edit_post(author, answer, body=f"Thanks @{first.username} and @{second.username}!")
    events.commit()
    assert mention(second.username) in answer.body_html
    assert last_payload("post.edited")["mentioned_ids"] == [second.id]
    assert last_payload("post.edited")["user_id"] == author.id
    # Dropped and mentioned again later: they heard of this post already.
    forum.edit_post(author, answer, body=f"Thanks @{third.username}, all sorted now.")
    events.commit()
    assert last_payload("post.edited")["mentioned_ids"] == [third.id]
    forum.edit_post(author, answer, body=f"Thanks @{first.username} and @{third.username}.")
    events.commit()
    assert last_payload("post.edited")["mentioned_ids"] == []


def test_an_editor_mentioning_themselves_is_not_named(app):
    moderator, author = make_user(role="moderator"), make_user()
    answer = make_answer(make_topic(), author=author, body="Try channel 6, it is usually free.")
    forum.edit_post(
        moderator, answer, body=f"Try channel 6 (@{moderator.username}, @{author.username})."
    )
    events.commit()
    assert last_payload("post.edited")["mentioned_ids"] == []


def test_a_comment_links_and_names_mentioned_members(app):
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker)
    comment = forum.add_comment(
        asker, question_of(topic), f"@{helper.username} @{asker.username} any idea?"
    )
    events.commit()
    assert mention(helper.username) in comment.body_html
    payload = last_payload("comment.created")
    assert payload["mentioned_ids"] == [helper.id]
    assert payload["comment_id"] == comment.id


def test_a_held_post_names_its_mentions_when_it_is_published(app):
    helper = make_user()
    newcomer = make_user(trust_level=0)
    topic = make_topic()
    answer = forum.post_answer(newcomer, topic, f"Maybe @{helper.username} can help here?")
    events.commit()
    assert answer.status == "pending" and mention(helper.username) in answer.body_html
    announced = db.session.scalars(select(Event).where(Event.kind == "post.created"))
    assert answer.id not in [event.payload["post_id"] for event in announced]
    # Edited while waiting: still nobody is told before it is published.
    forum.edit_post(newcomer, answer, body=f"Maybe @{helper.username} can help here? Thanks!")
    events.commit()
    assert last_payload("post.edited")["mentioned_ids"] == []
    forum.publish_held(answer)
    events.commit()
    payload = last_payload("post.created")
    assert payload["post_id"] == answer.id and payload["mentioned_ids"] == [helper.id]


def test_the_lookup_is_one_statement_however_many_names(app):
    names = [make_user().username for _ in range(8)]
    topic = make_topic()
    counts, lookups = [], []
    for mentioned in (names[:1], names):
        author = make_user()
        body = "Thanks " + " ".join(f"@{name}" for name in mentioned) + ", that helped!"
        with count_statements(app) as statements:
            forum.post_answer(author, topic, body)
        counts.append(len(statements))
        lookups.append(len([s for s in statements if "username_key IN" in s]))
        events.commit()
        assert len(last_payload("post.created")["mentioned_ids"]) == len(mentioned)
    assert lookups == [1, 1]
    assert counts[0] == counts[1]


def test_members_body_textareas_are_marked_for_name_suggestions(client, app):
    author = make_user()
    topic = make_topic(author=author)
    answer = make_answer(topic, author=author)
    path = f"/t/{topic.id}/{topic.slug}"
    visitor_page = client.get(path).get_data(as_text=True)
    assert "data-mentions" not in visitor_page and "mentions.js" not in visitor_page
    login(client, author)
    for url, suggest in (
        ("/ask", "/users/suggest"),
        (path, f"/users/suggest?topic_id={topic.id}"),
        (f"/p/{answer.id}/edit", f"/users/suggest?topic_id={topic.id}"),
    ):
        page = client.get(url).get_data(as_text=True)
        assert f'data-mentions="{suggest}"' in page, url
        assert '<script src="/static/js/mentions.js" defer></script>' in page, url
