"""The campaign report for the brand team: what the campaign brought, beside the weeks
before it in the same category.

Every figure is measured over a window of naive UTC times, from its start (included) to
its end (excluded). The campaign's window runs from `starts_at` to its end, or to now
while it is live (empty while it is scheduled). The comparison window has the same length
and ends where the campaign starts.

Which topics count: in the campaign's window, the campaign's own topics; in the
comparison window, every topic of the campaign's category (whatever campaign it belonged
to). In both, only listed topics (open, closed, locked) created in the window, and only
their visible posts written in the window: what was there when the window closed. Each
figure is one aggregate statement, whatever the number of topics.
"""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pygal
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, distinct, func, select
from sqlalchemy.orm import aliased, lazyload

from community.accounts.models import STAFF_ROLES, User
from community.campaigns import services
from community.campaigns.models import IDEA_STATUSES, Campaign, CampaignMember
from community.extensions import db
from community.forum.models import TOPIC_KINDS, Post, Topic
from community.permissions import require
from community.reputation import charts
from community.search import insights as search_insights
from community.timeutil import utcnow

LISTED = services.LISTED
TOP_IDEAS = 20
TOP_CONTRIBUTORS = 10
TOP_SEARCHES = 10


# -- windows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """From `since` (included) to `until` (excluded), naive UTC."""

    since: datetime
    until: datetime

    @property
    def length(self) -> timedelta:
        return self.until - self.since

    @property
    def days(self) -> list[date]:
        """The UTC days the window touches, first to last."""
        if self.until <= self.since:
            return []
        first, last = self.since.date(), (self.until - timedelta(microseconds=1)).date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def campaign_window(campaign: Campaign, now: datetime | None = None) -> Window:
    """From the campaign's start to its end, or to now while it runs; empty before it."""
    now = now or utcnow()
    until = max(campaign.starts_at, min(campaign.ends_at, now))
    return Window(campaign.starts_at, until)


def comparison_window(campaign: Campaign, now: datetime | None = None) -> Window:
    """As long as the campaign's window, ending where the campaign starts."""
    window = campaign_window(campaign, now)
    return Window(window.since - window.length, window.since)


def _campaign_scope(campaign: Campaign):
    return Topic.campaign_id == campaign.id


def _category_scope(campaign: Campaign):
    return Topic.category_id == campaign.category_id


def _topics_in(scope, window: Window) -> tuple:
    """The topics that count: in scope, listed, created in the window."""
    return (
        scope,
        Topic.status.in_(LISTED),
        Topic.created_at >= window.since,
        Topic.created_at < window.until,
    )


def _posts_in(scope, window: Window) -> tuple:
    """Their visible posts (opening posts and answers) written in the window."""
    return (
        *_topics_in(scope, window),
        Post.status == "visible",
        Post.created_at >= window.since,
        Post.created_at < window.until,
    )


def _as_datetime(value) -> datetime:
    if isinstance(value, str):  # SQLite returns aggregates of datetimes as text
        return datetime.fromisoformat(value)
    return value


def _as_date(value) -> date:
    if isinstance(value, str):  # SQLite's date() is text, PostgreSQL's a date
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value


