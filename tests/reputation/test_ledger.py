"""The reputation ledger: points for votes and solutions, reversals, the cap, the floor."""

import random

from sqlalchemy import func, select

from community import events
from community.accounts.models import User
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.reputation import services as reputation
from community.reputation.models import ReputationEvent
from tests.conftest import make_answer, make_topic, make_user


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def ledger_sum(user):
    return db.session.scalar(
        select(func.coalesce(func.sum(ReputationEvent.delta), 0)).where(
            ReputationEvent.user_id == user.id
        )
    )


def fresh(user):
    db.session.refresh(user)
    return user.reputation


def test_upvotes_on_questions_and_answers(app):
    asker, helper, voter = make_user(), make_user(), make_user()
    topic = make_topic(author=asker)
    answer = make_answer(topic, author=helper)
    forum.cast_vote(voter, question_of(topic), 1)
    forum.cast_vote(voter, answer, 1)
    events.commit()
    assert fresh(asker) == 1 + 5
    assert fresh(helper) == 1 + 10
    rows = db.session.scalars(select(ReputationEvent).order_by(ReputationEvent.id)).all()
    assert [(r.user_id, r.reason, r.delta, r.actor_id) for r in rows] == [
        (asker.id, "question_upvoted", 5, voter.id),
        (helper.id, "answer_upvoted", 10, voter.id),
    ]


def test_downvoting_an_answer_costs_both_sides_and_changing_the_vote_reverses(app):
    helper, voter = make_user(), make_user()
    answer = make_answer(make_topic(), author=helper)
    forum.cast_vote(voter, answer, 1)
    forum.cast_vote(voter, answer, -1)
    events.commit()
    assert ledger_sum(helper) == 10 - 10 - 2
    assert fresh(helper) == 1  # never below 1
    assert ledger_sum(voter) == -1 and fresh(voter) == 1
    forum.cast_vote(voter, answer, 0)
    events.commit()
    assert ledger_sum(helper) == 0 and ledger_sum(voter) == 0
    reversals = db.session.scalars(
        select(ReputationEvent).where(ReputationEvent.reverses_id.is_not(None))
    ).all()
    assert sorted(r.reason for r in reversals) == [
        "answer_upvoted",
        "downvote_cast",
        "post_downvoted",
    ]
    originals = db.session.scalars(
        select(ReputationEvent).where(ReputationEvent.reverses_id.is_(None))
    ).all()
    assert all(r.reversed_at is not None for r in originals)


def test_downvoting_a_question_costs_the_voter_nothing(app):
    asker, voter = make_user(), make_user()
    topic = make_topic(author=asker)
    forum.cast_vote(voter, question_of(topic), -1)
    events.commit()
    assert ledger_sum(asker) == -2 and ledger_sum(voter) == 0


def test_accepting_and_changing_the_solution(app):
    asker, first, second = make_user(), make_user(), make_user()
    topic = make_topic(author=asker)
    a1, a2 = make_answer(topic, author=first), make_answer(topic, author=second)
    forum.accept_answer(asker, a1)
    events.commit()
    assert fresh(first) == 16 and fresh(asker) == 3
    forum.accept_answer(asker, a2)
    events.commit()
    assert fresh(first) == 1 and fresh(second) == 16 and fresh(asker) == 3
    forum.unaccept_answer(asker, topic)
    events.commit()
    assert fresh(second) == 1 and fresh(asker) == 1


def test_accepting_your_own_answer_or_by_a_moderator_gives_the_asker_nothing(app):
    asker, helper = make_user(), make_user()
    topic = make_topic(author=asker)
    own = make_answer(topic, author=asker)
    forum.accept_answer(asker, own)
    events.commit()
    assert ledger_sum(asker) == 0
    other = make_answer(topic, author=helper)
    forum.accept_answer(make_user(role="moderator"), other)
    events.commit()
    assert ledger_sum(helper) == 15 and ledger_sum(asker) == 0


