"""Expert pages: who the experts are, leaderboards, and the staff's expert decisions."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import format_percent, format_timedelta
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice

from community import events
from community.accounts import services as accounts
from community.errors import NotFound, RuleViolation
from community.forum import services as forum
from community.permissions import require

# Importing experts also registers its outbox consumer (earned roles follow accepts and votes).
from community.reputation import experts
from community.reputation.expert_forms import AppointForm, ReasonForm
from community.web import show_violation

bp = Blueprint("experts", __name__)


@bp.app_context_processor
def _experts_helpers():
    # A function, so only the pages that show the block run its one query.
    return {"featured_experts": experts.featured_experts}


@bp.app_template_filter("percent")
def _percent(value: float) -> str:
    return format_percent(value)


@bp.app_template_filter("duration")
def _duration(value) -> str:
    return format_timedelta(value, threshold=0.9)


def _user():
    return current_user._get_current_object()


@bp.route("/experts")
def index():
    """Every active expert, global ones first, then by category."""
    roles = experts.active_roles()
    groups: dict = {}
    for role in roles:
        groups.setdefault(role.category_id, (role.category, []))[1].append(role)
    return render_template(
        "reputation/experts.html", groups=list(groups.values()), categories=forum.list_categories()
    )


@bp.route("/c/<slug>/experts")
def category(slug: str):
    """A category's experts with their answers, solutions and speed."""
    cat = forum.get_category(slug)
    roles = experts.experts_of(cat)
    stats = experts.expert_stats(cat, [role.user for role in roles])
    return render_template(
        "reputation/experts_category.html", category=cat, roles=roles, stats=stats
    )


@bp.route("/leaderboard")
def leaderboard():
    period = request.args.get("period", "week")
    if period not in experts.PERIODS:
        raise NotFound(period)
    slug = request.args.get("category") or None
    cat = forum.get_category(slug) if slug else None
    return render_template(
        "reputation/leaderboard.html",
        period=period,
        category=cat,
        categories=forum.list_categories(),
        standings=experts.leaderboard(period, cat),
    )


# -- staff ---------------------------------------------------------------------------------


def _appoint_form(blank: bool = False) -> AppointForm:
    form = AppointForm(formdata=None) if blank else AppointForm()
    form.category.choices = [SelectChoice("", _("All categories"))] + [
        SelectChoice(str(c.id), c.local_name) for c in forum.list_categories()
    ]
    return form


def _render_admin(appoint_form=None, reason_errors=None, status: int = 200):
    user = _user()
    require(user, "expert.feature")
    return render_template(
        "reputation/experts_admin.html",
        appoint_form=appoint_form or _appoint_form(blank=True),
        proposed=experts.proposed_roles(),
        lapsing=experts.lapsing(),
        roles=experts.active_roles(),
        reason_errors=reason_errors or {},
    ), status


@bp.route("/admin/experts")
@login_required
def admin():
    """Staff: decide proposed and lapsing roles, appoint, revoke and feature experts."""
    return _render_admin()


@bp.route("/admin/experts/appoint", methods=["POST"])
@login_required
def appoint():
    require(current_user, "expert.manage")
    form = _appoint_form()
    if form.validate_on_submit():
        category = None
        if form.category.data:
            category = next(
                (c for c in forum.list_categories() if str(c.id) == form.category.data), None
            )
        try:
            member = accounts.get_user_by_username(form.username.data.strip())
        except NotFound:
            member = None
        try:
            role = experts.appoint(_user(), member, category, form.reason.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("%(name)s is now an expert.", name=role.user.name), "success")
            return redirect(url_for("experts.admin"))
    return _render_admin(appoint_form=form, status=400)


def _with_reason(action: str, role_id: int, decide, done: str):
    """Run a staff decision that needs a reason; errors re-render the page with the text."""
    role = experts.get_role(role_id)
    require(current_user, "expert.manage", role.category)
    form = ReasonForm()
    if form.validate_on_submit():
        try:
            decide(_user(), role, form.reason.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(done, "success")
            return redirect(url_for("experts.admin"))
    errors = [str(e) for e in form.reason.errors] or [str(e) for e in form.form_errors]
    return _render_admin(
        reason_errors={(action, role.id): (form.reason.data or "", errors)}, status=400
    )


def _decide(role_id: int, decide, done: str):
    role = experts.get_role(role_id)
    try:
        decide(_user(), role)
    except RuleViolation as violation:
        flash(str(violation.message), "error")
        return redirect(url_for("experts.admin"))
    events.commit()
    flash(done, "success")
    return redirect(url_for("experts.admin"))


@bp.route("/admin/experts/<int:role_id>/revoke", methods=["POST"])
@login_required
def revoke(role_id: int):
    return _with_reason("revoke", role_id, experts.revoke, _("The expert role was revoked."))


@bp.route("/admin/experts/<int:role_id>/decline", methods=["POST"])
@login_required
def decline(role_id: int):
    return _with_reason("decline", role_id, experts.decline, _("The proposal was declined."))


@bp.route("/admin/experts/<int:role_id>/lapse", methods=["POST"])
@login_required
def lapse(role_id: int):
    return _with_reason("lapse", role_id, experts.let_lapse, _("The expert role has lapsed."))


@bp.route("/admin/experts/<int:role_id>/confirm", methods=["POST"])
@login_required
def confirm(role_id: int):
    return _decide(role_id, experts.confirm, _("The expert role was confirmed."))


@bp.route("/admin/experts/<int:role_id>/keep", methods=["POST"])
@login_required
def keep(role_id: int):
    return _decide(role_id, experts.keep, _("The expert keeps the role."))


@bp.route("/admin/experts/<int:role_id>/feature", methods=["POST"])
@login_required
def feature(role_id: int):
    featured = request.form.get("featured") == "1"
    return _decide(
        role_id,
        lambda actor, role: experts.feature(actor, role, featured),
        _("The expert is featured.") if featured else _("The expert is no longer featured."),
    )
