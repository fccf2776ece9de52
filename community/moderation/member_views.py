"""Member sanction pages: the staff page for a member, the member's standing,
warnings to acknowledge, and the page a suspended member sees instead of logging in."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from community import events
from community.accounts import services as accounts
from community.errors import RuleViolation
from community.moderation import sanctions
from community.moderation.sanction_forms import (
    AppealForm,
    DeleteSpammerForm,
    LiftForm,
    SilenceForm,
    SuspendForm,
    WarnForm,
)
from community.permissions import can, is_silenced, require
from community.web import safe_next, show_violation

bp = Blueprint("sanctions", __name__)

SUSPENDED_LOGIN = "suspended_login"


@bp.app_context_processor
def _sanction_helpers():
    def silenced_until():
        """For the banner on every page: when the viewer's silence ends, if they are silenced."""
        user = current_user
        if getattr(user, "is_authenticated", False) and is_silenced(user):
            return user.silenced_until
        return None

    return {
        "silenced_until": silenced_until,
        "sanction_kinds": sanctions.KIND_LABELS,
        "permanent_until": sanctions.PERMANENT,
    }


def _user():
    return current_user._get_current_object()


# -- staff: one member -------------------------------------------------------------------

STAFF_FORMS = {
    "warn": (WarnForm, "warn"),
    "silence": (SilenceForm, "silence"),
    "suspend": (SuspendForm, "suspend"),
    "spam": (DeleteSpammerForm, "spam"),
}


def _member_page(member, failed=None, failed_name: str | None = None, status: int = 200):
    forms = {
        name: failed if name == failed_name else form_class(prefix=prefix, formdata=None)
        for name, (form_class, prefix) in STAFF_FORMS.items()
    }
    return render_template(
        "moderation/member.html",
        member=member,
        record=sanctions.member_record(current_user, member),
        forms=forms,
        lift_form=LiftForm(formdata=None),
    ), status


@bp.route("/u/<username>/moderate")
@login_required
def member(username: str):
    member = accounts.get_user_by_username(username)
    require(current_user, "user.moderate", member)
    return _member_page(member)


def _act(username: str, action: str, name: str, perform, done: str):
    """Load the member, check, act, commit; on bad input show the page with the typed text."""
    member = accounts.get_user_by_username(username)
    require(current_user, action, member)
    form_class, prefix = STAFF_FORMS[name]
    form = form_class(prefix=prefix)
    if form.validate_on_submit():
        try:
            perform(member, form)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(done, "success")
            return redirect(url_for("sanctions.member", username=member.username))
    return _member_page(member, form, name, 400)


@bp.route("/u/<username>/warn", methods=["POST"])
@login_required
def warn(username: str):
    return _act(
        username,
        "user.warn",
        "warn",
        lambda member, form: sanctions.warn_member(_user(), member, form.reason.data),
        _("The warning was sent."),
    )


@bp.route("/u/<username>/silence", methods=["POST"])
@login_required
def silence(username: str):
    return _act(
        username,
        "user.silence",
        "silence",
        lambda member, form: sanctions.silence_member(
            _user(), member, form.duration.data, form.reason.data
        ),
        _("The member is silenced."),
    )


@bp.route("/u/<username>/suspend", methods=["POST"])
@login_required
def suspend(username: str):
    return _act(
        username,
        "user.suspend",
        "suspend",
        lambda member, form: sanctions.suspend_member(
            _user(), member, form.duration.data, form.reason.data
        ),
        _("The member is suspended and was logged out."),
    )


@bp.route("/u/<username>/delete-spammer", methods=["POST"])
@login_required
def delete_spammer(username: str):
    return _act(
        username,
        "user.delete_spammer",
        "spam",
        lambda member, form: sanctions.delete_spammer(_user(), member, form.reason.data),
        _("The spammer was removed: their posts are deleted and their email is blocked."),
    )


@bp.route("/sanctions/<int:sanction_id>/lift", methods=["POST"])
@login_required
def lift(sanction_id: int):
    sanction = sanctions.get_sanction(sanction_id)
    member = sanction.user
    require(current_user, "user.lift_sanction", member)
    form = LiftForm()
    if form.validate_on_submit():
        try:
            sanctions.lift_sanction(_user(), sanction, form.reason.data)
        except RuleViolation as violation:
            flash(violation.message, "error")
        else:
            events.commit()
            flash(_("The sanction was lifted."), "success")
    return redirect(url_for("sanctions.member", username=member.username))


# -- the member: standing, warnings, appeals ---------------------------------------------


def _standing_page(failed=None, failed_for: int | None = None, status: int = 200):
    active = sanctions.active_sanctions(_user())
    appeal_forms = {
        s.id: failed if s.id == failed_for else AppealForm(formdata=None) for s in active
    }
    return render_template(
        "moderation/standing.html", active=active, appeal_forms=appeal_forms
    ), status


@bp.route("/account/standing")
@login_required
def standing():
    return _standing_page()


@bp.route("/account/standing/<int:sanction_id>/appeal", methods=["POST"])
@login_required
def appeal(sanction_id: int):
    sanction = sanctions.get_sanction(sanction_id)
    require(current_user, "sanction.appeal", sanction)
    form = AppealForm()
    if form.validate_on_submit():
        try:
            sanctions.appeal_sanction(_user(), sanction, form.appeal.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("Your appeal was sent. The team will look at it."), "success")
            return redirect(url_for("sanctions.standing"))
    return _standing_page(form, sanction.id, 400)


@bp.route("/account/warnings")
@login_required
def warnings():
    pending = sanctions.pending_warnings(_user())
    next_page = safe_next(request.args.get("next"), url_for("forum.index"))
    if not pending:
        return redirect(next_page)
    return render_template("moderation/warning.html", warnings=pending, next_page=next_page)


@bp.route("/account/warnings/<int:sanction_id>/acknowledge", methods=["POST"])
@login_required
def acknowledge(sanction_id: int):
    sanction = sanctions.get_sanction(sanction_id)
    require(current_user, "sanction.acknowledge", sanction)
    sanctions.acknowledge_warning(_user(), sanction)
    events.commit()
    next_page = safe_next(request.args.get("next"), url_for("forum.index"))
    if current_user.warning_pending:
        return redirect(url_for("sanctions.warnings", next=next_page))
    flash(_("Thank you. You can go on as usual."), "success")
    return redirect(next_page)


@bp.route("/account/suspended", methods=["GET", "POST"])
def suspended():
    """Shown instead of logging in: why, until when, and one appeal."""
    member = sanctions.suspended_member_for(session.get(SUSPENDED_LOGIN))
    sanction = sanctions.current_suspension(member) if member is not None else None
    if sanction is None:
        session.pop(SUSPENDED_LOGIN, None)
        return redirect(url_for("accounts.login"))
    form = AppealForm()
    status = 200
    if request.method == "POST":
        require(member, "sanction.appeal", sanction)
        if form.validate_on_submit():
            try:
                sanctions.appeal_sanction(member, sanction, form.appeal.data)
            except RuleViolation as violation:
                show_violation(form, violation)
            else:
                events.commit()
                flash(_("Your appeal was sent. The team will look at it."), "success")
                return redirect(url_for("sanctions.suspended"))
        status = 400
    return render_template(
        "moderation/suspended.html",
        member=member,
        sanction=sanction,
        form=form,
        may_appeal=can(member, "sanction.appeal", sanction),
    ), status
