"""Similar questions on the ask page and related topics on the topic page, on both backends."""

import re

import pytest
from flask_babel import force_locale, gettext
from sqlalchemy import select

from community import events, permissions
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.moderation import services as moderation
from community.search import similar
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)

pytestmark = pytest.mark.databases("sqlite", "postgresql")


def suggested(client, title):
    response = client.get("/search/similar", query_string={"title": title})
    assert response.status_code == 200
    assert response.content_type == "application/json"
    return [topic["title"] for topic in response.get_json()["topics"]]


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def url(topic):
    return f"/t/{topic.id}/{topic.slug}"


def related_box(page):
    """The titles in the page's related-topics box ([] when there is no box)."""
    match = re.search(r'<section class="box related-topics".*?</section>', page, re.DOTALL)
    if match is None:
        return []
    return [title.strip() for title in re.findall(r'<a href="[^"]*">([^<]*)</a>', match.group(0))]


# -- the endpoint ------------------------------------------------------------------------------


def test_german_and_english_titles_find_their_inflected_forms(client, app):
    german = make_topic(
        title="Rechnungen doppelt abgebucht im März",
        body="Mir wurden zwei Rechnungen für denselben Monat abgebucht.",
    )
    make_answer(german, body="Ruf die Hotline an, die buchen es zurück.")
    forum.accept_answer(german.author, make_answer(german, body="Im Portal unter Zahlungen."))
    events.commit()
    make_topic(
        title="Routers keep dropping the connection",
        body="My routers drop the line every evening, what can I do?",
    )
    make_topic(title="Zählerstand online melden", body="Wo gebe ich den Zählerstand ein?")

    assert suggested(client, "Rechnung doppelt") == ["Rechnungen doppelt abgebucht im März"]
    assert suggested(client, "router dropped connections") == [
        "Routers keep dropping the connection"
    ]
    (topic,) = client.get("/search/similar?title=Rechnung+doppelt").get_json()["topics"]
    assert topic == {
        "id": german.id,
        "title": "Rechnungen doppelt abgebucht im März",
        "url": f"/t/{german.id}/{german.slug}",
        "answers": 2,
        "solved": True,
    }
    assert client.get(topic["url"]).status_code == 200


def test_the_best_match_comes_first_and_at_most_five(client, app):
    category = make_category()
    author = make_user(trust_level=3)
    for number in range(7):
        make_topic(author=author, category=category, title=f"Glasfaser Frage Nummer {number}")
    best = make_topic(author=author, category=category, title="Glasfaser Anschluss im Altbau")
    found = suggested(client, "Glasfaser Anschluss Altbau")
    assert found[0] == best.title and len(found) == 5


def test_hidden_deleted_and_held_topics_are_never_suggested(client, app):
    moderator = make_user(role="moderator")
    hidden = make_topic(title="Versteckte Frage zum Zählerschrank")
    moderation.flag_post(moderator, question_of(hidden), "spam")
    events.commit()
    deleted = make_topic(title="Gelöschte Frage zum Zählerschrank")
    forum.delete_post(deleted.author, question_of(deleted))
    events.commit()
    held_author = make_user(trust_level=0)
    held = make_topic(author=held_author, title="Gehaltene Frage zum Zählerschrank")
    assert (hidden.status, deleted.status, held.status) == ("hidden", "deleted", "pending")
    visible = make_topic(title="Offene Frage zum Zählerschrank")

    for viewer in (None, make_user(), held_author, hidden.author, moderator):
        if viewer is not None:
            login(client, viewer)
        assert suggested(client, "Frage Zählerschrank") == [visible.title], viewer
        assert [t.id for t in similar.similar(viewer, "Frage Zählerschrank")] == [visible.id]
        client.post("/logout")

    forum.restore_post(moderator, question_of(deleted))
    events.commit()
    assert set(suggested(client, "Frage Zählerschrank")) == {visible.title, deleted.title}


