"""The campaign report: every figure against a count made here in plain Python from
seeded random activity, the pages and their permissions, the CSV and the charts."""

from __future__ import annotations

import csv
import io
import random
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from community import events
from community.campaigns import report as reports
from community.campaigns import services
from community.campaigns.models import Campaign
from community.campaigns.services import CampaignInput
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.search.models import SearchLog
from community.timeutil import utcnow
from tests.conftest import count_statements, login, make_category, make_user

LISTED = ("open", "closed", "locked")
KINDS = ("question", "question", "question", "discussion", "idea", "idea", "article")
QUERIES = ("balkonkraftwerk", "wechselrichter", "einspeisung", "zähler", "anmeldung", "akku")


@dataclass
class PostRow:
    id: int
    topic_id: int
    author_id: int
    position: int
    created_at: datetime
    status: str = "visible"


@dataclass
class TopicRow:
    id: int
    kind: str
    category_id: int
    campaign_id: int | None
    created_at: datetime
    status: str = "open"
    score: int = 0
    accepted_post_id: int | None = None


@dataclass
class World:
    """What the test created, as plain rows, and the people to act as."""

    campaign: Campaign
    now: datetime
    manager: object
    admin: object
    moderator: object
    members: list
    users: dict = field(default_factory=dict)  # id -> (created_at, is_staff)
    topics: dict = field(default_factory=dict)
    posts: dict = field(default_factory=dict)
    searches: list = field(default_factory=list)  # (query, created_at, result_count)
    joined: int = 0


def _new_campaign(manager, category, slug, starts_at, ends_at, **overrides):
    data = CampaignInput(
        title=overrides.pop("title", "Balkonkraftwerk-Wochen"),
        slug=slug,
        brief="Fragen rund ums Balkonkraftwerk.",
        type=overrides.pop("type", "questions"),
        category=category,
        starts_at=starts_at,
        ends_at=ends_at,
        goal_metric="topics",
        goal_target=20,
    )
    campaign = services.create_campaign(manager, data)
    services.publish_campaign(manager, campaign)
    events.commit()
    return campaign


def build_world(seed: int, *, ended: bool = False, topics: int = 48, slug="balkon") -> World:
    """Members and staff, topics in the campaign, before it and elsewhere, answers at known
    times, solutions, ideas with votes, registrations and searches, all seeded."""
    rng = random.Random(seed)
    now = utcnow().replace(microsecond=0)
    starts_at = now - timedelta(days=10)
    admin = make_user(role="admin")
    manager = make_user(role="brand_manager")
    moderator = make_user(role="moderator")
    members = [make_user() for _ in range(8)]
    loners = [make_user() for _ in range(3)]  # registered, never write
    category = make_category(actor=admin)
    elsewhere = make_category(actor=admin)
    campaign = _new_campaign(manager, category, slug, starts_at, now + timedelta(days=4))
    ends_at = now - timedelta(days=2) if ended else campaign.ends_at
    world = World(campaign, now, manager, admin, moderator, members)
    writers = [*members, moderator, manager, admin]

    for member in rng.sample(members, 3):
        services.join(member, campaign)
        world.joined += 1

    created = []
    for number in range(topics):
        kind = rng.choice(KINDS)
        author = rng.choice(writers)
        in_category = rng.random() < 0.85
        asked_at = starts_at - timedelta(days=12) + timedelta(minutes=rng.randrange(22 * 24 * 60))
        topic = forum.ask_question(
            author,
            title=f"Wie melde ich mein Balkonkraftwerk an, Teil {number}?",
            body=f"Frage Nummer {number}: wo melde ich das Gerät an, und was brauche ich?",
            category=category if in_category else elsewhere,
            tags=["balkon"],
            kind=kind,
        )
        in_window = starts_at <= asked_at < ends_at
        belongs = in_window and rng.random() < (0.8 if in_category else 0.3)
        row = TopicRow(
            topic.id,
            kind,
            topic.category_id,
            campaign.id if belongs else None,
            asked_at,
        )
        world.topics[topic.id] = row
        opening = db.session.query(Post).filter_by(topic_id=topic.id, position=1).one()
        world.posts[opening.id] = PostRow(opening.id, topic.id, author.id, 1, asked_at)
        answered_at = asked_at
        answers = []
        for reply in range(rng.randrange(5)):
            answered_at += timedelta(minutes=rng.randrange(20, 3 * 24 * 60))
            if answered_at >= now:
                break
            answerer = rng.choice([w for w in writers if w.id != author.id])
            post = forum.post_answer(
                answerer, topic, f"Antwort {reply} auf Frage {number}: beim Netzbetreiber."
            )
            world.posts[post.id] = PostRow(
                post.id, topic.id, answerer.id, post.position, answered_at
            )
            answers.append(post)
        if kind == "question" and answers and rng.random() < 0.6:
            solution = rng.choice(answers)
            forum.accept_answer(moderator, solution)
            row.accepted_post_id = solution.id
        if kind == "idea":
            for voter in rng.sample(writers, rng.randrange(6)):
                if voter.id != author.id:
                    forum.cast_vote(voter, opening, 1)
                    row.score += 1
        for post in answers:
            if rng.random() < 0.12:
                world.posts[post.id].status = rng.choice(("hidden", "deleted", "pending"))
        if rng.random() < 0.15:
            row.status = rng.choice(("closed", "locked", "hidden", "deleted", "pending"))
        created.append(topic)
    events.commit()  # the campaigns consumer attaches new topics: set them as wanted below

    for row in world.topics.values():
        topic = db.session.get(Topic, row.id)
        topic.created_at, topic.campaign_id, topic.status = (
            row.created_at,
            row.campaign_id,
            row.status,
        )
    for row in world.posts.values():
        post = db.session.get(Post, row.id)
        post.created_at, post.status = row.created_at, row.status
    for user in [admin, manager, moderator, *members, *loners]:
        user.created_at = (
            starts_at - timedelta(days=15) + timedelta(minutes=rng.randrange(25 * 24 * 60))
        )
        world.users[user.id] = (user.created_at, user.is_staff)
    for _ in range(40):
        query = rng.choice(QUERIES)
        at = starts_at - timedelta(days=12) + timedelta(minutes=rng.randrange(22 * 24 * 60))
        found = rng.choice((0, 0, 3, 7))
        db.session.add(
            SearchLog(query=query, normalized=query, filters=[], result_count=found, created_at=at)
        )
        world.searches.append((query, at, found))
    campaign.ends_at = ends_at
    events.commit()
    return world


