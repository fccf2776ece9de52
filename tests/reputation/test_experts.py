"""Expert roles: earned by activity, proposed, lapsing, appointed, featured; their pages."""

import statistics
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from community import events
from community.errors import RuleViolation
from community.events import Event
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic, Vote
from community.permissions import PermissionDenied, can
from community.reputation import experts
from community.reputation.models import ExpertRole
from community.timeutil import utcnow
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)


@pytest.fixture
def bar(app):
    """A low bar: 2 accepted answers and 3 upvotes within 180 days."""
    app.config.update(EXPERT_ACCEPTED=2, EXPERT_UPVOTES=3, EXPERT_DAYS=180)
    return app


def earn(member, category, accepted: int, upvotes: int):
    """Give `member` accepted answers and upvotes on answers in `category`; return the answers."""
    answers = []
    for number in range(max(accepted, 1)):
        topic = make_topic(category=category)
        answer = make_answer(topic, author=member)
        if number < accepted:
            forum.accept_answer(topic.author, answer)
            events.commit()
        answers.append(answer)
    for _ in range(upvotes):
        forum.cast_vote(make_user(), answers[0], 1)
        events.commit()
    return answers


def roles_of(user):
    return list(db.session.scalars(select(ExpertRole).where(ExpertRole.user_id == user.id)))


def kinds():
    return [e.kind for e in db.session.scalars(select(Event).order_by(Event.id))]


# -- earned roles --------------------------------------------------------------------------


def test_reaching_the_bar_exactly_grants_an_earned_role_from_the_outbox(bar):
    member, category = make_user(), make_category()
    earn(member, category, accepted=2, upvotes=3)
    (role,) = roles_of(member)
    assert (role.source, role.status, role.category_id) == ("earned", "active", category.id)
    db.session.refresh(member)
    assert member.is_expert
    assert "expert.granted" in kinds()


@pytest.mark.parametrize("accepted, upvotes", [(1, 3), (2, 2), (0, 10)])
def test_just_below_the_bar_earns_nothing(bar, accepted, upvotes):
    member, category = make_user(), make_category()
    earn(member, category, accepted, upvotes)
    experts.evaluate_earned()
    assert roles_of(member) == []
    db.session.refresh(member)
    assert not member.is_expert


def test_the_bar_counts_per_category(bar):
    member, first, second = make_user(), make_category(), make_category()
    earn(member, first, accepted=1, upvotes=3)
    earn(member, second, accepted=1, upvotes=0)
    experts.evaluate_earned()
    assert roles_of(member) == []


def test_only_activity_within_the_window_counts(bar):
    member, category = make_user(), make_category()
    app = bar
    app.config["EXPERT_ACCEPTED"] = 99  # nothing is granted while the data is built
    answers = earn(member, category, accepted=2, upvotes=3)
    app.config["EXPERT_ACCEPTED"] = 2
    old = utcnow() - timedelta(days=181)
    db.session.execute(update(Post).where(Post.id == answers[1].id).values(created_at=old))
    db.session.commit()
    experts.evaluate_earned(category)
    assert roles_of(member) == []  # one accepted answer is too old
    db.session.execute(update(Post).where(Post.id == answers[1].id).values(created_at=utcnow()))
    db.session.execute(update(Vote).values(created_at=old))
    db.session.commit()
    experts.evaluate_earned(category)
    assert roles_of(member) == []  # the upvotes are too old
    db.session.execute(update(Vote).values(created_at=utcnow() - timedelta(days=179)))
    experts.evaluate_earned(category)
    events.commit()
    assert [r.status for r in roles_of(member)] == ["active"]


def test_staff_do_not_earn_roles(bar):
    moderator, category = make_user(role="moderator"), make_category()
    earn(moderator, category, accepted=2, upvotes=3)
    assert roles_of(moderator) == []


def test_in_confirm_mode_earned_roles_wait_for_staff(bar):
    bar.config["EXPERT_EARNED_MODE"] = "confirm"
    member, other, category = make_user(), make_user(), make_category()
    moderator = make_user(role="moderator")
    earn(member, category, accepted=2, upvotes=3)
    earn(other, category, accepted=2, upvotes=3)
    (role,) = roles_of(member)
    assert role.status == "proposed"
    db.session.refresh(member)
    assert not member.is_expert and "expert.proposed" in kinds()
    assert {r.user_id for r in experts.proposed_roles()} == {member.id, other.id}

    with pytest.raises(PermissionDenied):
        experts.confirm(make_user(), role)
    experts.confirm(moderator, role)
    events.commit()
    assert role.status == "active" and role.granted_by_id == moderator.id
    db.session.refresh(member)
    assert member.is_expert

    (other_role,) = roles_of(other)
    with pytest.raises(RuleViolation) as refused:
        experts.decline(moderator, other_role, "  ")
    assert refused.value.field == "reason"
    experts.decline(moderator, other_role, "Too many copied answers")
    events.commit()
    assert (other_role.status, other_role.end_reason) == ("declined", "Too many copied answers")
    experts.evaluate_earned(category)
    events.commit()
    assert len(roles_of(other)) == 1  # declined is not proposed again


