"""The accounts services against the real database: rules, passwords, tokens, profiles."""

import pytest
from flask import current_app
from itsdangerous import URLSafeTimedSerializer

from community import events
from community.accounts import services as accounts
from community.accounts.models import User
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.permissions import PermissionDenied
from tests.conftest import PASSWORD, make_user

NEW_PASSWORD = "purple elephant dances"


def sent_mail():
    return current_app.extensions.setdefault("community_sent_mail", [])


def register(**values):
    values = {
        "username": "sabine",
        "email": "sabine@example.org",
        "password": PASSWORD,
        **values,
    }
    return accounts.register_user(**values)


def violation_of(call, **values):
    with pytest.raises(RuleViolation) as caught:
        call(**values)
    return caught.value


# -- registration ---------------------------------------------------------------------


def test_register_user_creates_a_member(app):
    user = register(username="Sabine", email="  Sabine@Example.ORG ", display_name=" Sabine  M. ")
    events.commit()
    stored = db.session.get(User, user.id)
    assert stored.username == "Sabine"
    assert stored.username_key == "sabine"
    assert stored.email == "sabine@example.org"
    assert stored.display_name == "Sabine M."
    assert stored.role == "member"
    assert stored.reputation == 1
    assert stored.session_nonce
    assert stored.locale is None


def test_register_user_keeps_only_known_locales(app):
    assert register(username="anna", email="anna@example.org", locale="de").locale == "de"
    assert register(username="bernd", email="bernd@example.org", locale="xx").locale is None


def test_stored_password_is_an_argon2_hash_not_the_password(app):
    user = register()
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert accounts.check_password(user, PASSWORD)
    assert not accounts.check_password(user, PASSWORD + "x")


@pytest.mark.parametrize(
    "username",
    ["ab", "x" * 31, "sa bine", "sabine!", "_sabine", "säbine", "sabine@home", ""],
)
def test_register_user_refuses_bad_usernames(app, username):
    violation = violation_of(register, username=username)
    assert violation.field == "username"
    assert "3 to 30 characters" in str(violation.message)


@pytest.mark.parametrize("username", ["admin", "Admin", "SUPPORT", "moderator", "api"])
def test_register_user_refuses_reserved_usernames(app, username):
    violation = violation_of(register, username=username)
    assert violation.field == "username"
    assert str(violation.message) == "This username is reserved."


def test_reserved_usernames_are_allowed_for_setup_scripts(app):
    assert register(username="support", allow_reserved=True).username == "support"


def test_register_user_refuses_a_taken_username_in_any_case(app):
    make_user("Sabine")
    for name in ["sabine", "SABINE", "Sabine"]:
        violation = violation_of(register, username=name, email=f"{name}2@example.org")
        assert violation.field == "username"
        assert str(violation.message) == "This username is taken."


@pytest.mark.parametrize(
    "email", ["", "sabine", "sabine@", "@example.org", "sabine@example", "sa bine@example.org"]
)
def test_register_user_refuses_invalid_emails(app, email):
    violation = violation_of(register, email=email)
    assert violation.field == "email"
    assert str(violation.message) == "Please enter a valid email address."


def test_register_user_refuses_a_taken_email_in_any_case(app):
    make_user("sabine", email="sabine@example.org")
    violation = violation_of(register, username="other", email="SABINE@Example.org")
    assert violation.field == "email"
    assert "An account with this email exists" in str(violation.message)


def test_register_user_refuses_short_passwords(app):
    violation = violation_of(register, password="short pw")
    assert violation.field == "password"
    assert str(violation.message) == "The password needs at least 10 characters."


@pytest.mark.parametrize(
    "password",
    ["Sabine is the best", "xxsabinexx12", "myname-sabine-1", "aaaaaaaaaaaaaa"],
)
def test_register_user_refuses_passwords_with_the_name_or_too_few_characters(app, password):
    violation = violation_of(register, password=password)
    assert violation.field == "password"
    assert "does not contain your name" in str(violation.message)


def test_register_user_refuses_passwords_with_the_email_name(app):
    violation = violation_of(
        register, username="anna", email="kellerhaus@example.org", password="my kellerhaus pw"
    )
    assert violation.field == "password"


def test_register_user_refuses_unknown_roles(app):
    assert violation_of(register, role="emperor").field == "role"


def test_failed_registration_creates_nothing(app):
    with pytest.raises(RuleViolation):
        register(password="short")
    events.commit()
    assert accounts.find_user("sabine") is None


