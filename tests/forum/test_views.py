"""The forum pages through the Flask test client."""

import re

import pytest
from sqlalchemy import select

from community import events
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Post, Topic
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def url(topic):
    return f"/t/{topic.id}/{topic.slug}"


def test_visitor_reads_home_topic_category_tag_and_lists(client, app):
    topic = make_topic(title="Glasfaser Anschluss im Altbau?", tags=["glasfaser"])
    make_answer(topic, body="Frag den Vermieter nach der Genehmigung.")
    for path in [
        "/",
        "/topics/newest",
        "/topics/unanswered",
        "/topics/unsolved",
        "/topics/top",
        "/categories",
        "/tags",
        f"/c/{topic.category.slug}",
        "/tags/glasfaser",
        f"/c/{topic.category.slug}/top",
        url(topic),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
    page = client.get(url(topic)).get_data(as_text=True)
    assert "Glasfaser Anschluss im Altbau?" in page
    assert "Frag den Vermieter nach der Genehmigung." in page


def test_topic_without_slug_redirects_to_canonical_address(client, app):
    topic = make_topic()
    response = client.get(f"/t/{topic.id}")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(url(topic))


def test_unknown_pages_are_404(client, app):
    for path in ["/t/999", "/c/nope", "/tags/nope", "/u/nobody", "/p/999/history", "/topics/bogus"]:
        assert client.get(path).status_code == 404, path


def test_topic_page_counts_views(client, app):
    topic = make_topic()
    client.get(url(topic))
    client.get(url(topic))
    db.session.refresh(topic)
    assert topic.view_count == 2


def test_ask_needs_login(client, app):
    response = client.get("/ask")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_member_asks_a_question(client, app):
    category = make_category(name="Internet & Telefonie", slug="internet-telefonie")
    user = make_user()
    login(client, user)
    response = client.post(
        "/ask",
        data={
            "kind": "question",
            "title": "Wie aktiviere ich die eSIM?",
            "category": category.id,
            "body": "Ich habe den QR-Code bekommen, aber das iPhone meldet einen Fehler.",
            "tags": "esim, iphone",
        },
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.title == "Wie aktiviere ich die eSIM?"))
    assert response.headers["Location"].endswith(url(topic))
    assert [t.name for t in topic.tags] == ["esim", "iphone"]
    page = client.get(url(topic)).get_data(as_text=True)
    assert "Your topic is published." in page