def test_below_the_bar_for_long_puts_the_role_on_the_lapse_list(bar):
    member, category = make_user(), make_category()
    moderator = make_user(role="moderator")
    answers = earn(member, category, accepted=2, upvotes=3)
    (role,) = roles_of(member)
    forum.unaccept_answer(moderator, answers[0].topic)
    events.commit()
    db.session.refresh(role)
    assert role.below_bar_since is not None and role.status == "active"
    assert experts.lapsing() == []  # not long enough yet

    forum.accept_answer(moderator, answers[0])
    events.commit()
    db.session.refresh(role)
    assert role.below_bar_since is None  # back above the bar

    role.below_bar_since = utcnow() - timedelta(days=bar.config["EXPERT_LAPSE_DAYS"] + 1)
    db.session.commit()
    assert experts.lapsing() == [role]
    with pytest.raises(PermissionDenied):
        experts.keep(make_user(role="brand_manager"), role)
    experts.keep(moderator, role)
    events.commit()
    assert role.below_bar_since is None and experts.lapsing() == []

    role.below_bar_since = utcnow() - timedelta(days=60)
    db.session.commit()
    with pytest.raises(RuleViolation):
        experts.let_lapse(moderator, role, "")
    experts.let_lapse(moderator, role, "No answers for months")
    events.commit()
    assert (role.status, role.ended_by_id) == ("revoked", moderator.id)
    db.session.refresh(member)
    assert not member.is_expert
    assert "expert.lapsed" in kinds()


# -- appointed roles -------------------------------------------------------------------------


def test_moderators_appoint_and_revoke_with_a_reason(app):
    moderator, member, category = make_user(role="moderator"), make_user(), make_category()
    with pytest.raises(RuleViolation) as missing:
        experts.appoint(moderator, member, category, "   ")
    assert missing.value.field == "reason"
    assert str(missing.value.message) == "Please give a reason."
    for wrong in (make_user(), make_user(role="brand_manager"), member):
        with pytest.raises(PermissionDenied):
            experts.appoint(wrong, member, category, "Knows routers")

    role = experts.appoint(moderator, member, category, "Knows routers")
    events.commit()
    assert (role.source, role.granted_by_id, role.reason) == (
        "appointed",
        moderator.id,
        "Knows routers",
    )
    assert member.is_expert
    with pytest.raises(RuleViolation):
        experts.appoint(moderator, member, category, "Once more")
    overall = experts.appoint(moderator, member, None, "Helps everywhere")
    events.commit()
    assert overall.category_id is None

    with pytest.raises(PermissionDenied):
        experts.revoke(make_user(role="brand_manager"), role, "No")
    with pytest.raises(RuleViolation):
        experts.revoke(moderator, role, "")
    experts.revoke(moderator, role, "Left the company's region")
    events.commit()
    assert (role.status, role.ended_by_id, role.end_reason) == (
        "revoked",
        moderator.id,
        "Left the company's region",
    )
    db.session.refresh(member)
    assert member.is_expert  # still a global expert
    experts.revoke(moderator, overall, "Asked to step down")
    events.commit()
    db.session.refresh(member)
    assert not member.is_expert
    assert kinds().count("expert.appointed") == 2 and kinds().count("expert.revoked") == 2


def test_brand_managers_may_feature_but_members_may_not(app):
    moderator, member = make_user(role="moderator"), make_user()
    role = experts.appoint(moderator, member, None, "Helps everywhere")
    events.commit()
    with pytest.raises(PermissionDenied):
        experts.feature(make_user(), role, True)
    experts.feature(make_user(role="brand_manager"), role, True)
    events.commit()
    assert role.featured
    assert [r.id for r in experts.featured_experts()] == [role.id]
    experts.feature(moderator, role, False)
    events.commit()
    assert experts.featured_experts() == []


def test_experts_curate_their_category_only(app):
    moderator, member = make_user(role="moderator"), make_user()
    home, elsewhere = make_category(), make_category()
    post_home = make_answer(make_topic(category=home))
    post_elsewhere = make_answer(make_topic(category=elsewhere))
    assert not can(member, "post.edit", post_home)
    experts.appoint(moderator, member, home, "Knows this well")
    events.commit()
    assert can(member, "post.edit", post_home) and can(member, "topic.retag", post_home.topic)
    assert not can(member, "post.edit", post_elsewhere)
    experts.appoint(moderator, member, None, "Knows everything")
    events.commit()
    assert can(member, "post.edit", post_elsewhere)


