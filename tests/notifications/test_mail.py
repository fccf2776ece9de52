"""The mail queue against a real SMTP server (aiosmtpd on 127.0.0.1): what arrives, retries
with back-off, a server that is down and comes back, refusals, claims, and the log default.
"""

from __future__ import annotations

import smtplib
import socket
from contextlib import contextmanager
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import func, select, update

from community import events
from community.extensions import db
from community.notifications import mail
from community.notifications.email import send_email
from community.notifications.models import OutgoingEmail
from community.timeutil import utcnow
from tests.conftest import make_user

SUBJECT = "Neue Antwort: Größe der Überweisung prüfen"
TEXT = "Hallo Jürgen,\n\nBärbel hat geantwortet: Grüße aus Köln, ßäöü ÄÖÜ.\n"
HTML = "<p>Hallo Jürgen,</p><p>Bärbel hat geantwortet: <b>Grüße aus Köln</b>.</p>"
UNSUBSCRIBE = {
    "List-Unsubscribe": "<https://community.test/email/unsubscribe/abc123>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
}


class Inbox:
    """An aiosmtpd handler that keeps what it accepts and refuses what it is told to."""

    def __init__(self):
        self.envelopes = []
        self.sessions = 0  # EHLOs: one per connection
        self.data_tries = 0
        self.data_reply = None  # e.g. "451 ...": the answer to DATA instead of accepting
        self.refused = {}  # recipient -> the answer to RCPT TO
        self.logins = []

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return self.refused[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_tries += 1
        if self.data_reply:
            return self.data_reply
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self):
        # As a mail client reads it: line ends as in the text that was queued.
        return [
            message_from_bytes(e.content.replace(b"\r\n", b"\n"), policy=policy.default)
            for e in self.envelopes
        ]


class SMTPServer:
    """A real SMTP server on a free local port that can be stopped and started again."""

    def __init__(self, **options):
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.inbox = Inbox()
        self.options = options
        self.controller = None

    @property
    def url(self):
        return f"smtp://127.0.0.1:{self.port}"

    def start(self):
        self.controller = Controller(
            self.inbox, hostname="127.0.0.1", port=self.port, **self.options
        )
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp():
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


@contextmanager
def running(app):
    with app.app_context():
        try:
            yield app
        finally:
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def smtp_app(make_app, smtp):
    """The app sending over SMTP; delivery only when a test asks (as with `flask worker`)."""
    app = make_app(
        SMTP_URL=smtp.url, MAIL_FROM="Community <community@example.org>", EVENTS_DISPATCH="worker"
    )
    with running(app):
        yield app


def queue(to="juergen@example.org", **values):
    """A committed row in the queue; returns its id."""
    values = {"subject": SUBJECT, "text": TEXT, "kind": "notification", **values}
    row = mail.enqueue(to=to, **values)
    db.session.commit()
    return row.id


def row(row_id):
    db.session.expire_all()
    return db.session.get(OutgoingEmail, row_id)


# -- what arrives ---------------------------------------------------------------------