def test_topics_the_viewer_may_not_see_are_never_suggested(client, app, monkeypatch):
    """Whatever can() refuses (a category closed to this viewer, say) is left out."""
    staff_only = make_category(slug="intern")
    secret = make_topic(category=staff_only, title="Interne Frage zur Rechnungsprüfung")
    public = make_topic(title="Öffentliche Frage zur Rechnungsprüfung")
    member, moderator = make_user(), make_user(role="moderator")
    allows_view = permissions.POLICY["topic.view"]

    def view_topic(user, topic):
        if topic.category_id == staff_only.id and getattr(user, "role", None) != "moderator":
            return False
        return allows_view(user, topic)

    monkeypatch.setitem(permissions.POLICY, "topic.view", view_topic)
    assert suggested(client, "Frage Rechnungsprüfung") == [public.title]
    login(client, member)
    assert suggested(client, "Frage Rechnungsprüfung") == [public.title]
    assert [t.title for t in similar.related(member, public)] == []
    client.post("/logout")
    login(client, moderator)
    assert set(suggested(client, "Frage Rechnungsprüfung")) == {public.title, secret.title}
    assert [t.title for t in similar.related(moderator, public)] == [secret.title]


def test_query_syntax_in_a_title_is_not_interpreted(client, app):
    topic = make_topic(title="Abschlag für Strom anpassen", tags=("strom",))
    make_topic(title="Zählerstand melden", tags=("gas",))
    for typed in (
        "tag:gas Abschlag",  # a filter would leave only the gas topic, which has no Abschlag
        "is:solved Abschlag",  # nothing is solved
        "kind:idea Abschlag",
        "Strom NOT Abschlag",  # Whoosh's NOT would exclude it
        "Strom -Abschlag",  # websearch_to_tsquery's minus would exclude it
        '"anpassen Abschlag"',  # a phrase in this order does not occur
        "Absch* (Strom",
    ):
        assert suggested(client, typed) == [topic.title], typed
    assert similar.title_words('tag:gas "Strom" NOT -x*') == "tag gas strom not x"


@pytest.mark.parametrize("title", ["", "  ", "QR", "?!", "a b", "Q-R", "“a”"])
def test_short_titles_give_an_empty_list(client, app, title):
    make_topic(title="QR Code scannen geht nicht", body="Der QR Code a b wird nicht erkannt.")
    assert client.get("/search/similar", query_string={"title": title}).get_json() == {"topics": []}
    assert suggested(client, "QR Code") == ["QR Code scannen geht nicht"]