# -- signing in -------------------------------------------------------------------------


def test_authenticate_by_username_or_email_in_any_case(app):
    user = make_user("Sabine", email="sabine@example.org")
    for login in ["Sabine", "sabine", "SABINE", "sabine@example.org", "Sabine@EXAMPLE.org"]:
        assert accounts.authenticate(login, PASSWORD) == user, login
    assert accounts.authenticate("  sabine  ", PASSWORD) == user


def test_authenticate_refuses_a_wrong_password(app):
    make_user("sabine")
    assert accounts.authenticate("sabine", "wrong password!") is None
    assert accounts.authenticate("sabine", "") is None
    assert accounts.authenticate("sabine", None) is None
    assert accounts.authenticate("sabine", PASSWORD.upper()) is None


def test_authenticate_returns_none_for_unknown_users(app):
    make_user("sabine")
    assert accounts.authenticate("nobody", PASSWORD) is None
    assert accounts.authenticate("nobody@example.org", PASSWORD) is None
    assert accounts.authenticate("", PASSWORD) is None
    assert accounts.authenticate(None, PASSWORD) is None


def test_a_broken_stored_hash_does_not_log_in(app):
    user = make_user("sabine")
    user.password_hash = "not-a-hash"
    assert accounts.authenticate("sabine", PASSWORD) is None


def test_session_ids_carry_the_nonce(app):
    user = make_user()
    assert accounts.load_session_user(user.get_id()) == user
    assert accounts.load_session_user(f"{user.id}:wrong") is None
    assert accounts.load_session_user(str(user.id)) is None
    assert accounts.load_session_user("abc:def") is None
    assert accounts.load_session_user("") is None
    assert accounts.load_session_user("99999:x") is None


def test_touch_last_seen_only_writes_every_few_minutes(app):
    user = make_user()
    assert user.last_seen_at is None
    accounts.touch_last_seen(user)
    first = user.last_seen_at
    assert first is not None
    accounts.touch_last_seen(user)
    assert user.last_seen_at == first


# -- password and email ---------------------------------------------------------------


def test_change_password_needs_the_current_password(app):
    user = make_user("sabine")
    nonce = user.session_nonce
    violation = violation_of(
        accounts.change_password, actor=user, user=user, current="wrong one!", new=NEW_PASSWORD
    )
    assert violation.field == "current_password"
    assert user.session_nonce == nonce
    assert accounts.check_password(user, PASSWORD)


def test_change_password_applies_the_password_rules(app):
    user = make_user("sabine")
    violation = violation_of(
        accounts.change_password, actor=user, user=user, current=PASSWORD, new="short"
    )
    assert violation.field == "password"
    violation = violation_of(
        accounts.change_password, actor=user, user=user, current=PASSWORD, new="sabine2024!!"
    )
    assert violation.field == "password"


def test_change_password_rotates_the_nonce_and_sends_mail(app):
    user = make_user("sabine")
    old_session = user.get_id()
    before = len(sent_mail())
    accounts.change_password(user, user, current=PASSWORD, new=NEW_PASSWORD)
    events.commit()
    assert user.get_id() != old_session
    assert accounts.load_session_user(old_session) is None
    assert accounts.load_session_user(user.get_id()) == user
    assert accounts.authenticate("sabine", PASSWORD) is None
    assert accounts.authenticate("sabine", NEW_PASSWORD) == user
    mails = sent_mail()[before:]
    assert len(mails) == 1
    assert mails[0]["To"] == "sabine@example.org"
    assert mails[0]["Subject"] == "Your password was changed"
    assert "/password/forgot" in mails[0].get_content()


def test_nobody_changes_another_members_password_or_email(app):
    user, other = make_user(), make_user()
    with pytest.raises(PermissionDenied):
        accounts.change_password(other, user, current=PASSWORD, new=NEW_PASSWORD)
    with pytest.raises(PermissionDenied):
        accounts.change_email(other, user, password=PASSWORD, email="new@example.org")


def test_change_email_needs_the_password(app):
    user = make_user("sabine")
    violation = violation_of(
        accounts.change_email, actor=user, user=user, password="wrong one!", email="s@example.org"
    )
    assert violation.field == "password"
    assert user.email == "sabine@example.org"


