"""The mail queue: an email is a row written with the change that caused it, sent after.

`enqueue` adds the row to the caller's unit of work, so a mail is queued exactly when that
change commits. `deliver_due` sends what is due, from `flask worker` or, in the embedded
default, right after the events of a request are dispatched. Over SMTP (COMMUNITY_SMTP_URL)
a temporary failure is retried with back-off and a permanent one ends the row as failed;
without SMTP the mail is written to the log.

A row is claimed before it is sent, so two processes never send it twice. One case stays
open, as with any queue in front of SMTP: a process that dies after the server took the
mail and before it marked the row sent leaves a stale claim, and the row is sent again.
The Message-ID is the same on every attempt, so the receiving side can tell.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from flask import current_app
from sqlalchemy import and_, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from community import events
from community.extensions import db
from community.notifications.models import OutgoingEmail
from community.timeutil import utcnow

log = logging.getLogger("community.mail")

KINDS = ("notification", "digest_daily", "digest_weekly", "account")

# The wait after the 1st, 2nd, ... failed attempt; the last step repeats. Twelve attempts
# cover about 40 hours of a mail server that is down before a row is given up as failed.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
    timedelta(hours=6),
)
MAX_ATTEMPTS = 12
# How long a claim holds: far longer than one mail takes (SMTP_TIMEOUT per server reply).
CLAIM = timedelta(minutes=5)
SMTP_TIMEOUT = 20
SENT_MAIL_KEPT = 50
DEFAULT_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}
# Set by build_message from the row itself; extra headers may not replace them.
OWN_HEADERS = frozenset(
    {"from", "to", "subject", "date", "message-id", "mime-version", "content-type"}
    | {"content-transfer-encoding", "cc", "bcc"}
)
ERROR_KEPT = 1000


class ServerUnreachable(Exception):
    """The mail server could not be reached or spoken to: no mail of this round can go."""


def enqueue(
    *,
    to: str,
    subject: str,
    text: str,
    html: str = "",
    kind: str,
    user_id: int | None = None,
    notification_id: int | None = None,
    headers: dict[str, str] | None = None,
) -> OutgoingEmail:
    """Queue one email in the current unit of work; it is sent after that commits.

    A notification has at most one email (notification_id is unique): a second process
    handling the same event clashes on it and rolls back, so the mail is queued once.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown mail kind {kind!r}")
    headers = dict(headers or {})
    for name, value in headers.items():
        if name.lower() in OWN_HEADERS:
            raise ValueError(f"header {name} is set from the mail itself")
        if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
            raise ValueError(f"header {name} spans lines")
    # A subject is one line; a topic title with odd whitespace must not break the header.
    subject = " ".join(subject.split())
    if len(subject) > 300:
        subject = subject[:299] + "…"
    row = OutgoingEmail(
        user_id=user_id,
        notification_id=notification_id,
        kind=kind,
        to_address=to,
        subject=subject,
        body_text=text,
        body_html=html or "",
        headers=headers,
        message_id=make_msgid(domain=_message_id_domain()),
        status="queued",
        attempts=0,
        next_attempt_at=utcnow(),
        last_error="",
    )
    db.session.add(row)
    # In the embedded default the mail goes out right after the commit, events or not.
    events.wake_after_dispatch()
    return row


def _message_id_domain() -> str:
    _, address = parseaddr(current_app.config["MAIL_FROM"])
    _, at, domain = address.rpartition("@")
    return (at and domain) or urlsplit(current_app.config["BASE_URL"]).hostname or "localhost"


def build_message(row: OutgoingEmail) -> EmailMessage:
    """The email as it is sent: the same headers and body on every attempt."""
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = row.to_address
    message["Subject"] = row.subject
    message["Date"] = format_datetime((row.created_at or utcnow()).replace(tzinfo=UTC))
    message["Message-ID"] = row.message_id
    for name, value in (row.headers or {}).items():
        message[name] = value
    # Quoted-printable keeps the body 7-bit: umlauts pass any server, 8BITMIME or not.
    message.set_content(row.body_text, charset="utf-8", cte="quoted-printable")
    if row.body_html:
        message.add_alternative(
            row.body_html, subtype="html", charset="utf-8", cte="quoted-printable"
        )
    return message


