"""Search over the real Whoosh index in the test's data folder, fed by the outbox."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from community import events
from community.forum import services as forum
from community.forum.models import Post
from community.moderation import services as moderation
from community.search import indexer, query, services
from community.search.analysis import detect_language
from community.search.models import SearchDocument
from community.timeutil import utcnow
from tests.conftest import make_answer, make_category, make_topic, make_user

# The backend suite: every test here runs on SQLite with Whoosh and on PostgreSQL with its
# full-text search.
pytestmark = pytest.mark.databases("sqlite", "postgresql")


def titles(viewer, text, **kwargs):
    return [r.topic.title for r in services.search(viewer, text, **kwargs).results]


def question_of(topic):
    return forum.db.session.scalar(
        select(Post).where(Post.topic_id == topic.id, Post.position == 1)
    )


def test_a_new_question_is_found_in_german_and_english_forms(app):
    make_topic(
        title="Rechnungen doppelt abgebucht im März",
        body="Mir wurden zwei Rechnungen für die Straße abgebucht, was kann ich tun?",
    )
    make_topic(
        title="Routers keep dropping the connection",
        body="My routers drop the line every evening, what can I do?",
    )
    assert titles(None, "Rechnung") == ["Rechnungen doppelt abgebucht im März"]
    assert titles(None, "Strasse") == ["Rechnungen doppelt abgebucht im März"]
    assert titles(None, "router dropped") == ["Routers keep dropping the connection"]
    assert titles(None, '"keep dropping"') == ["Routers keep dropping the connection"]
    assert titles(None, '"dropping keep"') == []


def test_answers_are_found_and_lead_to_their_topic_with_a_highlighted_snippet(app):
    """A topic is one document: its answers' words find it, and the snippet shows them."""
    topic = make_topic(title="Störung am Abend im Obergeschoss", body="Das WLAN fällt abends aus.")
    make_answer(topic, body="Stell den Funkkanal auf 11, dann ist Ruhe.")
    found = services.search(None, "Funkkanal")
    assert [r.topic.id for r in found.results] == [topic.id]
    assert '<mark class="hit' in str(found.results[0].snippet)
    assert "<script" not in str(services.search(None, "Funkkanal").results[0].snippet)


def test_user_text_in_snippets_is_escaped(app):
    make_topic(title="Markup in a question body", body="What does <script>alert(1)</script> do?")
    snippet = str(services.search(None, "alert").results[0].snippet)
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet


def test_hidden_deleted_and_held_content_is_never_found(app):
    moderator = make_user(role="moderator")
    hidden = make_answer(make_topic(), body="Geheimtipp: Kanal dreizehn nutzen.")
    moderation.flag_post(moderator, hidden, "spam")
    events.commit()
    deleted = make_topic(title="Gelöschte Frage zum Zählerschrank", body="Zählerschrank kaputt.")
    forum.delete_post(deleted.author, question_of(deleted))
    events.commit()
    make_topic(author=make_user(trust_level=0), title="Gehaltene Frage zum Stromzähler")
    for viewer in (None, make_user(), moderator):
        assert titles(viewer, "dreizehn") == []
        assert titles(viewer, "Zählerschrank") == []
        assert titles(viewer, "Stromzähler") == []
    forum.restore_post(moderator, question_of(deleted))
    events.commit()
    assert titles(None, "Zählerschrank") == ["Gelöschte Frage zum Zählerschrank"]


def test_filters_in_the_query(app):
    energy, other = make_category(slug="strom-gas"), make_category()
    sabine = make_user(username="sabine_k")
    solved = make_topic(
        author=sabine, category=energy, title="Abschlag für Strom anpassen", tags=("abschlag",)
    )
    forum.accept_answer(sabine, make_answer(solved, body="Im Kundenportal unter Verträge."))
    open_one = make_topic(category=other, title="Abschlag für Gas zu hoch", tags=("gas",))
    forum.cast_vote(make_user(), question_of(open_one), 1)
    idea = make_topic(title="Idee: Abschlag monatlich im Portal", kind="idea")
    events.commit()

    assert set(titles(None, "Abschlag")) == {solved.title, open_one.title, idea.title}
    assert titles(None, "Abschlag category:strom-gas") == [solved.title]
    assert titles(None, "Abschlag tag:gas") == [open_one.title]
    # user: finds the topics a member wrote in.
    assert titles(None, "Abschlag user:Sabine_K") == [solved.title]
    assert titles(None, "Abschlag is:solved") == [solved.title]
    assert set(titles(None, "Abschlag is:unanswered")) == {open_one.title, idea.title}
    assert titles(None, "Abschlag kind:idea") == [idea.title]
    assert titles(None, "Abschlag score:>0") == [open_one.title]
    assert titles(None, "tag:gas") == [open_one.title]
    tomorrow = (utcnow() + timedelta(days=1)).strftime("%Y-%m-%d")
    assert titles(None, f"Abschlag after:{tomorrow}") == []
    assert len(titles(None, f"Abschlag before:{tomorrow}")) == 3
    assert titles(None, "Abschlag", sort="votes")[0] == open_one.title
    found = services.search(None, "Abschlag is:great score:lots")
    assert found.ignored == ["is:great", "score:lots"] and len(found.results) == 3


