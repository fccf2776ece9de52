"""Moderation pages: flagging, the review queue, the audit log."""

from __future__ import annotations

import re

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from community import events
from community.errors import NotFound, RuleViolation
from community.extensions import db, limiter
from community.forum import services as forum
from community.moderation import (
    consumers,  # noqa: F401  (registers the outbox consumer)
    services,
)
from community.moderation.forms import FlagForm, WatchedWordForm
from community.permissions import can, require
from community.web import post_url, show_violation

bp = Blueprint("moderation", __name__)


@bp.app_context_processor
def _moderation_helpers():
    def moderation_for(page):
        """For a topic page: the viewer's flags, why hidden posts are hidden and why the topic
        is closed or locked (<= 3 queries)."""
        posts = [page.question, *page.answers]
        hidden = [p.id for p in posts if p.status == "hidden"]
        return {
            "my_flags": services.my_flags(current_user, [p.id for p in posts]),
            "hidden_reasons": services.reasons_for(hidden),
            "categories": forum.list_categories() if can(current_user, "topic.move") else [],
            "topic_notice": services.topic_notice(page.topic),
        }

    return {
        "moderation_for": moderation_for,
        "flag_reasons": services.FLAG_REASON_LABELS,
        "close_reasons": services.CLOSE_REASON_LABELS,
        "moderation_notices": services.ACTION_NOTICES,
        "action_labels": services.ACTION_LABELS,
        "watched_actions": services.WATCHED_ACTION_LABELS,
    }


def _user():
    return current_user._get_current_object()


@bp.route("/p/<int:post_id>/flag", methods=["GET", "POST"])
@login_required
@limiter.limit(lambda: current_app.config["RATELIMIT_FLAGGING"], methods=["POST"])
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


QUEUE_STATES = ("pending", "deferred", "approved", "rejected")
QUEUE_AGES = (0, 24, 72, 168)


def _queue_filters(args) -> dict:
    status = args.get("status", "pending")
    older = args.get("older", 0, type=int)
    return {
        "status": status if status in QUEUE_STATES else "pending",
        "reason": args.get("reason") or None,
        "category": args.get("category", type=int),
        "older": older if older in QUEUE_AGES else 0,
        "order": "newest" if args.get("order") == "newest" else "oldest",
    }


def _render_queue(filters: dict, page: int = 1, typed: dict | None = None, code: int = 200):
    items = services.review_items(
        current_user,
        reason=filters["reason"],
        category_id=filters["category"],
        status=filters["status"],
        older_than_hours=filters["older"],
        newest_first=filters["order"] == "newest",
        page=page,
    )
    post_ids = [item.post_id for item in items.items if item.post_id]
    return render_template(
        "moderation/queue.html",
        items=items,
        flags=services.flags_on(post_ids),
        history=services.author_history({item.user_id for item in items.items}),
        categories=services.review_categories(current_user),
        filters=filters,
        reasons=services.REVIEW_REASON_LABELS,
        ages=QUEUE_AGES,
        typed=typed or {},
    ), code


@bp.route("/review")
@login_required
def queue():
    return _render_queue(_queue_filters(request.args), request.args.get("page", 1, type=int))


@bp.route("/review/decide", methods=["POST"])
@login_required
def decide():
    """One item (its button, with its own reason field) or several (checked boxes)."""
    decision = request.form.get("decision", "")
    filters = _queue_filters(request.args)
    # A button on one item names it in the address; the buttons below act on the checked ones.
    one = request.args.get("item", type=int)
    ids = [one] if one else request.form.getlist("item", type=int)
    # An item's button uses the item's own reason field (never the one meant for the selected
    # items); a client that sends no such field may name the reason plainly.
    field = f"reason_{one}" if one and f"reason_{one}" in request.form else "reason"
    reason = request.form.get(field, "")
    typed = {"reason": request.form.get("reason", "")}
    typed.update({key: value for key, value in request.form.items() if key.startswith("reason_")})
    if not ids:
        flash(_("Choose at least one item."), "error")
        return _render_queue(filters, typed=typed, code=400)
    try:
        for item_id in ids:
            services.decide(
                _user(), services.get_review_item(current_user, item_id), decision, reason
            )
    except RuleViolation as violation:
        # Nothing is committed: the request's transaction is rolled back, the typed reasons stay.
        db.session.rollback()
        flash(violation.message, "error")
        return _render_queue(filters, typed=typed, code=400)
    events.commit()
    flash(ngettext("Done: %(num)s item.", "Done: %(num)s items.", len(ids)), "success")
    return redirect(url_for("moderation.queue", **{k: v for k, v in filters.items() if v}))