def test_change_email_refuses_invalid_same_and_taken_addresses(app):
    user = make_user("sabine")
    make_user("bernd", email="bernd@example.org")

    def change_to(email):
        return violation_of(
            accounts.change_email, actor=user, user=user, password=PASSWORD, email=email
        )

    assert change_to("nope").field == "email"
    assert str(change_to("SABINE@example.org").message) == "This is already your email address."
    taken = change_to("Bernd@example.org")
    assert taken.field == "email"
    assert str(taken.message) == "This email address cannot be used."
    assert user.email == "sabine@example.org"


def test_change_email_tells_the_old_address(app):
    user = make_user("sabine")
    before = len(sent_mail())
    accounts.change_email(user, user, password=PASSWORD, email="Sabine.Neu@Example.org")
    events.commit()
    assert db.session.get(User, user.id).email == "sabine.neu@example.org"
    assert accounts.authenticate("sabine.neu@example.org", PASSWORD) == user
    assert accounts.authenticate("sabine@example.org", PASSWORD) is None
    mails = sent_mail()[before:]
    assert [m["To"] for m in mails] == ["sabine@example.org"]
    assert mails[0]["Subject"] == "Your email address was changed"
    assert "sabine.neu@example.org" in mails[0].get_content()


# -- password reset -------------------------------------------------------------------


def test_reset_token_identifies_the_user_once(app):
    user = make_user("sabine")
    token = accounts.make_reset_token(user)
    assert accounts.user_for_reset_token(token) == user
    old_nonce = user.session_nonce
    assert accounts.reset_password(token, NEW_PASSWORD) == user
    events.commit()
    assert user.session_nonce != old_nonce
    assert accounts.authenticate("sabine", NEW_PASSWORD) == user
    # The token is bound to the replaced password: spent now.
    assert accounts.user_for_reset_token(token) is None
    with pytest.raises(RuleViolation) as caught:
        accounts.reset_password(token, "another new password")
    assert caught.value.field == "token"


def test_reset_token_ends_when_the_password_changes_otherwise(app):
    user = make_user()
    token = accounts.make_reset_token(user)
    accounts.change_password(user, user, current=PASSWORD, new=NEW_PASSWORD)
    events.commit()
    assert accounts.user_for_reset_token(token) is None


def test_reset_token_expires(app):
    user = make_user()
    token = accounts.make_reset_token(user)
    app.config["PASSWORD_RESET_MAX_AGE"] = -1
    assert accounts.user_for_reset_token(token) is None
    with pytest.raises(RuleViolation):
        accounts.reset_password(token, NEW_PASSWORD)
    assert accounts.check_password(user, PASSWORD)


def test_forged_or_tampered_reset_tokens_are_refused(app):
    user = make_user()
    token = accounts.make_reset_token(user)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert accounts.user_for_reset_token(tampered) is None
    assert accounts.user_for_reset_token("") is None
    assert accounts.user_for_reset_token("garbage.token.value") is None
    fingerprint = accounts._password_fingerprint(user)
    foreign = URLSafeTimedSerializer("another-secret", salt=accounts.RESET_SALT)
    assert accounts.user_for_reset_token(foreign.dumps({"u": user.id, "p": fingerprint})) is None
    own = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt=accounts.RESET_SALT)
    assert accounts.user_for_reset_token(own.dumps({"u": user.id, "p": "0" * 16})) is None
    assert accounts.user_for_reset_token(own.dumps([user.id])) is None
    assert accounts.user_for_reset_token(own.dumps({"u": 99999, "p": fingerprint})) is None
    other_salt = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="email-confirm")
    assert accounts.user_for_reset_token(other_salt.dumps({"u": user.id, "p": fingerprint})) is None


def test_reset_password_applies_the_password_rules(app):
    user = make_user("sabine")
    token = accounts.make_reset_token(user)
    with pytest.raises(RuleViolation) as caught:
        accounts.reset_password(token, "short")
    assert caught.value.field == "password"
    assert accounts.user_for_reset_token(token) == user


def test_request_password_reset_mails_only_existing_accounts(app):
    make_user("sabine")
    before = len(sent_mail())
    accounts.request_password_reset("nobody@example.org")
    events.commit()
    assert len(sent_mail()) == before
    accounts.request_password_reset("SABINE")
    events.commit()
    mails = sent_mail()[before:]
    assert [m["To"] for m in mails] == ["sabine@example.org"]
    assert mails[0]["Subject"] == "Reset your password"
    assert "/password/reset/" in mails[0].get_content()