# -- the expected figures, counted in plain Python ----------------------------------------


def expected(world: World, scope, since: datetime, until: datetime, joined=None) -> dict:
    topics = {
        t.id: t
        for t in world.topics.values()
        if scope(t) and t.status in LISTED and since <= t.created_at < until
    }
    posts = [
        p
        for p in world.posts.values()
        if p.topic_id in topics and p.status == "visible" and since <= p.created_at < until
    ]
    participants = {p.author_id for p in posts}
    newcomers = [uid for uid, (at, _) in world.users.items() if since <= at < until]
    solutions = []
    for topic in topics.values():
        post = world.posts.get(topic.accepted_post_id)
        if post is not None and post.status == "visible" and post.created_at < until:
            solutions.append((topic, post))
    waits = []
    for topic in topics.values():
        if topic.kind != "question":
            continue
        times = [
            p.created_at
            for p in world.posts.values()
            if p.topic_id == topic.id
            and p.position > 1
            and p.status == "visible"
            and p.created_at < until
        ]
        if times:
            waits.append((min(times) - topic.created_at).total_seconds() / 3600)
    searches = [s for s in world.searches if since <= s[1] < until]
    by_kind = Counter(t.kind for t in topics.values())
    return {
        "participants": len(participants),
        "joined": joined,
        "new_members": len(newcomers),
        "new_members_participating": len(set(newcomers) & participants),
        "topics_by_kind": dict(by_kind),
        "answers": sum(1 for p in posts if p.position > 1),
        "solved": sum(1 for t, _ in solutions if t.kind == "question"),
        "first_answer_hours": statistics.median(waits) if waits else None,
        "first_answer_topics": len(waits),
        "solutions": len(solutions),
        "member_solutions": sum(1 for _, p in solutions if not world.users[p.author_id][1]),
        "idea_votes": sum(t.score for t in topics.values() if t.kind == "idea"),
        "searches": len(searches),
        "searches_without_result": sum(1 for s in searches if s[2] == 0),
        "_posts": posts,
        "_topics": topics,
    }


def as_dict(figures: reports.Figures) -> dict:
    return {
        "participants": figures.participants,
        "joined": figures.joined,
        "new_members": figures.new_members,
        "new_members_participating": figures.new_members_participating,
        "topics_by_kind": figures.topics_by_kind,
        "answers": figures.answers,
        "solved": figures.solved,
        "first_answer_hours": figures.first_answer_hours,
        "first_answer_topics": figures.first_answer_topics,
        "solutions": figures.solutions,
        "member_solutions": figures.member_solutions,
        "idea_votes": figures.idea_votes,
        "searches": figures.searches,
        "searches_without_result": figures.searches_without_result,
    }


def _public(counted: dict) -> dict:
    return {k: v for k, v in counted.items() if not k.startswith("_")}


def _approx(counted: dict) -> dict:
    hours = counted["first_answer_hours"]
    return {**counted, "first_answer_hours": None if hours is None else pytest.approx(hours)}


# -- the figures ---------------------------------------------------------------------------