# -- the figures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The figures of one window. Counts of topics and posts follow the module's rule.

    - participants: distinct people (members and staff) who wrote a visible topic or answer
      in the counted topics during the window.
    - joined: members who joined the campaign (its CampaignMember rows, whenever they
      joined); None for the comparison, which has no campaign.
    - new_members: accounts registered (User.created_at) during the window;
      new_members_participating: how many of them are participants.
    - topics_by_kind: the counted topics by kind (question, discussion, idea, article).
    - answers: visible answers (position > 1) in the counted topics, written in the window.
    - solved: questions among the counted topics whose accepted answer is visible and was
      written in the window; solved_rate = solved / questions.
    - first_answer_hours: the median, over the counted questions with a visible answer
      written in the window, of the hours from the question to its first such answer;
      first_answer_topics: how many questions that median is based on.
    - solutions: accepted answers (visible, written in the window) in the counted topics;
      member_solutions: those whose author is not staff (role member, by their role now);
      member_solution_share = member_solutions / solutions.
    - ideas: idea topics among the counted topics; idea_votes: the sum of their scores
      (net votes on the idea itself, as they stand now).
    - searches, searches_without_result: every logged search of the whole community in
      the window (search insights), and those that found nothing.
    """

    window: Window
    participants: int = 0
    new_members: int = 0
    new_members_participating: int = 0
    topics_by_kind: dict[str, int] = field(default_factory=dict)
    answers: int = 0
    solved: int = 0
    first_answer_hours: float | None = None
    first_answer_topics: int = 0
    solutions: int = 0
    member_solutions: int = 0
    idea_votes: int = 0
    searches: int = 0
    searches_without_result: int = 0
    joined: int | None = None

    @property
    def topics(self) -> int:
        return sum(self.topics_by_kind.values())

    @property
    def questions(self) -> int:
        return self.topics_by_kind.get("question", 0)

    @property
    def ideas(self) -> int:
        return self.topics_by_kind.get("idea", 0)

    @property
    def solved_rate(self) -> float | None:
        return self.solved / self.questions if self.questions else None

    @property
    def member_solution_share(self) -> float | None:
        return self.member_solutions / self.solutions if self.solutions else None


def _topic_counts(scope, window: Window) -> dict[str, tuple[int, int, int, int]]:
    """Per kind: topics, accepted answers, accepted answers by members, summed score."""
    accepted = aliased(Post)
    solver = aliased(User)
    rows = db.session.execute(
        select(
            Topic.kind,
            func.count(Topic.id),
            func.count(accepted.id),
            func.count(accepted.id).filter(solver.role.not_in(STAFF_ROLES)),
            func.coalesce(func.sum(Topic.score), 0),
        )
        .outerjoin(
            accepted,
            and_(
                accepted.id == Topic.accepted_post_id,
                accepted.topic_id == Topic.id,
                accepted.position > 1,
                accepted.status == "visible",
                accepted.created_at < window.until,
            ),
        )
        .outerjoin(solver, solver.id == accepted.author_id)
        .where(*_topics_in(scope, window))
        .group_by(Topic.kind)
    )
    return {
        kind: (int(topics), int(solutions), int(by_members), int(score))
        for kind, topics, solutions, by_members, score in rows
    }


def _post_counts(scope, window: Window) -> tuple[int, int]:
    """Answers and participants."""
    answers, participants = db.session.execute(
        select(
            func.count(Post.id).filter(Post.position > 1),
            func.count(distinct(Post.author_id)),
        )
        .join(Topic, Topic.id == Post.topic_id)
        .where(*_posts_in(scope, window))
    ).one()
    return int(answers), int(participants)


def _participant_ids(scope, window: Window):
    return (
        select(Post.author_id)
        .join(Topic, Topic.id == Post.topic_id)
        .where(*_posts_in(scope, window))
    )


def _new_members(scope, window: Window) -> tuple[int, int]:
    """Accounts registered in the window, and how many of them took part."""
    registered, participating = db.session.execute(
        select(
            func.count(User.id),
            func.count(User.id).filter(User.id.in_(_participant_ids(scope, window))),
        ).where(User.created_at >= window.since, User.created_at < window.until)
    ).one()
    return int(registered), int(participating)


def _first_answer_hours(scope, window: Window) -> tuple[float | None, int]:
    """The median hours to a question's first answer, and how many questions it covers.

    One row per answered question; the median is taken here, the same on every database.
    """
    rows = db.session.execute(
        select(Topic.created_at, func.min(Post.created_at))
        .join(Post, Post.topic_id == Topic.id)
        .where(
            *_topics_in(scope, window),
            Topic.kind == "question",
            Post.position > 1,
            Post.status == "visible",
            Post.created_at < window.until,
        )
        .group_by(Topic.id, Topic.created_at)
    ).all()
    waits = [(_as_datetime(first) - asked).total_seconds() / 3600 for asked, first in rows]
    return (statistics.median(waits) if waits else None), len(waits)


def _figures(viewer, scope, window: Window, *, joined: int | None = None, searched=None) -> Figures:
    """Four statements, and the four of the search insights unless `searched` has them."""
    if searched is None:
        searched = search_insights.insights(viewer, since=window.since, until=window.until, limit=1)
    by_kind = _topic_counts(scope, window)
    answers, participants = _post_counts(scope, window)
    registered, participating = _new_members(scope, window)
    hours, answered = _first_answer_hours(scope, window)
    return Figures(
        window=window,
        participants=participants,
        new_members=registered,
        new_members_participating=participating,
        topics_by_kind={kind: counts[0] for kind, counts in by_kind.items()},
        answers=answers,
        solved=by_kind.get("question", (0, 0, 0, 0))[1],
        first_answer_hours=hours,
        first_answer_topics=answered,
        solutions=sum(counts[1] for counts in by_kind.values()),
        member_solutions=sum(counts[2] for counts in by_kind.values()),
        idea_votes=by_kind.get("idea", (0, 0, 0, 0))[3],
        searches=searched.totals.searches,
        searches_without_result=searched.totals.searches - searched.totals.found,
        joined=joined,
    )


def figures(viewer, campaign: Campaign, now: datetime | None = None, *, searched=None) -> Figures:
    """The campaign's figures over its window (brand managers and admins)."""
    require(viewer, "campaign.report", campaign)
    joined = db.session.scalar(
        select(func.count())
        .select_from(CampaignMember)
        .where(CampaignMember.campaign_id == campaign.id)
    )
    return _figures(
        viewer,
        _campaign_scope(campaign),
        campaign_window(campaign, now),
        joined=int(joined or 0),
        searched=searched,
    )