@bp.route("/admin/watched-words", methods=["GET", "POST"])
@login_required
def watched_words():
    words = services.list_watched_words(current_user)
    form = WatchedWordForm()
    if form.validate_on_submit():
        try:
            services.add_watched_word(
                _user(),
                pattern=form.pattern.data,
                action=form.action.data,
                is_regex=form.is_regex.data,
                replacement=form.replacement.data,
                message=form.message.data,
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("The word is watched from now on."), "success")
            return redirect(url_for("moderation.watched_words"))
    return render_template(
        "moderation/watched_words.html",
        words=words,
        form=form,
        actions=services.WATCHED_ACTION_LABELS,
    ), 400 if form.errors else 200


@bp.route("/admin/watched-words/<int:word_id>/delete", methods=["POST"])
@login_required
def delete_watched_word(word_id: int):
    services.remove_watched_word(_user(), word_id)
    events.commit()
    flash(_("The word is no longer watched."), "success")
    return redirect(url_for("moderation.watched_words"))


@bp.route("/admin/audit")
@login_required
def audit():
    filters = {
        "action": request.args.get("action") or None,
        "user": request.args.get("user", type=int),
        "actor": request.args.get("actor", type=int),
        "topic": request.args.get("topic", type=int),
    }
    entries = services.audit_log(
        current_user,
        action=filters["action"],
        user_id=filters["user"],
        actor_id=filters["actor"],
        topic_id=filters["topic"],
        page=request.args.get("page", 1, type=int),
    )
    return render_template(
        "moderation/audit.html",
        entries=entries,
        actions=services.actions_in_log(),
        filters=filters,
    )


@bp.route("/t/<int:topic_id>/moderate", methods=["POST"])
@login_required
def moderate_topic(topic_id: int):
    """One endpoint for the topic panel: close, reopen, lock, unlock, pin, unpin, move, merge."""
    topic = forum.get_topic(current_user, topic_id)
    action = request.form.get("action", "")
    reason = request.form.get("reason", "")
    actor = _user()
    landing, done = topic, _("Done.")
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
        elif action == "merge":
            named = request.form.get("into", "").strip()
            into = _topic_from(named)
            if named and into is None:
                raise RuleViolation(_("There is no topic %(name)s.", name=named))
            services.merge_topic(actor, topic, into, reason)
            landing = into
            done = _("Merged: the posts are now part of this topic.")
        else:
            raise RuleViolation(_("Unknown action."))
    except RuleViolation as violation:
        flash(violation.message, "error")
    else:
        events.commit()
        flash(done, "success")
    return redirect(url_for("forum.topic", topic_id=landing.id, slug=landing.slug))


def _topic_from(text: str):
    """The topic a moderator named by number or by its address (…/t/123/…)."""
    match = re.search(r"/t/(\d+)", text or "") or re.fullmatch(r"\s*#?(\d+)\s*", text or "")
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


@bp.route("/t/<int:topic_id>/split", methods=["GET", "POST"])
@login_required
def split_topic(topic_id: int):
    """Moderators pick replies of a topic and move them into a new topic."""
    topic = forum.get_topic(current_user, topic_id)
    require(current_user, "topic.split", topic)
    replies = forum.topic_replies(current_user, topic)
    categories = forum.list_categories()
    form = {"title": "", "category": topic.category_id, "reason": "", "posts": set()}
    error = None
    if request.method == "POST":
        form = {
            "title": request.form.get("title", ""),
            "category": request.form.get("category", topic.category_id, type=int),
            "reason": request.form.get("reason", ""),
            "posts": set(request.form.getlist("post", type=int)),
        }
        category = next((c for c in categories if c.id == form["category"]), None)
        try:
            new = services.split_topic(
                _user(),
                topic,
                [p for p in replies if p.id in form["posts"]],
                title=form["title"],
                category=category,
                reason=form["reason"],
            )
        except RuleViolation as violation:
            error = violation
        else:
            events.commit()
            flash(_("The chosen replies are a topic of their own now."), "success")
            return redirect(url_for("forum.topic", topic_id=new.id, slug=new.slug))
    return render_template(
        "moderation/split.html",
        topic=topic,
        replies=replies,
        categories=categories,
        form=form,
        error=error,
    ), (400 if error else 200)
