"""Member sanctions: warnings, silences, suspensions, lifting, appeals, deleting spammers."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from community import events
from community.accounts import services as accounts
from community.accounts.models import User
from community.errors import RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.moderation import sanctions
from community.moderation.models import BlockedEmail, ModerationAction, ReviewItem, Sanction
from community.permissions import PermissionDenied
from community.reputation import experts
from community.timeutil import utcnow
from tests.conftest import PASSWORD, login, make_answer, make_category, make_topic, make_user


def audit(action):
    return db.session.scalars(
        select(ModerationAction)
        .where(ModerationAction.action == action)
        .order_by(ModerationAction.id)
    ).all()


def reload(user):
    return db.session.get(User, user.id)


@pytest.fixture
def moderator(app):
    return make_user(role="moderator")


@pytest.fixture
def member(app):
    return make_user(trust_level=1)


# -- each action and its audit entry ---------------------------------------------------------


def test_warn_sets_the_pending_flag_and_writes_the_audit_log(moderator, member):
    sanction = sanctions.warn_member(moderator, member, "  Please stay   polite. ")
    events.commit()
    assert (sanction.kind, sanction.reason, sanction.created_by_id) == (
        "warning",
        "Please stay polite.",
        moderator.id,
    )
    assert member.warning_pending is True
    [entry] = audit("user.warn")
    assert (entry.actor_id, entry.user_id, entry.reason) == (
        moderator.id,
        member.id,
        "Please stay polite.",
    )


def test_silence_and_suspend_record_until_and_lift_records_kind(moderator, member):
    silence = sanctions.silence_member(moderator, member, "1w", "Spamming links")
    events.commit()
    assert member.silenced_until == silence.ends_at
    assert timedelta(days=6, hours=23) < silence.ends_at - utcnow() <= timedelta(weeks=1)
    [entry] = audit("user.silence")
    assert (entry.actor_id, entry.user_id, entry.reason) == (
        moderator.id,
        member.id,
        "Spamming links",
    )
    assert entry.details["until"] == silence.ends_at.isoformat()

    suspension = sanctions.suspend_member(moderator, member, "permanent", "Threats")
    events.commit()
    assert suspension.ends_at is None and member.suspended_until == sanctions.PERMANENT
    [entry] = audit("user.suspend")
    assert entry.details["until"] is None and entry.reason == "Threats"

    sanctions.lift_sanction(moderator, silence, "Talked it over")
    events.commit()
    assert member.silenced_until is None and member.suspended_until == sanctions.PERMANENT
    [entry] = audit("user.lift")
    assert (entry.actor_id, entry.user_id, entry.reason) == (
        moderator.id,
        member.id,
        "Talked it over",
    )
    assert entry.details["kind"] == "silence"
    sanctions.lift_sanction(moderator, suspension)
    events.commit()
    assert member.suspended_until is None
    with pytest.raises(RuleViolation):
        sanctions.lift_sanction(moderator, suspension)


def test_bad_input_is_refused_on_its_field(moderator, member):
    with pytest.raises(RuleViolation) as caught:
        sanctions.warn_member(moderator, member, "   ")
    assert caught.value.field == "reason"
    with pytest.raises(RuleViolation) as caught:
        sanctions.silence_member(moderator, member, "5y", "Spam")
    assert caught.value.field == "duration"
    # A silence always ends.
    with pytest.raises(RuleViolation) as caught:
        sanctions.silence_member(moderator, member, "permanent", "Spam")
    assert caught.value.field == "duration"
    with pytest.raises(RuleViolation) as caught:
        sanctions.suspend_member(moderator, member, "1d", "")
    assert caught.value.field == "reason"
    sanctions.silence_member(moderator, member, "1d", "Spam")
    with pytest.raises(RuleViolation):
        sanctions.silence_member(moderator, member, "3d", "Spam again")
    assert db.session.scalar(select(func.count(ModerationAction.id))) == 1


# -- the wrong users -------------------------------------------------------------------------


def _wrong_actors(moderator):
    category = make_category()
    expert = make_user(trust_level=3)
    experts.appoint(make_user(role="admin"), expert, category, "Knows routers")
    events.commit()
    return {
        "member": (make_user(), make_user()),
        "expert": (expert, make_user()),
        "moderator on moderator": (moderator, make_user(role="moderator")),
        "moderator on admin": (moderator, make_user(role="admin")),
        "self": (moderator, moderator),
    }


SERVICE_CALLS = {
    "warn": lambda actor, target: sanctions.warn_member(actor, target, "Be nice"),
    "silence": lambda actor, target: sanctions.silence_member(actor, target, "1d", "Spam"),
    "suspend": lambda actor, target: sanctions.suspend_member(actor, target, "1d", "Spam"),
    "delete_spammer": lambda actor, target: sanctions.delete_spammer(actor, target, "Spam"),
    "record": lambda actor, target: sanctions.member_record(actor, target),
}


@pytest.mark.parametrize("call", SERVICE_CALLS)
def test_services_refuse_the_wrong_users(app, moderator, call):
    for who, (actor, target) in _wrong_actors(moderator).items():
        if call == "record" and who != "member" and who != "expert":
            continue  # staff may look at anyone's record
        with pytest.raises(PermissionDenied):
            SERVICE_CALLS[call](actor, target)
    assert db.session.scalar(select(func.count(Sanction.id))) == 0


def test_lift_refuses_the_wrong_users(moderator, member):
    sanction = sanctions.silence_member(moderator, member, "1d", "Spam")
    events.commit()
    for actor in (member, make_user(trust_level=4)):
        with pytest.raises(PermissionDenied):
            sanctions.lift_sanction(actor, sanction)


def test_delete_spammer_is_for_new_members_unless_an_admin_does_it(moderator):
    regular = make_user(trust_level=2)
    with pytest.raises(PermissionDenied):
        sanctions.delete_spammer(moderator, regular)
    sanctions.delete_spammer(make_user(role="admin"), regular)


ROUTES = [
    ("get", "/u/{name}/moderate", {}),
    ("post", "/u/{name}/warn", {"warn-reason": "Be nice"}),
    ("post", "/u/{name}/silence", {"silence-duration": "1d", "silence-reason": "Spam"}),
    ("post", "/u/{name}/suspend", {"suspend-duration": "1d", "suspend-reason": "Spam"}),
    ("post", "/u/{name}/delete-spammer", {"spam-reason": "Spam"}),
]


@pytest.mark.parametrize(("method", "path", "data"), ROUTES)
def test_routes_answer_403_to_the_wrong_users(app, client, moderator, method, path, data):
    for who, (actor, target) in _wrong_actors(moderator).items():
        if method == "get" and who not in ("member", "expert"):
            continue  # staff may open any member's page
        login(client, actor)
        response = getattr(client, method)(path.format(name=target.username), data=data)
        assert response.status_code == 403, who
        client.post("/logout")
    assert db.session.scalar(select(func.count(Sanction.id))) == 0
    assert db.session.scalar(select(func.count(ModerationAction.id))) == 0


def test_visitors_are_sent_to_log_in(client, member):
    assert client.get(f"/u/{member.username}/moderate").status_code == 302
    response = client.post(f"/u/{member.username}/warn", data={"warn-reason": "x"})
    assert response.status_code == 302 and "/login" in response.location


def test_lift_route_refuses_a_member(client, moderator, member):
    sanction = sanctions.silence_member(moderator, member, "1d", "Spam")
    events.commit()
    other = make_user(trust_level=4)
    login(client, other)
    assert client.post(f"/sanctions/{sanction.id}/lift").status_code == 403
    assert reload(member).silenced_until is not None


# -- the staff page --------------------------------------------------------------------------


def test_the_staff_page_shows_the_record_and_the_profile_links_to_it(client, moderator, member):
    make_answer(make_topic(), author=member)
    sanctions.warn_member(moderator, member, "First warning text")
    events.commit()
    login(client, moderator)
    page = client.get(f"/u/{member.username}/moderate").get_data(as_text=True)
    assert "First warning text" in page and "Member warned" in page
    assert "1 post" in page and "trust level 1" in page
    assert 'data-confirm="' in page and f"/u/{member.username}/delete-spammer" in page
    profile = client.get(f"/u/{member.username}").get_data(as_text=True)
    assert f"/u/{member.username}/moderate" in profile
    client.post("/logout")
    login(client, make_user())
    profile = client.get(f"/u/{member.username}").get_data(as_text=True)
    assert f"/u/{member.username}/moderate" not in profile


def test_http_actions_and_bad_input_keep_the_typed_text(client, moderator, member):
    login(client, moderator)
    path = f"/u/{member.username}"
    response = client.post(
        f"{path}/silence", data={"silence-duration": "", "silence-reason": "Link spam x"}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Please choose how long it lasts." in page and "Link spam x" in page
    response = client.post(
        f"{path}/suspend", data={"suspend-duration": "5y", "suspend-reason": "Z"}
    )
    assert response.status_code == 400 and "Please choose how long it lasts." in response.text
    response = client.post(f"{path}/warn", data={"warn-reason": "  "})
    assert response.status_code == 400
    assert "Please give a reason the member will see." in response.text
    response = client.post(f"{path}/suspend", data={"suspend-duration": "3d", "suspend-reason": ""})
    assert response.status_code == 400 and '<option selected value="3d">' in response.text
    assert db.session.scalar(select(func.count(Sanction.id))) == 0

    response = client.post(
        f"{path}/silence", data={"silence-duration": "3d", "silence-reason": "Spam"}
    )
    assert response.status_code == 302
    assert reload(member).silenced_until > utcnow() + timedelta(days=2)
    sanction = db.session.scalar(select(Sanction))
    response = client.post(f"/sanctions/{sanction.id}/lift", data={"reason": "Sorted"})
    assert response.status_code == 302
    assert reload(member).silenced_until is None
    assert audit("user.lift")[0].reason == "Sorted"


# -- silence ---------------------------------------------------------------------------------


def test_a_silenced_member_reads_but_cannot_post_until_lifted_or_over(client, moderator):
    author = make_user(trust_level=2)
    topic = make_topic()
    sanction = sanctions.silence_member(moderator, author, "1d", "Cool down")
    events.commit()
    with pytest.raises(PermissionDenied):
        forum.post_answer(author, topic, "A perfectly fine answer about the router.")
    with pytest.raises(PermissionDenied):
        forum.ask_question(
            author,
            title="How do I reset my router?",
            body="It hangs every night.",
            category=topic.category,
            tags=["router"],
        )
    login(client, author)
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "You are silenced until" in page and "/account/standing" in page
    response = client.post(f"/t/{topic.id}/answer", data={"body": "My answer to this question."})
    assert response.status_code == 403
    standing = client.get("/account/standing").get_data(as_text=True)
    assert "Cool down" in standing and moderator.name in standing

    sanctions.lift_sanction(moderator, db.session.get(Sanction, sanction.id))
    events.commit()
    response = client.post(f"/t/{topic.id}/answer", data={"body": "My answer to this question."})
    assert response.status_code == 302
    assert "You are silenced" not in client.get(f"/t/{topic.id}/{topic.slug}").text

    # A silence that is over no longer counts, even before anything recomputes the cache.
    sanctions.silence_member(moderator, reload(author), "1d", "Again")
    events.commit()
    assert (
        client.post(f"/t/{topic.id}/answer", data={"body": "Another answer here."}).status_code
        == 403
    )
    row = db.session.scalar(select(Sanction).where(Sanction.reason == "Again"))
    row.ends_at = utcnow() - timedelta(minutes=1)
    row.user.silenced_until = row.ends_at
    events.commit()
    assert (
        client.post(f"/t/{topic.id}/answer", data={"body": "Another answer here."}).status_code
        == 302
    )
    forum.post_answer(reload(author), topic, "And one more answer from the service.")


def test_a_silenced_member_appeals_once_from_the_standing_page(client, moderator, member):
    sanction = sanctions.silence_member(moderator, member, "1w", "Links")
    events.commit()
    login(client, member)
    url = f"/account/standing/{sanction.id}/appeal"
    response = client.post(url, data={"appeal": ""})
    assert response.status_code == 400
    assert "Please say why the team should reconsider." in response.text
    response = client.post(url, data={"appeal": "x" * 2001})
    assert response.status_code == 400 and "At most 2000 characters." in response.text
    assert client.post(url, data={"appeal": "They were my own links."}).status_code == 302
    assert client.post(url, data={"appeal": "Again"}).status_code == 403
    [item] = db.session.scalars(select(ReviewItem)).all()
    assert (item.kind, item.reason, item.sanction_id, item.user_id, item.category_id) == (
        "appeal",
        "appeal",
        sanction.id,
        member.id,
        None,
    )
    assert "You appealed on" in client.get("/account/standing").get_data(as_text=True)
    [entry] = audit("sanction.appeal")
    assert (entry.actor_id, entry.user_id, entry.reason) == (
        member.id,
        member.id,
        "They were my own links.",
    )


# -- suspension ------------------------------------------------------------------------------


def test_suspension_ends_sessions_and_tokens_and_refuses_login(client, moderator, member):
    _token, secret = accounts.create_api_token(member, "script")
    events.commit()
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    login(client, member)
    assert client.get("/settings/profile").status_code == 200

    sanctions.suspend_member(moderator, reload(member), "2w", "Harassing members")
    events.commit()
    assert client.get("/settings/profile").status_code == 302  # the session is gone
    assert client.get("/api/v1/me", headers=headers).status_code == 401

    response = client.post("/login", data={"login": member.username, "password": PASSWORD})
    assert response.status_code == 302 and response.location.endswith("/account/suspended")
    page = client.get("/account/suspended").get_data(as_text=True)
    assert "Your account is suspended" in page and "Harassing members" in page
    ends = reload(member).suspended_until
    assert str(ends.year) in page and "until" in page
    assert client.get("/settings/profile").status_code == 302  # still not logged in
    # A wrong password shows nothing about the suspension.
    response = client.post("/login", data={"login": member.username, "password": "wrong one!"})
    assert response.status_code == 200 and "suspended" not in response.text


def test_a_permanent_suspension_says_so(client, moderator, member):
    sanctions.suspend_member(moderator, member, "permanent", "Fraud")
    events.commit()
    client.post("/login", data={"login": member.username, "password": PASSWORD})
    page = client.get("/account/suspended").get_data(as_text=True)
    assert "permanent" in page and "Fraud" in page


def test_the_suspension_page_needs_the_login_attempt(client, moderator, member):
    assert client.get("/account/suspended").status_code == 302
    sanctions.suspend_member(moderator, member, "1d", "Spam")
    events.commit()
    # A plain id in the form does not count: only the signed session does.
    response = client.post("/account/suspended", data={"appeal": "Hi", "user_id": member.id})
    assert response.status_code == 302
    assert db.session.scalar(select(func.count(ReviewItem.id))) == 0


def test_a_suspended_member_appeals_once_and_staff_decide(client, moderator, member):
    sanction = sanctions.suspend_member(moderator, member, "1m", "Spam")
    events.commit()
    client.post("/login", data={"login": member.username, "password": PASSWORD})
    response = client.post("/account/suspended", data={"appeal": ""})
    assert response.status_code == 400
    assert "Please say why the team should reconsider." in response.text
    response = client.post("/account/suspended", data={"appeal": "I was hacked."})
    assert response.status_code == 302
    assert "You appealed on" in client.get("/account/suspended").get_data(as_text=True)
    assert client.post("/account/suspended", data={"appeal": "Please!"}).status_code == 403
    [item] = db.session.scalars(select(ReviewItem)).all()
    assert (item.kind, item.sanction_id, item.user_id) == ("appeal", sanction.id, member.id)
    assert db.session.get(Sanction, sanction.id).appeal == "I was hacked."

    plain = make_user(trust_level=4)
    with pytest.raises(PermissionDenied):
        sanctions.grant_appeal(plain, item, "no")
    with pytest.raises(RuleViolation) as caught:
        sanctions.deny_appeal(moderator, item, "")
    assert caught.value.field == "reason"
    sanctions.grant_appeal(moderator, item, "Account was compromised")
    events.commit()
    assert item.status == "approved" and item.resolved_by_id == moderator.id
    assert db.session.get(Sanction, sanction.id).lifted_at is not None
    assert reload(member).suspended_until is None
    [entry] = audit("appeal.grant")
    assert (entry.actor_id, entry.user_id, entry.reason) == (
        moderator.id,
        member.id,
        "Account was compromised",
    )
    with pytest.raises(RuleViolation):
        sanctions.deny_appeal(moderator, item, "Too late")
    login(client, member)


def test_a_denied_appeal_keeps_the_sanction(moderator, member):
    sanction = sanctions.silence_member(moderator, member, "1m", "Spam")
    item = sanctions.appeal_sanction(member, sanction, "Not spam")
    events.commit()
    with pytest.raises(PermissionDenied):
        sanctions.appeal_sanction(member, sanction, "Again")
    sanctions.deny_appeal(moderator, item, "It was spam")
    events.commit()
    assert item.status == "rejected" and item.resolution == "It was spam"
    assert sanction.is_active and reload(member).silenced_until == sanction.ends_at
    [entry] = audit("appeal.deny")
    assert (entry.actor_id, entry.user_id, entry.reason) == (moderator.id, member.id, "It was spam")


def test_only_the_member_appeals_and_not_a_warning(moderator, member):
    silence = sanctions.silence_member(moderator, member, "1d", "Spam")
    warning = sanctions.warn_member(moderator, member, "Careful")
    with pytest.raises(PermissionDenied):
        sanctions.appeal_sanction(make_user(), silence, "Let them be")
    with pytest.raises(PermissionDenied):
        sanctions.appeal_sanction(member, warning, "Unfair")


# -- warnings --------------------------------------------------------------------------------


def test_a_warning_must_be_read_before_other_pages(client, moderator, member):
    topic = make_topic()
    login(client, member)
    sanctions.warn_member(moderator, reload(member), "Please do not shout")
    second = sanctions.warn_member(moderator, reload(member), "Also no spam")
    events.commit()
    url = f"/t/{topic.id}/{topic.slug}"
    response = client.get(url)
    assert response.status_code == 302 and "/account/warnings" in response.location
    page = client.get(response.location).get_data(as_text=True)
    assert "Please do not shout" in page and "Also no spam" in page and "I have read this" in page
    assert client.get("/account/standing").status_code == 200
    with client.get("/static/css/community.css") as static:
        assert static.status_code == 200

    first = db.session.scalar(select(Sanction).where(Sanction.reason == "Please do not shout"))
    response = client.post(f"/account/warnings/{first.id}/acknowledge?next={url}")
    assert response.status_code == 302 and "/account/warnings" in response.location
    assert client.get("/").status_code == 302
    with pytest.raises(PermissionDenied):
        sanctions.acknowledge_warning(make_user(), db.session.get(Sanction, second.id))
    response = client.post(f"/account/warnings/{second.id}/acknowledge?next={url}")
    assert response.status_code == 302 and response.location.endswith(url)
    assert client.get(url).status_code == 200
    assert reload(member).warning_pending is False
    assert db.session.get(Sanction, second.id).acknowledged_at is not None
    entries = audit("warning.acknowledge")
    assert [(e.actor_id, e.user_id) for e in entries] == [(member.id, member.id)] * 2
    # Acknowledged once is enough.
    assert client.post(f"/account/warnings/{second.id}/acknowledge").status_code == 403


def test_warning_next_is_local_only(client, moderator, member):
    sanctions.warn_member(moderator, member, "Read me")
    events.commit()
    login(client, member)
    warning = db.session.scalar(select(Sanction))
    response = client.post(f"/account/warnings/{warning.id}/acknowledge?next=//evil.example")
    assert response.status_code == 302 and "evil" not in response.location


# -- delete spammer --------------------------------------------------------------------------


def test_delete_spammer_removes_everything_and_blocks_the_email(client, moderator):
    spammer = make_user(trust_level=1, email="Spam.Bot@Example.org")
    category = make_category()
    others_topic = make_topic(category=category)
    own_topic = make_topic(author=spammer, category=category)
    make_answer(own_topic)  # someone answered the spammer's topic
    spam_answer = make_answer(others_topic, author=spammer, body="Buy cheap routers at example.")
    voter = make_user(trust_level=2)
    forum.cast_vote(voter, spam_answer, 1)
    events.commit()
    assert reload(spammer).reputation > 1
    topic_count = category.topic_count
    assert others_topic.answer_count == 1

    login(client, moderator)
    response = client.post(f"/u/{spammer.username}/delete-spammer", data={"spam-reason": "Spam"})
    assert response.status_code == 302
    spammer = reload(spammer)
    posts = db.session.scalars(select(Post).where(Post.author_id == spammer.id)).all()
    assert posts and all(post.status == "deleted" for post in posts)
    assert db.session.get(Topic, own_topic.id).status == "deleted"
    assert db.session.get(Topic, others_topic.id).answer_count == 0
    assert db.session.get(type(category), category.id).topic_count == topic_count - 1
    assert spammer.reputation == 1
    assert spammer.suspended_until == sanctions.PERMANENT
    assert db.session.scalar(select(BlockedEmail.email)) == "spam.bot@example.org"
    [entry] = audit("user.delete_spammer")
    assert (entry.actor_id, entry.user_id, entry.reason) == (moderator.id, spammer.id, "Spam")
    assert db.session.scalar(select(func.count(ModerationAction.id))) == 1

    client.post("/logout")
    response = client.post(
        "/register",
        data={
            "username": "newname",
            "email": "spam.bot@EXAMPLE.org",
            "password": "a long new password",
            "confirm": "a long new password",
        },
    )
    assert response.status_code == 200
    assert "This email address cannot be used." in response.text
    assert "spam.bot@EXAMPLE.org" in response.text
    with pytest.raises(RuleViolation) as caught:
        make_user(email="spam.bot@example.org")
    assert caught.value.field == "email"


def test_delete_spammer_settles_their_review_items(moderator):
    spammer = make_user(trust_level=1)
    answer = make_answer(make_topic(), author=spammer)
    flagger = make_user(trust_level=2)
    from community.moderation import services as moderation

    moderation.flag_post(flagger, answer, "spam")
    events.commit()
    sanctions.delete_spammer(moderator, spammer, "")
    events.commit()
    items = db.session.scalars(select(ReviewItem).where(ReviewItem.user_id == spammer.id)).all()
    assert items and all(item.status == "rejected" for item in items)
    assert reload(flagger).flags_agreed == 1
