"""The notification centre: the bell on every page, the list, marking as read."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required

from community import events
from community.accounts.models import User
from community.errors import RuleViolation
from community.extensions import csrf, db
from community.notifications import messages, services, watching
from community.notifications.models import CADENCES, WATCH_LEVELS
from community.reputation import badges
from community.web import NowAndThen, safe_next

bp = Blueprint("notifications", __name__)


# A page view, at most every few minutes per process, queues the digests that are due
# (`flask worker` does too).
digests_now_and_then = NowAndThen("DIGEST_CHECK_SECONDS", messages.send_digests, "queueing digests")
bp.before_app_request(digests_now_and_then)


@bp.app_context_processor
def _bell():
    """The unread count for the header: one query, only for members."""

    def unread() -> int:
        if not current_user.is_authenticated:
            return 0
        if "unread_notifications" not in g:
            g.unread_notifications = services.unread_count(current_user)
        return g.unread_notifications

    def watch_level(target) -> str | None:
        """The member's level for a page's topic, category, tag or campaign (one query)."""
        return watching.level_of(current_user, target)

    return {"unread_notifications": unread, "watch_level": watch_level}


@bp.route("/notifications")
@login_required
def index():
    page = services.list_for(current_user, page=request.args.get("page", 1, type=int))
    # Consecutive notifications about one topic form a group, like a conversation.
    # One group per topic (and one for the account), in the order of their newest notice.
    # A campaign's starts and ends (no topic) group under the campaign.
    grouped: dict[int | str | None, list] = {}
    for note in page.items:
        key = note.topic_id
        if key is None and note.kind == "campaign":
            key = f"campaign:{note.data.get('slug')}"
        grouped.setdefault(key, []).append(note)
    groups = list(grouped.items())
    return render_template(
        "notifications/index.html",
        page=page,
        groups=groups,
        categories=services.categories_named_in(page.items),
        badge_catalogue=badges.BADGES,
    )


@bp.route("/notifications/<int:notification_id>")
@login_required
def open_notification(notification_id: int):
    """Mark as read and go to what it is about."""
    notification = services.get_notification(current_user, notification_id)
    services.mark_read(current_user._get_current_object(), notification)
    events.commit()
    return redirect(_target(notification))


@bp.route("/notifications/<int:notification_id>/read", methods=["POST"])
@login_required
def read(notification_id: int):
    notification = services.get_notification(current_user, notification_id)
    services.mark_read(current_user._get_current_object(), notification)
    events.commit()
    return redirect(url_for("notifications.index"))


@bp.route("/notifications/read-all", methods=["POST"])
@login_required
def read_all():
    count = services.mark_all_read(current_user._get_current_object())
    events.commit()
    if count:
        flash(_("All notifications are marked as read."), "success")
    return redirect(url_for("notifications.index"))


def _target(notification) -> str:
    return messages.target_url(notification, current_user)


# -- settings: email and what one watches -----------------------------------------------------


@bp.route("/settings/notifications", methods=["GET", "POST"])
@login_required
def settings():
    member = current_user._get_current_object()
    watch_page = max(request.args.get("page", 1, type=int), 1)
    watches, more_watches = watching.watches_for(member, page=watch_page)
    chosen = services.cadences_for(member)
    errors: dict[str, str] = {}
    if request.method == "POST":
        typed = {
            kind: request.form[f"cadence-{kind}"]
            for kind in chosen
            if f"cadence-{kind}" in request.form
        }
        try:
            services.set_cadences(member, member, typed)
        except RuleViolation as error:
            db.session.rollback()
            errors[error.field or ""] = str(error.message)
            chosen = {**chosen, **typed}
        else:
            events.commit()
            flash(_("Your email settings are saved."), "success")
            return redirect(url_for("notifications.settings"))
    return render_template(
        "notifications/settings.html",
        chosen=chosen,
        errors=errors,
        labels=services.EMAIL_LABELS,
        cadences=CADENCES,
        cadence_labels=services.CADENCE_LABELS,
        watches=watches,
        watch_page=watch_page,
        more_watches=more_watches,
    ), (400 if errors else 200)


@bp.route("/watch", methods=["POST"])
@login_required
def watch():
    """Set the level for a topic, category, tag or campaign (an empty level stops it)."""
    kind = request.form.get("target", "")
    model = watching.MODELS.get(kind)
    target = db.session.get(model, request.form.get("id", type=int) or 0) if model else None
    if target is None:
        abort(404)
    level = request.form.get("level") or None
    if level is not None and level not in WATCH_LEVELS:
        abort(400)
    watching.set_level(current_user._get_current_object(), target, level)
    events.commit()
    flash(WATCH_MESSAGES[level or "none"], "success")
    # Back where the member was (the settings list: its top, where the message shows).
    return redirect(safe_next(request.form.get("next"), url_for("notifications.settings")))


WATCH_MESSAGES = {
    "watching": _l("You are watching this now: you will hear of everything new in it."),
    "tracking": _l("You are tracking this now: you will hear only of what concerns you."),
    "muted": _l("Muted: you will hear nothing about this."),
    "none": _l("Back to normal notifications for this."),
}


@bp.route("/email/unsubscribe/<token>", methods=["GET", "POST"])
@csrf.exempt
def unsubscribe(token: str):
    """One click from an email, no login: the signed link names the member and the kind.

    A GET shows what the button will stop, or that it is stopped already (mail scanners
    open links; they must not unsubscribe anyone); the POST, from this page or from a
    mail program's one-click unsubscribe (RFC 8058), does it. In the member's language,
    as their email was.
    """
    found = messages.read_unsubscribe_token(token)
    member = db.session.get(User, found[0]) if found else None
    if member is None:
        return render_template("notifications/unsubscribe.html", invalid=True), 404
    scope = request.values.get("scope", found[1])
    if scope not in (*services.EMAIL_DEFAULTS, *messages.UNSUBSCRIBE_SCOPES):
        abort(400)
    with force_locale(member.locale or current_app.config["DEFAULT_LOCALE"]):
        if request.method == "POST":
            services.unsubscribe(member, scope)
            events.commit()
            if request.form.get("List-Unsubscribe") != "One-Click":
                return redirect(
                    url_for("notifications.unsubscribe", token=token, scope=scope, done=1), 303
                )
        return render_template(
            "notifications/unsubscribe.html",
            member=member,
            scope=scope,
            still_sent=services.emailed_kinds(member, scope),
            done=request.method == "POST" or request.args.get("done") == "1",
            labels=services.EMAIL_LABELS,
        )
