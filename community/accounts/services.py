"""Accounts: registration, sign-in, passwords, profiles, locales and API tokens.

Login and password reset never reveal whether an account exists. Changing the
password ends every other session (the session nonce in the login cookie).
"""

from __future__ import annotations

import hashlib
import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import case, exists, or_, select

from community import events, markup
from community.accounts.models import ROLES, ApiToken, User, new_session_nonce
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum.models import Post
from community.moderation import screening
from community.moderation.models import BlockedEmail
from community.permissions import require
from community.timeutil import utcnow

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,29}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PASSWORD_MIN = 10
RESERVED_USERNAMES = {"admin", "administrator", "moderator", "staff", "support", "system", "api"}
RESET_SALT = "password-reset"
# Hashed once so a login for an unknown name costs as much as one for a known name.
_DUMMY_HASH: dict[str, str] = {}


def _hasher() -> PasswordHasher:
    config = current_app.config
    return PasswordHasher(
        time_cost=config["ARGON2_TIME_COST"],
        memory_cost=config["ARGON2_MEMORY_KIB"],
        parallelism=1,
    )


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(user: User, password: str) -> bool:
    try:
        return _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_new_password(password: str, *names: str) -> None:
    if len(password or "") < PASSWORD_MIN:
        raise RuleViolation(
            _l("The password needs at least %(n)d characters.", n=PASSWORD_MIN), field="password"
        )
    if len(password) > 256:
        raise RuleViolation(_l("The password is too long."), field="password")
    lowered = password.lower()
    if any(name and name.lower() in lowered for name in names) or len(set(password)) < 4:
        raise RuleViolation(
            _l("Please choose a password that does not contain your name or email."),
            field="password",
        )


def normalize_email(email: str) -> str:
    email = (email or "").strip()
    if not EMAIL_RE.match(email) or len(email) > 254:
        raise RuleViolation(_l("Please enter a valid email address."), field="email")
    return email.lower()


def find_user(login: str) -> User | None:
    """A user by username or email, case-insensitively."""
    login = (login or "").strip()
    if not login:
        return None
    key = login.lower()
    return db.session.scalar(select(User).where(or_(User.username_key == key, User.email == key)))


def get_user_by_username(username: str) -> User:
    user = db.session.scalar(select(User).where(User.username_key == username.lower()))
    if user is None:
        raise NotFound(username)
    return user


def _email_taken(email: str, except_id: int | None = None) -> bool:
    found = db.session.scalar(select(User.id).where(User.email == email.lower()))
    return found is not None and found != except_id


def email_blocked(email: str) -> bool:
    found = db.session.scalar(select(BlockedEmail.id).where(BlockedEmail.email == email.lower()))
    return found is not None


def is_suspended(user: User) -> bool:
    """A suspended member may not log in, keep a session or use the API until it ends."""
    return user.suspended_until is not None and user.suspended_until > utcnow()


def register_user(
    *,
    username: str,
    email: str,
    password: str,
    locale: str | None = None,
    role: str = "member",
    display_name: str = "",
    allow_reserved: bool = False,
) -> User:
    """Anyone may register with a free username, a valid email and a reasonable password."""
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise RuleViolation(
            _l("3 to 30 characters: letters, digits, dot, hyphen and underscore."),
            field="username",
        )
    if username.lower() in RESERVED_USERNAMES and not allow_reserved:
        raise RuleViolation(_l("This username is reserved."), field="username")
    if role not in ROLES:
        raise RuleViolation(_l("Unknown role."), field="role")
    # Watched words: a blocked one refuses the name, others go to the team once registered.
    watched = [] if allow_reserved else screening.screen_username(username)
    email = normalize_email(email)
    if find_user(username) is not None:
        raise RuleViolation(_l("This username is taken."), field="username")
    if email_blocked(email):
        # The address of a removed spammer: said before "exists", which would invite a reset.
        raise RuleViolation(_l("This email address cannot be used."), field="email")
    if _email_taken(email):
        # Registration has to say so; login and reset never do.
        raise RuleViolation(
            _l("An account with this email exists. Log in or reset your password."),
            field="email",
        )
    _check_new_password(password, username, email.split("@")[0])
    user = User(
        username=username,
        username_key=username.lower(),
        email=email,
        password_hash=hash_password(password),
        display_name=" ".join((display_name or "").split())[:60],
        role=role,
        locale=locale if locale in current_app.config["LOCALES"] else None,
        bio="",
        bio_html="",
        reputation=1,
    )
    db.session.add(user)
    db.session.flush()
    for word in watched:
        screening.queue_member(user, "watched_word", word)
    events.record("user.registered", user_id=user.id)
    return user


