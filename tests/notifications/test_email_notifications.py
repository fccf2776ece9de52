"""Notification emails: per-kind preferences, immediate mails, digests, unsubscribing."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from community import events
from community.extensions import db
from community.notifications import mail, messages
from community.notifications import services as notifications
from community.notifications.models import EmailPreference, Notification, OutgoingEmail
from community.permissions import PermissionDenied
from community.timeutil import utcnow
from tests.conftest import login, make_answer, make_topic, make_user


def queued_for(user, kind=None):
    query = select(OutgoingEmail).where(OutgoingEmail.user_id == user.id)
    if kind:
        query = query.where(OutgoingEmail.kind == kind)
    return list(db.session.scalars(query.order_by(OutgoingEmail.id)))


def notice(user, kind):
    return db.session.scalar(
        select(Notification)
        .where(Notification.user_id == user.id, Notification.kind == kind)
        .order_by(Notification.id.desc())
    )


def unsubscribe_path(row):
    link = re.search(r"<(https?://[^>]+)>", row.headers["List-Unsubscribe"]).group(1)
    return link.split("community.test", 1)[1]


def test_an_answer_is_mailed_at_once_in_the_askers_language(app):
    asker = make_user(locale="de")
    helper = make_user(display_name="Sabine K.")
    topic = make_topic(author=asker, title="Router verliert nachts die Verbindung")
    answer = make_answer(topic, author=helper, body="Stell den **WLAN-Kanal** auf 1, 6 oder 11.")
    note = notice(asker, "answer")
    [row] = queued_for(asker, "notification")
    assert (row.notification_id, row.to_address, note.mail) == (note.id, asker.email, "queued")
    assert row.subject == "Sabine K. hat deine Frage beantwortet – " + topic.title
    assert row.body_text.startswith(f"Hallo {asker.name},")
    assert "Stell den WLAN-Kanal auf 1, 6 oder 11." in row.body_text
    assert f"/t/{topic.id}/" in row.body_text and f"#p{answer.id}" in row.body_text
    assert "<strong>Sabine K. hat deine Frage beantwortet.</strong>" in row.body_html
    assert row.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_path(row).startswith("/email/unsubscribe/")
    # In the default setup the queue delivers right after the commit, to the log.
    db.session.refresh(row)
    assert row.status == "sent"
    sent = app.extensions["community_sent_mail"][-1]
    assert sent["To"] == asker.email and sent["Subject"] == row.subject
    assert sent["List-Unsubscribe"] == row.headers["List-Unsubscribe"]


def test_a_retried_consumer_queues_no_second_email(app):
    asker = make_user()
    topic = make_topic(author=asker)
    make_answer(topic)
    [row] = queued_for(asker, "notification")
    note = notice(asker, "answer")
    # The same event handled again: no second notification, so no second email.
    assert notifications.notify(asker.id, "answer", event_id=note.event_id) is None
    events.commit()
    assert len(queued_for(asker, "notification")) == 1 and row.notification_id == note.id


def test_never_means_no_email_and_the_bell_still_rings(app):
    asker = make_user()
    notifications.set_cadences(asker, asker, {"answer": "never"})
    events.commit()
    make_answer(make_topic(author=asker))
    assert notice(asker, "answer").mail == "none"
    assert queued_for(asker) == []


def test_a_daily_digest_collects_what_is_still_unread(app):
    asker = make_user()
    notifications.set_cadences(asker, asker, {"answer": "daily"})
    events.commit()
    topic = make_topic(author=asker, title="Zählerstand melden, aber wie?")
    first = make_answer(topic, author=make_user(display_name="Dieter R."))
    make_answer(topic, author=make_user(display_name="Emily R."))
    assert queued_for(asker) == []
    read = notice(asker, "answer")  # Emily's, read in the bell meanwhile
    notifications.mark_read(asker, read)
    events.commit()
    now = utcnow()
    # Not yet: a day has not passed since the oldest waiting notice.
    assert messages.send_digests(now + timedelta(hours=23)) == 0
    assert messages.send_digests(now + timedelta(hours=25)) == 1
    events.commit()
    [digest] = queued_for(asker, "digest_daily")
    assert digest.subject.startswith("Your daily digest: 1 new")
    assert "Dieter R. answered your question." in digest.body_text
    assert "Emily R." not in digest.body_text
    assert f"#p{first.id}" in digest.body_html
    assert {
        n.mail
        for n in db.session.scalars(
            select(Notification).where(
                Notification.user_id == asker.id, Notification.kind == "answer"
            )
        )
    } == {"digested"}
    # Nothing twice; the next notice waits a day after this digest.
    assert messages.send_digests(now + timedelta(hours=26)) == 0
    make_answer(topic, body="One more idea: reboot the meter gateway.")
    assert messages.send_digests(now + timedelta(hours=30)) == 0
    assert messages.send_digests(now + timedelta(hours=50)) == 1


def test_votes_and_badges_wait_for_the_weekly_digest_by_default(app):
    author = make_user()
    answer = make_answer(make_topic(), author=author)
    from community.forum import services as forum

    forum.cast_vote(make_user(), answer, 1)
    events.commit()
    assert notice(author, "votes").mail == "weekly"
    assert queued_for(author, "notification") == []
    # (The other members' first badges go into their own weekly digests.)
    assert messages.send_digests(utcnow() + timedelta(days=8)) >= 1
    [digest] = queued_for(author, "digest_weekly")
    assert "Your post got 1 new vote." in digest.body_text


def test_the_email_settings_page(app, client):
    member = make_user()
    assert client.get("/settings/notifications").status_code == 302  # log in first
    login(client, member)
    page = client.get("/settings/notifications").get_data(as_text=True)
    assert '<option value="immediately" selected>' in page  # answers by default
    response = client.post(
        "/settings/notifications",
        data={"cadence-answer": "weekly", "cadence-votes": "sometimes"},
    )
    # Bad input: the error, the typed choices back, nothing saved.
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Choose immediately, daily, weekly or never." in page
    assert re.search(r'name="cadence-answer">.*?<option value="weekly" selected>', page, re.S)
    assert db.session.scalars(select(EmailPreference)).all() == []
    response = client.post("/settings/notifications", data={"cadence-answer": "weekly"})
    assert response.status_code == 302
    assert notifications.cadences_for(member)["answer"] == "weekly"
    assert notifications.cadences_for(member)["mention"] == "immediately"


def test_only_the_member_changes_their_email_settings(app):
    member, other = make_user(), make_user()
    with pytest.raises(PermissionDenied):
        notifications.set_cadences(other, member, {"answer": "never"})
    with pytest.raises(PermissionDenied):
        notifications.set_cadences(None, member, {"answer": "never"})


def test_unsubscribing_from_the_email_without_logging_in(app, client):
    asker = make_user(locale="de")
    make_answer(make_topic(author=asker))
    [row] = queued_for(asker, "notification")
    path = unsubscribe_path(row)
    assert path in row.body_text and path in row.body_html
    # In the member's language, whatever the browser asks for; a GET changes nothing.
    page = client.get(path, headers={"Accept-Language": "en"})
    assert page.status_code == 200
    assert "Die E-Mails für Antworten in Themen" in page.get_data(as_text=True)
    assert notifications.cadences_for(asker)["answer"] == "immediately"
    done = client.post(path)
    assert done.status_code == 303
    page = client.get(done.headers["Location"]).get_data(as_text=True)
    assert "Erledigt" in page
    assert notifications.cadences_for(asker)["answer"] == "never"
    assert notifications.cadences_for(asker)["comment"] == "immediately"
    # The same link again says so rather than asking.
    assert "bekommst du bereits keine E-Mails" in client.get(path).get_data(as_text=True)
    # "All" from the same page; a forged or damaged link does nothing.
    client.post(path, data={"scope": "all"})
    assert set(notifications.cadences_for(asker).values()) == {"never"}
    assert client.get(path[:-3] + "xyz").status_code == 404
    assert client.post(path[:-3] + "xyz").status_code == 404


def test_mail_programs_unsubscribe_with_one_click_without_a_csrf_token(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        member = make_user()
        token = messages.unsubscribe_token(member.id, "daily")
        client = app.test_client()
        response = client.post(
            f"/email/unsubscribe/{token}", data={"List-Unsubscribe": "One-Click"}
        )
        assert response.status_code == 200
        cadences = notifications.cadences_for(member)
        assert cadences["new_topic"] == cadences["idea_status"] == "never"
        assert cadences["answer"] == "immediately"
        db.session.remove()


def test_the_queue_row_is_delivered_once(app):
    asker = make_user()
    make_answer(make_topic(author=asker))
    [row] = queued_for(asker, "notification")
    count = len(app.extensions["community_sent_mail"])
    assert mail.deliver_due() == (0, 0)
    assert len(app.extensions["community_sent_mail"]) == count
    assert row.status == "sent"


def test_the_worker_queues_and_delivers_the_due_digests(app):
    asker = make_user()
    notifications.set_cadences(asker, asker, {"answer": "daily"})
    events.commit()
    make_answer(make_topic(author=asker))
    waiting = notice(asker, "answer")
    waiting.created_at = utcnow() - timedelta(days=2)
    asker_id = asker.id
    events.commit()
    result = app.test_cli_runner().invoke(args=["worker", "--once"])
    assert result.exit_code == 0, result.output
    [digest] = db.session.scalars(
        select(OutgoingEmail).where(
            OutgoingEmail.user_id == asker_id, OutgoingEmail.kind == "digest_daily"
        )
    ).all()
    assert digest.status == "sent"
    assert app.extensions["community_sent_mail"][-1]["Subject"] == digest.subject
