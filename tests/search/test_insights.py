"""The search log and the staff's search insights, on SQLite and on PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timedelta

import pytest
from flask_babel import force_locale, gettext
from sqlalchemy import delete, func, select

from community import events
from community.accounts import services as accounts
from community.extensions import db
from community.forum.models import Topic
from community.permissions import PermissionDenied
from community.search import insights
from community.search.models import SearchLog
from community.timeutil import utcnow
from tests.conftest import count_statements, login, make_topic, make_user

pytestmark = pytest.mark.databases("sqlite", "postgresql")

OPEN_LINK = re.compile(r'href="(/search/open/(\d+)\?ref=[^"]+)"')


def logs() -> list[SearchLog]:
    return list(db.session.scalars(select(SearchLog).order_by(SearchLog.id)))


def bearer(user) -> dict:
    _token, secret = accounts.create_api_token(user, "test")
    events.commit()
    return {"Authorization": f"Bearer {secret}"}


def log_row(text, *, results=3, opened=None, at=None, days_ago=1, member=False):
    """A log row as a search would write it, at a chosen time."""
    normalized, filters = insights.normalize(text)
    return SearchLog(
        query=text,
        normalized=normalized,
        filters=filters,
        result_count=results,
        has_more=False,
        duration_ms=12,
        is_member=member,
        opened_topic_id=opened.id if opened is not None else None,
        opened_position=1 if opened is not None else None,
        created_at=at or utcnow() - timedelta(days=days_ago),
    )


def add_rows(*rows) -> None:
    db.session.add_all(rows)
    db.session.commit()


@pytest.fixture
def moderator(app):
    return make_user(role="moderator")


# -- what is logged --------------------------------------------------------------------------


def test_a_search_on_the_page_is_logged_without_naming_anyone(client, app):
    make_topic(title="Glasfaser Anschluss im Altbau", body="Wie kommt die Glasfaser ins Haus?")
    before = utcnow()
    assert client.get("/search?q=Glasfaser   TAG:Router&sort=newest").status_code == 200
    [log] = logs()
    assert log.query == "Glasfaser TAG:Router"
    assert log.normalized == "glasfaser tag:router"
    assert log.filters == ["tag:router"]
    assert (log.sort, log.page, log.source) == ("newest", 1, "web")
    assert (log.result_count, log.has_more) == (1, False)
    assert log.duration_ms >= 0 and log.created_at >= before - timedelta(seconds=1)
    assert log.is_member is False
    assert log.opened_topic_id is None and log.opened_position is None

    member = make_user()
    login(client, member)
    client.get("/search?q=Quantencomputer")
    log = logs()[-1]
    assert (log.normalized, log.result_count, log.is_member) == ("quantencomputer", 0, True)
    # Nothing in a row can name the member: no user, session or address column, no name.
    columns = {column.name for column in SearchLog.__table__.columns}
    assert not {c for c in columns if re.search(r"user|session|ip|addr|agent", c)}
    row = db.session.execute(select(SearchLog.__table__).where(SearchLog.id == log.id)).one()
    assert member.username not in repr(tuple(row))


def test_the_api_search_is_logged_and_gives_an_open_url_per_result(client, app):
    topic = make_topic(
        title="Glasfaser Anschluss im Altbau", body="Wie kommt die Glasfaser ins Haus?"
    )
    body = client.get("/api/v1/search?q=Glasfaser").get_json()
    [log] = logs()
    assert (log.source, log.is_member, log.result_count) == ("api", False, 1)
    [result] = body["results"]
    assert result["open_url"].startswith(f"http://community.test/search/open/{topic.id}?ref=")

    client.get("/api/v1/search?q=glasfaser", headers=bearer(make_user()))
    assert [(row.normalized, row.is_member) for row in logs()] == [
        ("glasfaser", False),
        ("glasfaser", True),
    ]
    response = client.get(result["open_url"])
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/t/{topic.id}/{topic.slug}")
    db.session.refresh(log)
    assert (log.opened_topic_id, log.opened_position) == (topic.id, 1)


def test_later_pages_empty_queries_and_similar_lookups_are_not_logged(client, app):
    author = make_user(trust_level=3)
    for number in range(3):
        make_topic(author=author, title=f"Zählerstand melden Frage {number}")
    app.config["SEARCH_PAGE_SIZE"] = 2
    page = client.get("/search?q=Zählerstand").get_data(as_text=True)
    assert len(logs()) == 1 and logs()[0].has_more is True
    second = client.get("/search?q=Zählerstand&page=2").get_data(as_text=True)
    assert "Zählerstand melden" in second and not OPEN_LINK.search(second)
    assert len(OPEN_LINK.findall(page)) == 2
    for path in (
        "/search",
        "/search?q=",
        "/search?q=%20%20%20",
        "/search?q=is:great",  # only a filter that is not understood: nothing is searched
        "/api/v1/search?q=Zählerstand&page=2",
        "/api/v1/search?q=",
        "/search/similar?title=Wie melde ich den Zählerstand",
    ):
        assert client.get(path).status_code == 200, path
    assert len(logs()) == 1


# -- opening a result ------------------------------------------------------------------------


def test_opening_a_result_through_its_link_records_the_first_one(client, app):
    first = make_topic(
        title="Abschlag anpassen im Portal", body="Wie kann ich den Abschlag ändern?"
    )
    second = make_topic(title="Abschlag zu hoch berechnet", body="Mein Abschlag ist zu hoch.")
    page = client.get("/search?q=Abschlag").get_data(as_text=True)
    links = {int(topic_id): href for href, topic_id in OPEN_LINK.findall(page)}
    assert set(links) == {first.id, second.id}
    [log] = logs()
    order = [int(topic_id) for _href, topic_id in OPEN_LINK.findall(page)]

    opened_id = order[1]
    response = client.get(links[opened_id].replace("&amp;", "&"))
    assert response.status_code == 302
    opened = first if opened_id == first.id else second
    assert response.headers["Location"].endswith(f"/t/{opened.id}/{opened.slug}")
    db.session.refresh(log)
    assert (log.opened_topic_id, log.opened_position) == (opened_id, 2)

    # Back to the results and another one: the first open stays.
    assert client.get(links[order[0]]).status_code == 302
    db.session.refresh(log)
    assert (log.opened_topic_id, log.opened_position) == (opened_id, 2)


def test_a_forged_foreign_or_stale_ref_records_nothing_but_still_leads_to_the_topic(client, app):
    topic = make_topic(
        title="Glasfaser Anschluss im Altbau", body="Wie kommt die Glasfaser ins Haus?"
    )
    other = make_topic(title="Ganz anderes Thema zum Zähler", body="Wann kommt der Zählerwechsel?")
    page = client.get("/search?q=Glasfaser").get_data(as_text=True)
    [(href, _topic_id)] = OPEN_LINK.findall(page)
    ref = href.split("ref=", 1)[1]
    [log] = logs()
    payload, _dot, signature = ref.rpartition(".")
    forged = f"{payload}.{'A' * len(signature)}"
    with app.test_request_context():
        # Signed with another key: what someone who guessed the format would make.
        app.config["SECRET_KEY"], real_key = "not-the-key", app.config["SECRET_KEY"]
        foreign_key = insights._serializer().dumps([log.id, topic.id, 1])
        app.config["SECRET_KEY"] = real_key
        for_another_topic = insights._serializer().dumps([log.id, other.id, 1])
    for path in (
        f"/search/open/{topic.id}?ref={forged}",
        f"/search/open/{topic.id}?ref={foreign_key}",
        f"/search/open/{topic.id}?ref=garbage",
        f"/search/open/{topic.id}",
        # A ref for this log, but for a topic that was not in its results.
        f"/search/open/{topic.id}?ref={for_another_topic}",
        f"/search/open/{other.id}?ref={ref}",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/t/" in response.headers["Location"]
    db.session.refresh(log)
    assert log.opened_topic_id is None
    assert client.get(f"/search/open/999999?ref={ref}").status_code == 404

    # A day later the link still leads there, but no longer counts for that search.
    log.created_at = utcnow() - timedelta(days=2)
    db.session.commit()
    assert client.get(f"/search/open/{topic.id}?ref={ref}").status_code == 302
    db.session.refresh(log)
    assert log.opened_topic_id is None
    log.created_at = utcnow()
    db.session.commit()
    assert client.get(f"/search/open/{topic.id}?ref={ref}").status_code == 302
    db.session.refresh(log)
    assert log.opened_topic_id == topic.id


def test_a_deleted_topic_leaves_its_searches_in_the_log(app):
    topic = make_topic()
    add_rows(log_row("router", opened=topic))
    db.session.execute(delete(Topic).where(Topic.id == topic.id))
    db.session.commit()
    [log] = logs()
    assert (log.normalized, log.opened_topic_id) == ("router", None)


# -- normalising and grouping ----------------------------------------------------------------


def test_queries_are_grouped_lower_case_with_filters_in_a_stable_order():
    assert insights.normalize("Wärmepumpe   TARIF")[0] == "wärmepumpe tarif"
    assert insights.normalize("tag:#Vertrag Rechnung category:Strom-Gas") == (
        "rechnung category:strom-gas tag:vertrag",
        ["category:strom-gas", "tag:vertrag"],
    )
    assert insights.normalize("category:strom-gas rechnung tag:vertrag")[0] == (
        "rechnung category:strom-gas tag:vertrag"
    )
    assert insights.normalize('Router "Zwei Wörter" is:great')[0] == 'router "zwei wörter"'
    assert insights.normalize("is:great")[0] == ""


def test_insights_group_queries_and_list_gaps_for_the_period(app, moderator):
    topic = make_topic()
    add_rows(
        log_row("Wärmepumpe Tarif", results=0, days_ago=1),
        log_row("wärmepumpe   tarif", results=0, days_ago=2),
        log_row("WÄRMEPUMPE Tarif", results=0, days_ago=3, member=True),
        log_row("Rechnung", results=5, opened=topic, days_ago=1),
        log_row("rechnung", results=5, days_ago=2),
        log_row("Zählerwechsel Termin", results=4, days_ago=1),
        log_row("zählerwechsel termin", results=4, days_ago=5),
        # Outside the last 30 days: counted only in the longer period.
        log_row("Balkonkraftwerk Anmeldung", results=0, days_ago=40),
        log_row("Rechnung", results=5, days_ago=45),
    )
    now = utcnow()
    report = insights.insights(moderator, since=now - timedelta(days=30), until=now)
    assert [(s.query, s.searches, s.found, s.opened) for s in report.top] == [
        ("wärmepumpe tarif", 3, 0, 0),
        ("rechnung", 2, 2, 1),
        ("zählerwechsel termin", 2, 2, 0),
    ]
    assert report.top[1].opened_share == 0.5
    assert [(s.query, s.searches) for s in report.no_results] == [("wärmepumpe tarif", 3)]
    assert [(s.query, s.searches) for s in report.unopened] == [("zählerwechsel termin", 2)]
    assert (report.totals.searches, report.totals.found, report.totals.opened) == (7, 4, 1)
    assert report.totals.by_members == 1

    longer = insights.insights(moderator, since=now - timedelta(days=90), until=now)
    assert [(s.query, s.searches) for s in longer.no_results] == [
        ("wärmepumpe tarif", 3),
        ("balkonkraftwerk anmeldung", 1),
    ]
    assert ("rechnung", 3) in [(s.query, s.searches) for s in longer.top]
    # An open at any time in the period takes a query off the unopened list.
    assert "rechnung" not in [s.query for s in longer.unopened]


def test_the_insights_page_shows_the_three_lists_and_links_each_query(client, app, moderator):
    add_rows(
        log_row("Wärmepumpe Tarif", results=0, days_ago=2),
        log_row("wärmepumpe tarif", results=0, days_ago=3),
        log_row("Zählerwechsel Termin", results=4, days_ago=1),
        log_row("Photovoltaik Einspeisung", results=0, days_ago=20),
    )
    login(client, moderator)
    page = client.get("/admin/search?days=7").get_data(as_text=True)
    assert "Top searches" in page and "Searches that found nothing" in page
    assert "Results nobody opened" in page
    assert 'href="/search?q=w%C3%A4rmepumpe+tarif">wärmepumpe tarif</a>' in page
    assert "zählerwechsel termin" in page
    assert "photovoltaik einspeisung" not in page
    assert 'aria-current="page">Last 7 days' in page
    assert "photovoltaik einspeisung" in client.get("/admin/search?days=30").get_data(as_text=True)
    # The default is the last 30 days; a period not offered falls back to it.
    assert "photovoltaik einspeisung" in client.get("/admin/search").get_data(as_text=True)
    assert "photovoltaik einspeisung" in client.get("/admin/search?days=3").get_data(as_text=True)
    # The staff menu links the page.
    assert 'href="/admin/search"' in client.get("/").get_data(as_text=True)


def test_a_chosen_range_counts_whole_local_days(client, app, moderator):
    # Berlin is UTC+1 in November: 23:30 UTC on the 30th is already 1 December there.
    add_rows(
        log_row("Erster Tag", at=datetime(2026, 10, 31, 23, 30)),  # 1 Nov, 00:30 in Berlin
        log_row("Letzter Tag", at=datetime(2026, 11, 30, 22, 30)),  # 30 Nov, 23:30
        log_row("Schon Dezember", at=datetime(2026, 11, 30, 23, 30)),
        log_row("Noch Oktober", at=datetime(2026, 10, 31, 22, 30)),
    )
    login(client, moderator)
    page = client.get("/admin/search?from=2026-11-01&to=2026-11-30").get_data(as_text=True)
    assert "erster tag" in page and "letzter tag" in page
    assert "schon dezember" not in page and "noch oktober" not in page
    assert 'value="2026-11-01"' in page and 'value="2026-11-30"' in page
    german_dates = client.get("/admin/search?from=01.11.2026&to=30.11.2026")
    assert german_dates.status_code == 200
    assert "letzter tag" in german_dates.get_data(as_text=True)
    one_day = client.get("/admin/search?from=2026-11-30&to=2026-11-30").get_data(as_text=True)
    assert "letzter tag" in one_day and "erster tag" not in one_day


def test_an_invalid_period_says_why_in_the_members_language_and_keeps_what_was_typed(
    client, app, moderator
):
    login(client, moderator)
    response = client.get("/admin/search?from=2026-13-01&to=2026-11-30")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "This is not a date" in page
    assert 'type="text" name="from" value="2026-13-01"' in page
    assert 'value="2026-11-30"' in page and "Top searches" not in page

    swapped = client.get("/admin/search?from=31.12.2026&to=01.12.2026")
    assert swapped.status_code == 400
    page = swapped.get_data(as_text=True)
    assert "The start date is after the end date." in page
    assert 'value="31.12.2026"' in page and 'value="01.12.2026"' in page
    assert "Please enter a date." in client.get("/admin/search?from=2026-11-01").get_data(
        as_text=True
    )

    moderator.locale = "de"
    db.session.commit()
    german = client.get("/admin/search?from=gestern&to=2026-11-30").get_data(as_text=True)
    with force_locale("de"):
        expected = gettext("This is not a date: write it as 2026-11-30 or 30.11.2026.")
    assert expected in german and 'value="gestern"' in german and '<html lang="de">' in german


def test_the_csv_export_has_the_three_lists_and_defuses_formulas(client, app, moderator):
    add_rows(
        log_row("Wärmepumpe Tarif", results=0),
        log_row("=HYPERLINK(1)", results=2),
    )
    login(client, moderator)
    response = client.get("/admin/search.csv?days=7")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == list(insights.CSV_COLUMNS)
    assert ["no_results", "wärmepumpe tarif", "1", "0", "0"] in [r[:5] for r in rows]
    assert any(r[:2] == ["unopened", "'=hyperlink(1)"] for r in rows)
    assert client.get("/admin/search.csv?from=x&to=y").status_code == 400


# -- who may see it --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("member", 403),
        ("moderator", 200),
        ("brand_manager", 200),
        ("admin", 200),
    ],
)
def test_only_staff_see_the_insights(client, app, role, status):
    add_rows(log_row("Wärmepumpe Tarif", results=0))
    if role != "anonymous":
        login(client, make_user(role=role))
    # Only staff learn that the dates are wrong; others are refused before they are read.
    for path, allowed in (
        ("/admin/search", 200),
        ("/admin/search.csv", 200),
        ("/admin/search?from=x&to=y", 400),
    ):
        response = client.get(path)
        assert response.status_code == (allowed if status == 200 else status), path
        if status == 302:  # visitors are asked to log in first
            assert response.headers["Location"].startswith("/login?next=")
        if status != 200:
            assert "wärmepumpe" not in response.get_data(as_text=True)
    menu = client.get("/").get_data(as_text=True)
    assert ('href="/admin/search"' in menu) is (status == 200)


def test_the_service_refuses_members(app):
    now = utcnow()
    with pytest.raises(PermissionDenied):
        insights.insights(make_user(), since=now - timedelta(days=7), until=now)
    with pytest.raises(PermissionDenied):
        insights.insights(None, since=now - timedelta(days=7), until=now)


# -- cost ------------------------------------------------------------------------------------


def test_the_page_runs_the_same_statements_with_many_log_rows(client, app, moderator):
    topic = make_topic()
    add_rows(log_row("Rechnung", results=2, opened=topic), log_row("Tarif", results=0))
    login(client, moderator)
    client.get("/admin/search")
    with count_statements(app) as few:
        assert client.get("/admin/search").status_code == 200
    add_rows(
        *(
            log_row(
                f"Frage Nummer {n % 60}",
                results=n % 3,
                opened=topic if n % 7 == 0 else None,
                days_ago=n % 25,
                member=n % 2 == 0,
            )
            for n in range(400)
        )
    )
    with count_statements(app) as many:
        page = client.get("/admin/search")
    assert page.status_code == 200 and "frage nummer" in page.get_data(as_text=True)
    assert len(many) == len(few)
    assert db.session.scalar(select(func.count(SearchLog.id))) == 402


def test_logging_a_search_adds_one_insert_and_nothing_per_result(client, app, monkeypatch):
    for number in range(4):
        make_topic(title=f"Glasfaser Anschluss Nummer {number}", body="Wie kommt die Glasfaser?")
    client.get("/search?q=Glasfaser")
    with count_statements(app) as logged:
        page = client.get("/search?q=Glasfaser").get_data(as_text=True)
    assert len(OPEN_LINK.findall(page)) == 4
    monkeypatch.setattr(insights, "record_search", lambda *args, **kwargs: None)
    with count_statements(app) as unlogged:
        page = client.get("/search?q=Glasfaser").get_data(as_text=True)
    assert not OPEN_LINK.findall(page)
    inserts = [s for s in logged if s.lstrip().upper().startswith("INSERT INTO SEARCH_LOGS")]
    assert len(inserts) == 1
    assert len(logged) == len(unlogged) + 1