def authenticate(login: str, password: str) -> User | None:
    """The user whose username or email and password match, else None (same cost either way)."""
    user = find_user(login)
    if user is None:
        if "x" not in _DUMMY_HASH:
            _DUMMY_HASH["x"] = hash_password(secrets.token_hex(8))
        try:
            _hasher().verify(_DUMMY_HASH["x"], password or "")
        except VerificationError:
            pass
        return None
    if not check_password(user, password or ""):
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def touch_last_seen(user: User) -> None:
    """Remember when a member was last here (at most once a few minutes)."""
    now = utcnow()
    if user.last_seen_at is None or (now - user.last_seen_at).total_seconds() > 300:
        user.last_seen_at = now


def change_password(actor: User, user: User, *, current: str, new: str) -> None:
    """Members change their password after re-entering it; other sessions end."""
    require(actor, "user.edit", user)
    if not check_password(user, current or ""):
        raise RuleViolation(_l("The current password is not correct."), field="current_password")
    _check_new_password(new, user.username, user.email.split("@")[0])
    user.password_hash = hash_password(new)
    user.session_nonce = new_session_nonce()
    db.session.flush()
    events.record("user.password_changed", user_id=user.id)


def change_email(actor: User, user: User, *, password: str, email: str) -> None:
    """Members change their email after re-entering their password; the old address is told."""
    require(actor, "user.edit", user)
    if not check_password(user, password or ""):
        raise RuleViolation(_l("The password is not correct."), field="password")
    email = normalize_email(email)
    if email.lower() == user.email.lower():
        raise RuleViolation(_l("This is already your email address."), field="email")
    if _email_taken(email, user.id) or email_blocked(email):
        raise RuleViolation(_l("This email address cannot be used."), field="email")
    old = user.email
    user.email = email
    db.session.flush()
    events.record("user.email_changed", user_id=user.id, old_email=old)


def update_profile(actor: User, user: User, *, display_name: str, bio: str, locale: str | None):
    """Members set their display name, Markdown bio and language; a silenced member may
    change the language only."""
    require(actor, "user.edit", user)
    display_name = " ".join((display_name or "").split())
    if len(display_name) > 60:
        raise RuleViolation(_l("At most 60 characters."), field="display_name")
    bio = (bio or "").strip()
    if len(bio) > 3000:
        raise RuleViolation(_l("At most 3000 characters."), field="bio")
    if display_name != user.display_name or bio != (user.bio or ""):
        require(actor, "user.write_profile", user)
    user.display_name = display_name
    user.bio, user.bio_html = bio, markup.render(bio)
    user.locale = locale if locale in current_app.config["LOCALES"] else None
    db.session.flush()
    events.record("user.profile_updated", user_id=user.id)


def set_locale(actor: User, locale: str) -> None:
    """Members switch the interface language."""
    require(actor, "user.edit", actor)
    if locale not in current_app.config["LOCALES"]:
        raise RuleViolation(_l("Unknown language."), field="locale")
    actor.locale = locale


# -- mentions and name suggestions ------------------------------------------------------

SUGGEST_LIMIT = 8
_USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")


def _mentionable():
    # Every account that is not suspended: a removed spammer is suspended for good, and
    # a suspended member can neither log in nor read what they were mentioned in.
    return or_(User.suspended_until.is_(None), User.suspended_until <= utcnow())


def mentionable_users(keys: list[str]) -> list[User]:
    """The members behind these username keys who can be mentioned, in one query."""
    if not keys:
        return []
    return list(db.session.scalars(select(User).where(User.username_key.in_(keys), _mentionable())))


