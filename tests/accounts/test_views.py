"""The account pages through the Flask test client, and the request-level glue
they rely on: sessions, locales, security headers, CSRF, rate limits, error pages."""

import base64
import json
import re
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from flask import current_app

from community import events
from community.accounts import services as accounts
from community.accounts.models import ApiToken, User
from community.extensions import db
from community.permissions import PermissionDenied
from tests.conftest import PASSWORD, login, make_answer, make_topic, make_user

NEW_PASSWORD = "purple elephant dances"
INVALID_LINK = "This reset link is invalid or has expired. Please ask for a new one."
LOGIN_ERROR = "The username/email or password is not correct."


def sent_mail():
    return current_app.extensions.setdefault("community_sent_mail", [])


def text(response):
    return response.get_data(as_text=True)


def path_of(response):
    """The local path a redirect points to (None if it leaves the site)."""
    parts = urlsplit(response.headers["Location"])
    if parts.netloc not in ("", "community.test"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def is_logged_in(client):
    return client.get("/settings/profile").status_code == 200


def without_tokens(html):
    """The page without the per-request CSRF tokens, to compare two pages."""
    html = re.sub(r'(name="csrf-token" content=")[^"]*', r"\1", html)
    return re.sub(r'(name="csrf_token" type="hidden" value=")[^"]*', r"\1", html)


def reset_link(mail):
    match = re.search(r"https?://\S+(/password/reset/\S+)", mail.get_content())
    assert match, mail.get_content()
    return match.group(1)


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', text(response)).group(1)


def csrf_from(html):
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


@contextmanager
def running(app):
    """An app context for an app built with make_app, cleaned up like the app fixture."""
    with app.app_context():
        try:
            yield app
        finally:
            db.session.remove()
            db.engine.dispose()


# -- log in and out ---------------------------------------------------------------------


def test_login_page_renders(client):
    response = client.get("/login")
    assert response.status_code == 200
    page = text(response)
    assert 'name="login"' in page
    assert 'name="password"' in page
    assert 'name="remember"' in page


def test_login_by_username_or_email(client, app):
    user = make_user("Sabine", email="sabine@example.org")
    response = client.post("/login", data={"login": "SABINE@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert path_of(response) == "/"
    assert "Hello again, Sabine!" in text(client.get("/"))
    assert is_logged_in(client)
    assert db.session.get(User, user.id).last_seen_at is not None


def test_wrong_password_and_unknown_user_get_the_same_answer(client, app):
    make_user("sabine")
    wrong = client.post("/login", data={"login": "sabine", "password": "not my password"})
    unknown = client.post("/login", data={"login": "nobody", "password": "not my password"})
    assert wrong.status_code == unknown.status_code == 200
    assert LOGIN_ERROR in text(wrong)
    assert LOGIN_ERROR in text(unknown)

    def errors(response):
        return re.search(r'<div class="form-errors".*?</div>', text(response), re.S).group(0)

    assert errors(wrong) == errors(unknown)
    assert not is_logged_in(client)


def test_login_form_keeps_the_login_but_not_the_password(client, app):
    make_user("sabine")
    page = text(client.post("/login", data={"login": "sabine", "password": "typed secret 123"}))
    assert 'value="sabine"' in page
    assert "typed secret 123" not in page


def test_login_with_remember_me_sets_the_remember_cookie(client, app):
    make_user("sabine")
    plain = client.post("/login", data={"login": "sabine", "password": PASSWORD})
    assert not any(c.startswith("remember_token=") for c in plain.headers.getlist("Set-Cookie"))
    client.post("/logout")

    remembered = client.post(
        "/login", data={"login": "sabine", "password": PASSWORD, "remember": "y"}
    )
    assert remembered.status_code == 302
    cookies = [c for c in remembered.headers.getlist("Set-Cookie") if c.startswith("remember_")]
    assert len(cookies) == 1
    assert cookies[0].startswith("remember_token=")
    assert "HttpOnly" in cookies[0]
    assert "SameSite=Lax" in cookies[0]
    # Without the session cookie the remember cookie alone signs in again.
    client.delete_cookie("session", domain="community.test")
    assert is_logged_in(client)


@pytest.mark.parametrize(
    ("next_param", "expected"),
    [
        ("/settings/profile", "/settings/profile"),
        ("/u/sabine?tab=answers", "/u/sabine?tab=answers"),
        ("//evil.example", "/"),
        ("//evil.example/login", "/"),
        ("https://evil.example", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example", "/"),
        ("javascript:alert(1)", "/"),
    ],
)
def test_login_follows_only_local_next(client, app, next_param, expected):
    make_user("sabine")
    response = client.post(
        "/login",
        query_string={"next": next_param},
        data={"login": "sabine", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert path_of(response) == expected


def test_login_ignores_next_with_a_tab_before_the_second_slash(client, app):
    make_user("sabine")
    response = client.post(
        "/login",
        query_string={"next": "/\t/evil.example"},
        data={"login": "sabine", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert path_of(response) == "/"


def test_login_ignores_next_with_a_newline(client, app):
    make_user("sabine")
    response = client.post(
        "/login",
        query_string={"next": "/\n/evil.example"},
        data={"login": "sabine", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert path_of(response) == "/"


def test_logged_in_members_skip_the_login_and_register_pages(client, app):
    login(client, make_user())
    assert path_of(client.get("/login")) == "/"
    assert path_of(client.get("/register")) == "/"


def test_logout_is_post_only(client, app):
    login(client, make_user())
    response = client.get("/logout")
    assert response.status_code == 405
    assert 'class="error-page"' in text(response)
    assert is_logged_in(client)
    response = client.post("/logout")
    assert response.status_code == 302
    assert path_of(response) == "/"
    assert not is_logged_in(client)


def test_logout_clears_the_remember_cookie(client, app):
    make_user("sabine")
    client.post("/login", data={"login": "sabine", "password": PASSWORD, "remember": "y"})
    client.post("/logout")
    client.delete_cookie("session", domain="community.test")
    assert not is_logged_in(client)


# -- registration -----------------------------------------------------------------------


def register_form(**values):
    return {
        "username": "sabine",
        "email": "sabine@example.org",
        "password": PASSWORD,
        "confirm": PASSWORD,
        **values,
    }


def test_register_page_renders(client):
    response = client.get("/register")
    assert response.status_code == 200
    assert 'name="confirm"' in text(response)


def test_register_errors_keep_username_and_email_but_not_the_password(client, app):
    make_user("Sabine")
    typed = "typed password 987"
    response = client.post(
        "/register",
        data=register_form(
            username="sabine", email="neu@example.org", password=typed, confirm=typed
        ),
    )
    assert response.status_code == 200
    page = text(response)
    assert "This username is taken." in page
    assert 'value="sabine"' in page
    assert 'value="neu@example.org"' in page
    assert typed not in page
    assert not is_logged_in(client)


def test_register_form_checks_the_repeated_password(client, app):
    response = client.post("/register", data=register_form(confirm="something else 1"))
    assert "The passwords differ." in text(response)
    assert accounts.find_user("sabine") is None


def test_register_shows_service_rules_on_the_field(client, app):
    response = client.post(
        "/register", data=register_form(password="sabine1234", confirm="sabine1234")
    )
    page = text(response)
    assert "does not contain your name or email" in page
    assert 'aria-invalid="true"' in page
    assert accounts.find_user("sabine") is None


def test_register_logs_in(client, app):
    response = client.post("/register", data=register_form(username="Sabine"))
    assert response.status_code == 302
    assert path_of(response) == "/"
    assert "Welcome, Sabine! Your account is ready." in text(client.get("/"))
    assert is_logged_in(client)
    user = accounts.find_user("sabine")
    assert user is not None and user.email == "sabine@example.org"


def test_register_takes_the_chosen_language(client, app):
    client.post("/language", data={"locale": "de"})
    client.post("/register", data=register_form())
    assert accounts.find_user("sabine").locale == "de"


# -- changing the password and the email ---------------------------------------------------


def password_form(current=PASSWORD, new=NEW_PASSWORD, confirm=None):
    return {"pw-current_password": current, "pw-password": new, "pw-confirm": confirm or new}


def test_change_password_needs_the_current_password(client, app):
    user = make_user("sabine")
    login(client, user)
    response = client.post("/settings/password", data=password_form(current="not my password"))
    assert response.status_code == 400
    assert "The current password is not correct." in text(response)
    assert accounts.authenticate("sabine", PASSWORD) == user


def test_change_password_ends_other_sessions_but_not_this_one(client, app):
    user = make_user("sabine")
    other_device = app.test_client()
    login(client, user)
    login(other_device, user)
    before = len(sent_mail())

    response = client.post("/settings/password", data=password_form())
    assert response.status_code == 302
    assert path_of(response) == "/settings/account"
    assert not any(c.startswith("remember_") for c in response.headers.getlist("Set-Cookie"))

    page = client.get("/settings/account")
    assert page.status_code == 200
    assert "Other sessions were signed out." in text(page)
    response = other_device.get("/settings/profile")
    assert response.status_code == 302
    assert path_of(response).startswith("/login")
    mails = sent_mail()[before:]
    assert [m["To"] for m in mails] == ["sabine@example.org"]
    assert mails[0]["Subject"] == "Your password was changed"
    assert accounts.authenticate("sabine", PASSWORD) is None
    assert accounts.authenticate("sabine", NEW_PASSWORD) == user


def test_change_password_keeps_remember_me_on_this_device(client, app):
    user = make_user("sabine")
    client.post("/login", data={"login": "sabine", "password": PASSWORD, "remember": "y"})
    client.post("/settings/password", data=password_form())
    # The browser restarts: the session cookie is gone, the remember cookie stays.
    client.delete_cookie("session", domain="community.test")
    assert is_logged_in(client)
    assert db.session.get(User, user.id).session_nonce in client.get_cookie(
        "remember_token", domain="community.test"
    ).value.replace("%3A", ":")


def test_change_email_through_the_settings(client, app):
    user = make_user("sabine")
    login(client, user)
    wrong = client.post(
        "/settings/email", data={"em-email": "neu@example.org", "em-password": "not my password"}
    )
    assert wrong.status_code == 400
    assert "The password is not correct." in text(wrong)
    before = len(sent_mail())
    response = client.post(
        "/settings/email", data={"em-email": "Neu@Example.org", "em-password": PASSWORD}
    )
    assert response.status_code == 302
    assert db.session.get(User, user.id).email == "neu@example.org"
    assert [m["To"] for m in sent_mail()[before:]] == ["sabine@example.org"]
    assert "neu@example.org" in text(client.get("/settings/account"))


def test_change_email_refuses_a_taken_address(client, app):
    login(client, make_user("sabine"))
    make_user("bernd", email="bernd@example.org")
    response = client.post(
        "/settings/email", data={"em-email": "BERND@example.org", "em-password": PASSWORD}
    )
    assert response.status_code == 400
    assert "This email address cannot be used." in text(response)
    assert accounts.find_user("sabine").email == "sabine@example.org"


# -- password reset ---------------------------------------------------------------------


def test_forgot_password_answers_the_same_for_known_and_unknown_addresses(client, app):
    make_user("sabine", email="sabine@example.org")
    before = len(sent_mail())
    known = client.post("/password/forgot", data={"email": "sabine@example.org"})
    known_page = client.get(known.headers["Location"])
    assert len(sent_mail()) == before + 1
    unknown = client.post("/password/forgot", data={"email": "nobody@example.org"})
    unknown_page = client.get(unknown.headers["Location"])
    assert len(sent_mail()) == before + 1

    assert known.status_code == unknown.status_code == 302
    assert known.headers["Location"] == unknown.headers["Location"]
    assert text(known) == text(unknown)
    assert known_page.status_code == unknown_page.status_code == 200
    assert "If an account matches, we have sent an email" in text(known_page)
    assert without_tokens(text(known_page)) == without_tokens(text(unknown_page))
    assert sent_mail()[-1]["To"] == "sabine@example.org"


def test_forgot_password_by_username(client, app):
    make_user("Sabine", email="sabine@example.org")
    before = len(sent_mail())
    client.post("/password/forgot", data={"email": "sabine"})
    assert [m["To"] for m in sent_mail()[before:]] == ["sabine@example.org"]


def request_reset_link(client, email):
    before = len(sent_mail())
    client.post("/password/forgot", data={"email": email})
    mails = sent_mail()[before:]
    assert len(mails) == 1
    return reset_link(mails[0])


def test_reset_link_works_once_and_ends_other_sessions(client, app):
    user = make_user("sabine", email="sabine@example.org")
    other_device = app.test_client()
    login(other_device, user)
    link = request_reset_link(client, "sabine@example.org")

    page = client.get(link)
    assert page.status_code == 200
    assert "Choose a new password" in text(page)
    response = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert path_of(response).startswith("/login")
    assert "Your password was changed. Please log in." in text(client.get(path_of(response)))

    assert not is_logged_in(other_device)
    bad = client.post("/login", data={"login": "sabine", "password": PASSWORD})
    assert LOGIN_ERROR in text(bad)
    assert login(client, user, password=NEW_PASSWORD)
    assert is_logged_in(client)
    assert sent_mail()[-1]["Subject"] == "Your password was changed"

    for method in (client.get, client.post):
        again = method(link, data={"password": "third password 1", "confirm": "third password 1"})
        assert again.status_code == 302
        assert path_of(again) == "/password/forgot"
    assert INVALID_LINK in text(client.get("/password/forgot"))
    assert accounts.authenticate("sabine", NEW_PASSWORD) == user


def test_reset_form_applies_the_password_rules(client, app):
    make_user("sabine", email="sabine@example.org")
    link = request_reset_link(client, "sabine@example.org")
    response = client.post(link, data={"password": "sabine-is-me", "confirm": "sabine-is-me"})
    assert response.status_code == 200
    assert "does not contain your name or email" in text(response)
    assert client.get(link).status_code == 200


def test_tampered_reset_link_is_refused(client, app):
    make_user("sabine", email="sabine@example.org")
    victim = make_user("victim", email="victim@example.org")
    link = request_reset_link(client, "sabine@example.org")
    payload, timestamp, signature = link.rsplit("/", 1)[1].split(".")
    # The payload now names another member, the signature stays.
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["u"] = victim.id
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    flipped = signature[0].translate(str.maketrans("AB", "BA")) if signature[0] in "AB" else "A"
    bad_links = [
        f"/password/reset/{forged}.{timestamp}.{signature}",
        f"/password/reset/{payload}.{timestamp}.{flipped}{signature[1:]}",
        f"/password/reset/{payload}.{timestamp}",
        "/password/reset/garbage",
        "/password/reset/a.b.c",
    ]
    for bad in bad_links:
        response = client.get(bad)
        assert response.status_code == 302, bad
        assert path_of(response) == "/password/forgot"
        response = client.post(bad, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
        assert path_of(response) == "/password/forgot"
    assert INVALID_LINK in text(client.get("/password/forgot"))
    assert accounts.authenticate("sabine", PASSWORD) is not None
    assert accounts.authenticate("victim", PASSWORD) is not None
    assert client.get(link).status_code == 200


def test_expired_reset_link_is_refused(make_app):
    with running(make_app(PASSWORD_RESET_MAX_AGE=-1)) as app:
        make_user("sabine", email="sabine@example.org")
        client = app.test_client()
        link = request_reset_link(client, "sabine@example.org")
        response = client.get(link)
        assert response.status_code == 302
        assert path_of(response) == "/password/forgot"
        response = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
        assert path_of(response) == "/password/forgot"
        assert INVALID_LINK in text(client.get("/password/forgot"))
        assert accounts.authenticate("sabine", PASSWORD) is not None


# -- profile pages ----------------------------------------------------------------------


def test_profile_shows_name_bio_questions_and_answers(client, app):
    user = make_user("sabine", display_name="Sabine Müller")
    accounts.update_profile(
        user, user, display_name="Sabine Müller", bio="I *love* fibre.", locale=None
    )
    events.commit()
    make_topic(author=user, title="Which router works with fibre in Berlin?")
    answered = make_topic(title="Why does my WLAN drop every evening?")
    make_answer(answered, author=user, body="Change the channel to 1, 6 or 11 please.")

    response = client.get("/u/sabine")
    assert response.status_code == 200
    page = text(response)
    assert "Sabine Müller" in page
    assert "@sabine" in page
    assert "<em>love</em>" in page
    assert "Which router works with fibre in Berlin?" in page
    assert "Why does my WLAN drop every evening?" not in page
    assert 'href="/u/sabine?tab=answers"' in page

    page = text(client.get("/u/sabine?tab=answers"))
    assert "Why does my WLAN drop every evening?" in page
    assert "Change the channel" in page
    assert "Which router works with fibre in Berlin?" not in page

    assert client.get("/u/SABINE").status_code == 200


def test_profile_bio_with_script_shows_escaped_text(client, app):
    user = make_user("sabine")
    accounts.update_profile(
        user, user, display_name="", bio="Hi <script>alert('x')</script> there", locale=None
    )
    events.commit()
    page = text(client.get("/u/sabine"))
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts and all('src="/static/' in tag for tag in scripts)


def test_profile_of_unknown_user_is_404(client, app):
    response = client.get("/u/nobody")
    assert response.status_code == 404
    assert "Page not found" in text(response)
    assert client.get("/u/nobody/avatar.svg").status_code == 404


def test_own_profile_links_to_the_settings(client, app):
    user = make_user("sabine")
    other = make_user("bernd")
    login(client, user)
    assert "Edit profile" in text(client.get("/u/sabine"))
    assert "Edit profile" not in text(client.get(f"/u/{other.username}"))


def test_avatar_is_an_svg_with_the_initials(client, app):
    make_user("sabine", display_name="Sabine Müller")
    response = client.get("/u/sabine/avatar.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    svg = text(response)
    assert svg.startswith("<svg")
    assert ">SM</text>" in svg
    assert "<script" not in svg


def test_avatar_escapes_odd_display_names(client, app):
    make_user("mallory", display_name="<script>alert(1)</script> <b")
    svg = text(client.get("/u/mallory/avatar.svg"))
    assert "<script" not in svg
    assert "<b" not in svg
    assert ">MA</text>" in svg  # no word of the name starts with a letter: the username's


# -- settings ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/settings/profile", "/settings/account", "/settings/tokens"])
def test_settings_need_login(client, app, path):
    response = client.get(path)
    assert response.status_code == 302
    assert path_of(response).startswith("/login?next=")


@pytest.mark.parametrize(
    "path",
    ["/settings/profile", "/settings/password", "/settings/email", "/settings/tokens"],
)
def test_settings_posts_need_login(client, app, path):
    response = client.post(path, data={})
    assert response.status_code == 302
    assert path_of(response).startswith("/login")


def test_settings_pages_render(client, app):
    login(client, make_user("sabine", display_name="Sabine"))
    for path in ["/settings/profile", "/settings/account", "/settings/tokens"]:
        response = client.get(path)
        assert response.status_code == 200, path
    assert 'value="Sabine"' in text(client.get("/settings/profile"))
    assert "sabine@example.org" in text(client.get("/settings/account"))


def test_profile_settings_save_name_bio_and_locale(client, app):
    user = make_user("sabine")
    login(client, user)
    response = client.post(
        "/settings/profile",
        data={"display_name": "Sabine  Müller", "bio": "Fibre **fan**.", "locale": "de"},
    )
    assert response.status_code == 302
    assert path_of(response) == "/settings/profile"
    stored = db.session.get(User, user.id)
    assert stored.display_name == "Sabine Müller"
    assert stored.bio == "Fibre **fan**."
    assert "<strong>fan</strong>" in stored.bio_html
    assert stored.locale == "de"
    assert html_lang(client.get("/")) == "de"
    page = text(client.get("/settings/profile"))
    assert 'value="Sabine Müller"' in page
    assert re.search(r'<option selected value="de">', page)

    client.post("/settings/profile", data={"display_name": "", "bio": "", "locale": ""})
    stored = db.session.get(User, user.id)
    assert stored.display_name == ""
    assert stored.locale is None


def test_profile_settings_refuse_unknown_locales(client, app):
    user = make_user("sabine")
    login(client, user)
    response = client.post(
        "/settings/profile", data={"display_name": "X", "bio": "", "locale": "fr"}
    )
    assert response.status_code == 200
    assert db.session.get(User, user.id).display_name == ""


def test_another_member_cannot_edit_a_profile(app):
    user, other = make_user(), make_user()
    with pytest.raises(PermissionDenied):
        accounts.update_profile(other, user, display_name="Hacked", bio="", locale=None)
    assert db.session.get(User, user.id).display_name == ""


# -- API tokens -------------------------------------------------------------------------


def test_api_token_secret_is_shown_once_and_revocable(client, app):
    user = make_user("sabine")
    login(client, user)
    response = client.post("/settings/tokens", data={"name": "Backup script"})
    assert response.status_code == 302 and path_of(response) == "/settings/tokens"
    page = text(client.get("/settings/tokens"))
    assert "Authorization: Bearer &lt;token&gt;" in page
    secret = re.search(r'<code class="secret">(cm_[^<]+)</code>', page).group(1)
    token = ApiToken.query.filter_by(user_id=user.id).one()
    assert token.name == "Backup script"
    assert token.prefix == secret[:10]
    assert accounts.user_for_api_token(secret) == user
    db.session.commit()

    # Reloading shows the list without the secret and creates no second token.
    listing = text(client.get("/settings/tokens"))
    assert ApiToken.query.filter_by(user_id=user.id).count() == 1
    assert "Backup script" in listing
    assert f"<code>{token.prefix}…</code>" in listing
    assert secret not in listing
    assert secret[10:20] not in listing

    response = client.post(f"/settings/tokens/{token.id}/revoke")
    assert response.status_code == 302
    assert path_of(response) == "/settings/tokens"
    assert "The token Backup script was revoked." in text(client.get("/settings/tokens"))
    assert db.session.get(ApiToken, token.id).revoked_at is not None
    assert accounts.user_for_api_token(secret) is None


def test_api_token_needs_a_name(client, app):
    user = make_user()
    login(client, user)
    response = client.post("/settings/tokens", data={"name": ""})
    assert response.status_code == 400
    assert 'class="secret"' not in text(response)
    assert accounts.list_api_tokens(user) == []


def test_another_member_cannot_revoke_a_token(client, app):
    user, other = make_user(), make_user()
    token, secret = accounts.create_api_token(user, "script")
    events.commit()
    login(client, other)
    response = client.post(f"/settings/tokens/{token.id}/revoke")
    assert response.status_code == 404
    assert client.post("/settings/tokens/99999/revoke").status_code == 404
    assert db.session.get(ApiToken, token.id).revoked_at is None
    assert accounts.user_for_api_token(secret) == user
    events.commit()  # the lookup noted the token's use; a request cannot write meanwhile
    assert "script" not in text(client.get("/settings/tokens")).split("<tbody>")[1]


# -- language ---------------------------------------------------------------------------


def test_visitor_switches_to_german(client, app):
    assert html_lang(client.get("/")) == "en"
    response = client.post("/language", data={"locale": "de", "next": "/categories"})
    assert response.status_code == 302
    assert path_of(response) == "/categories"
    assert html_lang(client.get("/")) == "de"
    client.post("/language", data={"locale": "en"})
    assert html_lang(client.get("/")) == "en"


def test_language_switch_ignores_foreign_next(client, app):
    response = client.post("/language", data={"locale": "de", "next": "//evil.example/"})
    assert path_of(response) == "/"


def test_member_language_choice_is_stored(client, app):
    user = make_user()
    login(client, user)
    client.post("/language", data={"locale": "de"})
    assert db.session.get(User, user.id).locale == "de"
    assert html_lang(client.get("/")) == "de"
    # It follows the member to another device.
    other_device = app.test_client()
    login(other_device, user)
    assert html_lang(other_device.get("/")) == "de"


def test_accept_language_picks_german_without_a_choice(client, app):
    german = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.5"})
    assert html_lang(german) == "de"
    assert html_lang(client.get("/", headers={"Accept-Language": "fr, en;q=0.5"})) == "en"
    assert html_lang(client.get("/", headers={"Accept-Language": "fr"})) == "en"
    client.post("/language", data={"locale": "en"})
    assert html_lang(client.get("/", headers={"Accept-Language": "de"})) == "en"


@pytest.mark.parametrize("locale", ["fr", "", "de_XX"])
def test_unknown_locale_is_400(client, app, locale):
    response = client.post("/language", data={"locale": locale})
    assert response.status_code == 400
    assert "Bad request" in text(response)


# -- request-level protection -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/login", "/u/nobody"])
def test_security_headers(client, app, path):
    make_user("sabine")
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


def test_session_cookie_is_httponly_and_lax(client, app):
    response = login(client, make_user())
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if c.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_csrf_token_is_required(make_app):
    with running(make_app(WTF_CSRF_ENABLED=True)) as app:
        make_user("sabine")
        client = app.test_client()
        response = client.post("/login", data={"login": "sabine", "password": PASSWORD})
        assert response.status_code == 400
        page = text(response)
        assert 'class="error-page"' in page
        assert "Your form expired or was sent from elsewhere. Please try again." in page
        assert html_lang(response) == "en"
        assert not is_logged_in(client)
        german = client.post(
            "/login",
            data={"login": "sabine", "password": PASSWORD},
            headers={"Accept-Language": "de"},
        )
        assert german.status_code == 400
        assert html_lang(german) == "de"
        assert 'class="error-page"' in text(german)

        token = csrf_from(text(client.get("/login")))
        response = client.post(
            "/login", data={"login": "sabine", "password": PASSWORD, "csrf_token": token}
        )
        assert response.status_code == 302
        assert is_logged_in(client)
        assert client.post("/logout").status_code == 400
        assert is_logged_in(client)


def test_rate_limit_on_login_shows_a_friendly_page(make_app):
    with running(make_app(RATELIMIT_ENABLED=True, RATELIMIT_LOGIN="2 per minute")) as app:
        make_user("sabine")
        client = app.test_client()
        data = {"login": "sabine", "password": "wrong password"}
        assert client.post("/login", data=data).status_code == 200
        assert client.post("/login", data=data).status_code == 200
        response = client.post("/login", data=data)
        assert response.status_code == 429
        page = text(response)
        assert 'class="error-page"' in page
        assert "Too many requests" in page
        assert "Retry-After" in response.headers
        # Even the right password waits now.
        response = client.post("/login", data={"login": "sabine", "password": PASSWORD})
        assert response.status_code == 429
        german = client.post("/login", data=data, headers={"Accept-Language": "de"})
        assert german.status_code == 429
        assert html_lang(german) == "de"
        # Only POSTs count: the form still loads.
        assert client.get("/login").status_code == 200


def test_rate_limits_are_off_in_the_default_test_config(client, app):
    make_user("sabine")
    data = {"login": "sabine", "password": "nope nope"}
    statuses = {client.post("/login", data=data).status_code for _ in range(12)}
    assert statuses == {200}


# -- error pages ------------------------------------------------------------------------


def test_404_page(client, app):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    page = text(response)
    assert 'class="error-page"' in page
    assert "Page not found" in page
    assert "To the start page" in page


def test_403_page_for_members_on_admin_pages(client, app):
    login(client, make_user())
    response = client.get("/admin/categories")
    assert response.status_code == 403
    page = text(response)
    assert 'class="error-page"' in page
    assert "Not allowed" in page
    assert "You do not have permission to do this." in page
