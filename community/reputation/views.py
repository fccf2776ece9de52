"""Reputation pages: a member's ledger and chart, trust levels and privileges, badges."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import format_date
from flask_babel import gettext as _
from flask_login import current_user, login_required

from community import events
from community.accounts import services as accounts
from community.errors import RuleViolation
from community.permissions import can, require
from community.reputation import badges, charts, services
from community.reputation.forms import TrustLevelForm
from community.web import show_violation

bp = Blueprint("reputation", __name__)


@bp.app_context_processor
def _level_names():
    return {"level_names": services.LEVEL_NAMES}


@bp.app_context_processor
def _badge_helpers():
    # The profile (an accounts template) shows a member's badges with one grouped query.
    return {"member_badges": badges.user_badges}


@bp.route("/u/<username>/reputation")
def ledger(username: str):
    user = accounts.get_user_by_username(username)
    page = request.args.get("page", 1, type=int)
    return render_template(
        "reputation/ledger.html", user=user, rows=services.ledger(user, page=page)
    )


@bp.route("/u/<username>/reputation.svg")
def chart(username: str):
    user = accounts.get_user_by_username(username)
    svg = charts.reputation_chart(
        services.reputation_history(user),
        _("Reputation of %(name)s", name=user.name),
        lambda moment: format_date(moment, "medium"),
    )
    response = current_app.response_class(svg, mimetype="image/svg+xml")
    response.headers["Cache-Control"] = "private, max-age=300"
    return response


@bp.route("/privileges")
def privileges():
    """What each trust level unlocks, and (for a member) how far the next one is."""
    user = current_user if current_user.is_authenticated else None
    progress = None
    if user is not None and user.trust_level < 3 and not user.is_staff:
        target = user.trust_level + 1
        progress = (target, services.requirements(user, target))
    return render_template(
        "reputation/privileges.html",
        member=user,
        progress=progress,
    )


@bp.route("/u/<username>/trust-level", methods=["GET", "POST"])
@login_required
def trust_level(username: str):
    """Staff set a member's level (grant 4, or demote) with a reason; members read theirs."""
    user = accounts.get_user_by_username(username)
    may_set = can(current_user, "user.set_trust_level", user)
    if not may_set and current_user.id != user.id:
        abort(403)
    form = TrustLevelForm(data={"level": user.trust_level} if request.method == "GET" else None)
    if request.method == "POST":
        require(current_user, "user.set_trust_level", user)
    if form.validate_on_submit():
        try:
            services.set_trust_level(
                current_user._get_current_object(), user, form.level.data, form.reason.data
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("The trust level was changed."), "success")
            return redirect(url_for("reputation.trust_level", username=user.username))
    status = 400 if form.errors else 200
    return render_template(
        "reputation/trust_level.html",
        user=user,
        form=form if may_set else None,
        history=services.level_history(user),
    ), status


@bp.route("/badges")
def badge_list():
    """Every badge, gold first, with how many members hold it."""
    return render_template(
        "reputation/badges.html", tiers=badges.by_tier(), counts=badges.counts_by_badge()
    )


@bp.route("/badges/<slug>")
def badge(slug: str):
    """One badge: what earns it and who holds it, latest first."""
    found = badges.get_badge(slug)
    if found is None:
        abort(404)
    page = request.args.get("page", 1, type=int)
    return render_template(
        "reputation/badge.html",
        badge=found,
        holders=badges.badge_holders(slug, page=page),
        count=badges.counts_by_badge().get(slug, 0),
    )