# -- profiles and locales ----------------------------------------------------------------


def test_update_profile_saves_name_bio_and_locale(app):
    user = make_user("sabine")
    accounts.update_profile(
        user, user, display_name="  Sabine   Müller ", bio="I like **routers**.", locale="de"
    )
    events.commit()
    stored = db.session.get(User, user.id)
    assert stored.display_name == "Sabine Müller"
    assert stored.bio == "I like **routers**."
    assert "<strong>routers</strong>" in stored.bio_html
    assert stored.locale == "de"
    assert stored.name == "Sabine Müller"
    assert stored.initials == "SM"


def test_update_profile_escapes_raw_html_in_the_bio(app):
    user = make_user()
    accounts.update_profile(user, user, display_name="", bio="<script>alert(1)</script>", locale="")
    assert "<script" not in user.bio_html
    assert user.locale is None


def test_update_profile_limits_lengths(app):
    user = make_user()
    long_name = violation_of(
        accounts.update_profile, actor=user, user=user, display_name="x" * 61, bio="", locale=None
    )
    assert long_name.field == "display_name"
    long_bio = violation_of(
        accounts.update_profile, actor=user, user=user, display_name="", bio="x" * 3001, locale=None
    )
    assert long_bio.field == "bio"


def test_members_cannot_edit_someone_elses_profile(app):
    user, other = make_user(), make_user()
    with pytest.raises(PermissionDenied):
        accounts.update_profile(other, user, display_name="Hacked", bio="", locale=None)
    admin = make_user(role="admin")
    accounts.update_profile(admin, user, display_name="Fixed by admin", bio="", locale=None)
    assert user.display_name == "Fixed by admin"


def test_set_locale(app):
    user = make_user()
    accounts.set_locale(user, "de")
    assert user.locale == "de"
    with pytest.raises(RuleViolation):
        accounts.set_locale(user, "fr")


def test_initials_fall_back_to_the_username(app):
    assert make_user("kai.uwe").initials == "KU"
    assert make_user("zz_top", display_name="   ").initials == "ZT"
    assert make_user("moritz").initials == "M"


def test_get_user_by_username_is_case_insensitive(app):
    user = make_user("Sabine")
    assert accounts.get_user_by_username("SABINE") == user
    with pytest.raises(NotFound):
        accounts.get_user_by_username("nobody")


# -- API tokens -------------------------------------------------------------------------


def test_api_token_secret_is_stored_hashed(app):
    user = make_user()
    token, secret = accounts.create_api_token(user, "  My   script ")
    events.commit()
    assert token.name == "My script"
    assert secret.startswith("cm_")
    assert token.prefix == secret[:10]
    assert secret not in token.token_hash
    assert token.token_hash == accounts.hash_token(secret)
    assert accounts.user_for_api_token(secret) == user
    assert token.last_used_at is not None
    assert accounts.user_for_api_token(secret + "x") is None
    assert accounts.user_for_api_token("") is None
    assert accounts.list_api_tokens(user) == [token]


def test_api_token_needs_a_name(app):
    user = make_user()
    assert violation_of(accounts.create_api_token, actor=user, name="   ").field == "name"
    assert violation_of(accounts.create_api_token, actor=user, name="x" * 61).field == "name"


def test_revoked_api_tokens_stop_working(app):
    user = make_user()
    token, secret = accounts.create_api_token(user, "script")
    accounts.revoke_api_token(user, token)
    events.commit()
    assert token.revoked_at is not None
    assert not token.is_active
    assert accounts.user_for_api_token(secret) is None
    revoked_at = token.revoked_at
    accounts.revoke_api_token(user, token)
    assert token.revoked_at == revoked_at


def test_members_cannot_revoke_someone_elses_token(app):
    user, other = make_user(), make_user()
    token, _secret = accounts.create_api_token(user, "script")
    with pytest.raises(PermissionDenied):
        accounts.revoke_api_token(other, token)
    assert token.is_active
    assert accounts.list_api_tokens(other) == []
    with pytest.raises(NotFound):
        accounts.get_api_token(99999)


def test_initials_skip_brackets_and_punctuation(app):
    assert make_user("jana_mod", display_name="Jana (Moderation)").initials == "JM"
    assert make_user("tom_s", display_name="Tom (Service-Team)").initials == "TS"
    assert make_user("sabine_k").initials == "SK"