def _is_due(now: datetime) -> ColumnElement[bool]:
    """Waiting for its turn, or claimed by a process that died while sending it."""
    return or_(
        and_(OutgoingEmail.status == "queued", OutgoingEmail.next_attempt_at <= now),
        and_(OutgoingEmail.status == "sending", OutgoingEmail.claimed_until < now),
    )


def deliver_due(limit: int = 50, now: datetime | None = None) -> tuple[int, int]:
    """Send the emails that are due, oldest first, over one connection; commits.

    Returns (sent, failed_now): how many went out, and how many were tried and did not
    (to be retried later, or failed for good). When the server cannot be reached, the
    round stops trying: the rest of the round's rows are put back with their next
    back-off step too, so a dead server sees one connection per back-off step rather
    than one per row.
    """
    now = now or utcnow()
    due = db.session.scalars(
        select(OutgoingEmail.id).where(_is_due(now)).order_by(OutgoingEmail.id).limit(limit)
    ).all()
    if not due:
        return 0, 0
    sent = failed_now = 0
    stopped: str | None = None  # why this round sends no more
    transport = _transport()
    try:
        for row_id in due:
            if not _claim(row_id, now):
                continue  # another process has it
            row = db.session.get(OutgoingEmail, row_id)
            if row is None:
                continue
            if stopped is not None:
                _try_later(row, f"not tried: {stopped}", now, quiet=True)
                failed_now += 1
                continue
            failure = _send(transport, row)
            if failure is None:
                _mark_sent(row, now)
                sent += 1
                continue
            failed_now += 1
            if failure.permanent:
                _give_up(row, failure.error)
            else:
                _try_later(row, failure.error, now)
            if failure.stops_round:
                stopped = failure.error
    finally:
        transport.close()
    if stopped is not None:
        log.warning("mail delivery stopped, %s email(s) wait: %s", failed_now, stopped)
    return sent, failed_now


class _Failure(NamedTuple):
    error: str
    permanent: bool  # retrying will not help
    stops_round: bool  # the server is unreachable, or the connection is in doubt


def _send(transport: _LogTransport | _SMTPTransport, row: OutgoingEmail) -> _Failure | None:
    """Try to send one mail; None when it went out."""
    try:
        message = build_message(row)
    except (ValueError, TypeError) as error:
        return _Failure(f"cannot be built: {error}", permanent=True, stops_round=False)
    try:
        transport.send(message)
    except ServerUnreachable as error:
        return _Failure(str(error), permanent=False, stops_round=True)
    except smtplib.SMTPException as error:
        return _Failure(_describe(error), _is_permanent(error), not transport.usable)
    except Exception as error:
        log.exception("mail %s: sending failed unexpectedly", row.id)
        return _Failure(_describe(error), permanent=False, stops_round=True)
    return None


events.after_dispatch(deliver_due)


