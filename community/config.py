"""Configuration: one class of defaults, each overridable by a COMMUNITY_* variable."""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

PREFIX = "COMMUNITY_"


class ConfigError(RuntimeError):
    """The configuration cannot work; the message says what to set."""


class Config:
    # "development" generates and keeps a secret key; "production" demands one.
    ENV = "development"
    SECRET_KEY: str | None = None
    # Where the SQLite file, the secret key and (later) the search index live.
    DATA_DIR: str | None = None
    DATABASE_URL: str | None = None
    DEFAULT_LOCALE = "de"
    LOCALES = ("de", "en")
    TIMEZONE = "Europe/Berlin"
    SITE_NAME = "Community"
    LOG_LEVEL = "INFO"
    # Events are dispatched in the web process after commit ("inline"), or
    # only recorded for `flask worker` ("worker").
    EVENTS_DISPATCH = "inline"
    SMTP_URL: str | None = None
    MAIL_FROM = "community@localhost"
    # Used for links in email, which is sent outside of any request.
    BASE_URL = "http://127.0.0.1:5000"
    # Rate limits (Flask-Limiter syntax); storage "memory://" or a redis:// URL.
    RATELIMIT_ENABLED = True
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_LOGIN = "10 per minute;50 per hour"
    RATELIMIT_REGISTER = "5 per hour"
    RATELIMIT_PASSWORD_RESET = "5 per hour"
    RATELIMIT_POSTING = "20 per minute;200 per day"
    RATELIMIT_API = "300 per hour"
    RATELIMIT_FLAGGING = "10 per minute;50 per day"
    PASSWORD_RESET_MAX_AGE = 3600
    PAGE_SIZE = 20
    REMEMBER_COOKIE_DAYS = 30
    SESSION_COOKIE_SECURE = False
    # Reputation points (defaults as on Stack Overflow) and the daily cap on points from votes.
    REP_QUESTION_UPVOTED = 5
    REP_ANSWER_UPVOTED = 10
    REP_POST_DOWNVOTED = -2
    REP_DOWNVOTE_CAST = -1
    REP_ANSWER_ACCEPTED = 15
    REP_ACCEPTED = 2
    REP_DAILY_VOTE_CAP = 200
    # Trust levels (like Discourse): what a member must have done to reach a level.
    TL1_TOPICS_ENTERED = 5
    TL1_POSTS_READ = 30
    TL2_DAYS_VISITED = 15
    TL2_TOPICS_ENTERED = 20
    TL2_POSTS_READ = 100
    TL2_ANSWERS = 3
    TL3_DAYS_VISITED = 50
    TL3_TOPICS_ENTERED = 100
    TL3_POSTS_READ = 500
    TL3_ANSWERS = 10
    TL3_ACCEPTED_ANSWERS = 3
    TL3_FLAGS_AGREED = 0
    # What level 0 may do in a day, and per post.
    TL0_TOPICS_PER_DAY = 3
    TL0_POSTS_PER_DAY = 10
    TL0_MAX_LINKS = 2
    # Level 3 may edit and retag in categories where they have this many visible posts.
    TL3_ACTIVE_POSTS = 5
    # Earned expert roles: accepted answers and upvotes on answers in a category within
    # EXPERT_DAYS; "confirm" lets staff confirm each earned role instead of granting it.
    EXPERT_ACCEPTED = 10
    EXPERT_UPVOTES = 50
    EXPERT_DAYS = 180
    EXPERT_EARNED_MODE = "grant"
    # An earned role below the bar this long appears on the staff's lapse list.
    EXPERT_LAPSE_DAYS = 30
    # Flags: a post whose flags weigh this much is hidden until staff review it.
    FLAG_HIDE_THRESHOLD = 3
    # "whoosh" (an index in the data folder) or "postgresql" (the database's full-text
    # search, shared by every app host); unset, it follows the database.
    SEARCH_BACKEND = ""
    # The Whoosh index folder; DATA_DIR/search unless set.
    SEARCH_INDEX_DIR = ""
    SEARCH_PAGE_SIZE = 20
    # Campaign starts and ends are announced by `flask worker` and, at most this often (in
    # seconds) per web process, by a page view; 0 leaves it to the worker alone.
    CAMPAIGN_ANNOUNCE_SECONDS = 60
    # Daily and weekly digests are queued by `flask worker` and, at most this often (in
    # seconds) per web process, by a page view; 0 leaves them to the worker alone.
    DIGEST_CHECK_SECONDS = 300
    # Notifications also go out by email, as each member chose; `flask demo` turns this
    # off while it loads the demo's history (its members' addresses are not real).
    NOTIFICATION_EMAIL = True
    # Held for review instead of published: the first posts of level 0 members, posts of
    # level 0 members with links, and from members below level 2 the same text in several
    # topics within REPEAT_HOURS or more than BURST_POSTS posts within BURST_MINUTES (0: off).
    HOLD_FIRST_POSTS = 1
    HOLD_TL0_LINKS = True
    SPAM_REPEAT_HOURS = 24
    SPAM_BURST_POSTS = 5
    SPAM_BURST_MINUTES = 10
    # Argon2id cost (OWASP minimum: 19 MiB, 2 iterations).
    ARGON2_MEMORY_KIB = 19456
    ARGON2_TIME_COST = 2


