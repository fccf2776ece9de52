"""Test fixtures: a real SQLite file per test (copied from one migrated template),
the real app, the Flask test client, and small factories with overridable defaults."""

from __future__ import annotations

import contextvars
import itertools
import shutil
from contextlib import contextmanager

import flask_migrate
import pytest
from flask.testing import FlaskClient
from sqlalchemy import event

from community import create_app, events
from community.accounts import services as accounts
from community.extensions import db
from community.forum import services as forum

PASSWORD = "correct horse battery"
_counter = itertools.count(1)

TEST_CONFIG = {
    "TESTING": True,
    "SECRET_KEY": "test-secret",
    "WTF_CSRF_ENABLED": False,
    "RATELIMIT_ENABLED": False,
    # Argon2 at a test cost: the same code path, less memory.
    "ARGON2_MEMORY_KIB": 1024,
    "ARGON2_TIME_COST": 1,
    "DEFAULT_LOCALE": "en",
    "SERVER_NAME": "community.test",
}


class IsolatedClient(FlaskClient):
    """Runs each request in its own app context, as a server would.

    Tests keep an app context open for factories and assertions; without this,
    requests would share its `g` (and the signed-in user) and its session.
    After a request the test's session starts a fresh transaction, so it sees
    what the request committed.
    """

    def open(self, *args, **kwargs):
        response = contextvars.Context().run(super().open, *args, **kwargs)
        if db.session.registry.has():
            db.session.rollback()
        return response


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    """One database migrated to head with Alembic; every test gets a copy."""
    folder = tmp_path_factory.mktemp("template")
    app = create_app({**TEST_CONFIG, "DATA_DIR": str(folder)})
    with app.app_context():
        flask_migrate.upgrade()
        db.engine.dispose()
    return folder / "community.db"


@pytest.fixture
def make_app(template_db, tmp_path):
    def build(**overrides):
        folder = tmp_path / f"app{next(_counter)}"
        folder.mkdir()
        shutil.copy(template_db, folder / "community.db")
        app = create_app({**TEST_CONFIG, "DATA_DIR": str(folder), **overrides})
        app.test_client_class = IsolatedClient
        return app

    return build


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


# Spam screening off: for tests of other rules whose new members post the same text quickly.
UNSCREENED = {
    "HOLD_FIRST_POSTS": 0,
    "HOLD_TL0_LINKS": False,
    "SPAM_BURST_POSTS": 0,
    "SPAM_REPEAT_HOURS": 0,
}


@pytest.fixture
def unscreened(app):
    app.config.update(UNSCREENED)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def make_user(username=None, role="member", password=PASSWORD, trust_level=2, **kwargs):
    """A member; at trust level 2 by default, so tests of other rules may vote and comment."""
    username = username or f"user{next(_counter)}"
    user = accounts.register_user(
        username=username,
        email=kwargs.pop("email", f"{username}@example.org"),
        password=password,
        role=role,
        allow_reserved=True,
        **kwargs,
    )
    user.trust_level = trust_level
    events.commit()
    return user


def make_category(name=None, slug=None, **kwargs):
    number = next(_counter)
    admin = kwargs.pop("actor", None) or make_user(role="admin")
    category = forum.create_category(
        admin, name=name or f"Category {number}", slug=slug or f"category-{number}", **kwargs
    )
    events.commit()
    return category


def make_topic(author=None, category=None, title=None, body=None, tags=("router",), **kwargs):
    author = author or make_user()
    category = category or make_category()
    topic = forum.ask_question(
        author,
        title=title or f"How do I set up my router {next(_counter)}?",
        body=body or "My router keeps dropping the connection every evening.",
        category=category,
        tags=list(tags),
        **kwargs,
    )
    events.commit()
    return topic


def make_answer(topic, author=None, body="Try a different WLAN channel, 1, 6 or 11.", **kwargs):
    author = author or make_user()
    post = forum.post_answer(author, topic, body, **kwargs)
    events.commit()
    return post


def login(client, user, password=PASSWORD):
    response = client.post("/login", data={"login": user.username, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response


@contextmanager
def count_statements(app):
    """Count the SQL statements run inside the block."""
    statements: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)
