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


def test_upgrading_a_database_with_content_keeps_every_row(tmp_path):
    """Batch migrations rebuild SQLite tables; the rebuild must not cascade deletes."""
    app = create_app({**TEST_CONFIG, "DATA_DIR": str(tmp_path)})
    with app.app_context():
        flask_migrate.upgrade(revision="0003_notifications")
        with db.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO users (id, username, username_key, email, password_hash,"
                " display_name, bio, bio_html, role, reputation, created_at, session_nonce,"
                " is_expert, trust_level, days_visited, topics_entered, posts_read, flags_agreed)"
                " VALUES (1, 'sabine', 'sabine', 's@example.org', 'x', '', '', '', 'member', 1,"
                " '2026-01-01', 'n', 0, 2, 0, 0, 0, 0)"
            )
            connection.exec_driver_sql(
                "INSERT INTO categories (id, slug, name, description, translations, position,"
                " topic_count, created_at) VALUES (1, 'c', 'C', '', '{}', 0, 1, '2026-01-01')"
            )
            connection.exec_driver_sql(
                "INSERT INTO topics (id, kind, title, category_id, author_id, status,"
                " answer_count, score, view_count, created_at, last_activity_at)"
                " VALUES (1, 'question', 'A question', 1, 1, 'open', 0, 0, 0,"
                " '2026-01-01', '2026-01-01')"
            )
            connection.exec_driver_sql(
                "INSERT INTO posts (id, topic_id, author_id, position, body, body_html, score,"
                " status, is_official, edit_count, created_at)"
                " VALUES (1, 1, 1, 1, 'Body', '<p>Body</p>', 0, 'visible', 0, 0, '2026-01-01')"
            )
            connection.exec_driver_sql(
                "INSERT INTO revisions (id, post_id, number, editor_id, reason, body, created_at)"
                " VALUES (1, 1, 1, 1, '', 'Body', '2026-01-01')"
            )
        flask_migrate.upgrade()
        with db.engine.connect() as connection:
            counts = {
                table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("users", "topics", "posts", "revisions")
            }
            foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
        assert counts == {"users": 1, "topics": 1, "posts": 1, "revisions": 1}
        assert foreign_keys == 1
        db.engine.dispose()


def test_upgrade_to_head_and_downgrade_to_base_on_postgresql(postgres_server, tmp_path):
    url = postgres_server.create(f"{postgres_server.prefix}_migrations")
    app = create_app({**TEST_CONFIG, "DATABASE_URL": url, "DATA_DIR": str(tmp_path)})
    with app.app_context():
        flask_migrate.upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, db.metadata)
        assert differences == []
        indexes = {i["name"]: i for i in inspect(db.engine).get_indexes("search_documents")}
        assert indexes["ix_search_documents_vector"]["dialect_options"]["postgresql_using"] == "gin"
        flask_migrate.downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        flask_migrate.upgrade()
        db.engine.dispose()
