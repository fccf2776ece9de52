"""What the affected member sees: the reason on their content and a notification for each action."""

import pytest
from sqlalchemy import select

from community import events
from community.extensions import db
from community.moderation import sanctions
from community.moderation import services as moderation
from community.notifications.models import Notification
from tests.conftest import login, make_topic, make_user


def test_members_read_why_a_topic_is_closed_or_locked(client, app):
    moderator = make_user(role="moderator")
    closed, locked = make_topic(), make_topic()
    moderation.close_topic(moderator, closed, "other", "Please ask the installer directly")
    moderation.lock_topic(moderator, locked, "Heated, the thread stays as it is")
    events.commit()
    page = client.get(f"/t/{closed.id}/{closed.slug}").get_data(as_text=True)
    assert "Please ask the installer directly" in page
    page = client.get(f"/t/{locked.id}/{locked.slug}").get_data(as_text=True)
    assert "Heated, the thread stays as it is" in page
    told = db.session.scalars(
        select(Notification.data).where(Notification.user_id == closed.author_id)
    ).all()
    assert {"action": "topic.close"}.items() <= told[-1].items()


def test_a_silenced_member_is_told_and_led_to_their_standing(client, app):
    member = make_user()
    sanctions.silence_member(make_user(role="moderator"), member, "1w", "Repeated insults")
    events.commit()
    note = db.session.scalar(select(Notification).where(Notification.user_id == member.id))
    assert note.data["action"] == "user.silence" and note.data["reason"] == "Repeated insults"
    login(client, member)
    page = client.get("/notifications").get_data(as_text=True)
    assert "The team silenced your account" in page and "Repeated insults" in page
    opened = client.get(f"/notifications/{note.id}")
    assert opened.headers["Location"].endswith("/account/standing")


def test_members_are_not_told_about_what_they_did_themselves(app):
    member = make_user()
    moderator = make_user(role="moderator")
    silence = sanctions.silence_member(moderator, member, "1w", "Spam links")
    events.commit()
    sanctions.appeal_sanction(member, silence, "It was one link to the manual.")
    events.commit()
    actions = db.session.scalars(
        select(Notification.data).where(Notification.user_id == member.id)
    ).all()
    assert [data["action"] for data in actions] == ["user.silence"]


@pytest.mark.parametrize("locale", ["en", "de"])
def test_every_notice_renders_in_both_languages(client, app, locale):
    member = make_user(locale=locale)
    for action in moderation.ACTION_NOTICES:
        db.session.add(Notification(user_id=member.id, kind="moderation", data={"action": action}))
    db.session.commit()
    login(client, member)
    page = client.get("/notifications?page=1").get_data(as_text=True)
    for action in ("review.publish", "user.suspend", "topic.merge", "appeal.deny"):
        english = str(moderation.ACTION_NOTICES[action])
        assert (english in page) is (locale == "en"), (action, locale)


def test_the_audit_log_runs_the_same_statements_for_few_and_many_entries(client, app):
    from tests.conftest import count_statements

    moderator = make_user(role="moderator")
    login(client, moderator)
    client.get("/")  # the first page of the day counts the visit

    def statements():
        with count_statements(app) as counted:
            assert client.get("/admin/audit").status_code == 200
        return len(counted)

    topics = [make_topic() for _ in range(12)]
    moderation.lock_topic(moderator, topics[0], "Heated")
    events.commit()
    few = statements()
    for topic in topics[1:]:
        moderation.lock_topic(moderator, topic, "Heated")
        moderation.pin_topic(moderator, topic, "global")
    events.commit()
    assert statements() == few