def test_ask_with_errors_keeps_the_typed_text(client, app):
    category = make_category()
    login(client, make_user())
    response = client.post(
        "/ask",
        data={
            "kind": "question",
            "title": "Kurz",
            "category": category.id,
            "body": "Mein ausführlicher Text, der nicht verloren gehen darf.",
            "tags": "a/b",
        },
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Mein ausführlicher Text, der nicht verloren gehen darf." in page
    assert 'value="Kurz"' in page
    assert "Field must be between 10 and 150 characters long." in page


def test_ask_errors_are_german_for_german_members(client, app):
    category = make_category()
    login(client, make_user(locale="de"))
    response = client.post(
        "/ask",
        data={
            "kind": "question",
            "title": "Eine gute Frage zur Rechnung",
            "category": category.id,
            "body": "Genug Text für den Beitrag hier.",
            "tags": "eins zwei drei vier fünf sechs",
        },
    )
    assert response.status_code == 400
    assert "höchstens 5 Tags" in response.get_data(
        as_text=True
    ).lower() or "5 Tags" in response.get_data(as_text=True)


def test_answer_and_errors_keep_text(client, app):
    topic = make_topic()
    login(client, make_user())
    bad = client.post(f"/t/{topic.id}/answer", data={"body": "short"})
    assert bad.status_code == 400
    assert "short</textarea>" in bad.get_data(as_text=True)
    good = client.post(f"/t/{topic.id}/answer", data={"body": "Restart the router and wait."})
    assert good.status_code == 302
    assert "Restart the router and wait." in client.get(url(topic)).get_data(as_text=True)


def test_official_checkbox_only_for_staff(client, app):
    topic = make_topic()
    member = make_user()
    login(client, member)
    assert "official" not in client.get(url(topic)).get_data(as_text=True).split("answer-box")[1]
    response = client.post(
        f"/t/{topic.id}/answer", data={"body": "I pretend to be staff.", "official": "y"}
    )
    assert response.status_code == 403
    moderator_client = app.test_client()
    login(moderator_client, make_user(role="moderator"))
    response = moderator_client.post(
        f"/t/{topic.id}/answer", data={"body": "We fixed the outage.", "official": "y"}
    )
    assert response.status_code == 302
    assert "Official answer of the service team" in moderator_client.get(url(topic)).get_data(
        as_text=True
    )


def test_comment_flow_and_error_keeps_text(client, app):
    topic = make_topic()
    post = question_of(topic)
    login(client, make_user())
    bad = client.post(f"/p/{post.id}/comment", data={"body": "x"})
    assert bad.status_code == 400
    assert 'value="x"' in bad.get_data(as_text=True)
    good = client.post(f"/p/{post.id}/comment", data={"body": "Welches Modell genau?"})
    assert good.status_code == 302
    assert "Welches Modell genau?" in client.get(url(topic)).get_data(as_text=True)


def test_vote_with_and_without_javascript(client, app):
    topic = make_topic()
    answer = make_answer(topic)
    login(client, make_user())
    response = client.post(f"/p/{answer.id}/vote", data={"value": "1"})
    assert response.status_code == 302
    response = client.post(
        f"/p/{answer.id}/vote", data={"value": "-1"}, headers={"Accept": "application/json"}
    )
    assert response.get_json() == {"post_id": answer.id, "score": -1, "vote": -1}
    assert client.post(f"/p/{answer.id}/vote", data={"value": "7"}).status_code == 400


def test_vote_on_own_post_is_forbidden(client, app):
    topic = make_topic()
    login(client, topic.author)
    assert client.post(f"/p/{question_of(topic).id}/vote", data={"value": "1"}).status_code == 403


def test_visitor_vote_redirects_to_login(client, app):
    topic = make_topic()
    response = client.post(f"/p/{question_of(topic).id}/vote", data={"value": "1"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_accept_shows_solution_under_the_question(client, app):
    topic = make_topic()
    first = make_answer(topic, body="First answer, not the solution.")
    second = make_answer(topic, body="Second answer, the solution.")
    other = app.test_client()
    login(other, make_user())
    assert other.post(f"/p/{second.id}/accept").status_code == 403
    login(client, topic.author)
    assert client.post(f"/p/{second.id}/accept").status_code == 302
    page = client.get(url(topic)).get_data(as_text=True)
    assert page.index("Second answer, the solution.") < page.index(
        "First answer, not the solution."
    )
    assert "Remove solution mark" in page
    assert first.id
    assert client.post(f"/t/{topic.id}/unaccept").status_code == 302
    db.session.refresh(topic)
    assert topic.accepted_post_id is None


def test_edit_and_history_show_the_diff(client, app):
    topic = make_topic(body="The router is a model 7490 and it drops WLAN.")
    post = question_of(topic)
    login(client, topic.author)
    form = client.get(f"/p/{post.id}/edit").get_data(as_text=True)
    assert "model 7490" in form
    response = client.post(
        f"/p/{post.id}/edit",
        data={
            "title": topic.title,
            "category": topic.category_id,
            "tags": "router",
            "body": "The router is a model 7590 and it drops WLAN.",
            "reason": "wrong model",
        },
    )
    assert response.status_code == 302
    history = client.get(f"/p/{post.id}/history").get_data(as_text=True)
    assert "<del>7490</del>" in history.replace("model ", "") or "<del>7490" in history
    assert "<ins>7590" in history
    assert "wrong model" in history
    assert "edited 1 time" in client.get(url(topic)).get_data(as_text=True)


def test_edit_errors_keep_text_and_others_are_refused(client, app):
    topic = make_topic()
    post = question_of(topic)
    other = app.test_client()
    login(other, make_user())
    assert other.get(f"/p/{post.id}/edit").status_code == 403
    assert other.post(f"/p/{post.id}/edit", data={"body": "Hijacked body text."}).status_code == 403
    login(client, topic.author)
    response = client.post(
        f"/p/{post.id}/edit",
        data={
            "title": topic.title,
            "category": topic.category_id,
            "body": post.body,
            "reason": "",
        },
    )
    assert response.status_code == 400
    assert "Nothing was changed." in response.get_data(as_text=True)


def test_delete_and_restore_through_the_pages(client, app):
    topic = make_topic()
    answer = make_answer(topic, body="An answer that will be deleted.")
    login(client, answer.author)
    assert client.post(f"/p/{answer.id}/delete").status_code == 302
    assert "An answer that will be deleted." not in client.get(url(topic)).get_data(as_text=True)
    assert client.post(f"/p/{answer.id}/restore").status_code in (403, 404)
    moderator = app.test_client()
    login(moderator, make_user(role="moderator"))
    assert "An answer that will be deleted." in moderator.get(url(topic)).get_data(as_text=True)
    assert moderator.post(f"/p/{answer.id}/restore").status_code == 302
    assert "An answer that will be deleted." in client.get(url(topic)).get_data(as_text=True)


def test_deleted_topic_is_gone_for_visitors(client, app):
    topic = make_topic()
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    assert client.get(url(topic)).status_code == 404
    assert topic.title not in client.get("/").get_data(as_text=True)


def test_preview_renders_markdown_safely(client, app):
    response = client.post("/preview", data={"body": "**bold** <script>alert(1)</script>"})
    html = response.get_json()["html"]
    assert "<strong>bold</strong>" in html
    assert "<script>" not in html


def test_admin_manages_categories(client, app):
    login(client, make_user(role="admin"))
    assert client.get("/admin/categories").status_code == 200
    response = client.post(
        "/admin/categories/new",
        data={
            "name": "Smart Home",
            "slug": "smart-home",
            "description": "Thermostate",
            "position": 3,
        },
    )
    assert response.status_code == 302
    bad = client.post("/admin/categories/new", data={"name": "Other", "slug": "smart-home"})
    assert bad.status_code == 400
    assert 'value="Other"' in bad.get_data(as_text=True)
    assert (
        client.post(
            "/admin/categories/smart-home/edit",
            data={
                "name": "Smart Home & Energie",
                "slug": "smart-home",
                "position": 1,
            },
        ).status_code
        == 302
    )
    assert "Smart Home &amp; Energie" in client.get("/categories").get_data(as_text=True)
    assert client.post("/admin/categories/smart-home/delete").status_code == 302
    assert client.get("/c/smart-home").status_code == 404


def test_category_names_follow_the_reader_s_language(client, app):
    # The test app's default language is English; German is the other one.
    admin = make_user(role="admin")
    login(client, admin)
    page = client.get("/admin/categories/new").get_data(as_text=True)
    assert "Name in German" in page and "Name in English" not in page
    response = client.post(
        "/admin/categories/new",
        data={
            "name": "Balcony solar",
            "slug": "balkonkraftwerk",
            "description": "Registering plug-in solar",
            "name_de": "Balkonkraftwerk",
            "description_de": "Steckersolargeräte anmelden",
        },
    )
    assert response.status_code == 302
    bad = client.post(
        "/admin/categories/balkonkraftwerk/edit",
        data={"name": "Balcony solar", "slug": "balkonkraftwerk", "name_de": "B"},
    )
    assert bad.status_code == 400 and 'value="B"' in bad.get_data(as_text=True)
    edit = client.get("/admin/categories/balkonkraftwerk/edit").get_data(as_text=True)
    assert 'value="Balkonkraftwerk"' in edit
    client.post("/logout")
    topic = make_topic(category=db.session.scalar(select(Category)))
    for language, name, description in [
        ("en", "Balcony solar", "Registering plug-in solar"),
        ("de", "Balkonkraftwerk", "Steckersolargeräte anmelden"),
    ]:
        headers = {"Accept-Language": language}
        for path in ["/categories", "/c/balkonkraftwerk", "/", f"/t/{topic.id}/{topic.slug}"]:
            assert name in client.get(path, headers=headers).get_data(as_text=True), path
        assert description in client.get("/categories", headers=headers).get_data(as_text=True)
    api = client.get(f"/api/v1/topics/{topic.id}", headers={"Accept-Language": "de"})
    assert api.get_json()["topic"]["category"]["name"] == "Balkonkraftwerk"


def test_members_and_moderators_cannot_manage_categories(client, app):
    category = make_category()
    for role in ("member", "moderator", "brand_manager"):
        other = app.test_client()
        login(other, make_user(role=role))
        assert other.get("/admin/categories").status_code == 403
        assert other.post(f"/admin/categories/{category.slug}/delete").status_code == 403


def test_list_rows_show_score_answers_solved_tags_author(client, app):
    topic = make_topic(title="Eine gelöste Frage zum Router", tags=["router"])
    answer = make_answer(topic)
    forum.accept_answer(topic.author, answer)
    events.commit()
    page = client.get("/").get_data(as_text=True)
    row = page[page.index("Eine gelöste Frage zum Router") - 2000 :]
    assert "solved" in row
    assert 'href="/tags/router"' in row
    assert topic.author.name in row


def test_german_interface(client, app):
    make_topic()
    page = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"}).get_data(as_text=True)
    assert 'lang="de"' in page
    assert "Kunden helfen Kunden" in page


def test_pages_render_in_english_without_untranslated_german(client, app):
    page = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert 'lang="en"' in page
    assert "Customers help customers" in page


# -- statement counts: they do not grow with the content -----------------------------------


def statements_for(app, client, path):
    client.get(path)  # warm caches that are not per request
    with count_statements(app) as statements:
        response = client.get(path)
    assert response.status_code == 200
    return len(statements)


@pytest.mark.parametrize("logged_in", [False, True])
def test_topic_page_statements_do_not_grow_with_answers(client, app, logged_in):
    viewer = make_user()
    if logged_in:
        login(client, viewer)
    small = make_topic()
    make_answer(small)
    big = make_topic(category=small.category)
    for number in range(50):
        post = make_answer(big, author=make_user() if number % 10 == 0 else None)
        forum.add_comment(make_user(), post, "A comment under every answer.")
        if logged_in and number % 2:
            forum.cast_vote(viewer, post, 1)
    events.commit()
    assert statements_for(app, client, url(small)) == statements_for(app, client, url(big))


@pytest.mark.parametrize("path", ["/", "/topics/top", "/c/{slug}", "/tags/router", "/u/{author}"])
def test_list_statements_do_not_grow_with_topics(make_app, path):
    counts = []
    for topics in (1, 20):
        app = make_app()
        with app.app_context():
            client = app.test_client()
            category = make_category(slug="cat")
            author = make_user(username="author")
            for _ in range(topics):
                topic = make_topic(author=author, category=category, tags=["router", "wlan"])
                make_answer(topic)
            counts.append(statements_for(app, client, path.format(slug="cat", author="author")))
            db.session.remove()
            db.engine.dispose()
    assert counts[0] == counts[1]


def test_csp_allows_no_inline_script(client, app):
    make_topic()
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert not re.search(r"<script(?![^>]*\bsrc=)", response.get_data(as_text=True))


def test_an_unexpected_error_shows_the_500_page_and_commits_nothing(make_app):
    app = make_app()

    @app.route("/boom")
    def boom():
        forum.create_category(make_user(role="admin"), name="Half done", slug="half-done")
        raise RuntimeError("boom")

    with app.app_context():
        response = app.test_client().get("/boom")
        assert response.status_code == 500
        assert "Something went wrong" in response.get_data(as_text=True)
        assert forum.list_categories() == []
        db.session.remove()
        db.engine.dispose()


def test_a_visitor_voting_is_sent_to_log_in_and_back_to_the_topic(client, app):
    topic = make_topic()
    member = make_user()
    vote_url = f"/p/{question_of(topic).id}/vote"
    response = client.post(
        vote_url, data={"value": "1"}, headers={"Referer": f"http://community.test{url(topic)}"}
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/login?next={url(topic)}")
    # A referrer from another site is not followed back.
    elsewhere = client.post(vote_url, headers={"Referer": "https://evil.example/x"})
    assert elsewhere.headers["Location"].endswith("/login?next=/")
    # Voting by script gets JSON, so the page can fall back to the plain form.
    fetched = client.post(vote_url, data={"value": "1"}, headers={"Accept": "application/json"})
    assert fetched.status_code == 401 and fetched.get_json()["error"]["code"] == "unauthorized"
    back = client.post(
        "/login",
        query_string={"next": url(topic)},
        data={"login": member.username, "password": "correct horse battery"},
    )
    assert back.headers["Location"].endswith(url(topic))