def test_the_mail_arrives_with_its_headers_both_parts_and_umlauts(smtp_app, smtp):
    member = make_user()
    row_id = queue(html=HTML, headers=UNSUBSCRIBE, user_id=member.id)
    queued = row(row_id)
    assert queued.status == "queued" and queued.message_id.endswith("@example.org>")

    assert mail.deliver_due() == (1, 0)

    [envelope] = smtp.inbox.envelopes
    assert envelope.mail_from == "community@example.org"
    assert envelope.rcpt_tos == ["juergen@example.org"]
    envelope.content.decode("ascii")  # 7-bit on the wire: any server passes it on
    [message] = smtp.inbox.messages()
    assert message["From"] == "Community <community@example.org>"
    assert message["To"] == "juergen@example.org"
    assert message["Subject"] == SUBJECT
    assert message["Message-ID"] == queued.message_id
    assert message["Date"].datetime.tzinfo is not None
    assert message["List-Unsubscribe"] == UNSUBSCRIBE["List-Unsubscribe"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.get_content_type() == "multipart/alternative"
    assert message.get_body(("plain",)).get_content() == TEXT
    assert "<b>Grüße aus Köln</b>" in message.get_body(("html",)).get_content()
    sent = row(row_id)
    assert (sent.status, sent.attempts, sent.claimed_until) == ("sent", 1, None)
    assert sent.sent_at is not None


def test_a_mail_without_html_is_plain_text(smtp_app, smtp):
    queue(to="bernd@example.org")
    mail.deliver_due()
    [message] = smtp.inbox.messages()
    assert message.get_content_type() == "text/plain"
    assert message.get_content() == TEXT


def test_every_row_has_its_own_message_id_and_keeps_it(smtp_app, smtp):
    first, second = queue(), queue()
    ids = {row(first).message_id, row(second).message_id}
    assert len(ids) == 2
    assert all(i.startswith("<") and i.endswith("@example.org>") for i in ids)
    mail.deliver_due()
    assert {m["Message-ID"] for m in smtp.inbox.messages()} == ids


def test_the_message_id_domain_falls_back_to_the_base_url(smtp_app):
    smtp_app.config.update(MAIL_FROM="community", BASE_URL="https://hilfe.example.de/")
    assert row(queue()).message_id.endswith("@hilfe.example.de>")


def test_one_connection_carries_the_whole_round(smtp_app, smtp):
    for n in range(3):
        queue(to=f"member{n}@example.org")
    assert mail.deliver_due() == (3, 0)
    assert smtp.inbox.sessions == 1
    assert [e.rcpt_tos for e in smtp.inbox.envelopes] == [
        ["member0@example.org"],
        ["member1@example.org"],
        ["member2@example.org"],
    ]


def test_enqueue_refuses_headers_it_sets_itself_or_that_span_lines(smtp_app):
    with pytest.raises(ValueError):
        mail.enqueue(
            to="a@example.org",
            subject="s",
            text="t",
            kind="notification",
            headers={"From": "evil@example.org"},
        )
    with pytest.raises(ValueError):
        mail.enqueue(
            to="a@example.org",
            subject="s",
            text="t",
            kind="notification",
            headers={"X-Note": "one\r\nBcc: evil@example.org"},
        )
    with pytest.raises(ValueError):
        mail.enqueue(to="a@example.org", subject="s", text="t", kind="newsletter")
    db.session.rollback()
    # A subject is one line, whatever the topic title held.
    assert row(queue(subject="Router\n  geht nicht\r\n")).subject == "Router geht nicht"


# aiosmtpd warns (from its server thread, on every connection) that it offers AUTH without
# TLS: wanted here, a test server on 127.0.0.1 without certificates.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_the_server_logs_in_with_the_credentials_of_the_url(make_app, smtp):
    logins = smtp.inbox.logins

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"p@ss:w/rd")

    smtp.stop()
    smtp.options = {"authenticator": authenticator, "auth_require_tls": False}
    smtp.start()
    url = f"smtp://sabine:p%40ss%3Aw%2Frd@127.0.0.1:{smtp.port}"
    with running(make_app(SMTP_URL=url, EVENTS_DISPATCH="worker")):
        queue()
        assert mail.deliver_due() == (1, 0)
        assert logins == [(b"sabine", b"p@ss:w/rd")]
        assert len(smtp.inbox.envelopes) == 1


# -- temporary failures, back-off and a server that is down ----------------------------


def test_a_busy_server_gets_the_mail_again_with_back_off_and_once(smtp_app, smtp):
    smtp.inbox.data_reply = "451 4.3.0 Mailbox busy, try again later"
    first, second = queue(), queue(to="bernd@example.org")
    start = utcnow()

    assert mail.deliver_due(now=start) == (0, 2)
    assert smtp.inbox.data_tries == 2  # a refusal of one mail does not end the round
    for row_id in (first, second):
        waiting = row(row_id)
        assert (waiting.status, waiting.attempts) == ("queued", 1)
        assert waiting.next_attempt_at == start + timedelta(minutes=1)
        assert waiting.last_error.startswith("451 4.3.0 Mailbox busy")

    assert mail.deliver_due(now=start + timedelta(seconds=30)) == (0, 0)
    assert smtp.inbox.data_tries == 2 and smtp.inbox.sessions == 1

    later = start + timedelta(minutes=1)
    assert mail.deliver_due(now=later) == (0, 2)
    assert row(first).attempts == 2
    assert row(first).next_attempt_at == later + timedelta(minutes=5)

    smtp.inbox.data_reply = None  # the server recovers
    assert mail.deliver_due(now=later + timedelta(minutes=4)) == (0, 0)
    assert mail.deliver_due(now=later + timedelta(minutes=5)) == (2, 0)
    assert mail.deliver_due(now=later + timedelta(days=3)) == (0, 0)
    assert sorted(e.rcpt_tos[0] for e in smtp.inbox.envelopes) == [
        "bernd@example.org",
        "juergen@example.org",
    ]
    assert (row(first).status, row(first).attempts) == ("sent", 3)