def test_counts_and_moves_follow_the_database(app):
    topic = make_topic(title="Umzug des Anschlusses planen", category=make_category(slug="alt"))
    moderator = make_user(role="moderator")
    moderation.move_topic(moderator, topic, make_category(slug="neu"))
    events.commit()
    assert titles(None, "Umzug category:neu") == [topic.title]
    assert titles(None, "Umzug category:alt") == []


def test_paging(app):
    author = make_user(trust_level=3)
    for number in range(23):
        make_topic(
            author=author,
            title=f"Zählerstand Frage Nummer {number:02d}",
            body=f"Ein längerer Text Nummer {number}.",
        )
    app.config["SEARCH_PAGE_SIZE"] = 10
    first = services.search(None, "Zählerstand", sort="newest")
    third = services.search(None, "Zählerstand", sort="newest", page=3)
    assert len(first.results) == 10 and first.has_next and not first.has_prev
    assert len(third.results) == 3 and not third.has_next


def test_the_search_page_and_the_header_box(client, app):
    make_topic(title="Glasfaser Anschluss im Altbau", body="Wie kommt die Glasfaser ins Haus?")
    page = client.get("/").get_data(as_text=True)
    assert 'action="/search"' in page
    response = client.get("/search?q=Glasfaser")
    assert response.status_code == 200
    assert "Glasfaser Anschluss im Altbau" in response.get_data(as_text=True)
    nothing = client.get("/search?q=Quantencomputer").get_data(as_text=True)
    assert "Nothing found" in nothing and "Quantencomputer" in nothing
    german = client.get("/search?q=Quantencomputer", headers={"Accept-Language": "de"})
    assert "Nothing found" not in german.get_data(as_text=True)


def test_a_missing_or_outdated_index_is_rebuilt_on_first_use(app, database):
    make_topic(title="Balkonkraftwerk anmelden beim Netzbetreiber")
    app.extensions.pop("search_index", None)
    if database == "postgresql":
        # A database that Whoosh served until now: its documents table is empty.
        forum.db.session.execute(delete(SearchDocument))
        forum.db.session.commit()
    else:
        (Path(app.config["SEARCH_INDEX_DIR"]) / "schema_version").write_text("0")
    assert titles(None, "Balkonkraftwerk") == ["Balkonkraftwerk anmelden beim Netzbetreiber"]


def test_flask_reindex_shows_progress_and_a_summary(app):
    for _ in range(3):
        make_answer(make_topic())
    result = app.test_cli_runner().invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexing topics" in result.output and "Indexed 3 topics in" in result.output


def test_an_index_that_cannot_be_written_loses_nothing(app, database):
    if database == "postgresql":
        pytest.skip("PostgreSQL writes the index in the same transaction as the receipt")
    topic = make_topic(title="Erste Frage zum Smart Meter")
    index = indexer.get_index()
    lock = index.open().lock("WRITELOCK")
    assert lock.acquire()
    index.lock_timeout = 0.1
    try:
        make_answer(topic, body="Der Smart Meter zeigt Fehler E42 an.")
        assert titles(None, "E42") == []
    finally:
        lock.release()
    events.dispatch_pending()
    assert titles(None, "E42") == ["Erste Frage zum Smart Meter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie kann ich meine Rechnung ändern, die ist falsch?", "de"),
        ("How can I change my bill, it is wrong?", "en"),
        ("Router 7590", "de"),
    ],
)
def test_language_detection(text, expected):
    assert detect_language(text, "de") == expected


def test_the_query_language():
    parsed = query.parse('router "zwei Wörter" tag:WLAN before:2026-13-01 score:>=3')
    assert parsed.words == 'router "zwei Wörter"'
    assert parsed.applied == [("tag", "WLAN"), ("score", ">=3")]
    assert parsed.ignored == ["before:2026-13-01"]
    assert query.parse('unclosed "quote').words == "unclosed quote"
    assert isinstance(datetime.now(), datetime)


def test_the_json_api_searches_too(client, app):
    make_topic(title="Glasfaser Anschluss im Altbau", body="Wie kommt die Glasfaser ins Haus?")
    body = client.get("/api/v1/search?q=Glasfaser tag:router").get_json()
    assert [r["topic"]["title"] for r in body["results"]] == ["Glasfaser Anschluss im Altbau"]
    # The snippet is plain text: the highlights go without leaving gaps.
    assert "kommt die Glasfaser ins Haus" in body["results"][0]["snippet"]
    assert body["filters"] == ["tag:router"] and "<mark" not in body["results"][0]["snippet"]
    assert client.get("/api/v1/search?q=x&sort=best").status_code == 422


def test_the_index_work_does_not_grow_with_the_topics_posts(app):
    """One event replaces one document, whatever the topic's size."""
    from tests.conftest import count_statements

    topic = make_topic()
    for _ in range(2):
        make_answer(topic)
    with count_statements(app) as few:
        indexer.get_index().replace_topics([topic.id], indexer.documents_for([topic.id]))
    for _ in range(10):
        make_answer(topic)
    with count_statements(app) as many:
        indexer.get_index().replace_topics([topic.id], indexer.documents_for([topic.id]))
    assert len(many) == len(few)


