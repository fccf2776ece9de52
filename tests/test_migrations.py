"""Alembic migrations: an empty database goes to head and back, and head matches the models."""

import warnings

import flask_migrate
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from community import create_app
from community.extensions import db
from tests.conftest import TEST_CONFIG


def test_upgrade_to_head_and_downgrade_to_base(tmp_path):
    app = create_app({**TEST_CONFIG, "DATA_DIR": str(tmp_path)})
    with app.app_context():
        flask_migrate.upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert {"users", "topics", "posts", "votes", "revisions", "comments", "events"} <= tables
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"render_as_batch": True})
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                differences = compare_metadata(context, db.metadata)
        assert differences == []
        flask_migrate.downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        flask_migrate.upgrade()
        assert "topics" in inspect(db.engine).get_table_names()
        db.engine.dispose()