def comparison(viewer, campaign: Campaign, now: datetime | None = None) -> Figures:
    """The same figures for the campaign's category in the window of the same length just
    before the campaign started, over all its topics created then (any campaign or none)."""
    require(viewer, "campaign.report", campaign)
    return _figures(viewer, _category_scope(campaign), comparison_window(campaign, now))


# -- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class IdeaRow:
    topic: Topic
    votes: int
    status: str

    @property
    def status_name(self):
        return IDEA_STATUSES.get(self.status, self.status)


@dataclass
class CampaignReport:
    campaign: Campaign
    now: datetime
    figures: Figures
    before: Figures
    # The campaign's counted ideas, most votes first (at most TOP_IDEAS).
    ideas: list[IdeaRow]
    contributors: list[services.Contributor]
    searches: search_insights.SearchInsights

    @property
    def window(self) -> Window:
        return self.figures.window

    @property
    def before_window(self) -> Window:
        return self.before.window

    @property
    def status(self) -> str:
        return self.campaign.status_at(self.now)


def top_ideas(campaign: Campaign, now: datetime | None = None, limit: int = TOP_IDEAS):
    """The campaign's counted idea topics, most votes first, with where each stands."""
    window = campaign_window(campaign, now)
    topics = db.session.scalars(
        select(Topic)
        .options(lazyload(Topic.tags))  # the report shows no tags
        .where(*_topics_in(_campaign_scope(campaign), window), Topic.kind == "idea")
        .order_by(Topic.score.desc(), Topic.created_at.desc(), Topic.id.desc())
        .limit(limit)
    )
    return [IdeaRow(topic, topic.score, topic.idea_status or "new") for topic in topics]


def report(viewer, campaign: Campaign, now: datetime | None = None) -> CampaignReport:
    """The whole report: the figures beside the comparison, ideas, top contributors and
    what people searched for during the campaign. For brand managers and admins; a fixed
    number of statements, whatever the campaign's size."""
    require(viewer, "campaign.report", campaign)
    now = now or utcnow()
    window = campaign_window(campaign, now)
    searched = search_insights.insights(
        viewer, since=window.since, until=window.until, limit=TOP_SEARCHES
    )
    return CampaignReport(
        campaign=campaign,
        now=now,
        figures=figures(viewer, campaign, now, searched=searched),
        before=comparison(viewer, campaign, now),
        ideas=top_ideas(campaign, now),
        contributors=services.leaderboard(campaign, limit=TOP_CONTRIBUTORS),
        searches=searched,
    )


