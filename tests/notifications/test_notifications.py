"""In-app notifications: made from outbox events, shown under the bell, marked as read."""

from sqlalchemy import func, select

from community import events
from community.events import Event, dispatch_pending
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.notifications import services as notifications
from community.notifications.models import Notification
from community.reputation import experts
from community.reputation import services as reputation
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def kinds_for(user):
    """What the member was told, apart from badges (which have their own test)."""
    return [
        n.kind
        for n in db.session.scalars(
            select(Notification).where(Notification.user_id == user.id).order_by(Notification.id)
        )
        if n.kind != "badge"
    ]


def test_answers_comments_and_solutions_reach_the_people_they_concern(app):
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker)
    answer = make_answer(topic, author=helper)
    forum.add_comment(asker, answer, "Thanks, that sounds promising!")
    forum.add_comment(helper, answer, "Tell me if it works.")  # own post: no notification
    forum.accept_answer(asker, answer)
    events.commit()
    assert kinds_for(asker) == ["answer"]
    assert kinds_for(helper) == ["comment", "accepted"]
    answered = db.session.scalar(select(Notification).where(Notification.kind == "answer"))
    assert (answered.actor_id, answered.topic_id, answered.post_id) == (
        helper.id,
        topic.id,
        answer.id,
    )


def test_answering_your_own_question_tells_nobody(app):
    asker = make_user()
    topic = make_topic(author=asker)
    make_answer(topic, author=asker)
    assert kinds_for(asker) == []


def test_promotions_badges_and_expert_roles_are_announced(app):
    member = make_user(trust_level=2)
    moderator = make_user(role="moderator")
    reputation.set_trust_level(moderator, member, 4, "Leads the Smart Home category")
    events.commit()
    note = db.session.scalar(select(Notification).where(Notification.kind == "trust_level"))
    assert note.user_id == member.id
    assert note.data == {"old_level": 2, "new_level": 4, "reason": "Leads the Smart Home category"}
    # A first question earns a badge, and the badge is news.
    make_topic(author=member)
    earned = db.session.scalars(
        select(Notification).where(Notification.kind == "badge", Notification.user_id == member.id)
    ).all()
    assert "student" in {n.data["badge"] for n in earned}


def test_a_retried_event_does_not_notify_twice(app):
    asker = make_user()
    topic = make_topic(author=asker)
    make_answer(topic)
    latest = select(Event).where(Event.kind == "post.created").order_by(Event.id.desc())
    event = db.session.scalar(latest)
    assert notifications.notify(asker.id, "answer", event_id=event.id) is None
    receipts = events.EventReceipt
    db.session.execute(db.delete(receipts).where(receipts.consumer == "notifications"))
    db.session.commit()
    dispatch_pending()
    assert kinds_for(asker) == ["answer"]


def test_the_bell_list_and_marking_as_read(client, app):
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker)
    first = make_answer(topic, author=helper)
    make_answer(topic, author=make_user())
    login(client, asker)
    unread = notifications.unread_count(asker)
    assert unread >= 2  # two answers, and perhaps a badge for the first question
    home = client.get("/").get_data(as_text=True)
    assert f"{unread} unread" in home
    page = client.get("/notifications").get_data(as_text=True)
    assert topic.title in page and f"{helper.name} answered your question." in page
    note = db.session.scalar(
        select(Notification).where(
            Notification.post_id == first.id, Notification.user_id == asker.id
        )
    )
    opened = client.get(f"/notifications/{note.id}")
    assert opened.status_code == 302 and opened.headers["Location"].endswith(f"#p{first.id}")
    assert f"{unread - 1} unread" in client.get("/").get_data(as_text=True)
    assert client.post("/notifications/read-all").status_code == 302
    assert "unread" not in client.get("/").get_data(as_text=True)
    german = client.get("/notifications", headers={"Accept-Language": "de"})
    assert german.status_code == 200


def test_nobody_reads_or_clears_someone_else_s_notifications(client, app):
    asker = make_user()
    make_answer(make_topic(author=asker))
    note = db.session.scalar(select(Notification).where(Notification.user_id == asker.id))
    login(client, make_user())
    assert client.get(f"/notifications/{note.id}").status_code == 404
    assert client.post(f"/notifications/{note.id}/read").status_code == 404
    client.post("/notifications/read-all")
    db.session.refresh(note)
    assert note.read_at is None
    client.post("/logout")
    assert client.get("/notifications").status_code == 302


def test_the_list_runs_the_same_statements_for_few_and_many(client, app):
    asker = make_user()
    login(client, asker)

    def statements():
        with count_statements(app) as counted:
            assert client.get("/notifications").status_code == 200
        return len(counted)

    make_answer(make_topic(author=asker))
    client.get("/")  # the first page of the day also counts the visit
    few = statements()
    for _ in range(8):
        make_answer(make_topic(author=asker))
    assert statements() == few
    answers = select(func.count(Notification.id)).where(
        Notification.user_id == asker.id, Notification.kind == "answer"
    )
    assert db.session.scalar(answers) == 9


def test_events_marked_handled_after_a_backfill_are_not_handled_again(make_app):
    app = make_app(EVENTS_DISPATCH="worker")
    with app.app_context():
        asker = make_user()
        make_answer(make_topic(author=asker))
        events.mark_handled("notifications")
        db.session.commit()
        dispatch_pending()
        assert kinds_for(asker) == []
        make_answer(make_topic(author=asker))
        dispatch_pending()
        assert kinds_for(asker) == ["answer"]
        db.session.remove()
        db.engine.dispose()


def test_an_appointed_expert_reads_it_in_their_language(client, app):
    member, moderator = make_user(), make_user(role="moderator")
    category = make_category(name="Balcony solar", translations={"de": {"name": "Balkonkraftwerk"}})
    experts.appoint(moderator, member, category, "Answers every inverter question")
    events.commit()
    login(client, member)
    page = client.get("/notifications").get_data(as_text=True)
    assert "You are now an expert of Balcony solar." in page
    assert "Answers every inverter question" in page
    german = client.get("/notifications", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Balkonkraftwerk" in german


def test_notifications_about_one_topic_are_one_group(client, app):
    asker = make_user()
    first, second = make_topic(author=asker), make_topic(author=asker)
    make_answer(first)
    make_answer(second)
    make_answer(first)
    login(client, asker)
    page = client.get("/notifications").get_data(as_text=True)
    assert page.count(f">{first.title}</a></h2>") == 1
    assert page.count(f">{second.title}</a></h2>") == 1
