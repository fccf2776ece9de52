"""Request-level glue shared by every page: security headers, error pages,
sign-in loading and the helpers templates use."""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import datetime
from urllib.parse import urlsplit

from flask import (
    Flask,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import format_datetime, format_decimal, format_timedelta, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.csrf import CSRFError, generate_csrf
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException

from community import events, markup
from community.accounts import services as accounts
from community.errors import NotFound
from community.extensions import db, login_manager
from community.permissions import PermissionDenied, can, is_silenced
from community.reputation import services as reputation
from community.timeutil import utcnow

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Actions that a trust level unlocks: (level, what to tell a member below it).
PRIVILEGE_HINTS = {
    "post.vote_up": (1, _l("Voting up unlocks at trust level 1: read a few more topics first.")),
    "post.vote_down": (2, _l("Voting down unlocks at trust level 2.")),
    "post.flag": (1, _l("Flagging unlocks at trust level 1: read a few more topics first.")),
    "post.comment": (
        2,
        _l("Until trust level 2 you can comment under your own topics and posts only."),
    ),
}
ERROR_TITLES = {
    400: _l("Bad request"),
    403: _l("Not allowed"),
    404: _l("Page not found"),
    405: _l("Not allowed"),
    429: _l("Too many requests"),
    500: _l("Something went wrong"),
}
ERROR_TEXTS = {
    400: _l("The request could not be understood. Please go back and try again."),
    403: _l("You do not have permission to do this."),
    404: _l("We could not find this page. It may have been moved or deleted."),
    405: _l("This address does not accept this kind of request."),
    429: _l(
        "You are going a little fast. Please wait a moment and try again; "
        "your text is still in the form if you go back."
    ),
    500: _l("An unexpected error occurred. The team has been told. Please try again later."),
}


def init_app(app: Flask) -> None:
    login_manager.user_loader(accounts.load_session_user)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please log in to continue.")
    login_manager.login_message_category = "info"
    login_manager.unauthorized_handler(_ask_to_log_in)
    app.before_request(_count_visit)
    app.before_request(_show_pending_warning)
    app.after_request(_security_headers)
    _register_error_pages(app)
    _register_template_helpers(app)


def _ask_to_log_in():
    """Send visitors to the login page and back to where they were.

    After a POST (a vote, an answer) the way back is the page the form was on:
    the action's own address only accepts POST.
    """
    if request.accept_mimetypes.best == "application/json":
        message = str(login_manager.login_message)
        return jsonify({"error": {"code": "unauthorized", "message": message}}), 401
    flash(login_manager.login_message, login_manager.login_message_category)
    if request.method == "GET":
        target = request.full_path.rstrip("?")
    else:
        referrer = urlsplit(request.referrer or "")
        same_site = referrer.netloc == request.host
        query = f"?{referrer.query}" if referrer.query else ""
        target = referrer.path + query if same_site else "/"
    return redirect(url_for("accounts.login", next=safe_next(target, "/")))


def _count_visit() -> None:
    """A member's first page of the day counts as a day visited (trust levels)."""
    if request.endpoint in (None, "static") or request.method != "GET":
        return
    user = current_user._get_current_object()
    if getattr(user, "is_authenticated", False) and reputation.record_visit(user):
        accounts.touch_last_seen(user)
        events.commit()


# Pages a member with an unread staff warning may still open (the avatar is drawn on them).
WARNING_EXEMPT = frozenset(
    {"static", "accounts.logout", "accounts.avatar", "sanctions.warnings", "sanctions.standing"}
)


def _show_pending_warning():
    """A member with an unread staff warning sees it before any other page."""
    if request.method != "GET" or request.endpoint in (None, *WARNING_EXEMPT):
        return None
    if _wants_json():
        return None
    user = current_user._get_current_object()
    if getattr(user, "is_authenticated", False) and user.warning_pending:
        target = safe_next(request.full_path.rstrip("?"), "/")
        return redirect(url_for("sanctions.warnings", next=target))
    return None


def _security_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def _wants_json() -> bool:
    return request.blueprint == "api" or request.path.startswith("/api/")


def error_response(code: int, message=None, error_code: str | None = None):
    message = message or ERROR_TEXTS.get(code, ERROR_TEXTS[500])
    if _wants_json():
        body = {
            "error": {"code": error_code or _API_CODES.get(code, "error"), "message": str(message)}
        }
        return jsonify(body), code
    title = ERROR_TITLES.get(code, ERROR_TITLES[500])
    return render_template("errors/error.html", code=code, title=title, message=message), code


_API_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "invalid",
    429: "rate_limited",
    500: "server_error",
}


