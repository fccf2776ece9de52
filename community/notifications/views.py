"""The notification centre: the bell on every page, the list, marking as read."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from community import events
from community.notifications import services
from community.reputation import badges

bp = Blueprint("notifications", __name__)


@bp.app_context_processor
def _bell():
    """The unread count for the header: one query, only for members."""

    def unread() -> int:
        if not current_user.is_authenticated:
            return 0
        if "unread_notifications" not in g:
            g.unread_notifications = services.unread_count(current_user)
        return g.unread_notifications

    return {"unread_notifications": unread}


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
    if notification.topic is not None:
        anchor = f"p{notification.post_id}" if notification.post_id else None
        return url_for(
            "forum.topic",
            topic_id=notification.topic.id,
            slug=notification.topic.slug,
            _anchor=anchor,
        )
    if notification.kind == "campaign":
        return url_for("campaigns.campaign", slug=notification.data.get("slug", ""))
    if notification.kind == "trust_level":
        return url_for("reputation.trust_level", username=current_user.username)
    if notification.kind == "badge":
        return url_for("reputation.badge", slug=notification.data.get("badge", ""))
    if notification.kind == "expert":
        return url_for("experts.index")
    if notification.kind == "moderation":
        # A warning, silence, suspension or appeal: the member's standing page explains it.
        return url_for("sanctions.standing")
    return url_for("notifications.index")
