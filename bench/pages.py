"""Measure how fast the main pages answer on the demo data (printed, never asserted).

Usage: `make bench` (loads the demo community first) or
`.venv/bin/python bench/pages.py [--requests N] [--topics N]`. With --topics it
first adds that many generated topics to a copy of the database, to show that
page times and SQL statement counts stay flat as content grows.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import event, select

from community import create_app, events
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Topic


def generate(count: int) -> None:
    from community.accounts.models import User

    authors = list(db.session.scalars(select(User).limit(20)))
    categories = list(db.session.scalars(select(Category)))
    for number in range(count):
        author = authors[number % len(authors)]
        topic = forum.ask_question(
            author,
            title=f"Generated question number {number} about routers",
            body="A generated question body, long enough to pass validation.",
            category=categories[number % len(categories)],
            tags=["bench", f"t{number % 30}"],
        )
        forum.post_answer(authors[(number + 1) % len(authors)], topic, "A generated answer.")
        if number % 200 == 199:
            events.commit()
    events.commit()


def measure(app, engine, paths: list[str], requests: int, login: str | None = None) -> None:
    client = app.test_client()
    if login:
        from community.demo.loader import DEMO_PASSWORD

        response = client.post("/login", data={"login": login, "password": DEMO_PASSWORD})
        assert response.status_code == 302, f"could not log in as {login}"
        print(f"-- as {login}")
    statements: list[str] = []

    def count(*args):
        statements.append(args[2])

    print(f"{'page':<48} {'median ms':>10} {'p95 ms':>8} {'SQL':>5}")
    for path in paths:
        client.get(path)
        timings = []
        for _ in range(requests):
            statements.clear()
            event.listen(engine, "before_cursor_execute", count)
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            event.remove(engine, "before_cursor_execute", count)
            assert response.status_code == 200, (path, response.status_code)
        timings.sort()
        p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
        print(
            f"{path[:48]:<48} {statistics.median(timings):>10.1f} {p95:>8.1f} {len(statements):>5}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--topics", type=int, default=0)
    args = parser.parse_args()
    source = Path("instance/community.db")
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(source, Path(folder) / "community.db")
        # Generated content goes in within seconds: the spam screening would hold it.
        unscreened = {
            "HOLD_FIRST_POSTS": 0,
            "HOLD_TL0_LINKS": False,
            "SPAM_BURST_POSTS": 0,
            "SPAM_REPEAT_HOURS": 0,
        }
        app = create_app(
            {
                "DATA_DIR": folder,
                "RATELIMIT_ENABLED": False,
                "WTF_CSRF_ENABLED": False,
                **unscreened,
            }
        )
        with app.app_context():
            if args.topics:
                started = time.perf_counter()
                generate(args.topics)
                print(f"generated {args.topics} topics in {time.perf_counter() - started:.1f} s")
            total = db.session.scalar(select(db.func.count(Topic.id)))
            busiest = db.session.scalar(select(Topic).order_by(Topic.answer_count.desc()))
            category = db.session.scalar(select(Category))
            print(f"{total} topics; busiest topic has {busiest.answer_count} answers")
            paths = [
                "/",
                "/topics/top",
                "/topics/unanswered",
                f"/c/{category.slug}",
                f"/t/{busiest.id}/{busiest.slug}",
                "/tags",
                "/u/sabine_k",
                "/u/sabine_k/reputation",
                "/privileges",
                "/badges",
                "/experts",
                f"/c/{category.slug}/experts",
                "/leaderboard?period=all",
                "/api/v1/topics",
                f"/api/v1/topics/{busiest.id}",
            ]
            engine = db.engine
            db.session.remove()
        measure(app, engine, paths, args.requests)
        staff_pages = [
            "/review",
            "/review?status=approved",
            "/admin/audit",
            "/u/dieter_r/moderate",
            "/notifications",
        ]
        measure(app, engine, staff_pages, args.requests, login="mod_jana")
        measure(app, engine, ["/admin/watched-words"], args.requests, login="admin")


if __name__ == "__main__":
    main()
