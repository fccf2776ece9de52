"""Moderation pages: flagging, the review queue, the audit log."""

from __future__ import annotations

import re

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from community import events
from community.errors import NotFound, RuleViolation
from community.forum import services as forum
from community.moderation import (
    consumers,  # noqa: F401  (registers the outbox consumer)
    services,
)
from community.moderation.forms import FlagForm
from community.permissions import can, require
from community.web import post_url, show_violation

bp = Blueprint("moderation", __name__)


@bp.app_context_processor
def _moderation_helpers():
    def moderation_for(page):
        """For a topic page: the viewer's flags and why hidden posts are hidden (<= 2 queries)."""
        posts = [page.question, *page.answers]
        hidden = [p.id for p in posts if p.status == "hidden"]
        return {
            "my_flags": services.my_flags(current_user, [p.id for p in posts]),
            "hidden_reasons": services.reasons_for(hidden),
            "categories": forum.list_categories() if can(current_user, "topic.move") else [],
        }

    return {
        "moderation_for": moderation_for,
        "flag_reasons": services.FLAG_REASON_LABELS,
        "close_reasons": services.CLOSE_REASON_LABELS,
    }


def _user():
    return current_user._get_current_object()


@bp.route("/p/<int:post_id>/flag", methods=["GET", "POST"])
@login_required
def flag(post_id: int):
    post = forum.get_post(current_user, post_id)
    require(current_user, "post.flag", post)
    form = FlagForm()
    if form.validate_on_submit():
        try:
            services.flag_post(
                _user(), post, form.reason.data, form.note.data, form.duplicate_url.data
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("Thank you. The team will look at this post."), "success")
            return redirect(post_url(post))
    return render_template("moderation/flag.html", form=form, post=post), (
        400 if form.errors else 200
    )


@bp.route("/review")
@login_required
def queue():
    status = request.args.get("status", "pending")
    if status not in ("pending", "deferred", "approved", "rejected"):
        status = "pending"
    reason = request.args.get("reason") or None
    category = request.args.get("category", type=int)
    items = services.review_items(
        current_user,
        reason=reason,
        category_id=category,
        status=status,
        page=request.args.get("page", 1, type=int),
    )
    post_ids = [item.post_id for item in items.items if item.post_id]
    return render_template(
        "moderation/queue.html",
        items=items,
        flags=services.flags_on(post_ids),
        history=services.author_history({item.user_id for item in items.items}),
        categories=forum.list_categories(),
        status=status,
        reason=reason,
        category=category,
    )


@bp.route("/review/decide", methods=["POST"])
@login_required
def decide():
    """One item (its button) or several (checked boxes), the same decision and reason."""
    decision = request.form.get("decision", "")
    reason = request.form.get("reason", "")
    # A button on one item names it in the address; the buttons below act on the checked ones.
    one = request.args.get("item", type=int)
    ids = [one] if one else request.form.getlist("item", type=int)
    if not ids:
        flash(_("Choose at least one item."), "error")
        return redirect(url_for("moderation.queue"))
    try:
        for item_id in ids:
            services.decide(
                _user(), services.get_review_item(current_user, item_id), decision, reason
            )
    except RuleViolation as violation:
        # Nothing is committed: the request's transaction ends unfinished.
        flash(violation.message, "error")
        return redirect(url_for("moderation.queue", **request.args))
    events.commit()
    flash(_("Done: %(num)s item(s).", num=len(ids)), "success")
    return redirect(url_for("moderation.queue"))


@bp.route("/admin/audit")
@login_required
def audit():
    action = request.args.get("action") or None
    user_id = request.args.get("user", type=int)
    entries = services.audit_log(
        current_user, action=action, user_id=user_id, page=request.args.get("page", 1, type=int)
    )
    return render_template(
        "moderation/audit.html",
        entries=entries,
        actions=services.actions_in_log(),
        action=action,
    )


@bp.route("/t/<int:topic_id>/moderate", methods=["POST"])
@login_required
def moderate_topic(topic_id: int):
    """One endpoint for the topic panel: close, reopen, lock, unlock, pin, unpin, move."""
    topic = forum.get_topic(current_user, topic_id)
    action = request.form.get("action", "")
    reason = request.form.get("reason", "")
    actor = _user()
    try:
        if action == "close":
            duplicate_of = _topic_from(request.form.get("duplicate_of", ""))
            services.close_topic(
                actor, topic, request.form.get("close_reason", ""), reason, duplicate_of
            )
        elif action == "reopen":
            services.reopen_topic(actor, topic, reason)
        elif action == "lock":
            services.lock_topic(actor, topic, reason)
        elif action == "unlock":
            services.unlock_topic(actor, topic, reason)
        elif action == "pin":
            services.pin_topic(actor, topic, request.form.get("scope", "category"))
        elif action == "unpin":
            services.unpin_topic(actor, topic)
        elif action == "move":
            slug = request.form.get("category", "")
            category = next((c for c in forum.list_categories() if c.slug == slug), None)
            services.move_topic(actor, topic, category, reason)
        else:
            raise RuleViolation(_("Unknown action."))
    except RuleViolation as violation:
        flash(violation.message, "error")
    else:
        events.commit()
        flash(_("Done."), "success")
    return redirect(url_for("forum.topic", topic_id=topic.id, slug=topic.slug))


def _topic_from(text: str):
    """The topic a moderator named by number or by its address (…/t/123/…)."""
    match = re.search(r"(?:/t/)?(\d+)", text or "")
    if not match:
        return None
    try:
        return forum.get_topic(current_user, int(match.group(1)))
    except NotFound:
        return None


@bp.route("/p/<int:post_id>/official", methods=["POST"])
@login_required
def official(post_id: int):
    post = forum.get_post(current_user, post_id)
    services.mark_official(_user(), post, request.form.get("official") == "1")
    events.commit()
    return redirect(post_url(post))
