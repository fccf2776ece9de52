"""Account email (password reset and such): queued like every mail, sent after the commit.

The outbox consumers call this while they handle an event; the mail row commits with the
event's receipt, and the mail queue (notifications/mail.py) delivers it.
"""

from __future__ import annotations

from community.notifications import mail
from community.notifications.models import OutgoingEmail


def send_email(
    to: str, subject: str, body: str, *, html: str = "", user_id: int | None = None
) -> OutgoingEmail:
    """Queue an account email to one address (which may be one the member just left)."""
    return mail.enqueue(
        to=to, subject=subject, text=body, html=html, kind="account", user_id=user_id
    )
