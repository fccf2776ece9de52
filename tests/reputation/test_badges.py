"""Badges: each rule at its threshold, once (per post where per post), backfill, pages, CLI."""

import pytest
from sqlalchemy import select, update

from community import events
from community.events import Event
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.reputation import badges
from community.reputation import services as reputation
from community.reputation.models import UserBadge
from tests.conftest import (
    UNSCREENED,
    count_statements,
    make_answer,
    make_category,
    make_topic,
    make_user,
)


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def held(user, slug=None):
    """The (badge, scope) pairs a member holds, optionally of one badge only."""
    query = select(UserBadge.badge, UserBadge.scope).where(UserBadge.user_id == user.id)
    if slug is not None:
        query = query.where(UserBadge.badge == slug)
    return {tuple(row) for row in db.session.execute(query)}


def set_score(post, score):
    db.session.execute(update(Post).where(Post.id == post.id).values(score=score))
    db.session.commit()
    db.session.refresh(post)


def vote(voter, post, value=1):
    forum.cast_vote(voter, post, value)
    events.commit()


@pytest.fixture
def worker_app(make_app):
    """Events are only recorded, so content can exist before any badge is awarded."""
    app = make_app(EVENTS_DISPATCH="worker")
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def test_the_catalogue_has_enough_badges_in_every_tier():
    assert len(badges.CATALOGUE) >= 22
    assert len(badges.BADGES) == len(badges.CATALOGUE)  # slugs are unique
    assert {b.tier for b in badges.CATALOGUE} == {"bronze", "silver", "gold"}
    assert all(len(b.slug) <= 40 for b in badges.CATALOGUE)
    for slug in ("nice-answer", "great-question", "popular-question", "notable-question"):
        assert badges.BADGES[slug].per_post
    for slug in ("student", "teacher", "helper", "welcomer", "campaign-participant"):
        assert not badges.BADGES[slug].per_post
    assert badges.BADGES["expert"].rule == badges.AWARDED_ELSEWHERE
    assert badges.BADGES["helper"].threshold == badges.HELPER_ACCEPTED == 10
    assert badges.BADGES["great-answer"].threshold == badges.GREAT_SCORE == 100


def test_first_question_and_first_answer_are_awarded_once_with_an_event(app):
    asker, answerer = make_user(), make_user()
    assert held(asker) == set()
    topic = make_topic(author=asker)
    assert held(asker) == {("student", "")}
    make_answer(topic, author=answerer)
    assert held(answerer) == {("teacher", "")}
    make_topic(author=asker)
    make_answer(topic, author=answerer)
    assert held(asker, "student") == {("student", "")}
    assert (
        db.session.scalar(
            select(db.func.count(UserBadge.id)).where(UserBadge.badge.in_(("student", "teacher")))
        )
        == 2
    )
    awarded = db.session.scalars(select(Event).where(Event.kind == "badge.awarded")).all()
    assert {(e.payload["user_id"], e.payload["badge"]) for e in awarded} >= {
        (asker.id, "student"),
        (answerer.id, "teacher"),
    }
    assert all("post_id" in e.payload for e in awarded)


def test_answer_score_badges_are_per_post_and_reached_exactly(app):
    answerer = make_user()
    topic = make_topic()
    answer = make_answer(topic, author=answerer)
    voters = [make_user(trust_level=1) for _ in range(3)]
    set_score(answer, badges.NICE_SCORE - 2)
    vote(voters[0], answer)
    assert held(answerer, "nice-answer") == set()
    vote(voters[1], answer)
    assert held(answerer, "nice-answer") == {("nice-answer", f"post:{answer.id}")}
    # Taking the vote back and casting it again does not award a second one.
    vote(voters[1], answer, 0)
    vote(voters[1], answer)
    assert (
        db.session.scalar(
            select(db.func.count(UserBadge.id)).where(UserBadge.badge == "nice-answer")
        )
        == 1
    )
    # Another answer earns its own.
    other = make_answer(make_topic(), author=answerer)
    set_score(other, badges.NICE_SCORE - 1)
    vote(voters[2], other)
    assert held(answerer, "nice-answer") == {
        ("nice-answer", f"post:{answer.id}"),
        ("nice-answer", f"post:{other.id}"),
    }
    assert held(answerer, "good-answer") == set()
    set_score(other, badges.GREAT_SCORE - 2)
    vote(voters[0], other)
    assert held(answerer, "great-answer") == set()
    assert held(answerer, "good-answer") == {("good-answer", f"post:{other.id}")}
    vote(voters[1], other)
    assert held(answerer, "great-answer") == {("great-answer", f"post:{other.id}")}
    row = db.session.scalar(select(UserBadge).where(UserBadge.badge == "great-answer"))
    assert row.post_id == other.id
    # Question badges are not answer badges.
    assert held(answerer, "nice-question") == set()


