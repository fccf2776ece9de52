"""Leaderboards: reputation gained per period, overall and per category."""

import random
from collections import Counter
from datetime import timedelta

import pytest

from community.extensions import db
from community.reputation import experts
from community.reputation.models import ReputationEvent
from community.timeutil import utcnow
from tests.conftest import make_answer, make_category, make_topic, make_user

OFFSETS = (
    timedelta(0),
    timedelta(days=2),
    timedelta(days=9),
    timedelta(days=40),
    timedelta(days=200),
    timedelta(days=800),
)


@pytest.fixture
def ledger(app):
    """Random ledger rows for a few members in two categories at various ages."""
    rng = random.Random(7)
    members = [make_user(username=f"member{n}") for n in range(6)]
    staff = make_user(role="moderator")
    categories = [make_category(), make_category()]
    posts = {c.id: [make_answer(make_topic(category=c)) for _ in range(2)] for c in categories}
    now = utcnow()
    rows = []
    for _ in range(120):
        user = rng.choice([*members, staff])
        category = rng.choice(categories)
        post = rng.choice([*posts[category.id], None])
        when = now - rng.choice(OFFSETS) - timedelta(minutes=rng.randint(1, 50))
        delta = rng.choice((10, 5, 15, 2, -2, -1))
        db.session.add(
            ReputationEvent(
                user_id=user.id,
                delta=delta,
                reason="answer_upvoted",
                post_id=post.id if post else None,
                created_at=when,
            )
        )
        rows.append((user, category if post else None, when, delta))
    db.session.commit()
    return members, staff, categories, rows


def expected(rows, period, category=None):
    start = experts.period_start(period)
    totals = Counter()
    for user, row_category, when, delta in rows:
        if user.role != "member" or (start is not None and when < start):
            continue
        if category is not None and (row_category is None or row_category.id != category.id):
            continue
        totals[user.username] += delta
    # The board lists what was gained: members at 0 or below in the period are left out.
    gained = [(name, total) for name, total in totals.items() if total > 0]
    return sorted(gained, key=lambda item: (-item[1], item[0]))


@pytest.mark.parametrize("period", experts.PERIODS)
def test_leaderboard_sums_the_period_overall_and_per_category(ledger, period):
    members, staff, categories, rows = ledger
    board = experts.leaderboard(period)
    assert [(s.user.username, s.points) for s in board] == expected(rows, period)
    assert staff.id not in {s.user.id for s in board}
    for category in categories:
        board = experts.leaderboard(period, category)
        assert [(s.user.username, s.points) for s in board] == expected(rows, period, category)


def test_periods_start_at_the_calendar_boundaries(app):
    now = utcnow().replace(year=2026, month=3, day=12, hour=15)  # a Thursday
    assert experts.period_start("week", now).day == 9
    assert experts.period_start("month", now).day == 1
    assert (experts.period_start("year", now).month, experts.period_start("year", now).day) == (
        1,
        1,
    )
    assert experts.period_start("all", now) is None


def test_leaderboard_limit_and_ties_by_username(app):
    zed, amy = make_user(username="zed"), make_user(username="amy")
    for user in (zed, amy):
        db.session.add(ReputationEvent(user_id=user.id, delta=10, reason="accepted"))
    db.session.commit()
    board = experts.leaderboard("week", limit=1)
    assert [s.user.username for s in board] == ["amy"]


def test_leaderboard_page_has_tabs_and_a_category_select(client, ledger):
    members, staff, categories, rows = ledger
    slug = categories[0].slug
    page = client.get(f"/leaderboard?period=all&category={slug}").get_data(as_text=True)
    assert f'value="{slug}" selected' in page
    assert 'name="period" value="all"' in page
    top = expected(rows, "all", categories[0])[0][0]
    assert top in page
    german = client.get("/leaderboard", headers={"Accept-Language": "de"})
    assert german.status_code == 200 and 'lang="de"' in german.get_data(as_text=True)
