"""Sending email: written to the log by default, over SMTP with COMMUNITY_SMTP_URL.

Only the outbox consumers call this, after the commit that caused the mail.
"""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from flask import current_app

log = logging.getLogger("community.mail")


def send_email(to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    url = current_app.config["SMTP_URL"]
    if not url:
        log.info("Email (not sent, no COMMUNITY_SMTP_URL):\n%s", message.as_string())
        sent = current_app.extensions.setdefault("community_sent_mail", [])
        sent.append(message)
        del sent[:-50]
        return
    parts = urlsplit(url)
    smtp_class = smtplib.SMTP_SSL if parts.scheme == "smtps" else smtplib.SMTP
    default_port = 465 if parts.scheme == "smtps" else 25
    with smtp_class(parts.hostname or "localhost", parts.port or default_port, timeout=20) as smtp:
        if parts.scheme == "smtp+starttls":
            smtp.starttls()
        if parts.username:
            smtp.login(unquote(parts.username), unquote(parts.password or ""))
        smtp.send_message(message)
