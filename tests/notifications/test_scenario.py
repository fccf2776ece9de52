"""The issue's whole story against a real SMTP server: A asks, B answers mentioning C; A and C
see it in the bell and get it by email as they chose; a digest collects the rest; the
unsubscribe link works without logging in; a stopped server loses nothing."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from community import events
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.notifications import mail, messages
from community.notifications import services as notifications
from community.notifications.models import Notification, OutgoingEmail
from community.timeutil import utcnow
from tests.conftest import login, make_topic, make_user
from tests.notifications.test_mail import SMTPServer, running


def bell(client) -> str:
    return client.get("/notifications").get_data(as_text=True)


def test_ask_answer_mention_bell_email_digest_unsubscribe_and_a_server_outage(make_app):
    server = SMTPServer()
    server.start()
    app = make_app(SMTP_URL=server.url)  # inline dispatch: delivered after each commit
    try:
        with running(app):
            asker = make_user(username="anna_a", locale="de")
            helper = make_user(username="ben_b")
            named = make_user(username="carla_c")
            # Carla wants mentions only in the daily digest.
            notifications.set_cadences(named, named, {"mention": "daily"})
            events.commit()
            topic = make_topic(author=asker, title="Router verliert nachts die Verbindung")
            forum.post_answer(helper, topic, "Frag mal @carla_c, sie hat denselben Router.")
            events.commit()

            # In the bell at once, for both.
            for member, sentence in (
                (asker, "hat deine Frage beantwortet"),
                (named, "mentioned you"),
            ):
                client = app.test_client()
                login(client, member)
                assert sentence in bell(client)

            # By email per preference: Anna at once (in German), Carla not yet.
            [anna_mail] = [m for m in server.inbox.messages() if m["To"] == asker.email]
            assert anna_mail["Subject"].startswith("ben_b hat deine Frage beantwortet")
            assert anna_mail["List-Unsubscribe"].startswith("<http")
            assert not [m for m in server.inbox.messages() if m["To"] == named.email]

            # A day later the digest collects Carla's mention.
            assert messages.send_digests(utcnow() + timedelta(days=1, minutes=1)) >= 1
            events.commit()
            mail.deliver_due()
            [digest] = [m for m in server.inbox.messages() if m["To"] == named.email]
            assert "ben_b mentioned you." in digest.get_body(("plain",)).get_content()

            # Anna unsubscribes from answers by the email's link, without logging in.
            link = re.search(r"<([^>]+)>", anna_mail["List-Unsubscribe"]).group(1)
            path = link.split("community.test", 1)[1]
            visitor = app.test_client()
            assert visitor.post(path).status_code == 303
            assert notifications.cadences_for(asker)["answer"] == "never"

            # The server goes down: a comment for Ben is kept, tried, and not lost.
            server.stop()
            answer = db.session.scalar(
                select(Notification.post_id).where(Notification.user_id == named.id)
            )
            forum.add_comment(asker, db.session.get(Post, answer), "Danke, Ben!")
            events.commit()
            waiting = db.session.scalar(
                select(OutgoingEmail).where(OutgoingEmail.to_address == helper.email)
            )
            assert (waiting.status, waiting.attempts) == ("queued", 1)
            assert waiting.last_error
            # Back up: once its retry is due, the mail goes out, once.
            server.start()
            later = utcnow() + timedelta(minutes=2)
            assert mail.deliver_due(now=later) == (1, 0)
            assert mail.deliver_due(now=later + timedelta(hours=1)) == (0, 0)
            arrived = [m for m in server.inbox.messages() if m["To"] == helper.email]
            assert len(arrived) == 1
            assert "Danke, Ben!" in arrived[0].get_body(("plain",)).get_content()
    finally:
        server.stop()