def goal_value(campaign: Campaign, now: datetime | None = None) -> int:
    """How far the campaign is toward its goal: its goal metric counted over its window,
    as the report counts it (guides are its article topics). One statement; public."""
    scope, window = _campaign_scope(campaign), campaign_window(campaign, now)
    metric = campaign.goal_metric
    if metric in ("answers", "participants"):
        answers, participants = _post_counts(scope, window)
        return answers if metric == "answers" else participants
    by_kind = _topic_counts(scope, window)
    if metric == "solved":
        return by_kind.get("question", (0, 0))[1]
    if metric == "ideas":
        return by_kind.get("idea", (0,))[0]
    if metric == "guides":
        return by_kind.get("article", (0,))[0]
    return sum(counts[0] for counts in by_kind.values())


# -- rows: what the page and the CSV list --------------------------------------------------


@dataclass(frozen=True)
class FigureRow:
    """One line of the report: its CSV name, its label, the two values and their kind
    (count, share or hours); a value is None where it does not apply or has no base."""

    name: str
    label: object
    value: int | float | None
    before: int | float | None
    kind: str = "count"


KIND_LABELS = {
    "question": _l("Questions"),
    "discussion": _l("Discussions"),
    "idea": _l("Ideas"),
    "article": _l("Guides"),
}


def rows(result: CampaignReport) -> list[FigureRow]:
    during, before = result.figures, result.before
    lines = [
        FigureRow("participants", _l("Participants"), during.participants, before.participants),
        FigureRow("joined", _l("Members who joined the campaign"), during.joined, before.joined),
        FigureRow(
            "new_members", _l("New members (registered)"), during.new_members, before.new_members
        ),
        FigureRow(
            "new_members_participating",
            _l("New members who took part"),
            during.new_members_participating,
            before.new_members_participating,
        ),
        FigureRow("topics", _l("Topics"), during.topics, before.topics),
    ]
    for kind in TOPIC_KINDS:
        lines.append(
            FigureRow(
                f"topics_{kind}",
                KIND_LABELS[kind],
                during.topics_by_kind.get(kind, 0),
                before.topics_by_kind.get(kind, 0),
            )
        )
    lines += [
        FigureRow("answers", _l("Answers"), during.answers, before.answers),
        FigureRow("solved_questions", _l("Solved questions"), during.solved, before.solved),
        FigureRow(
            "solved_rate", _l("Solved rate"), during.solved_rate, before.solved_rate, "share"
        ),
        FigureRow(
            "median_hours_to_first_answer",
            _l("Median time to first answer"),
            during.first_answer_hours,
            before.first_answer_hours,
            "hours",
        ),
        FigureRow(
            "questions_with_answer",
            _l("Answered questions (the median's base)"),
            during.first_answer_topics,
            before.first_answer_topics,
        ),
        FigureRow(
            "solutions", _l("Solutions (accepted answers)"), during.solutions, before.solutions
        ),
        FigureRow(
            "solutions_by_members",
            _l("Solutions by members (not staff)"),
            during.member_solutions,
            before.member_solutions,
        ),
        FigureRow(
            "member_solution_share",
            _l("Share of solutions by members"),
            during.member_solution_share,
            before.member_solution_share,
            "share",
        ),
        FigureRow("idea_votes", _l("Votes on ideas"), during.idea_votes, before.idea_votes),
        FigureRow("searches", _l("Searches"), during.searches, before.searches),
        FigureRow(
            "searches_without_result",
            _l("Searches without a result"),
            during.searches_without_result,
            before.searches_without_result,
        ),
    ]
    return lines


CSV_COLUMNS = ("figure", "campaign", "comparison")