def _claim(row_id: int, now: datetime) -> bool:
    """Take the row for this process, if it is still due; committed before any sending."""
    result = db.session.execute(
        update(OutgoingEmail)
        .where(OutgoingEmail.id == row_id, _is_due(now))
        .values(status="sending", claimed_until=now + CLAIM)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def _mark_sent(row: OutgoingEmail, now: datetime) -> None:
    row.status = "sent"
    row.attempts += 1
    row.sent_at = now
    row.claimed_until = None
    db.session.commit()


def backoff(attempts: int) -> timedelta:
    """The wait after the given number of failed attempts."""
    return BACKOFF[min(attempts, len(BACKOFF)) - 1]


def _try_later(row: OutgoingEmail, error: str, now: datetime, quiet: bool = False) -> None:
    """A temporary failure: the next back-off step, or failed when the attempts are used up."""
    row.attempts += 1
    row.last_error = error[:ERROR_KEPT]
    row.claimed_until = None
    if row.attempts >= MAX_ATTEMPTS:
        row.status = "failed"
        log.error(
            "mail %s to %s failed after %s attempts: %s",
            row.id,
            row.to_address,
            row.attempts,
            error,
        )
    else:
        row.status = "queued"
        row.next_attempt_at = now + backoff(row.attempts)
        if not quiet:
            log.warning(
                "mail %s to %s: attempt %s failed, next at %s UTC: %s",
                row.id,
                row.to_address,
                row.attempts,
                row.next_attempt_at,
                error,
            )
    db.session.commit()


def _give_up(row: OutgoingEmail, error: str) -> None:
    """A permanent failure: the server refused this mail for good."""
    row.attempts += 1
    row.status = "failed"
    row.last_error = error[:ERROR_KEPT]
    row.claimed_until = None
    log.error("mail %s to %s failed: %s", row.id, row.to_address, error)
    db.session.commit()


def _is_permanent(error: smtplib.SMTPException) -> bool:
    """A 5xx answer about this mail (its recipient, sender or content) will not change."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(500 <= code < 600 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 500 <= error.smtp_code < 600
    # The address needs SMTPUTF8 and the server has not got it.
    return isinstance(error, smtplib.SMTPNotSupportedError)


def _describe(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{address}: {code} {_text(reply)}"
            for address, (code, reply) in error.recipients.items()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    return f"{type(error).__name__}: {error}"


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


# -- transports -----------------------------------------------------------------------


def _transport() -> _LogTransport | _SMTPTransport:
    url = current_app.config["SMTP_URL"]
    return _SMTPTransport(url) if url else _LogTransport()


class _LogTransport:
    """Without COMMUNITY_SMTP_URL: the mail is written to the log, and kept for the tests."""

    usable = True

    def send(self, message: EmailMessage) -> None:
        log.info("Email (not sent, no COMMUNITY_SMTP_URL):\n%s", readable(message))
        sent = current_app.extensions.setdefault("community_sent_mail", [])
        sent.append(message)
        del sent[:-SENT_MAIL_KEPT]

    def close(self) -> None:
        pass


def readable(message: EmailMessage) -> str:
    """The whole mail as a person reads it: headers, then each part decoded."""
    lines = [
        f"{name}: {value}"
        for name, value in message.items()
        if not name.lower().startswith("content-") and name.lower() != "mime-version"
    ]
    for part in message.walk():
        if not part.is_multipart():
            lines += ["", f"[{part.get_content_type()}]", part.get_content().rstrip("\n")]
    return "\n".join(lines)


class _SMTPTransport:
    """One connection for a round, opened with the first mail; smtp, smtps, smtp+starttls."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.smtp: smtplib.SMTP | None = None
        self.usable = True

    def send(self, message: EmailMessage) -> None:
        if self.smtp is None:
            try:
                self.smtp = self._connect()
            except (OSError, ValueError) as error:  # smtplib's errors are OSErrors
                self.usable = False
                raise ServerUnreachable(_describe(error)) from error
        try:
            self.smtp.send_message(message)
        except smtplib.SMTPServerDisconnected as error:
            self.usable = False
            raise ServerUnreachable(_describe(error)) from error
        except smtplib.SMTPResponseException as error:
            # 421: the server is closing the connection (smtplib has closed it already).
            if error.smtp_code == 421:
                self.usable = False
            raise
        except smtplib.SMTPException:
            raise  # refused recipients and the like; the connection goes on
        except OSError as error:  # the connection broke: reset, timeout
            self.usable = False
            raise ServerUnreachable(_describe(error)) from error

    def _connect(self) -> smtplib.SMTP:
        parts = urlsplit(self.url)
        if parts.scheme not in DEFAULT_PORTS:
            raise ValueError(f"COMMUNITY_SMTP_URL: unknown scheme {parts.scheme!r}")
        host, port = parts.hostname or "localhost", parts.port or DEFAULT_PORTS[parts.scheme]
        tls = ssl.create_default_context()
        if parts.scheme == "smtps":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=SMTP_TIMEOUT, context=tls)
        else:
            smtp = smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT)
        try:
            if parts.scheme == "smtp+starttls":
                smtp.starttls(context=tls)
            if parts.username:
                smtp.login(unquote(parts.username), unquote(parts.password or ""))
        except BaseException:
            smtp.close()
            raise
        return smtp

    def close(self) -> None:
        if self.smtp is None:
            return
        try:
            self.smtp.quit()
        except (OSError, smtplib.SMTPException):
            self.smtp.close()
        self.smtp = None