def test_the_endpoint_writes_nothing_and_its_statements_do_not_grow(client, app):
    member = make_user()
    login(client, member)
    author = make_user(trust_level=3)
    make_topic(author=author, title="Smart Meter Einbau Termin")
    suggested(client, "Smart Meter Einbau")  # the day's first page counts the visit
    with count_statements(app) as one:
        assert suggested(client, "Smart Meter Einbau") == ["Smart Meter Einbau Termin"]
    for number in range(8):
        topic = make_topic(author=author, title=f"Smart Meter Einbau Frage {number}")
        for _ in range(3):
            make_answer(topic)
    with count_statements(app) as five:
        assert len(suggested(client, "Smart Meter Einbau")) == 5
    assert len(one) == len(five)
    writes = [s for s in one + five if not s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert writes == []


def test_the_endpoint_is_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        client = app.test_client()
        codes = {client.get("/search/similar?title=ab").status_code for _ in range(120)}
        assert codes == {200}
        assert client.get("/search/similar?title=ab").status_code == 429
        db.session.remove()
        db.engine.dispose()


# -- the topic page ----------------------------------------------------------------------------


def test_the_topic_page_shows_related_topics_but_not_itself(client, app):
    category = make_category()
    topic = make_topic(
        category=category, title="Balkonkraftwerk beim Netzbetreiber anmelden", tags=["solar"]
    )
    solved = make_topic(
        category=category, title="Balkonkraftwerk anmelden: welche Formulare?", tags=["solar"]
    )
    forum.accept_answer(solved.author, make_answer(solved))
    events.commit()
    other = make_topic(
        category=category, title="Balkonkraftwerk Wechselrichter zu laut", tags=["laerm"]
    )
    merged = make_topic(
        category=category, title="Balkonkraftwerk anmelden beim Netzbetreiber?", tags=["solar"]
    )
    make_topic(
        category=category,
        title="Zählerstand online melden",
        body="Wo gebe ich den Zählerstand im Portal ein?",
        tags=["zaehler"],
    )
    moderation.merge_topic(make_user(role="moderator"), merged, topic, "Same question")
    events.commit()

    page = client.get(url(topic)).get_data(as_text=True)
    assert "Related topics" in page
    shown = related_box(page)
    assert shown[0] == solved.title and set(shown) == {solved.title, other.title}
    box = re.search(r'<section class="box related-topics".*?</section>', page, re.DOTALL)[0]
    assert f'href="/t/{solved.id}/{solved.slug}"' in box and "✓ Solved" in box
    assert "1 answer" in box and "0 answers" in box
    assert [t.id for t in similar.related(None, topic)] == [solved.id, other.id]


def test_no_related_box_when_nothing_is_related(client, app):
    topic = make_topic(title="Einzigartige Frage zum Quantencomputer", tags=["physik"])
    make_topic(
        title="Zählerstand online melden",
        body="Wo gebe ich den Zählerstand im Portal ein?",
        tags=["zaehler"],
    )
    page = client.get(url(topic)).get_data(as_text=True)
    assert "related-topics" not in page and "Related topics" not in page


def test_a_broken_index_costs_the_topic_page_its_related_box_only(client, app, monkeypatch):
    topic = make_topic(title="Zählerstand online melden", body="Wo gebe ich ihn im Portal ein?")
    make_topic(title="Zählerstand per App melden", body="Die App nimmt den Zählerstand nicht.")

    def broken(*args, **kwargs):
        raise OSError("index folder unreadable")

    monkeypatch.setattr(similar, "get_index", broken)
    response = client.get(url(topic))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert topic.title in page and "related-topics" not in page


def test_tags_help_find_related_topics(client, app):
    topic = make_topic(title="Einspeisevergütung berechnen", tags=("photovoltaik",))
    by_tag_word = make_topic(title="Photovoltaik auf dem Garagendach", tags=("dach",))
    assert [t.id for t in similar.related(None, topic)] == [by_tag_word.id]


@pytest.mark.parametrize("logged_in", [False, True])
def test_topic_page_statements_do_not_grow_with_related_topics_or_posts(client, app, logged_in):
    viewer = make_user()
    if logged_in:
        login(client, viewer)
    few = make_category()
    small = make_topic(category=few, title="Wärmepumpe Stromtarif wechseln", tags=["waerme"])
    make_topic(category=few, title="Wärmepumpe Stromtarif kündigen", tags=["waerme"])
    many = make_category()
    big = make_topic(category=many, title="Ladesäule Wallbox Tarif anmelden", tags=["wallbox"])
    for number in range(8):
        related = make_topic(
            category=many,
            author=make_user(),
            title=f"Ladesäule Wallbox Frage {number}",
            tags=["wallbox"],
        )
        make_answer(related)
    for _ in range(12):
        post = make_answer(big, author=make_user())
        forum.add_comment(make_user(), post, "A comment under the answer.")
    events.commit()
    counts = []
    for topic, expected in ((small, 1), (big, 5)):
        client.get(url(topic))  # warm caches, count the day's visit
        with count_statements(app) as statements:
            page = client.get(url(topic)).get_data(as_text=True)
        assert len(related_box(page)) == expected
        counts.append(len(statements))
    assert counts[0] == counts[1]


# -- the ask page ------------------------------------------------------------------------------


def test_the_ask_page_loads_the_script_and_the_empty_container(client, app):
    login(client, make_user())
    for language in ("en", "de"):
        response = client.get("/ask", headers={"Accept-Language": language})
        page = response.get_data(as_text=True)
        assert f'lang="{language}"' in page
        assert re.search(r'<script src="/static/js/similar\.js" defer></script>', page)
        assert not re.search(r"<script(?![^>]*\bsrc=)", page)  # no inline script (CSP)
        container = re.search(r'<div class="similar-questions".*?</div>', page, re.DOTALL)[0]
        assert 'aria-live="polite"' in container
        assert 'data-similar-url="/search/similar"' in container
        assert 'data-similar-for="title"' in container
        assert '<section class="similar-panel" hidden>' in container
        assert '<ul class="similar-list"></ul>' in container
        with force_locale(language):
            heading = gettext("Similar questions already asked")
        assert f'<h2 class="similar-title">{heading}</h2>' in container
        # The texts the script needs, in the reader's language.
        one, many, solved = {
            "en": ("answer", "answers", "Solved"),
            "de": ("Antwort", "Antworten", "Gelöst"),
        }[language]
        assert f'data-answers-one="{{num}} {one}"' in container
        assert f'data-answers-many="{{num}} {many}"' in container
        assert f'data-solved="{solved}"' in container
    english = client.get("/ask", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Similar questions already asked" in english


def test_only_the_ask_page_loads_the_script(client, app):
    topic = make_topic()
    for path in ("/", url(topic), "/search?q=router"):
        assert "similar.js" not in client.get(path).get_data(as_text=True), path
