"""Test fixtures: a real SQLite file per test (copied from one migrated template),
the real app, the Flask test client, and small factories with overridable defaults.

Modules marked `pytest.mark.databases("sqlite", "postgresql")` run each test on both
databases; on PostgreSQL every test gets its own database, copied from a migrated
template (see tests/postgres.py for where the server comes from).
"""

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
from tests import postgres

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
    # Tests announce campaign starts and ends themselves (services.announce_due).
    "CAMPAIGN_ANNOUNCE_SECONDS": 0,
    # Tests queue digests themselves (messages.send_digests).
    "DIGEST_CHECK_SECONDS": 0,
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


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "databases(*names): run the module's tests on each of these databases"
    )


def pytest_generate_tests(metafunc):
    marker = metafunc.definition.get_closest_marker("databases")
    if marker and "database" in metafunc.fixturenames:
        metafunc.parametrize("database", marker.args, indirect=True)


@pytest.fixture
def database(request):
    """The database the test runs on: sqlite unless the module asks for more."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_server():
    url, throwaway, reason = postgres.find_server()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    databases = postgres.Databases(url)
    yield databases
    databases.close()
    if throwaway is not None:
        throwaway.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server, tmp_path_factory):
    """A PostgreSQL database migrated to head with Alembic; every test gets a copy."""
    name = f"{postgres_server.prefix}_template"
    url = postgres_server.create(name)
    folder = tmp_path_factory.mktemp("postgres-template")
    app = create_app({**TEST_CONFIG, "DATABASE_URL": url, "DATA_DIR": str(folder)})
    with app.app_context():
        flask_migrate.upgrade()
        db.engine.dispose()
    return name


@pytest.fixture
def make_app(request, database, template_db, tmp_path):
    if database == "postgresql":
        server = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("postgres_template")
    made = []

    def build(**overrides):
        number = next(_counter)
        folder = tmp_path / f"app{number}"
        folder.mkdir()
        settings = {**TEST_CONFIG, "DATA_DIR": str(folder)}
        if database == "postgresql":
            name = f"{server.prefix}_{number}"
            settings["DATABASE_URL"] = server.create(name, template=template)
            made.append(name)
        else:
            shutil.copy(template_db, folder / "community.db")
        app = create_app({**settings, **overrides})
        app.test_client_class = IsolatedClient
        return app

    yield build
    for name in made:
        server.drop(name)


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