def test_question_score_badges(app):
    asker = make_user()
    question = question_of(make_topic(author=asker))
    voter, second = make_user(trust_level=1), make_user(trust_level=1)
    set_score(question, badges.GOOD_SCORE - 2)
    vote(voter, question)
    assert held(asker, "good-question") == set()
    vote(second, question)
    assert held(asker, "good-question") == {("good-question", f"post:{question.id}")}
    assert held(asker, "nice-question") == {("nice-question", f"post:{question.id}")}
    assert held(asker, "nice-answer") == set()


def test_view_badges_come_with_the_next_answer_vote_or_milestone_event(app):
    asker = make_user()
    topic = make_topic(author=asker)
    question = question_of(topic)
    db.session.execute(
        update(Topic).where(Topic.id == topic.id).values(view_count=badges.POPULAR_VIEWS - 1)
    )
    db.session.commit()
    make_answer(topic)
    assert held(asker, "popular-question") == set()
    db.session.execute(
        update(Topic).where(Topic.id == topic.id).values(view_count=badges.POPULAR_VIEWS)
    )
    db.session.commit()
    assert held(asker, "popular-question") == set()  # views alone are no event
    answer = make_answer(topic)
    assert held(asker, "popular-question") == {("popular-question", f"post:{question.id}")}
    assert held(asker, "notable-question") == set()
    db.session.execute(
        update(Topic).where(Topic.id == topic.id).values(view_count=badges.NOTABLE_VIEWS)
    )
    db.session.commit()
    vote(make_user(trust_level=1), answer)
    assert held(asker, "notable-question") == {("notable-question", f"post:{question.id}")}
    other = make_topic(author=asker)
    db.session.execute(
        update(Topic).where(Topic.id == other.id).values(view_count=badges.NOTABLE_VIEWS)
    )
    events.record("topic.viewed_milestone", topic_id=other.id)
    events.commit()
    assert ("notable-question", f"post:{question_of(other).id}") in held(asker)


def test_accepted_answers_earn_solution_finder_then_helper_at_ten(app):
    asker, answerer = make_user(), make_user()
    category = make_category()
    answers = []
    for _ in range(badges.HELPER_ACCEPTED):
        topic = make_topic(author=asker, category=category)
        answers.append(make_answer(topic, author=answerer))
    forum.accept_answer(asker, answers[0])
    events.commit()
    assert held(answerer, "solution-finder") == {("solution-finder", "")}
    for answer in answers[1:-1]:
        forum.accept_answer(asker, answer)
        events.commit()
    assert held(answerer, "helper") == set()
    # Taking a solution back and giving it again counts it once.
    forum.unaccept_answer(asker, answers[0].topic)
    events.commit()
    forum.accept_answer(asker, answers[0])
    events.commit()
    assert held(answerer, "helper") == set()
    forum.accept_answer(asker, answers[-1])
    events.commit()
    assert held(answerer, "helper") == {("helper", "")}
    assert held(answerer, "great-helper") == set()
    assert held(asker, "solution-finder") == set()


def test_editor_supporter_and_critic(app):
    member = make_user()
    topic = make_topic(author=member)
    question = question_of(topic)
    forum.edit_post(member, question, body=question.body + " It is a FritzBox 7590.")
    events.commit()
    assert held(member, "editor") == {("editor", "")}
    answer = make_answer(make_topic())
    assert held(member, "supporter") == set()
    vote(member, answer, 1)
    assert held(member, "supporter") == {("supporter", "")}
    assert held(member, "critic") == set()
    vote(member, answer, -1)
    assert held(member, "critic") == {("critic", "")}
    vote(member, answer, 0)
    vote(member, answer, -1)
    assert (
        db.session.scalar(
            select(db.func.count(UserBadge.id)).where(UserBadge.badge.in_(("supporter", "critic")))
        )
        == 2
    )


def test_commentator_after_ten_comments(app):
    member = make_user()
    post = question_of(make_topic())
    for number in range(badges.COMMENTATOR_COMMENTS - 1):
        forum.add_comment(member, post, f"Which firmware do you run? ({number})")
        events.commit()
    assert held(member, "commentator") == set()
    forum.add_comment(member, post, "And which channel?")
    events.commit()
    assert held(member, "commentator") == {("commentator", "")}


