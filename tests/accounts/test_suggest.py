"""Name suggestions for @mentions: GET /users/suggest?q=<the start of a username>."""

from datetime import timedelta

import pytest
from sqlalchemy import event

from community import events
from community.accounts import services as accounts
from community.extensions import db
from community.timeutil import utcnow
from tests.conftest import count_statements, login, make_answer, make_topic, make_user

JSON = {"Accept": "application/json"}


def suggested(client, q, **params):
    response = client.get("/users/suggest", query_string={"q": q, **params}, headers=JSON)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.content_type == "application/json"
    return [user["username"] for user in response.get_json()["users"]]


def test_a_visitor_is_refused(client, app):
    make_user("sabine")
    response = client.get("/users/suggest?q=sab", headers=JSON)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"
    # A browser (not asking for JSON) is sent to the login page, as everywhere.
    page = client.get("/users/suggest?q=sab")
    assert page.status_code == 302 and "/login" in page.headers["Location"]


def test_a_member_gets_matching_names_with_display_name_and_avatar(client, app):
    make_user("sabine", display_name="Sabine Berger")
    make_user("sabrina")
    make_user("max")
    login(client, make_user("viewer"))
    response = client.get("/users/suggest?q=SAB", headers=JSON)
    users = response.get_json()["users"]
    assert {user["username"] for user in users} == {"sabine", "sabrina"}
    sabine = next(user for user in users if user["username"] == "sabine")
    assert sabine == {
        "username": "sabine",
        "name": "Sabine Berger",
        "avatar": "/u/sabine/avatar.svg",
    }
    assert suggested(client, "@max") == ["max"]


@pytest.mark.parametrize("q", ["", " ", "@", "sab%", "s_b'", "ä", "x" * 31])
def test_empty_or_impossible_prefixes_find_nobody(client, app, q):
    make_user("sabine")
    make_user("s_bine")
    login(client, make_user())
    assert suggested(client, q) == []


def test_prefix_not_substring_and_wildcards_are_literal(client, app):
    for name in ("anna", "hanna", "an_na", "anxna", "an.na"):
        make_user(name)
    login(client, make_user("viewer"))
    assert set(suggested(client, "an")) == {"anna", "an_na", "anxna", "an.na"}
    assert suggested(client, "an_") == ["an_na"]
    assert suggested(client, "an.") == ["an.na"]


def test_the_exact_name_comes_first_then_reputation(client, app):
    low, high = make_user("tom"), make_user("tomato")
    make_user("tommy")
    high.reputation, low.reputation = 500, 1
    events.commit()
    login(client, make_user("viewer"))
    names = suggested(client, "tom")
    assert names[0] == "tom" and names[1] == "tomato"


def test_who_wrote_in_the_topic_comes_first(client, app):
    topic = make_topic()
    make_user("kai")
    famous = make_user("kaiser")
    famous.reputation = 900
    events.commit()
    helper = make_user("kaitlyn")
    make_answer(topic, author=helper)
    login(client, make_user("viewer"))
    assert suggested(client, "kai")[0] == "kai"  # the exact name first
    assert suggested(client, "kait") == ["kaitlyn"]
    assert suggested(client, "kai", topic_id=topic.id)[:2] == ["kai", "kaitlyn"]
    assert suggested(client, "kai")[:2] == ["kai", "kaiser"]
    # A topic the viewer cannot see does not change the order (nor a nonsense id).
    assert suggested(client, "kai", topic_id=999999)[:2] == ["kai", "kaiser"]


def test_at_most_eight_and_never_the_viewer(client, app):
    for number in range(10):
        make_user(f"team{number}")
    viewer = make_user("teamlead")
    login(client, viewer)
    names = suggested(client, "team")
    assert len(names) == accounts.SUGGEST_LIMIT == 8
    assert "teamlead" not in names


def test_suspended_accounts_are_not_suggested(client, app):
    banned = make_user("spammer")
    make_user("spamfighter")
    ended = make_user("spaniel")
    banned.suspended_until = utcnow() + timedelta(days=365)
    ended.suspended_until = utcnow() - timedelta(days=1)
    events.commit()
    login(client, make_user())
    assert set(suggested(client, "spa")) == {"spamfighter", "spaniel"}


def test_the_statement_count_does_not_grow_with_the_matches(client, app):
    make_user("lena")
    login(client, make_user("viewer"))
    suggested(client, "le")  # the day's first request also counts the visit
    with count_statements(app) as one:
        assert len(suggested(client, "len")) == 1
    for number in range(7):
        make_user(f"lena{number}")
    with count_statements(app) as eight:
        assert len(suggested(client, "len")) == 8
    assert len(one) == len(eight)
    writes = [s for s in one + eight if not s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert writes == []


def test_the_prefix_query_uses_the_username_index(app):
    """The range on username_key lets the unique index answer a prefix search."""
    executed = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if "username_key >=" in statement:
            executed.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        accounts.suggest_users(make_user(), "sab")
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    [(statement, parameters)] = executed
    plan = db.session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
    details = " ".join(str(row) for row in plan)
    assert "SEARCH users USING INDEX" in details
    assert "(username_key>? AND username_key<?)" in details


def test_the_endpoint_is_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        login(client, make_user())
        codes = {client.get("/users/suggest?q=ab", headers=JSON).status_code for _ in range(120)}
        assert codes == {200}
        assert client.get("/users/suggest?q=ab", headers=JSON).status_code == 429
        db.session.remove()
        db.engine.dispose()