def to_csv(result: CampaignReport) -> str:
    """One row per figure: its name, the campaign's value, the comparison's value.

    Names are in English, times in UTC, shares as fractions (0.25), hours with two
    decimals, and an empty cell where a figure does not apply or has no base. The first
    two rows give the windows.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    during, before = result.window, result.before_window
    writer.writerow(["window_start_utc", _cell(during.since), _cell(before.since)])
    writer.writerow(["window_end_utc", _cell(during.until), _cell(before.until)])
    for line in rows(result):
        digits = 2 if line.kind == "hours" else 4
        writer.writerow([_cell(line.name), _cell(line.value, digits), _cell(line.before, digits)])
    return out.getvalue()


def _cell(value, digits: int = 4) -> str:
    """A cell a spreadsheet reads as the value it is, never as a formula."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# -- over time -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Day:
    """One UTC day of the campaign's window: new topics, new answers, people who took part
    for the first time that day, and everyone who had taken part by its end."""

    day: date
    topics: int = 0
    answers: int = 0
    new_participants: int = 0
    participants: int = 0


def daily(viewer, campaign: Campaign, now: datetime | None = None) -> list[Day]:
    """The campaign's window day by day (UTC days), counted as the figures count. Three
    statements."""
    require(viewer, "campaign.report", campaign)
    scope, window = _campaign_scope(campaign), campaign_window(campaign, now)
    days = window.days
    if not days:
        return []
    topic_day = func.date(Topic.created_at)
    topics = {
        _as_date(day): int(count)
        for day, count in db.session.execute(
            select(topic_day, func.count(Topic.id))
            .where(*_topics_in(scope, window))
            .group_by(topic_day)
        )
    }
    answer_day = func.date(Post.created_at)
    answers = {
        _as_date(day): int(count)
        for day, count in db.session.execute(
            select(answer_day, func.count(Post.id))
            .join(Topic, Topic.id == Post.topic_id)
            .where(*_posts_in(scope, window), Post.position > 1)
            .group_by(answer_day)
        )
    }
    firsts = (
        select(Post.author_id, func.min(Post.created_at).label("first_at"))
        .join(Topic, Topic.id == Post.topic_id)
        .where(*_posts_in(scope, window))
        .group_by(Post.author_id)
        .subquery()
    )
    first_day = func.date(firsts.c.first_at)
    newcomers = {
        _as_date(day): int(count)
        for day, count in db.session.execute(
            select(first_day, func.count()).select_from(firsts).group_by(first_day)
        )
    }
    result, total = [], 0
    for day in days:
        total += newcomers.get(day, 0)
        result.append(
            Day(day, topics.get(day, 0), answers.get(day, 0), newcomers.get(day, 0), total)
        )
    return result


def _chart(kind, title: str, days: list[Day], date_format, **options):
    chart = kind(
        style=charts.style(2),
        js=[],
        width=720,
        height=280,
        title=title,
        x_label_rotation=0,
        x_labels_major_count=8,
        show_minor_x_labels=len(days) <= 8,
        truncate_label=-1,
        disable_xml_declaration=False,
        **options,
    )
    chart.x_labels = [date_format(day.day) for day in days]
    chart.add_xml_filter(charts.without_scripts)
    return chart


def activity_chart(
    days: list[Day], *, title: str, topics_label: str, answers_label: str, date_format
) -> bytes:
    """New topics and answers per day, as bars side by side."""
    chart = _chart(pygal.Bar, title, days, date_format, legend_at_bottom=True)
    chart.add(topics_label, [day.topics for day in days])
    chart.add(answers_label, [day.answers for day in days])
    return chart.render()


def participants_chart(days: list[Day], *, title: str, date_format) -> bytes:
    """Everyone who had taken part by the end of each day, as a filled line."""
    chart = _chart(
        pygal.Line,
        title,
        days,
        date_format,
        show_legend=False,
        fill=True,
        show_dots=len(days) < 40,
        include_x_axis=True,  # from 0, so growth is not exaggerated
    )
    chart.add(title, [day.participants for day in days])
    return chart.render()