def _coerce(default: object, raw: str) -> object:
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, tuple):
        return tuple(part.strip() for part in raw.split(",") if part.strip())
    return raw


def load_config(overrides: dict | None = None, environ: os._Environ | dict | None = None) -> dict:
    """Defaults, then COMMUNITY_* environment variables, then explicit overrides."""
    environ = os.environ if environ is None else environ
    settings = {key: getattr(Config, key) for key in dir(Config) if key.isupper()}
    for key, default in list(settings.items()):
        raw = environ.get(PREFIX + key)
        if raw is not None:
            settings[key] = _coerce(default, raw)
    settings.update(overrides or {})
    return settings


def finish_config(settings: dict, instance_path: str) -> dict:
    """Derive the settings that depend on others: data folder, database, secret key."""
    data_dir = Path(settings["DATA_DIR"] or instance_path)
    data_dir.mkdir(parents=True, exist_ok=True)
    settings["DATA_DIR"] = str(data_dir)
    if not settings["DATABASE_URL"]:
        settings["DATABASE_URL"] = f"sqlite:///{data_dir / 'community.db'}"
    settings["SQLALCHEMY_DATABASE_URI"] = settings["DATABASE_URL"]
    settings["SEARCH_INDEX_DIR"] = settings["SEARCH_INDEX_DIR"] or str(data_dir / "search")
    if not settings["SEARCH_BACKEND"]:
        on_postgres = settings["DATABASE_URL"].startswith(("postgresql", "postgres:"))
        settings["SEARCH_BACKEND"] = "postgresql" if on_postgres else "whoosh"
    if settings["SEARCH_BACKEND"] not in ("whoosh", "postgresql"):
        raise ConfigError(
            f"COMMUNITY_SEARCH_BACKEND must be whoosh or postgresql, not "
            f"{settings['SEARCH_BACKEND']!r}."
        )
    if settings["SEARCH_BACKEND"] == "postgresql" and not settings["DATABASE_URL"].startswith(
        ("postgresql", "postgres:")
    ):
        raise ConfigError("COMMUNITY_SEARCH_BACKEND=postgresql needs a PostgreSQL database.")
    settings["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True}
    if not settings["SECRET_KEY"]:
        if settings["ENV"] == "production":
            raise ConfigError(
                "COMMUNITY_SECRET_KEY is not set. In production the secret key must be "
                "given, e.g. COMMUNITY_SECRET_KEY=$(python3 -c 'import secrets; "
                "print(secrets.token_hex(32))')"
            )
        settings["SECRET_KEY"] = _development_secret(data_dir)
    settings["BABEL_DEFAULT_LOCALE"] = settings["DEFAULT_LOCALE"]
    settings["BABEL_DEFAULT_TIMEZONE"] = settings["TIMEZONE"]
    settings["BABEL_TRANSLATION_DIRECTORIES"] = str(Path(__file__).parent / "translations")
    settings["WTF_CSRF_TIME_LIMIT"] = None
    settings["SESSION_COOKIE_HTTPONLY"] = True
    settings["SESSION_COOKIE_SAMESITE"] = "Lax"
    settings["REMEMBER_COOKIE_HTTPONLY"] = True
    settings["REMEMBER_COOKIE_SAMESITE"] = "Lax"
    settings["REMEMBER_COOKIE_SECURE"] = settings["SESSION_COOKIE_SECURE"]
    settings["REMEMBER_COOKIE_DURATION"] = settings["REMEMBER_COOKIE_DAYS"] * 86400
    settings["RATELIMIT_HEADERS_ENABLED"] = True
    return settings


def _development_secret(data_dir: Path) -> str:
    """Create the key once, readable by its owner only; first writer wins."""
    path = data_dir / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another process may be writing it right now
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.01)
        raise RuntimeError(f"The development secret key file {path} is empty.") from None
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