def suggest_users(
    viewer, prefix: str, *, topic_id: int | None = None, limit: int = SUGGEST_LIMIT
) -> list[User]:
    """Members whose username starts with `prefix`, for @mention autocomplete.

    Only accounts that can be mentioned, never the viewer; the exact name first, then
    those who wrote in the topic (if one is given), then by reputation. The prefix is a
    range on the unique username_key index, so the lookup stays cheap with many members.
    """
    key = (prefix or "").strip().removeprefix("@").lower()
    if not key or len(key) > 30 or not set(key) <= _USERNAME_CHARS:
        return []
    # [key, key with its last character raised) holds exactly the keys starting with key
    # in byte order; startswith keeps it exact under a collation that orders otherwise.
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    query = select(User).where(
        User.username_key >= key,
        User.username_key < upper,
        User.username_key.startswith(key, autoescape=True),
        _mentionable(),
    )
    if getattr(viewer, "is_authenticated", False):
        query = query.where(User.id != viewer.id)
    order = [case((User.username_key == key, 0), else_=1)]
    if topic_id is not None:
        wrote_here = exists().where(
            Post.topic_id == topic_id, Post.author_id == User.id, Post.status == "visible"
        )
        order.append(case((wrote_here, 0), else_=1))
    query = query.order_by(*order, User.reputation.desc(), User.username_key)
    return list(db.session.scalars(query.limit(max(1, min(limit, SUGGEST_LIMIT)))))


# -- password reset -------------------------------------------------------------------


def _reset_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=RESET_SALT)


def _password_fingerprint(user: User) -> str:
    # A token is bound to the password it replaces, so it works only once.
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def make_reset_token(user: User) -> str:
    return _reset_serializer().dumps({"u": user.id, "p": _password_fingerprint(user)})


def user_for_reset_token(token: str) -> User | None:
    """The user a reset token is for, if it is genuine, fresh and unused."""
    try:
        data = _reset_serializer().loads(
            token, max_age=current_app.config["PASSWORD_RESET_MAX_AGE"]
        )
    except (SignatureExpired, BadSignature):
        return None
    user = db.session.get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or data.get("p") != _password_fingerprint(user):
        return None
    return user


def request_password_reset(email_or_name: str) -> None:
    """Send a reset link if the account exists; say nothing either way."""
    user = find_user(email_or_name)
    if user is not None:
        events.record("user.password_reset_requested", user_id=user.id)


def reset_password(token: str, new: str) -> User:
    """Set a new password with a valid token; the token is spent and other sessions end."""
    user = user_for_reset_token(token)
    if user is None:
        raise RuleViolation(
            _l("This reset link is invalid or has expired. Please ask for a new one."),
            field="token",
        )
    _check_new_password(new, user.username, user.email.split("@")[0])
    user.password_hash = hash_password(new)
    user.session_nonce = new_session_nonce()
    db.session.flush()
    events.record("user.password_changed", user_id=user.id, via="reset")
    return user


# -- API tokens -------------------------------------------------------------------------


def create_api_token(actor: User, name: str) -> tuple[ApiToken, str]:
    """Members create a named bearer token; the secret is shown once and stored hashed."""
    require(actor, "account.manage")
    name = " ".join((name or "").split())
    if not 1 <= len(name) <= 60:
        raise RuleViolation(_l("Please give the token a name (up to 60 characters)."), field="name")
    secret = "cm_" + secrets.token_urlsafe(32)
    token = ApiToken(user_id=actor.id, name=name, token_hash=hash_token(secret), prefix=secret[:10])
    db.session.add(token)
    db.session.flush()
    events.record("api_token.created", user_id=actor.id, token_id=token.id)
    return token, secret


def revoke_api_token(actor: User, token: ApiToken) -> None:
    """Members revoke their own tokens."""
    require(actor, "account.manage")
    if token.user_id != actor.id:
        require(actor, "user.edit", token.user)
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        db.session.flush()
        events.record("api_token.revoked", user_id=actor.id, token_id=token.id)


def list_api_tokens(user: User) -> list[ApiToken]:
    return list(
        db.session.scalars(
            select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at.desc())
        )
    )


def get_api_token(token_id: int) -> ApiToken:
    token = db.session.get(ApiToken, token_id)
    if token is None:
        raise NotFound(token_id)
    return token


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def user_for_api_token(secret: str) -> User | None:
    """The member behind an active bearer token (and note when it was used)."""
    if not secret:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(secret)))
    if token is None or token.revoked_at is not None or is_suspended(token.user):
        return None
    now = utcnow()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        token.last_used_at = now
    return token.user


def load_session_user(session_id: str) -> User | None:
    """The user for a login cookie "id:nonce", if the nonce is still current."""
    user_id, _, nonce = (session_id or "").partition(":")
    if not user_id.isdigit() or not nonce:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not secrets.compare_digest(user.session_nonce, nonce):
        return None
    if is_suspended(user):
        return None
    return user