@pytest.mark.parametrize(("seed", "ended"), [(7, False), (12, True), (23, False)])
def test_figures_match_an_independent_count(unscreened, seed, ended):
    world = build_world(seed, ended=ended)
    campaign = world.campaign
    now = utcnow()
    result = reports.report(world.manager, campaign, now=now)

    until = min(campaign.ends_at, now)
    assert (result.window.since, result.window.until) == (campaign.starts_at, until)
    length = until - campaign.starts_at
    assert result.before_window.since == campaign.starts_at - length
    assert result.before_window.until == campaign.starts_at

    during = expected(
        world,
        lambda t: t.campaign_id == campaign.id,
        campaign.starts_at,
        until,
        joined=world.joined,
    )
    before = expected(
        world,
        lambda t: t.category_id == campaign.category_id,
        campaign.starts_at - length,
        campaign.starts_at,
    )
    assert as_dict(result.figures) == _approx(_public(during))
    assert as_dict(result.before) == _approx(_public(before))
    # The data exercises what the figures are about.
    assert during["answers"] and during["solutions"] and before["answers"]
    assert result.figures.topics == len(during["_topics"])
    questions = during["topics_by_kind"].get("question", 0)
    assert result.figures.solved_rate == (during["solved"] / questions if questions else None)

    # Ideas, most votes first.
    ideas = sorted(
        (t for t in during["_topics"].values() if t.kind == "idea"),
        key=lambda t: (-t.score, -t.created_at.timestamp(), -t.id),
    )
    assert [(row.topic.id, row.votes, row.status) for row in result.ideas] == [
        (t.id, t.score, "new") for t in ideas
    ]

    # Top contributors: one point a topic or answer, three a solution.
    tally: dict[int, list[int]] = {}
    accepted = {t.accepted_post_id for t in during["_topics"].values()}
    for post in during["_posts"]:
        counts = tally.setdefault(post.author_id, [0, 0, 0])
        counts[0 if post.position == 1 else 1] += 1
        counts[2] += post.id in accepted
    leaders = sorted(
        tally.items(), key=lambda kv: (-(kv[1][0] + kv[1][1] + 3 * kv[1][2]), -kv[1][2], kv[0])
    )
    assert [(c.user.id, c.topics, c.answers, c.accepted) for c in result.contributors] == [
        (uid, *counts) for uid, counts in leaders[:10]
    ]

    # Searches of the window.
    in_window = Counter(q for q, at, _ in world.searches if campaign.starts_at <= at < until)
    top = sorted(in_window.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    assert [(s.query, s.searches) for s in result.searches.top] == top
    empty = Counter(
        q for q, at, found in world.searches if campaign.starts_at <= at < until and not found
    )
    assert {(s.query, s.searches) for s in result.searches.no_results} == set(empty.items())


def test_days_and_goal_values(unscreened):
    world = build_world(5)
    campaign = world.campaign
    now = utcnow()
    during = expected(world, lambda t: t.campaign_id == campaign.id, campaign.starts_at, now)
    days = reports.daily(world.manager, campaign, now=now)

    first_day, last_day = campaign.starts_at.date(), now.date()
    assert [d.day for d in days][0] == first_day and days[-1].day == last_day
    assert len(days) == (last_day - first_day).days + 1
    topics = Counter(t.created_at.date() for t in during["_topics"].values())
    answers = Counter(p.created_at.date() for p in during["_posts"] if p.position > 1)
    firsts: dict[int, datetime] = {}
    for post in during["_posts"]:
        firsts[post.author_id] = min(firsts.get(post.author_id, post.created_at), post.created_at)
    for day in days:
        assert day.topics == topics.get(day.day, 0)
        assert day.answers == answers.get(day.day, 0)
        assert day.participants == sum(1 for at in firsts.values() if at.date() <= day.day)
    assert days[-1].participants == during["participants"]

    by_kind = during["topics_by_kind"]
    goals = {
        "topics": sum(by_kind.values()),
        "answers": during["answers"],
        "solved": during["solved"],
        "ideas": by_kind.get("idea", 0),
        "guides": by_kind.get("article", 0),
        "participants": during["participants"],
    }
    for metric, value in goals.items():
        campaign.goal_metric = metric
        assert reports.goal_value(campaign, now=now) == value, metric


def test_a_campaign_that_has_not_started_counts_nothing(app):
    manager = make_user(role="brand_manager")
    category = make_category()
    start = utcnow() + timedelta(days=3)
    campaign = _new_campaign(manager, category, "bald", start, start + timedelta(days=7))
    result = reports.report(manager, campaign)
    assert result.window.since == result.window.until == start
    assert result.figures.topics == result.figures.participants == result.before.topics == 0
    assert result.figures.solved_rate is None and result.figures.first_answer_hours is None
    assert reports.daily(manager, campaign) == []
    assert reports.goal_value(campaign) == 0


def test_only_brand_managers_and_admins_get_the_report(app):
    from community.permissions import PermissionDenied

    manager = make_user(role="brand_manager")
    campaign = _new_campaign(
        manager, make_category(), "wer-darf", utcnow(), utcnow() + timedelta(days=7)
    )
    reports.report(make_user(role="admin"), campaign)
    for user in (make_user(), make_user(role="moderator"), None):
        with pytest.raises(PermissionDenied):
            reports.report(user, campaign)


def test_csv_cells_cannot_run_as_formulas():
    assert reports._cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert reports._cell("@sum") == "'@sum"
    assert reports._cell(None) == ""
    assert reports._cell(-3) == "-3"
    assert reports._cell(0.25) == "0.2500"


# -- the pages -----------------------------------------------------------------------------


def test_page_csv_and_charts_for_the_brand_team(unscreened, client):
    world = build_world(3, ended=True)
    slug = world.campaign.slug
    login(client, world.manager)
    response = client.get(f"/campaigns/{slug}/report")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    result = reports.report(world.manager, world.campaign)
    figures, before = result.figures, result.before
    assert "Campaign report" in page and world.campaign.title in page
    assert "Participants" in page and "Before the campaign" in page
    assert f'<td class="number">{figures.participants}</td>' in page
    assert f'<td class="number">{before.answers}</td>' in page
    assert f'src="/campaigns/{slug}/report/activity.svg"' in page
    assert f'src="/campaigns/{slug}/report/participants.svg"' in page
    assert 'alt="Bar chart: new topics and answers' in page
    assert f'href="/campaigns/{slug}"' in page
    assert f'href="/campaigns/{slug}/report.csv"' in page
    assert "<script>" not in page

    response = client.get(f"/campaigns/{slug}/report.csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert table[0] == ["figure", "campaign", "comparison"]
    assert len(table) == len(reports.rows(result)) + 3
    values = {name: (now, then) for name, now, then in table[1:]}
    assert values["window_start_utc"] == (
        figures.window.since.isoformat(timespec="seconds"),
        before.window.since.isoformat(timespec="seconds"),
    )
    assert values["window_end_utc"][0] == world.campaign.ends_at.isoformat(timespec="seconds")
    assert values["participants"] == (str(figures.participants), str(before.participants))
    assert values["joined"] == (str(figures.joined), "")
    assert values["answers"] == (str(figures.answers), str(before.answers))
    assert values["topics_idea"] == (str(figures.ideas), str(before.ideas))
    shares = (figures.solved_rate, before.solved_rate)
    assert values["solved_rate"] == tuple("" if v is None else f"{v:.4f}" for v in shares)
    hours = figures.first_answer_hours
    assert values["median_hours_to_first_answer"][0] == ("" if hours is None else f"{hours:.2f}")

    for name, label in (("activity", b"Answers"), ("participants", b"Participants so far")):
        response = client.get(f"/campaigns/{slug}/report/{name}.svg")
        assert response.status_code == 200
        assert response.mimetype == "image/svg+xml"
        body = response.get_data()
        assert b"<svg" in body and label in body and b"<script" not in body

    client.post("/logout")
    login(client, world.admin)
    assert client.get(f"/campaigns/{slug}/report").status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/report", "/report.csv", "/report/activity.svg", "/report/participants.svg"],
)
def test_members_are_refused_and_visitors_asked_to_log_in(app, client, path):
    manager = make_user(role="brand_manager")
    campaign = _new_campaign(
        manager, make_category(), "refused", utcnow(), utcnow() + timedelta(days=7)
    )
    url = f"/campaigns/{campaign.slug}{path}"
    visitor = client.get(url)
    assert visitor.status_code == 302 and "/login" in visitor.headers["Location"]
    member = make_user()
    login(client, member)
    assert client.get(url).status_code == 403
    client.post("/logout")
    login(client, make_user(role="moderator"))
    assert client.get(url).status_code == 403
    assert client.get(f"/campaigns/no-such-campaign{path}").status_code == 404


def test_page_statements_do_not_grow_with_the_topics(unscreened, client):
    unscreened.config["CAMPAIGN_ANNOUNCE_SECONDS"] = 0
    counts = []
    for number, size in enumerate((4, 24)):
        world = build_world(29 + number, topics=size, slug=f"groesse-{number}")
        login(client, world.manager)
        client.get(f"/campaigns/{world.campaign.slug}/report")  # warm the caches
        with count_statements(unscreened) as statements:
            response = client.get(f"/campaigns/{world.campaign.slug}/report")
        assert response.status_code == 200
        counts.append(len(statements))
        client.post("/logout")
    assert counts[0] == counts[1]
