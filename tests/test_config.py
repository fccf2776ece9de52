"""Configuration: defaults, COMMUNITY_* variables, the secret key and SQLite settings."""

import stat
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import text

from community.config import Config, ConfigError, finish_config, load_config
from community.extensions import db


def test_defaults_without_environment():
    settings = load_config(environ={})
    assert settings["ENV"] == "development"
    assert settings["SECRET_KEY"] is None
    assert settings["LOCALES"] == ("de", "en")
    assert settings["RATELIMIT_ENABLED"] is True
    assert settings["PAGE_SIZE"] == 20
    assert settings["EVENTS_DISPATCH"] == "inline"


def test_environment_variables_override_defaults():
    settings = load_config(
        environ={
            "COMMUNITY_SITE_NAME": "Kundenforum",
            "COMMUNITY_SMTP_URL": "smtp+starttls://mail.example.org:587",
            "COMMUNITY_PAGE_SIZE": "50",
            "COMMUNITY_PASSWORD_RESET_MAX_AGE": " 7200 ",
            "COMMUNITY_RATELIMIT_ENABLED": "false",
            "COMMUNITY_SESSION_COOKIE_SECURE": "yes",
            "COMMUNITY_LOCALES": "en, de ,, fr",
            "COMMUNITY_SECRET_KEY": "from-the-environment",
            "SITE_NAME": "without prefix is ignored",
            "COMMUNITY_NOT_A_SETTING": "ignored",
        }
    )
    assert settings["SITE_NAME"] == "Kundenforum"
    assert settings["SMTP_URL"] == "smtp+starttls://mail.example.org:587"
    assert settings["PAGE_SIZE"] == 50
    assert settings["PASSWORD_RESET_MAX_AGE"] == 7200
    assert settings["RATELIMIT_ENABLED"] is False
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["LOCALES"] == ("en", "de", "fr")
    assert settings["SECRET_KEY"] == "from-the-environment"
    assert "NOT_A_SETTING" not in settings
    # Untouched settings keep their defaults.
    assert settings["DEFAULT_LOCALE"] == Config.DEFAULT_LOCALE
    assert settings["MAIL_FROM"] == Config.MAIL_FROM


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", True),
        ("true", True),
        ("True", True),
        ("YES", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("no", False),
        ("off", False),
        ("", False),
    ],
)
def test_boolean_variables(raw, expected):
    assert load_config(environ={"COMMUNITY_RATELIMIT_ENABLED": raw})["RATELIMIT_ENABLED"] is (
        expected
    )


def test_a_non_number_for_a_number_setting_is_an_error():
    with pytest.raises(ValueError):
        load_config(environ={"COMMUNITY_PAGE_SIZE": "many"})


def test_explicit_overrides_beat_the_environment():
    settings = load_config({"SITE_NAME": "Explicit"}, environ={"COMMUNITY_SITE_NAME": "Env"})
    assert settings["SITE_NAME"] == "Explicit"


def test_production_without_secret_key_is_refused(tmp_path):
    settings = load_config(environ={"COMMUNITY_ENV": "production"})
    with pytest.raises(ConfigError) as caught:
        finish_config(settings, str(tmp_path))
    message = str(caught.value)
    assert "COMMUNITY_SECRET_KEY" in message
    assert "production" in message
    assert not (tmp_path / "secret_key").exists()


def test_production_with_an_empty_secret_key_is_refused(tmp_path):
    settings = load_config(environ={"COMMUNITY_ENV": "production", "COMMUNITY_SECRET_KEY": ""})
    with pytest.raises(ConfigError, match="COMMUNITY_SECRET_KEY"):
        finish_config(settings, str(tmp_path))


def test_production_with_a_secret_key_works(tmp_path):
    settings = load_config(
        environ={"COMMUNITY_ENV": "production", "COMMUNITY_SECRET_KEY": "s3cret-from-env"}
    )
    settings = finish_config(settings, str(tmp_path))
    assert settings["SECRET_KEY"] == "s3cret-from-env"
    assert not (tmp_path / "secret_key").exists()


def test_development_generates_keeps_and_reuses_a_secret_key(tmp_path):
    data_dir = tmp_path / "data"
    first = finish_config(load_config({"DATA_DIR": str(data_dir)}, environ={}), str(tmp_path))
    key_file = data_dir / "secret_key"
    assert key_file.exists()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(first["SECRET_KEY"]) >= 32
    assert key_file.read_text().strip() == first["SECRET_KEY"]

    second = finish_config(load_config({"DATA_DIR": str(data_dir)}, environ={}), str(tmp_path))
    assert second["SECRET_KEY"] == first["SECRET_KEY"]

    elsewhere = finish_config(load_config(environ={}), str(tmp_path / "other"))
    assert elsewhere["SECRET_KEY"] != first["SECRET_KEY"]


def test_workers_starting_together_agree_on_one_secret_key(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    start = threading.Barrier(8)

    def start_worker():
        start.wait()
        return finish_config(load_config({"DATA_DIR": str(data_dir)}, environ={}), str(tmp_path))

    with ThreadPoolExecutor(max_workers=8) as pool:
        keys = {s["SECRET_KEY"] for s in pool.map(lambda _: start_worker(), range(8))}
    assert keys == {(data_dir / "secret_key").read_text()}


def test_data_folder_and_database_are_derived(tmp_path):
    settings = finish_config(
        load_config({"SECRET_KEY": "x"}, environ={}), str(tmp_path / "instance")
    )
    assert settings["DATA_DIR"] == str(tmp_path / "instance")
    assert (tmp_path / "instance").is_dir()
    assert settings["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'instance'}/community.db"
    assert settings["BABEL_DEFAULT_LOCALE"] == "de"
    assert settings["SESSION_COOKIE_HTTPONLY"] is True
    assert settings["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert settings["REMEMBER_COOKIE_DURATION"] == 30 * 86400

    given = finish_config(
        load_config(
            {"SECRET_KEY": "x"}, environ={"COMMUNITY_DATABASE_URL": "postgresql://db/community"}
        ),
        str(tmp_path),
    )
    assert given["SQLALCHEMY_DATABASE_URI"] == "postgresql://db/community"


def test_app_config_comes_from_the_environment(make_app, monkeypatch):
    monkeypatch.setenv("COMMUNITY_SITE_NAME", "Hilfe-Forum")
    monkeypatch.setenv("COMMUNITY_PAGE_SIZE", "7")
    app = make_app()
    assert app.config["SITE_NAME"] == "Hilfe-Forum"
    assert app.config["PAGE_SIZE"] == 7


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(app):
    def pragma(name):
        return db.session.execute(text(f"PRAGMA {name}")).scalar()

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    # Every new connection, not just the first one.
    db.session.remove()
    db.engine.dispose()
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