# -- stats -----------------------------------------------------------------------------------


def test_expert_stats_match_an_independent_count(app):
    category, other = make_category(), make_category()
    expert, rival = make_user(), make_user()
    now = utcnow()
    waits, answers, solutions = [], 0, 0
    for number in range(7):
        topic = make_topic(category=category)
        asked = now - timedelta(days=30 - number)
        db.session.execute(update(Topic).where(Topic.id == topic.id).values(created_at=asked))
        first = make_answer(topic, author=expert)
        wait = timedelta(minutes=17 * (number + 1) ** 2)
        db.session.execute(update(Post).where(Post.id == first.id).values(created_at=asked + wait))
        waits.append(wait.total_seconds())
        answers += 1
        if number % 3 == 0:  # a second answer to the same question: only the first is timed
            again = make_answer(topic, author=expert)
            db.session.execute(
                update(Post).where(Post.id == again.id).values(created_at=asked + wait * 3)
            )
            answers += 1
        make_answer(topic, author=rival)
        if number % 2 == 0:
            forum.accept_answer(topic.author, first)
            solutions += 1
        events.commit()
    make_answer(make_topic(category=other), author=expert)  # another category does not count
    stats = experts.expert_stats(category, [expert, rival])
    mine = stats[expert.id]
    assert (mine.answers, mine.solutions) == (answers, solutions)
    assert mine.acceptance_rate == pytest.approx(solutions / answers)
    assert mine.median_first_answer.total_seconds() == pytest.approx(statistics.median(waits))
    assert len(mine.best_answers) == 3
    assert stats[rival.id].answers == 7 and stats[rival.id].solutions == 0
    assert stats[rival.id].acceptance_rate == 0


# -- pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language, word", [("en", "Experts"), ("de", "Expert")])
def test_expert_pages_render_in_both_languages(client, app, language, word):
    moderator, member, category = make_user(role="moderator"), make_user(), make_category()
    make_answer(make_topic(category=category), author=member)
    experts.appoint(moderator, member, category, "Knows this well")
    events.commit()
    headers = {"Accept-Language": language}
    for path in [
        "/experts",
        f"/c/{category.slug}/experts",
        "/leaderboard",
        f"/leaderboard?period=all&category={category.slug}",
        "/leaderboard?period=year",
        "/leaderboard?period=month",
    ]:
        response = client.get(path, headers=headers)
        assert response.status_code == 200, path
        assert f'lang="{language}"' in response.get_data(as_text=True)
    page = client.get(f"/c/{category.slug}/experts", headers=headers).get_data(as_text=True)
    assert member.name in page and word in page
    assert client.get("/leaderboard?period=decade").status_code == 404
    assert client.get("/leaderboard?category=nowhere").status_code == 404


def test_experts_are_marked_and_their_answers_highlighted(client, app):
    moderator, member, category = make_user(role="moderator"), make_user(), make_category()
    topic = make_topic(category=category)
    make_answer(topic, author=member)
    make_answer(topic)
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "expert-answer" not in page and 'class="badge expert"' not in page
    experts.appoint(moderator, member, category, "Knows this well")
    events.commit()
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert page.count("expert-answer") == 1 and 'class="badge expert"' in page
    # An expert of another category is marked by name, but the answer is not highlighted.
    elsewhere = make_topic(category=make_category())
    make_answer(elsewhere, author=member)
    page = client.get(f"/t/{elsewhere.id}/{elsewhere.slug}").get_data(as_text=True)
    assert "expert-answer" not in page and 'class="badge expert"' in page


def test_featured_experts_appear_on_home_and_category_pages(client, app):
    moderator, category, other = make_user(role="moderator"), make_category(), make_category()
    star = make_user(display_name="Stella Star")
    role = experts.appoint(moderator, star, category, "Knows this well")
    events.commit()
    assert "Stella Star" not in client.get("/").get_data(as_text=True)
    experts.feature(moderator, role, True)
    events.commit()
    assert "Stella Star" in client.get("/").get_data(as_text=True)
    assert "Stella Star" in client.get(f"/c/{category.slug}").get_data(as_text=True)
    assert "Stella Star" not in client.get(f"/c/{other.slug}").get_data(as_text=True)


