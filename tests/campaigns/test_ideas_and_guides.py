"""Ideas (one vote each, statuses with public notes, boards) and guides (written by trusted
members and experts, or made from a solved question's answer)."""

import pytest
from sqlalchemy import select

from community import events
from community.campaigns import guides, ideas
from community.errors import RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.notifications.models import Notification
from community.permissions import PermissionDenied, can
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def make_idea(**kwargs):
    return make_topic(
        kind="idea",
        title=kwargs.pop("title", "Zählerstand per Foto in der App erfassen"),
        body="Ein Foto vom Zähler wäre viel einfacher als das Abtippen der Zahlen.",
        **kwargs,
    )


def first_post(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def test_ideas_get_votes_for_them_one_each_and_no_votes_against(app):
    idea = make_idea()
    assert idea.idea_status == "new"
    voter = make_user()
    post = first_post(idea)
    assert forum.cast_vote(voter, post, 1) == 1
    assert forum.cast_vote(voter, post, 1) == 1  # one vote each
    assert not can(voter, "post.vote_down", post)
    with pytest.raises(PermissionDenied):
        forum.cast_vote(voter, post, -1)
    # Answers in an idea's discussion can still be voted down.
    reply = make_answer(idea, body="Das gibt es bei anderen Anbietern schon.")
    assert can(voter, "post.vote_down", reply)


def test_staff_move_an_idea_and_its_voters_and_followers_hear_of_each_step(app, client):
    author, voter, commenter, bystander = make_user(), make_user(), make_user(), make_user()
    idea = make_idea(author=author)
    forum.cast_vote(voter, first_post(idea), 1)
    events.commit()
    make_answer(idea, author=commenter, body="Gute Idee, das wünsche ich mir auch.")
    moderator = make_user(role="moderator")
    ideas.set_status(moderator, idea, "under_review", "Wir schauen uns das an.")
    events.commit()
    ideas.set_status(make_user(role="brand_manager"), idea, "planned", "Kommt im Frühjahr.")
    events.commit()
    for user in (author, voter, commenter):
        told = db.session.scalars(
            select(Notification.data).where(
                Notification.user_id == user.id, Notification.kind == "idea_status"
            )
        ).all()
        assert [d["status"] for d in told] == ["under_review", "planned"], user
    assert not db.session.scalars(
        select(Notification).where(Notification.user_id.in_([bystander.id, moderator.id]))
    ).all()
    steps = ideas.history(idea)
    assert [(s.previous, s.status) for s in steps] == [
        ("new", "under_review"),
        ("under_review", "planned"),
    ]
    page = client.get(f"/t/{idea.id}/{idea.slug}").get_data(as_text=True)
    assert "Planned" in page and "Kommt im Frühjahr." in page
    login(client, voter)
    assert "The team set this idea to “Planned”." in client.get("/notifications").get_data(
        as_text=True
    )


def test_members_may_not_set_a_status_and_declining_needs_a_reason(app, client):
    idea = make_idea()
    member = make_user()
    with pytest.raises(PermissionDenied):
        ideas.set_status(member, idea, "planned")
    login(client, member)
    assert client.post(f"/t/{idea.id}/idea-status", data={"status": "done"}).status_code == 403
    staff = app.test_client()
    login(staff, make_user(role="moderator"))
    response = staff.post(f"/t/{idea.id}/idea-status", data={"status": "declined", "note": ""})
    assert response.status_code == 400
    assert "Please say why the idea is declined." in response.get_data(as_text=True)
    response = staff.post(
        f"/t/{idea.id}/idea-status", data={"status": "declined", "note": "Leider zu teuer."}
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Topic, idea.id).idea_status == "declined"
    with pytest.raises(PermissionDenied):  # only ideas have a status
        ideas.set_status(make_user(role="moderator"), make_topic(), "planned")


def test_the_ideas_board_sorts_by_votes_and_filters_by_status(app, client):
    category = make_category()
    low = make_idea(category=category, title="Dunkelmodus für die Kunden-App")
    high = make_idea(category=category, title="Abschlag direkt in der App ändern")
    for _ in range(3):
        forum.cast_vote(make_user(), first_post(high), 1)
    forum.cast_vote(make_user(), first_post(low), 1)
    ideas.set_status(make_user(role="moderator"), low, "planned")
    events.commit()
    assert [t.id for t in ideas.board(None, category=category).items] == [high.id, low.id]
    assert [t.id for t in ideas.board(None, status="planned").items] == [low.id]
    assert [t.id for t in ideas.board(None, sort="status").items] == [low.id, high.id]
    page = client.get(f"/c/{category.slug}/ideas?status=planned").get_data(as_text=True)
    assert "Dunkelmodus" in page and "Abschlag direkt" not in page
    assert client.get("/ideas?sort=nonsense").status_code == 404


def test_guides_come_from_trusted_members_and_experts(app, client):
    newcomer = make_user(trust_level=1)
    with pytest.raises(RuleViolation):
        make_topic(author=newcomer, kind="article", title="So richtest du dein WLAN-Mesh ein")
    guide = make_topic(author=make_user(trust_level=2), kind="article", title="So klappt der Umzug")
    assert [t.id for t in guides.guides(None).items] == [guide.id]
    login(client, newcomer)
    response = client.post(
        "/ask",
        data={
            "kind": "article",
            "title": "So richtest du dein WLAN-Mesh ein",
            "body": "Schritt eins: den Router an den Anschluss stecken.",
            "category": make_category().id,
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Guides come from members of trust level 2" in page
    assert "So richtest du dein WLAN-Mesh ein" in page  # what was typed comes back
    assert "So klappt der Umzug" in client.get("/guides").get_data(as_text=True)


def test_a_moderator_makes_an_accepted_answer_a_guide_and_the_author_keeps_the_credit(app, client):
    asker, helper = make_user(), make_user()
    question = make_topic(author=asker, title="Wie melde ich mein Balkonkraftwerk an?")
    answer = make_answer(
        question, author=helper, body="Im Marktstammdatenregister, dann beim Netzbetreiber."
    )
    unaccepted = make_answer(question, body="Gar nicht, das geht auch so.")
    forum.accept_answer(asker, answer)
    events.commit()
    moderator = make_user(role="moderator")
    with pytest.raises(PermissionDenied):
        guides.promote_answer(moderator, unaccepted, "Balkonkraftwerk anmelden")
    for user in (asker, helper):
        with pytest.raises(PermissionDenied):
            guides.promote_answer(user, answer, "Balkonkraftwerk anmelden")
    login(client, helper)
    assert client.get(f"/p/{answer.id}/promote").status_code == 403
    staff = app.test_client()
    login(staff, moderator)
    assert "Make a guide" in staff.get(f"/t/{question.id}/{question.slug}").get_data(as_text=True)
    response = staff.post(
        f"/p/{answer.id}/promote", data={"title": "Balkonkraftwerk anmelden: so geht's"}
    )
    assert response.status_code == 302
    guide = db.session.scalar(select(Topic).where(Topic.kind == "article"))
    assert guide.author_id == helper.id and guide.source_post_id == answer.id
    assert first_post(guide).body == answer.body
    with pytest.raises(RuleViolation):
        guides.promote_answer(moderator, answer, "Noch einmal dieselbe Antwort")
    page = client.get(f"/t/{guide.id}/{guide.slug}").get_data(as_text=True)
    assert "This guide grew out of an answer by" in page and question.title in page