def test_deleting_a_post_reverses_its_points_and_restoring_brings_the_votes_back(app):
    helper, voter, critic = make_user(), make_user(), make_user()
    topic = make_topic()
    answer = make_answer(topic, author=helper)
    forum.cast_vote(voter, answer, 1)
    forum.cast_vote(critic, answer, -1)
    forum.accept_answer(topic.author, answer)
    events.commit()
    assert ledger_sum(helper) == 10 - 2 + 15 and ledger_sum(critic) == -1
    forum.delete_post(helper, answer)
    events.commit()
    assert ledger_sum(helper) == 0 and ledger_sum(critic) == 0
    assert ledger_sum(topic.author) == 0
    forum.restore_post(make_user(role="moderator"), answer)
    events.commit()
    # The votes count again; the solution mark was removed with the deletion.
    assert ledger_sum(helper) == 10 - 2 and ledger_sum(critic) == -1


def test_points_from_votes_are_capped_per_day(app):
    app.config["REP_DAILY_VOTE_CAP"] = 25
    helper = make_user()
    topic = make_topic()
    answer = make_answer(topic, author=helper)
    voters = [make_user() for _ in range(4)]
    for voter in voters:
        forum.cast_vote(voter, answer, 1)
    forum.accept_answer(topic.author, answer)  # not from votes: not capped
    events.commit()
    deltas = db.session.scalars(
        select(ReputationEvent.delta)
        .where(ReputationEvent.user_id == helper.id, ReputationEvent.reason == "answer_upvoted")
        .order_by(ReputationEvent.id)
    ).all()
    assert deltas == [10, 10, 5, 0]
    assert fresh(helper) == 1 + 25 + 15
    # Taking back a capped vote reverses what it actually brought.
    forum.cast_vote(voters[3], answer, 0)
    forum.cast_vote(voters[0], answer, 0)
    events.commit()
    assert fresh(helper) == 1 + 15 + 15


def test_rebuild_equals_the_ledger_after_a_random_history(app):
    rng = random.Random(7)
    members = [make_user() for _ in range(6)]
    moderator = make_user(role="moderator")
    topics = [make_topic(author=rng.choice(members)) for _ in range(4)]
    answers = [make_answer(t, author=rng.choice(members)) for t in topics for _ in range(2)]
    posts = answers + [question_of(t) for t in topics]
    for _ in range(250):
        action = rng.random()
        post = rng.choice(posts)
        db.session.refresh(post)
        if action < 0.6:
            voter = rng.choice(members)
            if voter.id != post.author_id and post.status == "visible":
                forum.cast_vote(voter, post, rng.choice([-1, 0, 1, 1]))
        elif action < 0.75 and not post.is_question and post.status == "visible":
            forum.accept_answer(post.topic.author, post)
        elif action < 0.85:
            forum.unaccept_answer(moderator, rng.choice(topics))
        elif action < 0.93 and not post.is_question and post.status == "visible":
            forum.delete_post(moderator, post)
        elif post.status == "deleted" and not post.is_question:
            forum.restore_post(moderator, post)
        events.commit()
    expected = {u.id: max(1, 1 + ledger_sum(u)) for u in members}
    assert {u.id: fresh(u) for u in members} == expected
    assert any(value > 1 for value in expected.values())
    # Spoil the caches, then rebuild them from the ledger.
    db.session.execute(db.update(User).values(reputation=999))
    db.session.commit()
    total, corrected = reputation.rebuild_reputation()
    db.session.commit()
    assert total == db.session.scalar(select(func.count(User.id)))
    assert corrected == total
    assert {u.id: fresh(u) for u in members} == expected


def test_rebuild_command_reports_what_it_fixed(app):
    helper = make_user()
    forum.cast_vote(make_user(), make_answer(make_topic(), author=helper), 1)
    events.commit()
    db.session.execute(db.update(User).where(User.id == helper.id).values(reputation=5))
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["reputation", "rebuild"])
    assert result.exit_code == 0, result.output
    assert "1 corrected" in result.output
    assert fresh(helper) == 11


def test_the_reputation_chart_is_an_svg_without_script(app, client):
    author = make_user()
    forum.cast_vote(make_user(), make_answer(make_topic(), author=author), 1)
    events.commit()
    response = client.get(f"/u/{author.username}/reputation.svg")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert b"<svg" in response.data and b"<script" not in response.data