def test_a_stopped_server_loses_nothing_and_the_mail_goes_when_it_is_back(smtp_app, smtp):
    smtp.stop()
    connections = []
    real_smtp = smtplib.SMTP

    class CountingSMTP(real_smtp):
        def __init__(self, *args, **kwargs):
            connections.append(args)
            super().__init__(*args, **kwargs)

    rows = [queue(to=f"member{n}@example.org") for n in range(3)]
    start = utcnow()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(smtplib, "SMTP", CountingSMTP)
        assert mail.deliver_due(now=start) == (0, 3)
    assert len(connections) == 1  # the round stopped at the dead server
    waiting = [row(row_id) for row_id in rows]
    assert {(r.status, r.attempts) for r in waiting} == {("queued", 1)}
    assert {r.next_attempt_at for r in waiting} == {start + timedelta(minutes=1)}
    assert "ConnectionRefusedError" in waiting[0].last_error
    assert waiting[1].last_error.startswith("not tried: ConnectionRefusedError")

    smtp.start()  # the same port again
    assert mail.deliver_due(now=start + timedelta(seconds=59)) == (0, 0)
    assert smtp.inbox.envelopes == []
    assert mail.deliver_due(now=start + timedelta(minutes=1)) == (3, 0)
    assert [e.rcpt_tos for e in smtp.inbox.envelopes] == [
        [f"member{n}@example.org"] for n in range(3)
    ]
    assert {(row(r).status, row(r).attempts) for r in rows} == {("sent", 2)}