def _register_error_pages(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        code = error.code or 500
        message = None
        if isinstance(error, CSRFError):
            message = _l("Your form expired or was sent from elsewhere. Please try again.")
        return error_response(code, message)

    @app.errorhandler(PermissionDenied)
    def denied(error: PermissionDenied):
        # A member who lacks a trust level learns what unlocks it, not just "no".
        hint = PRIVILEGE_HINTS.get(error.action)
        user = current_user._get_current_object() if request else None
        if is_silenced(user):
            until = format_datetime(user.silenced_until, "short")
            message = _l("You are silenced until %(date)s: you can read, but not post.", date=until)
            return error_response(403, message)
        if hint and reputation.effective_level(user) in range(0, hint[0]):
            return error_response(403, hint[1])
        return error_response(403)

    @app.errorhandler(NotFound)
    def not_found(error: NotFound):
        return error_response(404)

    @app.errorhandler(Exception)
    def server_error(error: Exception):
        app.logger.exception("unhandled error on %s", request.path)
        # Nothing of a failed request is committed, and the error page may query.
        db.session.rollback()
        return error_response(500)


def avatar_color(username: str) -> str:
    digest = hashlib.sha256(username.lower().encode()).digest()
    hue = int.from_bytes(digest[:2], "big") % 360
    return f"hsl({hue}, 55%, 42%)"


def _ago(value: datetime | None) -> str:
    if value is None:
        return ""
    return format_timedelta(value - utcnow(), add_direction=True, threshold=0.9)


def _register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["rendered"] = markup.safe_html
    app.jinja_env.filters["datetime"] = lambda value, fmt="medium": (
        format_datetime(value, fmt) if value else ""
    )
    app.jinja_env.filters["ago"] = _ago
    # Dates kept as ISO text (in audit details), shown like any other date.
    app.jinja_env.filters["iso_datetime"] = lambda text, fmt="short": (
        format_datetime(datetime.fromisoformat(text), fmt) if text else ""
    )
    app.jinja_env.filters["number"] = format_decimal
    app.jinja_env.filters["excerpt"] = lambda text, length=180: markup.plain_text(text, length)
    app.jinja_env.globals.update(
        can=lambda action, target=None: can(current_user, action, target),
        csrf_token=generate_csrf,
        current_locale=lambda: str(get_locale()),
    )

    @app.context_processor
    def inject_site():
        return {"site_name": app.config["SITE_NAME"], "locales": app.config["LOCALES"]}


def show_violation(form, violation) -> None:
    """Put a service's RuleViolation next to the field it is about (or atop the form)."""
    field = getattr(form, violation.field, None) if violation.field else None
    if field is not None and hasattr(field, "errors"):
        field.errors = [*list(field.errors or []), violation.message]
    else:
        form.form_errors.append(violation.message)


def asked(topic):
    """After a new topic: say whether it is published or waits for review, and show it."""
    if topic.status == "pending":
        flash(
            _(
                "Thank you! The team looks at new members' first posts and at "
                "posts that may be spam: your topic appears once it is approved."
            ),
            "info",
        )
    else:
        flash(_("Your topic is published."), "success")
    return redirect(url_for("forum.topic", topic_id=topic.id, slug=topic.slug))


def post_url(post) -> str:
    """Where a post stands: its topic's page, scrolled to the post."""
    topic = post.topic
    return url_for("forum.topic", topic_id=topic.id, slug=topic.slug, _anchor=f"p{post.id}")


def safe_next(target: str | None, fallback: str) -> str:
    """Only local paths are followed after login, never another site.

    Browsers drop tabs and newlines from URLs and read a backslash as a slash,
    so a target with any of them, or with whitespace, is refused outright.
    """
    if not target or any(ch.isspace() or ord(ch) < 32 or ch == "\\" for ch in target):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return fallback
    return target


class NowAndThen:
    """A job that page views run at most every `config_key` seconds per process.

    In the embedded default nothing runs on a clock (no worker): campaign starts and
    digests are due at some moment, and the next page view after it does the job. A
    setting of 0 leaves the job to `flask worker` alone. A failing job never breaks the
    page: it is logged, and the next turn (or the worker) does it.
    """

    def __init__(self, config_key: str, job, what: str):
        self.config_key, self.job, self.what = config_key, job, what
        self.last = 0.0

    def __call__(self) -> None:
        seconds = current_app.config[self.config_key]
        if not seconds or time.monotonic() - self.last < seconds:
            return
        self.last = time.monotonic()
        try:
            self.job()
            events.commit()
        except SQLAlchemyError:
            db.session.rollback()
            log.warning("%s failed; the next turn does it", self.what, exc_info=True)
