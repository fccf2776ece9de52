"""Search insights: every first-page search is logged, and staff see what people look for.

A search of the search page or the API is one `SearchLog` row: the query, its filters, how
many results the first page showed, how long it took, and whether a member or a visitor
searched — never who (the community promises no tracking). Later pages, empty queries and
the ask page's similar-question lookups are not logged.

Results on a logged page link through `/search/open/<topic>?ref=…`: the ref is signed with
the app's secret key and names the log row, the topic and its place in the list, so nobody
can mark a log or a topic that was not shown. The first result opened is the one recorded;
opening more, or the same again, changes nothing.

`insights()` groups the log by normalised query for any period: the top searches, those
that found nothing and those whose results nobody opened. Each list is one GROUP BY.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_babel import to_utc
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import case, exists, func, select, update

from community.errors import RuleViolation
from community.extensions import db
from community.forum.models import Topic
from community.permissions import can, require
from community.search import query as search_query
from community.search.models import SearchLog
from community.search.services import SearchPage
from community.timeutil import utcnow

OPEN_SALT = "search.open"
# An open counts for the search it came from only this long after the search: a results
# page left open in a tab for a week says little about that search.
OPEN_WINDOW = timedelta(days=1)
PERIOD_DAYS = (7, 30, 90)
DEFAULT_DAYS = 30
SOURCES = ("web", "api")


# -- recording -----------------------------------------------------------------------------


def normalize(text: str) -> tuple[str, list[str]]:
    """The query for grouping, and its understood filters as sorted "key:value" strings.

    Lower case, one space between words (kept in the order typed, phrases quoted), then
    the filters in alphabetical order; filters that were not understood are left out, as
    the search leaves them out. An empty result means nothing was searched.
    """
    parsed = search_query.parse(text)
    filters = sorted({_filter_text(key, value) for key, value in parsed.applied})
    words = " ".join(parsed.words.lower().split())
    return " ".join(part for part in (words, *filters) if part)[:300], filters


def _filter_text(key: str, value: str) -> str:
    value = value.lower()
    if key == "tag":
        value = value.strip("#")
    elif key == "user":
        value = value.lstrip("@")
    return f"{key}:{value}"


def record_search(
    viewer, found: SearchPage, *, duration_ms: float, source: str = "web"
) -> SearchLog | None:
    """Log a first-page search for the insights; None when it is not logged.

    Later pages of a search, empty queries and queries of nothing but filters that were not
    understood are not logged. Only whether a member searched is kept, not who.
    """
    if found.page != 1 or not can(viewer, "search.log"):
        return None
    normalized, filters = normalize(found.text)
    if not normalized:
        return None
    log = SearchLog(
        query=found.text[:300],
        normalized=normalized,
        filters=filters,
        sort=found.sort,
        page=found.page,
        source=source if source in SOURCES else "web",
        result_count=len(found.results),
        has_more=found.has_next,
        duration_ms=max(round(duration_ms), 0),
        is_member=bool(getattr(viewer, "is_authenticated", False)),
    )
    db.session.add(log)
    db.session.flush()
    return log


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=OPEN_SALT)


def open_refs(log: SearchLog | None, found: SearchPage) -> dict[int, str]:
    """For each result of a logged page, the signed ref its link carries (by topic id)."""
    if log is None:
        return {}
    serializer = _serializer()
    return {
        result.topic.id: serializer.dumps([log.id, result.topic.id, position])
        for position, result in enumerate(found.results, start=1)
    }


def record_open(viewer, ref: str, topic_id: int) -> bool:
    """Record that a result was opened from a logged search; True if this one counted.

    The ref must be one we signed for this topic; the first result opened within a day of
    the search is kept, later opens (another result, the back button) change nothing. A
    forged, foreign or stale ref is ignored, never an error: the visitor still gets there.
    """
    if not ref or not can(viewer, "search.log"):
        return False
    try:
        log_id, signed_topic, position = _serializer().loads(ref)
    except (BadSignature, TypeError, ValueError):
        return False
    if not all(isinstance(n, int) and n > 0 for n in (log_id, signed_topic, position)):
        return False
    if signed_topic != topic_id:
        return False
    # One statement, so two tabs opened at once cannot both count.
    result = db.session.execute(
        update(SearchLog)
        .where(
            SearchLog.id == log_id,
            SearchLog.opened_topic_id.is_(None),
            SearchLog.created_at >= utcnow() - OPEN_WINDOW,
            exists().where(Topic.id == topic_id),
        )
        .values(opened_topic_id=topic_id, opened_position=position),
        execution_options={"synchronize_session": False},
    )
    return result.rowcount == 1


# -- the period ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """From `since` (included) to `until` (excluded), in naive UTC like every stored time.

    Either the last `days` days up to now, or the local calendar days `start` to `end`,
    both included.
    """

    since: datetime
    until: datetime
    days: int | None = None
    start: date | None = None
    end: date | None = None

    @property
    def is_range(self) -> bool:
        return self.start is not None


def last_days(days: int, now: datetime | None = None) -> Period:
    now = now or utcnow()
    return Period(since=now - timedelta(days=days), until=now, days=days)


def between(start_text: str, end_text: str) -> Period:
    """The local days from start to end, both included, as typed (2026-11-30 or 30.11.2026)."""
    start = _day(start_text, "from")
    end = _day(end_text, "to")
    if start > end:
        raise RuleViolation(_l("The start date is after the end date."), field="to")
    return Period(
        since=to_utc(datetime.combine(start, time())),
        until=to_utc(datetime.combine(end + timedelta(days=1), time())),
        start=start,
        end=end,
    )


def period_from(days: int | None, start_text: str = "", end_text: str = "") -> Period:
    """The period a staff page asks for: a range of days if any date is given, else the
    last 7, 30 or 90 days (30 unless one of those is asked for)."""
    if (start_text or "").strip() or (end_text or "").strip():
        return between(start_text or "", end_text or "")
    return last_days(days if days in PERIOD_DAYS else DEFAULT_DAYS)


def _day(text: str, field_name: str) -> date:
    text = (text or "").strip()
    if not text:
        raise RuleViolation(_l("Please enter a date."), field=field_name)
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            day = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if 2000 <= day.year <= 2100:
            return day
    raise RuleViolation(
        _l("This is not a date: write it as 2026-11-30 or 30.11.2026."),
        field=field_name,
        code="not_a_date",
    )


# -- the insights --------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryStats:
    """One normalised query in a period: how often it was searched, found, opened."""

    query: str
    searches: int
    found: int
    opened: int
    last_searched_at: datetime

    @property
    def found_share(self) -> float:
        return self.found / self.searches if self.searches else 0.0

    @property
    def opened_share(self) -> float:
        return self.opened / self.searches if self.searches else 0.0


@dataclass(frozen=True)
class Totals:
    searches: int = 0
    found: int = 0
    opened: int = 0
    by_members: int = 0
    average_ms: int = 0

    @property
    def found_share(self) -> float:
        return self.found / self.searches if self.searches else 0.0

    @property
    def opened_share(self) -> float:
        return self.opened / self.searches if self.searches else 0.0

    @property
    def member_share(self) -> float:
        return self.by_members / self.searches if self.searches else 0.0


@dataclass
class SearchInsights:
    since: datetime
    until: datetime
    totals: Totals
    # The most searched queries; shares are of all their searches.
    top: list[QueryStats] = field(default_factory=list)
    # Queries by how often they found nothing (`searches` counts only those searches).
    no_results: list[QueryStats] = field(default_factory=list)
    # Queries that found something every so often, but whose results nobody ever opened
    # in the period (`searches` counts the searches that found something).
    unopened: list[QueryStats] = field(default_factory=list)


_SEARCHES = func.count(SearchLog.id)
_FOUND = func.coalesce(func.sum(case((SearchLog.result_count > 0, 1), else_=0)), 0)
_OPENED = func.count(SearchLog.opened_topic_id)
_LAST = func.max(SearchLog.created_at)


def insights(viewer, *, since: datetime, until: datetime, limit: int = 20) -> SearchInsights:
    """What people searched for from `since` (included) to `until` (excluded), naive UTC.

    For staff only. Four statements whatever the size of the log, each a GROUP BY over the
    period's rows (the created_at index), so campaign reports can ask for their window.
    """
    require(viewer, "search.insights")
    period = (SearchLog.created_at >= since, SearchLog.created_at < until)
    row = db.session.execute(
        select(
            _SEARCHES,
            _FOUND,
            _OPENED,
            func.coalesce(func.sum(case((SearchLog.is_member, 1), else_=0)), 0),
            func.coalesce(func.avg(SearchLog.duration_ms), 0),
        ).where(*period)
    ).one()
    totals = Totals(int(row[0]), int(row[1]), int(row[2]), int(row[3]), round(float(row[4])))

    def grouped(*conditions, having=None, order=None) -> list[QueryStats]:
        statement = (
            select(SearchLog.normalized, _SEARCHES, _FOUND, _OPENED, _LAST)
            .where(*period, *conditions)
            .group_by(SearchLog.normalized)
        )
        if having is not None:
            statement = statement.having(having)
        statement = statement.order_by(*(order or ()), SearchLog.normalized).limit(limit)
        return [
            QueryStats(query, int(searches), int(found), int(opened), last)
            for query, searches, found, opened, last in db.session.execute(statement)
        ]

    return SearchInsights(
        since=since,
        until=until,
        totals=totals,
        top=grouped(order=(_SEARCHES.desc(),)),
        no_results=grouped(SearchLog.result_count == 0, order=(_SEARCHES.desc(), _LAST.desc())),
        unopened=grouped(
            SearchLog.result_count > 0,
            having=_OPENED == 0,
            order=(_SEARCHES.desc(), _LAST.desc()),
        ),
    )


CSV_COLUMNS = ("list", "query", "searches", "found", "opened", "last_searched_utc")


def to_csv(report: SearchInsights) -> str:
    """The three lists in one CSV file (column names in English, times in UTC)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for name, rows in (
        ("top", report.top),
        ("no_results", report.no_results),
        ("unopened", report.unopened),
    ):
        for stats in rows:
            writer.writerow(
                [
                    name,
                    _spreadsheet_safe(stats.query),
                    stats.searches,
                    stats.found,
                    stats.opened,
                    stats.last_searched_at.isoformat(timespec="seconds"),
                ]
            )
    return out.getvalue()


def _spreadsheet_safe(text: str) -> str:
    """A query typed by anyone must not run as a formula when staff open the file."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
