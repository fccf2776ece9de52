"""Community: a self-hosted customer community where customers help customers."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask, current_app, g, has_request_context, request, session
from flask_login import current_user
from sqlalchemy import event
from sqlalchemy.engine import Engine

from community.config import finish_config, load_config
from community.extensions import babel, csrf, db, limiter, login_manager, migrate

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    """Build the app: config, extensions, blueprints, listeners, Jinja, CLI."""
    settings = load_config(config)
    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.update(finish_config(settings, app.instance_path))
    _configure_logging(app)
    _init_extensions(app)
    _register_blueprints(app)
    _register_listeners(app)

    from community import web

    web.init_app(app)

    from community import cli

    cli.init_app(app)
    return app


def _configure_logging(app: Flask) -> None:
    """Our log lines (and, without SMTP, the emails) go to stderr unless a host set up logging."""
    log = logging.getLogger("community")
    log.setLevel(app.config["LOG_LEVEL"])
    if not log.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)


def _init_extensions(app: Flask) -> None:
    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    limiter.init_app(app)
    login_manager.init_app(app)


def _register_blueprints(app: Flask) -> None:
    from community.accounts.views import bp as accounts_bp
    from community.api.views import bp as api_bp
    from community.campaigns.report_views import bp as campaign_reports_bp
    from community.campaigns.views import bp as campaigns_bp
    from community.forum.views import bp as forum_bp
    from community.moderation.member_views import bp as sanctions_bp
    from community.moderation.views import bp as moderation_bp
    from community.notifications.feeds import bp as feeds_bp
    from community.notifications.views import bp as notifications_bp
    from community.reputation.expert_views import bp as experts_bp
    from community.reputation.views import bp as reputation_bp
    from community.search.views import bp as search_bp

    app.register_blueprint(forum_bp)
    app.register_blueprint(reputation_bp)
    app.register_blueprint(experts_bp)
    app.register_blueprint(accounts_bp)
    app.register_blueprint(notifications_bp)
    app.register_blueprint(feeds_bp)
    app.register_blueprint(moderation_bp)
    app.register_blueprint(search_bp)
    app.register_blueprint(campaigns_bp)
    app.register_blueprint(campaign_reports_bp)
    app.register_blueprint(sanctions_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    csrf.exempt(api_bp)


def _register_listeners(app: Flask) -> None:
    # Importing registers the outbox consumers.
    from community.campaigns import consumers as campaign_consumers  # noqa: F401
    from community.notifications import consumers  # noqa: F401
    from community.reputation import consumers as reputation_consumers  # noqa: F401
    from community.search import indexer  # noqa: F401


def select_locale() -> str:
    """The member's chosen language, else the visitor's choice, else the browser's."""
    locales = tuple(current_app.config["LOCALES"])
    if not has_request_context():
        return current_app.config["DEFAULT_LOCALE"]
    user = g.get("api_user")
    if user is None and request.blueprint != "api" and current_user.is_authenticated:
        user = current_user
    if user is not None and user.locale in locales:
        return user.locale
    if request.blueprint != "api" and session.get("locale") in locales:
        return session["locale"]
    return request.accept_languages.best_match(locales) or current_app.config["DEFAULT_LOCALE"]


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    """WAL, foreign keys and a busy timeout on every SQLite connection."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
