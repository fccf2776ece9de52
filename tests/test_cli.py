"""The flask commands: demo, create-user, worker."""

import shutil
import subprocess
import sys
import textwrap

from sqlalchemy import func, select

from community.accounts.models import User
from community.events import Event, EventReceipt
from community.extensions import db
from community.forum.models import Comment, Post, Topic, Vote
from tests.conftest import make_user


def test_create_user_asks_for_the_password_without_echo(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["create-user", "Jana", "--email", "jana@example.org", "--role", "moderator"],
        input="a-good-long-secret\na-good-long-secret\n",
    )
    assert result.exit_code == 0, result.output
    assert "a-good-long-secret" not in result.output
    user = db.session.scalar(select(User).where(User.username == "Jana"))
    assert user.role == "moderator"


def test_create_user_reports_rule_violations(app):
    make_user(username="taken")
    result = app.test_cli_runner().invoke(
        args=["create-user", "taken", "--email", "x@example.org"],
        input="long-enough-pw\nlong-enough-pw\n",
    )
    assert result.exit_code != 0
    assert "This username is taken." in result.output


def test_demo_loads_a_lively_community_once(app):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert "community-demo-2026" in result.output
    users = db.session.scalar(select(func.count(User.id)))
    topics = db.session.scalar(select(func.count(Topic.id)))
    assert users >= 30 and topics >= 100
    assert db.session.scalar(select(func.count(Vote.id))) > 200
    assert db.session.scalar(select(func.count(Comment.id))) > 30
    assert (
        db.session.scalar(select(func.count(Topic.id)).where(Topic.accepted_post_id.is_not(None)))
        > 40
    )
    assert db.session.scalar(select(func.count(Post.id)).where(Post.is_official)) > 5
    roles = set(db.session.scalars(select(User.role)))
    assert roles == {"member", "moderator", "brand_manager", "admin"}
    # Counters agree with the rows they count.
    for topic in db.session.scalars(select(Topic)):
        answers = db.session.scalar(
            select(func.count(Post.id)).where(
                Post.topic_id == topic.id, Post.position > 1, Post.status == "visible"
            )
        )
        assert topic.answer_count == answers
    again = runner.invoke(args=["demo"])
    assert again.exit_code == 0
    assert "already" in again.output
    assert db.session.scalar(select(func.count(Topic.id))) == topics


def test_demo_if_empty_leaves_a_used_database_alone(app):
    make_user()
    result = app.test_cli_runner().invoke(args=["demo", "--if-empty"])
    assert result.exit_code == 0
    assert db.session.scalar(select(func.count(Topic.id))) == 0


def test_demo_pages_render(app, client):
    app.test_cli_runner().invoke(args=["demo"])
    topic = db.session.scalars(select(Topic).order_by(Topic.id)).first()
    for path in [
        "/",
        "/categories",
        "/tags",
        f"/t/{topic.id}/{topic.slug}",
        "/u/sabine_k",
        "/c/balkonkraftwerk",
        "/topics/unanswered",
    ]:
        assert client.get(path).status_code == 200, path
        assert client.get(path, headers={"Accept-Language": "de"}).status_code == 200, path


def test_worker_handles_events_recorded_for_it(make_app):
    app = make_app(EVENTS_DISPATCH="worker")
    with app.app_context():
        email = make_user().email
        client = app.test_client()
        client.post("/password/forgot", data={"email": email})
        assert app.extensions.get("community_sent_mail", []) == []
        result = app.test_cli_runner().invoke(args=["worker", "--once"])
        assert "Handled 1 event(s)." in result.output
        mail = app.extensions["community_sent_mail"]
        assert len(mail) == 1 and mail[0]["To"] == email
        event = db.session.scalar(
            select(Event).where(Event.kind == "user.password_reset_requested")
        )
        assert db.session.get(EventReceipt, (event.id, "account-email")) is not None
        db.session.remove()
        db.engine.dispose()


def test_without_smtp_emails_are_written_to_the_server_log(template_db, tmp_path):
    """As with `make run`: no logging set up by a host, so the app sets up its own."""
    shutil.copy(template_db, tmp_path / "community.db")
    script = textwrap.dedent(
        """
        import sys
        from community import create_app, events
        from community.accounts import services
        app = create_app({"DATA_DIR": sys.argv[1], "RATELIMIT_ENABLED": False,
                          "WTF_CSRF_ENABLED": False, "ARGON2_MEMORY_KIB": 1024})
        with app.app_context():
            services.register_user(username="sabine", email="sabine@example.org",
                                   password="a-long-secret-pw")
            events.commit()
        app.test_client().post("/password/forgot", data={"email": "sabine@example.org"})
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "To: sabine@example.org" in result.stderr
    assert "/password/reset/" in result.stderr


def test_demo_has_a_moderation_scene_to_walk_through(app, client):
    from community.moderation.models import Flag, ReviewItem, WatchedWord

    app.test_cli_runner().invoke(args=["demo"])
    held = db.session.scalars(
        select(ReviewItem).where(ReviewItem.kind == "held").order_by(ReviewItem.id)
    ).all()
    assert [(item.reason, item.post.status) for item in held] == [
        ("watched_word", "pending"),
        ("first_post", "pending"),
    ]
    assert held[0].user.username == "stromdeals24"
    flagged = db.session.scalar(select(ReviewItem).where(ReviewItem.kind == "flagged"))
    assert flagged.post.status == "visible"
    assert db.session.scalar(select(func.count(Flag.id))) == 2
    assert db.session.scalar(select(func.count(WatchedWord.id))) == 5
    duplicate = db.session.scalar(select(Topic).where(Topic.title.startswith("WLAN oben")))
    assert duplicate.status == "open" and duplicate.answer_count == 1
    # The spam is on no page a visitor sees.
    spam_topic = held[0].post.topic
    page = client.get(f"/t/{spam_topic.id}/{spam_topic.slug}").get_data(as_text=True)
    assert "stromdeals24.example" not in page
    # The demo's search index is written in one go: its topics are found at once.
    found = client.get("/search?q=Mesh Repeater").get_data(as_text=True)
    assert "FRITZ!Box 7590" in found and "WLAN oben im Haus" in found
