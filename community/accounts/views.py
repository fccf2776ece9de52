"""Account pages: register, log in and out, reset, profile, settings, tokens."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from flask_login.config import COOKIE_NAME

from community import events
from community.accounts import services
from community.accounts.forms import (
    ApiTokenForm,
    ChangeEmailForm,
    ChangePasswordForm,
    ForgotPasswordForm,
    LoginForm,
    ProfileForm,
    RegisterForm,
    ResetPasswordForm,
)
from community.errors import NotFound, RuleViolation
from community.extensions import limiter
from community.forum import services as forum
from community.web import avatar_color, safe_next, show_violation

bp = Blueprint("accounts", __name__)


def _limit(name: str):
    return limiter.limit(lambda: current_app.config[name], methods=["POST"])


@bp.route("/register", methods=["GET", "POST"])
@_limit("RATELIMIT_REGISTER")
def register():
    if current_user.is_authenticated:
        return redirect(url_for("forum.index"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.register_user(
                username=form.username.data,
                email=form.email.data,
                password=form.password.data,
                locale=session.get("locale"),
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            login_user(user)
            flash(_("Welcome, %(name)s! Your account is ready.", name=user.username), "success")
            return redirect(safe_next(request.args.get("next"), url_for("forum.index")))
    return render_template("accounts/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@_limit("RATELIMIT_LOGIN")
def login():
    if current_user.is_authenticated:
        return redirect(url_for("forum.index"))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.authenticate(form.login.data, form.password.data)
        if user is None:
            # The same words whether the account exists or not.
            form.form_errors.append(_("The username/email or password is not correct."))
        elif services.is_suspended(user):
            # The right password, but no login: the signed session remembers who it was, so
            # the suspension page can show the reason and take one appeal.
            events.commit()
            session["suspended_login"] = user.get_id()
            return redirect(url_for("sanctions.suspended"))
        else:
            session.pop("suspended_login", None)
            services.touch_last_seen(user)
            events.commit()
            login_user(user, remember=form.remember.data)
            flash(_("Hello again, %(name)s!", name=user.name), "success")
            return redirect(safe_next(request.args.get("next"), url_for("forum.index")))
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout():
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("forum.index"))


@bp.route("/password/forgot", methods=["GET", "POST"])
@_limit("RATELIMIT_PASSWORD_RESET")
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        services.request_password_reset(form.email.data)
        events.commit()
        flash(
            _("If an account matches, we have sent an email with a link to reset the password."),
            "info",
        )
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot_password.html", form=form)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@_limit("RATELIMIT_PASSWORD_RESET")
def reset_password(token: str):
    if services.user_for_reset_token(token) is None:
        flash(_("This reset link is invalid or has expired. Please ask for a new one."), "error")
        return redirect(url_for("accounts.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            user = services.reset_password(token, form.password.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            logout_user()
            flash(_("Your password was changed. Please log in."), "success")
            return redirect(
                url_for("accounts.login", next=url_for("accounts.profile", username=user.username))
            )
    return render_template("accounts/reset_password.html", form=form)


@bp.route("/u/<username>")
def profile(username: str):
    user = services.get_user_by_username(username)
    tab = request.args.get("tab", "questions")
    page = request.args.get("page", 1, type=int)
    if tab == "answers":
        items = forum.user_answers(current_user, user, page=page)
    else:
        tab = "questions"
        items = forum.list_topics(current_user, sort="newest", author=user, page=page)
    return render_template("accounts/profile.html", user=user, tab=tab, items=items)


@bp.route("/u/<username>/avatar.svg")
def avatar(username: str):
    user = services.get_user_by_username(username)
    svg = render_template(
        "accounts/avatar.svg", initials=user.initials, color=avatar_color(user.username)
    )
    response = current_app.response_class(svg, mimetype="image/svg+xml")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


@bp.route("/users/suggest")
@login_required
@limiter.limit(lambda: "120 per minute")
def suggest_users():
    """Members whose name starts with what follows an @, as JSON for static/js/mentions.js."""
    viewer = current_user._get_current_object()
    topic_id = request.args.get("topic_id", type=int)
    if topic_id is not None:
        # Who wrote in a topic only orders the list, and only for a topic the viewer sees.
        try:
            topic_id = forum.get_topic(viewer, topic_id).id
        except NotFound:
            topic_id = None
    users = services.suggest_users(viewer, request.args.get("q", ""), topic_id=topic_id)
    return jsonify(
        {
            "users": [
                {
                    "username": user.username,
                    "name": user.name,
                    "avatar": url_for("accounts.avatar", username=user.username),
                }
                for user in users
            ]
        }
    )


@bp.route("/settings/profile", methods=["GET", "POST"])
@login_required
def settings_profile():
    user = current_user._get_current_object()
    form = ProfileForm(obj=user if request.method == "GET" else None)
    if request.method == "GET":
        form.locale.data = user.locale or ""
    if form.validate_on_submit():
        try:
            services.update_profile(
                user,
                user,
                display_name=form.display_name.data,
                bio=form.bio.data,
                locale=form.locale.data or None,
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("Your profile was saved."), "success")
            return redirect(url_for("accounts.settings_profile"))
    return render_template("accounts/settings_profile.html", form=form)


@bp.route("/settings/account", methods=["GET"])
@login_required
def settings_account():
    return render_template(
        "accounts/settings_account.html",
        password_form=ChangePasswordForm(prefix="pw"),
        email_form=ChangeEmailForm(prefix="em"),
    )


@bp.route("/settings/password", methods=["POST"])
@login_required
@_limit("RATELIMIT_LOGIN")
def change_password():
    user = current_user._get_current_object()
    form = ChangePasswordForm(prefix="pw")
    if form.validate_on_submit():
        try:
            services.change_password(
                user, user, current=form.current_password.data, new=form.password.data
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            # Log in again with the new nonce; every other session is gone. A
            # "remember me" cookie holds the old nonce, so it is renewed too.
            remember_cookie = current_app.config.get("REMEMBER_COOKIE_NAME", COOKIE_NAME)
            login_user(user, remember=remember_cookie in request.cookies)
            flash(_("Your password was changed. Other sessions were signed out."), "success")
            return redirect(url_for("accounts.settings_account"))
    return render_template(
        "accounts/settings_account.html",
        password_form=form,
        email_form=ChangeEmailForm(prefix="em", formdata=None),
    ), 400


@bp.route("/settings/email", methods=["POST"])
@login_required
@_limit("RATELIMIT_LOGIN")
def change_email():
    user = current_user._get_current_object()
    form = ChangeEmailForm(prefix="em")
    if form.validate_on_submit():
        try:
            services.change_email(user, user, password=form.password.data, email=form.email.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("Your email address was changed."), "success")
            return redirect(url_for("accounts.settings_account"))
    return render_template(
        "accounts/settings_account.html",
        email_form=form,
        password_form=ChangePasswordForm(prefix="pw", formdata=None),
    ), 400


@bp.route("/settings/tokens", methods=["GET", "POST"])
@login_required
def settings_tokens():
    user = current_user._get_current_object()
    form = ApiTokenForm()
    if form.validate_on_submit():
        try:
            _token, secret = services.create_api_token(user, form.name.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            # Shown once, on the page the browser is sent to: reloading it creates nothing.
            session["new_api_token"] = secret
            return redirect(url_for("accounts.settings_tokens"))
    return render_template(
        "accounts/settings_tokens.html",
        form=form,
        secret=session.pop("new_api_token", None) if request.method == "GET" else None,
        tokens=services.list_api_tokens(user),
    ), 400 if form.errors else 200


@bp.route("/settings/tokens/<int:token_id>/revoke", methods=["POST"])
@login_required
def revoke_token(token_id: int):
    token = services.get_api_token(token_id)
    if token.user_id != current_user.id:
        abort(404)
    services.revoke_api_token(current_user._get_current_object(), token)
    events.commit()
    flash(_("The token %(name)s was revoked.", name=token.name), "success")
    return redirect(url_for("accounts.settings_tokens"))


@bp.route("/language", methods=["POST"])
def set_language():
    locale = request.form.get("locale", "")
    if locale not in current_app.config["LOCALES"]:
        abort(400)
    session["locale"] = locale
    if current_user.is_authenticated:
        services.set_locale(current_user._get_current_object(), locale)
        events.commit()
    return redirect(safe_next(request.form.get("next"), url_for("forum.index")))