def test_welcomer_counts_questions_of_members_new_when_they_asked(unscreened):
    helper = make_user()
    admin = make_user(role="admin")
    category = make_category(actor=admin)
    newcomers = [make_user(trust_level=0) for _ in range(badges.WELCOMER_ANSWERS)]
    topics = [make_topic(author=n, category=category) for n in newcomers]
    # The last newcomer is promoted after asking: still new when they asked.
    reputation.set_trust_level(admin, newcomers[-1], 2, "Helps a lot already.")
    events.commit()
    veteran_topic = make_topic(author=make_user(trust_level=2), category=category)
    make_answer(veteran_topic, author=helper)
    for topic in topics[:-1]:
        make_answer(topic, author=helper)
    make_answer(topics[0], author=helper)  # a second answer to the same question
    assert held(helper, "welcomer") == set()
    make_answer(topics[-1], author=helper)
    assert held(helper, "welcomer") == {("welcomer", "")}


def test_self_learner_needs_a_score_of_three_on_an_answer_to_ones_own_question(app):
    asker = make_user()
    topic = make_topic(author=asker)
    answer = make_answer(topic, author=asker)
    voters = [make_user(trust_level=1) for _ in range(badges.SELF_LEARNER_SCORE)]
    for voter in voters[:-1]:
        vote(voter, answer)
    assert held(asker, "self-learner") == set()
    vote(voters[-1], answer)
    assert held(asker, "self-learner") == {("self-learner", "")}
    # Someone else's answer with that score is no self-learning.
    other = make_user()
    foreign = make_answer(topic, author=other)
    for voter in voters:
        vote(voter, foreign)
    assert held(other, "self-learner") == set()


def test_trust_level_badges_on_promotion(app):
    admin = make_user(role="admin")
    member = make_user(trust_level=0)
    reputation.set_trust_level(admin, member, 1, "Welcome.")
    events.commit()
    assert {b for b, _ in held(member)} == {"basic"}
    reputation.set_trust_level(admin, member, 4, "Leads the balcony solar crowd.")
    events.commit()
    assert {b for b, _ in held(member)} == {"basic", "member", "regular", "leader"}


def test_deleting_and_restoring_does_not_award_twice(app):
    moderator = make_user(role="moderator")
    answerer = make_user()
    topic = make_topic()
    answer = make_answer(topic, author=answerer)
    set_score(answer, badges.NICE_SCORE)
    forum.delete_post(answerer, answer)
    events.commit()
    assert held(answerer, "nice-answer") == set()  # a deleted post earns nothing
    forum.restore_post(moderator, answer)
    events.commit()
    assert held(answerer, "nice-answer") == {("nice-answer", f"post:{answer.id}")}
    forum.delete_post(answerer, answer)
    events.commit()
    forum.restore_post(moderator, answer)
    events.commit()
    make_answer(topic, author=answerer)
    assert held(answerer) == {("teacher", ""), ("nice-answer", f"post:{answer.id}")}
    badges.backfill()  # adds only the level badges that make_user's levels never announced
    assert held(answerer) == {
        ("teacher", ""),
        ("nice-answer", f"post:{answer.id}"),
        ("basic", ""),
        ("member", ""),
    }


def test_award_is_idempotent_and_checks_its_arguments(app):
    member = make_user()
    post = question_of(make_topic(author=member))
    assert badges.award(member, "expert") is True
    assert badges.award(member.id, "expert") is False
    assert badges.award(member, "campaign-participant", post=post) is True
    assert badges.award(member, "nice-answer", post=post.id) is True
    assert badges.award(member, "nice-answer", post=post) is False
    with pytest.raises(ValueError):
        badges.award(member, "nice-answer")
    with pytest.raises(KeyError):
        badges.award(member, "no-such-badge")
    events.commit()
    assert held(member, "expert") == {("expert", "")}
    kinds = db.session.scalars(select(Event.payload).where(Event.kind == "badge.awarded")).all()
    assert {p["badge"] for p in kinds if p["user_id"] == member.id} >= {
        "expert",
        "campaign-participant",
        "nice-answer",
    }


def test_evaluate_looks_only_at_what_the_event_concerns(worker_app):
    asker, commenter = make_user(), make_user()
    topic = make_topic(author=asker)
    forum.add_comment(commenter, question_of(topic), "Which router model is it?")
    events.commit()
    comment_event = db.session.scalar(select(Event).where(Event.kind == "comment.created"))
    assert badges.evaluate(comment_event) == 0
    assert held(asker) == set()
    topic_event = db.session.scalar(select(Event).where(Event.kind == "topic.created"))
    assert badges.evaluate(topic_event) == 1
    assert held(asker) == {("student", "")}
    assert badges.evaluate(topic_event) == 0


