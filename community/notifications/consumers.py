"""Outbox consumers that send account email after the commit that asked for it."""

from __future__ import annotations

from flask import current_app, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from community.accounts import services as accounts
from community.accounts.models import User
from community.events import Event, consumer
from community.extensions import db
from community.notifications.email import send_email


def _link(endpoint: str, **values) -> str:
    with current_app.test_request_context(base_url=current_app.config["BASE_URL"]):
        return url_for(endpoint, _external=True, **values)


@consumer(
    "account-email",
    "user.password_reset_requested",
    "user.password_changed",
    "user.email_changed",
)
def send_account_email(event: Event) -> None:
    user = db.session.get(User, event.payload["user_id"])
    if user is None:
        return
    with force_locale(user.locale or current_app.config["DEFAULT_LOCALE"]):
        if event.kind == "user.password_reset_requested":
            token = accounts.make_reset_token(user)
            send_email(
                user.email,
                _("Reset your password"),
                render_template(
                    "notifications/password_reset.txt",
                    user=user,
                    link=_link("accounts.reset_password", token=token),
                    hours=current_app.config["PASSWORD_RESET_MAX_AGE"] // 3600,
                ),
            )
        elif event.kind == "user.password_changed":
            send_email(
                user.email,
                _("Your password was changed"),
                render_template(
                    "notifications/password_changed.txt",
                    user=user,
                    link=_link("accounts.forgot_password"),
                ),
            )
        elif event.kind == "user.email_changed":
            send_email(
                event.payload["old_email"],
                _("Your email address was changed"),
                render_template("notifications/email_changed.txt", user=user, new_email=user.email),
            )