def test_more_matching_words_rank_first_but_any_word_finds(app):
    both = make_topic(title="Rechnung ist falsch berechnet", body="Meine Rechnung stimmt nicht.")
    one = make_topic(title="Rechnung per Post bekommen", body="Wie bekomme ich Papier?")
    assert titles(None, "Rechnung falsch") == [both.title, one.title]


def test_browsers_can_add_the_community_as_a_search_engine(client, app):
    page = client.get("/").get_data(as_text=True)
    assert 'rel="search" type="application/opensearchdescription+xml"' in page
    response = client.get("/opensearch.xml")
    assert response.status_code == 200
    assert response.content_type.startswith("application/opensearchdescription+xml")
    text = response.get_data(as_text=True)
    assert "<ShortName>Community</ShortName>" in text
    assert 'template="http://community.test/search?q={searchTerms}"' in text


def test_german_compounds_are_found_by_their_parts(app, database):
    if database == "postgresql":
        pytest.skip("PostgreSQL's German configuration does not split compounds")
    make_topic(title="Neuer Stromzähler zeigt nichts an", body="Seit Montag ist das Display aus.")
    make_topic(title="Vertragslaufzeit beim Tarifwechsel", body="Beginnt sie nach dem Wechsel neu?")
    assert titles(None, "Zähler") == ["Neuer Stromzähler zeigt nichts an"]
    assert titles(None, "Laufzeit") == ["Vertragslaufzeit beim Tarifwechsel"]
    assert titles(None, "Stromzähler") == ["Neuer Stromzähler zeigt nichts an"]
    assert titles(None, '"neuer Stromzähler"') == ["Neuer Stromzähler zeigt nichts an"]


def test_words_in_the_title_or_question_outrank_words_in_a_late_answer(app):
    """PostgreSQL ranks on the titles and the opening post only (`head`); Whoosh weighs
    the title higher. Either way the topic about the word comes before one that mentions
    it in passing, however much newer."""
    in_title = make_topic(
        title="Smart Meter Gateway meldet keine Werte", body="Seit Montag bleibt die Anzeige leer."
    )
    in_question = make_topic(
        title="Zähler im Keller zeigt nichts an",
        body="Unser Gateway im Zählerschrank blinkt nur noch rot.",
    )
    in_answer = make_topic(title="Umzug: Strom ummelden", body="Was muss ich beim Umzug beachten?")
    for body in (
        "Den Zählerstand am Auszugstag notieren.",
        "Beim neuen Versorger rechtzeitig anmelden.",
        "Ein Foto vom Zähler machen, als Beweis.",
    ):
        make_answer(in_answer, body=body)
    make_answer(in_answer, body="Bei uns hing noch ein altes Gateway am Zähler, egal.")
    assert titles(None, "Gateway") == [in_title.title, in_question.title, in_answer.title]


def test_every_post_of_a_long_thread_is_found(app, unscreened):
    """Only the ranking and the snippet read the start of a thread: matching reads it all."""
    topic = make_topic(title="Sammelthema: Erfahrungen mit dem Kundenservice")
    author = make_user()
    for number in range(30):
        make_answer(topic, author=author, body=f"Erfahrung Nummer {number}: " + "bla " * 60)
    make_answer(topic, body="Am Ende half nur die Schlichtungsstelle Energie.")
    found = services.search(None, "Schlichtungsstelle")
    assert [r.topic.id for r in found.results] == [topic.id]


def test_a_postgresql_index_from_before_its_ranking_column_is_rebuilt(app, database):
    if database != "postgresql":
        pytest.skip("Whoosh's index did not change (backends.SCHEMA_VERSION)")
    topic = make_topic(title="Wärmepumpe: eigener Zähler nötig?")
    # As migration 0010 left the rows: without `head`.
    forum.db.session.execute(update(SearchDocument).values(head=None))
    forum.db.session.commit()
    app.extensions.pop("search_index", None)
    assert titles(None, "Wärmepumpe") == [topic.title]
    assert forum.db.session.scalar(
        select(SearchDocument.head.is_not(None)).where(SearchDocument.topic_id == topic.id)
    )


def test_postgresql_keeps_the_ranking_vector_in_the_row(app, database):
    """Ranking reads `head` from every matching row: it must not go to the TOAST table,
    while the long texts and the whole thread's vector always do (migration 0010)."""
    if database != "postgresql":
        pytest.skip("on SQLite the Whoosh backend serves search")
    storage = dict(
        forum.db.session.execute(
            text(
                "SELECT attname, attstorage FROM pg_attribute"
                " WHERE attrelid = 'search_documents'::regclass AND attnum > 0"
            )
        ).all()
    )
    assert storage["head"] == "m" and storage["vector"] == "x" and storage["body_de"] == "x"
    options = forum.db.session.scalar(
        text("SELECT reloptions FROM pg_class WHERE relname = 'search_documents'")
    )
    assert "toast_tuple_target=128" in options