def test_backfill_awards_what_content_earns_once(worker_app):
    worker_app.config.update(UNSCREENED)
    asker, answerer = make_user(trust_level=0), make_user(trust_level=1)
    topic = make_topic(author=asker)
    answer = make_answer(topic, author=answerer)
    deleted = make_answer(topic, author=make_user(trust_level=1))
    forum.accept_answer(asker, answer)
    events.commit()
    set_score(answer, badges.GOOD_SCORE)
    set_score(deleted, badges.GREAT_SCORE)
    forum.delete_post(deleted.author, deleted)
    events.commit()
    assert db.session.scalar(select(db.func.count(UserBadge.id))) == 0
    awarded = badges.backfill()
    events.commit()
    assert held(asker) == {("student", "")}
    assert held(answerer) == {
        ("teacher", ""),
        ("solution-finder", ""),
        ("basic", ""),
        ("nice-answer", f"post:{answer.id}"),
        ("good-answer", f"post:{answer.id}"),
    }
    assert held(deleted.author) == {("basic", "")}  # the deleted answer earns nothing
    total = db.session.scalar(select(db.func.count(UserBadge.id)))
    assert awarded == total
    events_ = db.session.scalars(select(Event).where(Event.kind == "badge.awarded")).all()
    assert len(events_) == awarded and all(e.payload["backfill"] for e in events_)
    assert badges.backfill() == 0
    assert badges.counts_by_badge()["teacher"] == 1


def test_backfill_runs_a_fixed_number_of_queries(worker_app):
    for _ in range(3):
        make_answer(make_topic())
    with count_statements(worker_app) as few:
        badges.backfill()
    db.session.rollback()
    for _ in range(6):
        make_answer(make_topic())
    with count_statements(worker_app) as more:
        badges.backfill()
    selects = [s for s in more if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == len([s for s in few if s.lstrip().upper().startswith("SELECT")])


def test_cli_backfill_reports_awards_and_time(worker_app):
    make_answer(make_topic())
    runner = worker_app.test_cli_runner()
    result = runner.invoke(args=["badges", "backfill"])
    assert result.exit_code == 0, result.output
    # student, teacher, and basic + member for asker, answerer and the category's admin
    assert "Awarded 8 badge(s)" in result.output
    assert " s)" in result.output
    again = runner.invoke(args=["badges", "backfill"])
    assert "Awarded 0 badge(s)" in again.output


@pytest.mark.parametrize("language", ["en", "de"])
def test_badge_pages(app, client, language):
    headers = {"Accept-Language": language}
    answerer = make_user(display_name="Ada Answerer")
    topic = make_topic(title="Why does my router reboot at night?")
    answer = make_answer(topic, author=answerer)
    set_score(answer, badges.NICE_SCORE - 1)
    vote(make_user(trust_level=1), answer)
    response = client.get("/badges", headers=headers)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for slug in ("nice-answer", "great-helper", "expert", "welcomer"):
        assert f'href="/badges/{slug}"' in page
    response = client.get("/badges/nice-answer", headers=headers)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Ada Answerer" in page
    assert f"#p{answer.id}" in page and "Why does my router reboot at night?" in page
    empty = client.get("/badges/great-helper", headers=headers)
    assert empty.status_code == 200 and "Ada Answerer" not in empty.get_data(as_text=True)
    assert client.get("/badges/no-such-badge", headers=headers).status_code == 404


@pytest.mark.parametrize("language", ["en", "de"])
def test_profile_shows_badges_with_one_query(app, client, language):
    headers = {"Accept-Language": language}
    quiet, busy = make_user(), make_user()
    make_topic(author=quiet)
    make_topic(author=busy)
    for _ in range(2):
        answer = make_answer(make_topic(), author=busy)
        badges.award(busy, "nice-answer", post=answer)
    badges.award(busy, "expert")
    events.commit()
    client.get(f"/u/{quiet.username}", headers=headers)
    with count_statements(app) as few:
        quiet_page = client.get(f"/u/{quiet.username}", headers=headers)
    with count_statements(app) as many:
        busy_page = client.get(f"/u/{busy.username}", headers=headers)
    assert quiet_page.status_code == busy_page.status_code == 200
    assert len(many) == len(few)
    page = busy_page.get_data(as_text=True)
    assert 'href="/badges/nice-answer"' in page and "×2" in page
    assert 'href="/badges/expert"' in page and 'href="/badges/teacher"' in page
    assert 'href="/badges/expert"' not in quiet_page.get_data(as_text=True)
    assert 'href="/badges/student"' in quiet_page.get_data(as_text=True)


def test_the_demo_community_has_badges_on_profiles(app, client):
    from community.demo.loader import load_demo

    summary = load_demo()
    events.commit()
    assert summary["badges"] > 20
    assert badges.backfill() == 0
    counts = badges.counts_by_badge()
    assert {"student", "teacher", "nice-answer", "popular-question"} <= set(counts)
    holder = db.session.scalar(
        select(UserBadge).where(UserBadge.badge == "teacher").order_by(UserBadge.id)
    )
    page = client.get(f"/u/{holder.user.username}").get_data(as_text=True)
    assert 'href="/badges/teacher"' in page