def test_the_admin_page_is_for_staff(client, app):
    member = make_user()
    assert client.get("/admin/experts").status_code == 302  # log in first
    login(client, member)
    assert client.get("/admin/experts").status_code == 403
    assert (
        client.post("/admin/experts/appoint", data={"username": member.username}).status_code == 403
    )


def test_brand_managers_see_the_page_but_cannot_appoint(client, app):
    brand, member = make_user(role="brand_manager"), make_user()
    role = experts.appoint(make_user(role="moderator"), member, None, "Helps everywhere")
    events.commit()
    login(client, brand)
    page = client.get("/admin/experts")
    assert page.status_code == 200 and "Appoint an expert" not in page.get_data(as_text=True)
    response = client.post(
        "/admin/experts/appoint", data={"username": member.username, "category": "", "reason": "x"}
    )
    assert response.status_code == 403
    assert (
        client.post(f"/admin/experts/{role.id}/feature", data={"featured": "1"}).status_code == 302
    )
    db.session.refresh(role)
    assert role.featured
    assert client.post(f"/admin/experts/{role.id}/revoke", data={"reason": "no"}).status_code == 403


def test_moderators_work_the_admin_page(client, app):
    moderator, member, category = make_user(role="moderator"), make_user(), make_category()
    login(client, moderator)
    assert client.get("/admin/experts").status_code == 200
    response = client.post(
        "/admin/experts/appoint",
        data={"username": "nobody-here", "category": str(category.id), "reason": "Typed reason"},
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Typed reason" in page and "nobody-here" in page and "There is no member" in page

    response = client.post(
        "/admin/experts/appoint",
        data={"username": member.username, "category": str(category.id), "reason": ""},
    )
    assert response.status_code == 400 and member.username in response.get_data(as_text=True)

    response = client.post(
        "/admin/experts/appoint",
        data={"username": member.username, "category": str(category.id), "reason": "Great help"},
    )
    assert response.status_code == 302
    (role,) = roles_of(member)
    assert role.reason == "Great help" and role.granted_by_id == moderator.id

    too_long = "because " * 40
    response = client.post(f"/admin/experts/{role.id}/revoke", data={"reason": too_long})
    assert response.status_code == 400 and too_long.strip() in response.get_data(as_text=True)
    response = client.post(f"/admin/experts/{role.id}/revoke", data={"reason": "Moved on"})
    assert response.status_code == 302
    db.session.refresh(role)
    assert (role.status, role.end_reason) == ("revoked", "Moved on")


def test_proposed_and_lapsing_roles_are_decided_on_the_admin_page(client, bar):
    bar.config["EXPERT_EARNED_MODE"] = "confirm"
    moderator, member, other, category = (
        make_user(role="moderator"),
        make_user(),
        make_user(),
        make_category(),
    )
    earn(member, category, accepted=2, upvotes=3)
    earn(other, category, accepted=2, upvotes=3)
    (role,), (other_role,) = roles_of(member), roles_of(other)
    login(client, moderator)
    page = client.get("/admin/experts").get_data(as_text=True)
    assert member.name in page and f"/admin/experts/{role.id}/confirm" in page
    assert client.post(f"/admin/experts/{role.id}/confirm").status_code == 302
    assert (
        client.post(f"/admin/experts/{other_role.id}/decline", data={"reason": ""}).status_code
        == 400
    )
    assert (
        client.post(f"/admin/experts/{other_role.id}/decline", data={"reason": "No"}).status_code
        == 302
    )
    db.session.refresh(role)
    db.session.refresh(other_role)
    assert (role.status, other_role.status) == ("active", "declined")

    role.below_bar_since = utcnow() - timedelta(days=45)
    db.session.commit()
    page = client.get("/admin/experts").get_data(as_text=True)
    assert f"/admin/experts/{role.id}/keep" in page
    assert client.post(f"/admin/experts/{role.id}/keep").status_code == 302
    db.session.refresh(role)
    assert role.below_bar_since is None


def _statements(app, client, path):
    client.get(path)
    with count_statements(app) as statements:
        assert client.get(path).status_code == 200
    return len(statements)


def test_category_experts_page_statements_do_not_grow_with_experts(client, app):
    moderator = make_user(role="moderator")
    small, big = make_category(), make_category()

    def add_expert(category):
        member = make_user()
        for _ in range(2):
            topic = make_topic(category=category)
            forum.accept_answer(topic.author, make_answer(topic, author=member))
            events.commit()
        experts.appoint(moderator, member, category, "Helps a lot")
        events.commit()

    add_expert(small)
    for _ in range(6):
        add_expert(big)
    assert _statements(app, client, f"/c/{small.slug}/experts") == _statements(
        app, client, f"/c/{big.slug}/experts"
    )