def test_the_back_off_grows_and_a_row_fails_after_its_last_attempt(smtp_app, smtp):
    smtp.stop()
    row_id = queue()
    now = utcnow()
    waits = []
    for _ in range(mail.MAX_ATTEMPTS - 1):
        assert mail.deliver_due(now=now) == (0, 1)
        waiting = row(row_id)
        assert waiting.status == "queued"
        waits.append(waiting.next_attempt_at - now)
        now = waiting.next_attempt_at
    minutes = [int(w.total_seconds() // 60) for w in waits]
    assert minutes == [1, 5, 15, 60, 180, 360, 360, 360, 360, 360, 360]
    assert mail.deliver_due(now=now) == (0, 1)
    failed = row(row_id)
    assert (failed.status, failed.attempts) == ("failed", mail.MAX_ATTEMPTS)
    smtp.start()
    assert mail.deliver_due(now=now + timedelta(days=30)) == (0, 0)
    assert smtp.inbox.envelopes == []


def test_a_server_closing_the_connection_ends_the_round(smtp_app, smtp):
    smtp.inbox.data_reply = "421 4.3.2 Service shutting down"
    first, second = queue(), queue(to="bernd@example.org")
    start = utcnow()
    assert mail.deliver_due(now=start) == (0, 2)
    assert smtp.inbox.data_tries == 1
    assert row(first).last_error.startswith("421")
    assert row(second).last_error.startswith("not tried: 421")
    smtp.inbox.data_reply = None
    assert mail.deliver_due(now=start + timedelta(minutes=1)) == (2, 0)


# -- permanent failures -----------------------------------------------------------------


def test_a_refused_recipient_fails_at_once_and_the_round_goes_on(smtp_app, smtp):
    smtp.inbox.refused["gone@example.org"] = "550 5.1.1 No such user here"
    refused, fine = queue(to="gone@example.org"), queue(to="bernd@example.org")
    assert mail.deliver_due() == (1, 1)
    failed = row(refused)
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert failed.last_error == "gone@example.org: 550 5.1.1 No such user here"
    assert row(fine).status == "sent"
    assert mail.deliver_due(now=utcnow() + timedelta(days=3)) == (0, 0)
    assert [e.rcpt_tos for e in smtp.inbox.envelopes] == [["bernd@example.org"]]


def test_a_temporarily_refused_recipient_is_tried_again(smtp_app, smtp):
    smtp.inbox.refused["full@example.org"] = "452 4.2.2 Mailbox full"
    row_id = queue(to="full@example.org")
    assert mail.deliver_due() == (0, 1)
    assert (row(row_id).status, row(row_id).attempts) == ("queued", 1)


def test_a_rejected_message_fails_at_once(smtp_app, smtp):
    smtp.inbox.data_reply = "554 5.7.1 Message rejected as spam"
    row_id = queue()
    assert mail.deliver_due() == (0, 1)
    assert row(row_id).status == "failed"
    assert row(row_id).last_error == "554 5.7.1 Message rejected as spam"


# -- claims: never sent twice -------------------------------------------------------------


def test_a_sent_mail_is_not_sent_again(smtp_app, smtp):
    queue()
    assert mail.deliver_due() == (1, 0)
    assert mail.deliver_due() == (0, 0)
    assert mail.deliver_due(now=utcnow() + timedelta(days=1)) == (0, 0)
    assert len(smtp.inbox.envelopes) == 1


def test_a_row_claimed_by_another_process_is_left_to_it(smtp_app, smtp):
    row_id = queue()
    now = utcnow()
    db.session.execute(
        update(OutgoingEmail)
        .where(OutgoingEmail.id == row_id)
        .values(status="sending", claimed_until=now + timedelta(minutes=5))
    )
    db.session.commit()
    assert mail.deliver_due(now=now) == (0, 0)
    assert smtp.inbox.envelopes == []
    # That process died mid-send: once its claim has run out, the row goes out.
    assert mail.deliver_due(now=now + timedelta(minutes=6)) == (1, 0)
    assert mail.deliver_due(now=now + timedelta(minutes=20)) == (0, 0)
    assert len(smtp.inbox.envelopes) == 1


def test_a_row_taken_by_another_process_between_look_and_claim_is_not_sent(
    smtp_app, smtp, monkeypatch
):
    """Two workers see the same due rows; only the one whose claim succeeds sends."""
    first, second = queue(), queue(to="bernd@example.org")
    real_claim = mail._claim

    def claim_after_the_other_worker(row_id, now):
        if row_id == second:
            with db.engine.begin() as elsewhere:
                elsewhere.execute(
                    update(OutgoingEmail)
                    .where(OutgoingEmail.id == second)
                    .values(status="sending", claimed_until=now + timedelta(minutes=5))
                )
        return real_claim(row_id, now)

    monkeypatch.setattr(mail, "_claim", claim_after_the_other_worker)
    assert mail.deliver_due() == (1, 0)
    assert [e.rcpt_tos for e in smtp.inbox.envelopes] == [["juergen@example.org"]]
    assert row(first).status == "sent"
    assert row(second).status == "sending"


# -- the log, the default -----------------------------------------------------------------


def test_without_smtp_the_mail_is_written_to_the_log_and_kept(app, caplog):
    caplog.set_level("INFO", logger="community.mail")
    sent = app.extensions.setdefault("community_sent_mail", [])
    row_id = queue(html=HTML, headers=UNSUBSCRIBE)
    assert mail.deliver_due() == (1, 0)
    [message] = sent
    assert message["To"] == "juergen@example.org" and message["Subject"] == SUBJECT
    assert message["Message-ID"] == row(row_id).message_id
    assert row(row_id).status == "sent"
    logged = caplog.text
    assert "Email (not sent, no COMMUNITY_SMTP_URL)" in logged
    assert f"Subject: {SUBJECT}" in logged and "Hallo Jürgen," in logged  # decoded, readable
    assert "<b>Grüße aus Köln</b>" in logged
    assert f"List-Unsubscribe: {UNSUBSCRIBE['List-Unsubscribe']}" in logged


def test_the_log_keeps_the_last_fifty_mails(app):
    for n in range(52):
        mail.enqueue(to=f"member{n}@example.org", subject="s", text="t", kind="digest_daily")
    db.session.commit()
    assert mail.deliver_due(limit=100) == (52, 0)
    sent = app.extensions["community_sent_mail"]
    assert len(sent) == 50
    assert sent[0]["To"] == "member2@example.org" and sent[-1]["To"] == "member51@example.org"


# -- when the queue is delivered ------------------------------------------------------------


def test_inline_the_mail_goes_out_right_after_the_commit(make_app, smtp):
    """The embedded default: a password reset arrives within the request that asked."""
    with running(make_app(SMTP_URL=smtp.url)) as app:
        user = make_user(email="sabine@example.org")
        response = app.test_client().post("/password/forgot", data={"email": user.email})
        assert response.status_code == 302
        [message] = smtp.inbox.messages()
        assert message["To"] == "sabine@example.org"
        assert "/password/reset/" in message.get_content()
        reset = db.session.scalar(select(OutgoingEmail))
        assert (reset.kind, reset.status) == ("account", "sent")


def test_inline_a_mail_queued_without_an_event_goes_out_on_commit(app):
    mail.enqueue(to="a@example.org", subject="Dein Wochenüberblick", text="t", kind="digest_weekly")
    events.commit()
    assert [m["Subject"] for m in app.extensions["community_sent_mail"]] == ["Dein Wochenüberblick"]


def test_a_failing_after_dispatch_hook_is_logged_and_breaks_nothing(app, caplog):
    def broken():
        raise RuntimeError("hook is down")

    events.after_dispatch(broken)
    try:
        send_email("a@example.org", "Hallo", "Text")
        events.commit()
    finally:
        events._after_dispatch.remove(broken)
    assert "after-dispatch hook" in caplog.text and "hook is down" in caplog.text
    assert [m["To"] for m in app.extensions["community_sent_mail"]] == ["a@example.org"]


def test_send_email_queues_an_account_mail_for_after_the_commit(make_app):
    with running(make_app(EVENTS_DISPATCH="worker")) as app:
        queued = send_email("a@example.org", "Passwort geändert", "Text", user_id=None)
        assert queued.kind == "account"
        db.session.rollback()  # the change that asked for it did not happen: no mail
        assert db.session.scalar(select(func.count(OutgoingEmail.id))) == 0
        send_email("a@example.org", "Passwort geändert", "Text")
        events.commit()
        assert app.extensions.get("community_sent_mail", []) == []
        assert db.session.scalar(select(OutgoingEmail.status)) == "queued"


def test_the_worker_delivers_over_smtp(make_app, smtp):
    with running(make_app(SMTP_URL=smtp.url, EVENTS_DISPATCH="worker")) as app:
        user = make_user(email="sabine@example.org")
        app.test_client().post("/password/forgot", data={"email": user.email})
        assert smtp.inbox.envelopes == []
        result = app.test_cli_runner().invoke(args=["worker", "--once"])
        assert "Handled 1 event(s)." in result.output
        assert "Sent 1 email(s), 0 not sent." in result.output
        assert [e.rcpt_tos for e in smtp.inbox.envelopes] == [["sabine@example.org"]]


# -- flask mail -----------------------------------------------------------------------------


def test_flask_mail_status_and_retry(smtp_app, smtp):
    runner = smtp_app.test_cli_runner()
    smtp.inbox.refused["gone@example.org"] = "550 5.1.1 No such user here"
    smtp.inbox.refused["full@example.org"] = "452 4.2.2 Mailbox full"
    gone, full = queue(to="gone@example.org"), queue(to="full@example.org")
    queue(to="bernd@example.org")
    mail.deliver_due()

    status = runner.invoke(args=["mail", "status"])
    assert status.exit_code == 0, status.output
    lines = status.output.splitlines()
    assert lines[:4] == ["queued   1", "sending  0", "sent     1", "failed   1"]
    assert f"Oldest waiting: #{full} to full@example.org" in status.output
    assert "1 attempt(s)" in status.output
    assert f"#{gone} failed to gone@example.org after 1 attempt(s): " in status.output
    assert "550 5.1.1 No such user here" in status.output
    assert "452 4.2.2 Mailbox full" in status.output

    smtp.inbox.refused.clear()
    retried = runner.invoke(args=["mail", "retry"])
    assert retried.exit_code == 0 and "Queued 1 failed email(s) again." in retried.output
    again = row(gone)
    assert (again.status, again.attempts) == ("queued", 0)
    assert again.next_attempt_at <= utcnow()
    assert mail.deliver_due() == (1, 0)
    assert smtp.inbox.envelopes[-1].rcpt_tos == ["gone@example.org"]
    assert row(full).status == "queued"  # its back-off still runs


def test_flask_mail_retry_takes_ids_and_send_delivers(smtp_app, smtp):
    runner = smtp_app.test_cli_runner()
    smtp.inbox.data_reply = "554 5.7.1 Rejected"
    first, second = queue(), queue(to="bernd@example.org")
    mail.deliver_due()
    assert {row(first).status, row(second).status} == {"failed"}
    smtp.inbox.data_reply = None
    result = runner.invoke(args=["mail", "retry", str(second)])
    assert "Queued 1 failed email(s) again." in result.output
    assert row(first).status == "failed"
    result = runner.invoke(args=["mail", "send"])
    assert "Sent 1 email(s), 0 not sent." in result.output
    assert [e.rcpt_tos for e in smtp.inbox.envelopes] == [["bernd@example.org"]]


def test_flask_mail_status_of_an_empty_queue(smtp_app):
    result = smtp_app.test_cli_runner().invoke(args=["mail", "status"])
    assert result.exit_code == 0
    assert "queued   0" in result.output and "Oldest" not in result.output
