"""Flags, hiding at a threshold, the review queue and the audit log."""

import pytest
from sqlalchemy import select

from community import events
from community.errors import RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.moderation import services as moderation
from community.moderation.models import Flag, ModerationAction, ReviewItem
from community.permissions import PermissionDenied, can
from community.reputation import experts
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def test_three_flags_from_members_hide_an_answer_for_review(app):
    answer = make_answer(make_topic(), body="You are all idiots, read the manual yourselves.")
    topic = answer.topic
    flaggers = [make_user(trust_level=2) for _ in range(3)]
    moderation.flag_post(flaggers[0], answer, "offensive")
    moderation.flag_post(flaggers[1], answer, "offensive")
    events.commit()
    assert answer.status == "visible"
    moderation.flag_post(flaggers[2], answer, "other", note="Insults the asker")
    events.commit()
    assert answer.status == "hidden" and answer.hidden_reason == "other"
    assert topic.answer_count == 0
    item = db.session.scalar(select(ReviewItem))
    assert (item.kind, item.reason, item.status) == ("flagged", "flags", "pending")
    assert item.post_id == answer.id
    hides = select(ModerationAction).where(ModerationAction.action == "post.hide")
    entry = db.session.scalar(hides)
    assert entry.actor_id is None and entry.user_id == answer.author_id
    assert entry.details == {"automatic": True, "flag_reason": "other"} and entry.reason == ""
    # The author still sees it, with the reason; other members do not.
    assert can(answer.author, "post.view", answer)
    assert not can(make_user(), "post.view", answer)


def test_flag_rules_level_once_and_reasons(app):
    answer = make_answer(make_topic())
    with pytest.raises(PermissionDenied):
        moderation.flag_post(make_user(trust_level=0), answer, "spam")
    with pytest.raises(PermissionDenied):
        moderation.flag_post(answer.author, answer, "spam")
    member = make_user(trust_level=1)
    with pytest.raises(RuleViolation) as caught:
        moderation.flag_post(member, answer, "other")
    assert caught.value.field == "note"
    with pytest.raises(RuleViolation) as caught:
        moderation.flag_post(member, answer, "duplicate")
    assert caught.value.field == "duplicate_url"
    with pytest.raises(RuleViolation):
        moderation.flag_post(member, answer, "boring")
    moderation.flag_post(member, answer, "spam")
    with pytest.raises(RuleViolation):
        moderation.flag_post(member, answer, "offensive")


def test_a_staff_flag_hides_at_once_and_is_logged_with_the_moderator(app):
    answer = make_answer(make_topic())
    moderator = make_user(role="moderator")
    moderation.flag_post(moderator, answer, "spam")
    events.commit()
    assert answer.status == "hidden"
    entry = db.session.scalar(select(ModerationAction))
    assert entry.actor_id == moderator.id and entry.action == "post.hide"


def test_weights_follow_trust_level_and_accuracy(app):
    newish, regular = make_user(trust_level=1), make_user(trust_level=3)
    assert moderation.flag_weight(newish) == 1.0
    assert moderation.flag_weight(regular) == 1.5
    regular.flags_agreed = 5
    assert moderation.flag_weight(regular) == round(1.5 * (0.5 + 6 / 7), 2)
    newish.flags_disagreed = 9
    assert moderation.flag_weight(newish) == round(0.5 + 1 / 11, 2)


def test_approving_restores_the_post_and_trains_the_flaggers(app):
    answer = make_answer(make_topic())
    flaggers = [make_user() for _ in range(3)]
    for flagger in flaggers:
        moderation.flag_post(flagger, answer, "spam")
    events.commit()
    assert answer.status == "hidden"
    moderator = make_user(role="moderator")
    item = db.session.scalar(select(ReviewItem))
    with pytest.raises(PermissionDenied):
        moderation.decide(make_user(), item, "approve")
    moderation.decide(moderator, item, "approve", "Not spam: a helpful link")
    events.commit()
    assert answer.status == "visible" and answer.topic.answer_count == 1
    assert item.status == "approved" and item.resolved_by_id == moderator.id
    assert {f.status for f in db.session.scalars(select(Flag))} == {"disagreed"}
    assert all(f.flags_disagreed == 1 for f in flaggers)
    assert (
        db.session.scalar(
            select(ModerationAction).where(ModerationAction.action == "review.approve")
        ).reason
        == "Not spam: a helpful link"
    )


def test_rejecting_needs_a_reason_and_agrees_with_the_flags(app):
    answer = make_answer(make_topic())
    flagger = make_user()
    moderation.flag_post(flagger, answer, "spam")
    events.commit()
    item = db.session.scalar(select(ReviewItem))
    moderator = make_user(role="moderator")
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item, "reject", "")
    moderation.decide(moderator, item, "reject", "Advertising for a reseller")
    events.commit()
    assert answer.status == "hidden" and flagger.flags_agreed == 1
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item, "approve")


def test_an_author_who_mends_a_hidden_post_sends_it_back_to_review(app):
    answer = make_answer(make_topic())
    moderator = make_user(role="moderator")
    moderation.flag_post(moderator, answer, "offensive")
    events.commit()
    item = db.session.scalar(select(ReviewItem))
    moderation.decide(moderator, item, "reject", "Please stay friendly")
    events.commit()
    forum.edit_post(answer.author, answer, body="Try channel 6; that helped me.", reason="nicer")
    events.commit()
    again = db.session.scalar(select(ReviewItem).where(ReviewItem.kind == "edited"))
    assert again is not None and again.status == "pending" and again.post_id == answer.id


def test_experts_review_their_category_only(app):
    home, elsewhere = make_category(), make_category()
    expert = make_user()
    experts.appoint(make_user(role="moderator"), expert, home, "Knows routers")
    here = make_answer(make_topic(category=home))
    there = make_answer(make_topic(category=elsewhere))
    for post in (here, there):
        for _ in range(3):
            moderation.flag_post(make_user(), post, "spam")
    events.commit()
    visible = moderation.review_items(expert).items
    assert [item.post_id for item in visible] == [here.id]
    with pytest.raises(PermissionDenied):
        moderation.review_items(make_user())
    other_item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == there.id))
    with pytest.raises(PermissionDenied):
        moderation.decide(expert, other_item, "approve")
    moderation.decide(expert, visible[0], "approve")
    events.commit()
    assert here.status == "visible"


def test_flag_page_queue_and_audit_log_through_the_browser(client, app):
    answer = make_answer(make_topic(), body="Buy cheap routers at example dot shop, best prices!")
    member = make_user()
    login(client, member)
    topic_url = f"/t/{answer.topic.id}/{answer.topic.slug}"
    assert f"/p/{answer.id}/flag" in client.get(topic_url).get_data(as_text=True)
    bad = client.post(f"/p/{answer.id}/flag", data={"reason": "other", "note": ""})
    assert bad.status_code == 400 and "Please say what is wrong." in bad.get_data(as_text=True)
    done = client.post(f"/p/{answer.id}/flag", data={"reason": "spam"})
    assert done.status_code == 302
    assert "You flagged this post" in client.get(topic_url).get_data(as_text=True)
    assert client.get("/review").status_code == 403
    assert client.get("/admin/audit").status_code == 403
    client.post("/logout")
    login(client, make_user(role="moderator"))
    queue = client.get("/review").get_data(as_text=True)
    assert "Buy cheap routers" in queue and "Spam" in queue
    item = db.session.scalar(select(ReviewItem))
    response = client.post(
        f"/review/decide?item={item.id}", data={"decision": "reject", "reason": "Advertising"}
    )
    assert response.status_code == 302
    db.session.refresh(answer)
    assert answer.status == "hidden"
    audit = client.get("/admin/audit").get_data(as_text=True)
    assert "review.reject" in audit and "Advertising" in audit
    assert client.get("/review", headers={"Accept-Language": "de"}).status_code == 200
    client.post("/logout")
    login(client, answer.author)
    mine = client.get(topic_url).get_data(as_text=True)
    assert "Hidden until the team has looked at it" in mine and "Advertising" in mine


def test_the_author_is_told_what_was_done_and_why(client, app):
    from community.notifications.models import Notification

    answer = make_answer(make_topic())
    moderator = make_user(role="moderator")
    for _ in range(3):
        moderation.flag_post(make_user(), answer, "spam")
    events.commit()
    item = db.session.scalar(select(ReviewItem))
    moderation.decide(moderator, item, "reject", "Advertising for a reseller")
    events.commit()
    told = db.session.scalars(
        select(Notification)
        .where(Notification.user_id == answer.author_id, Notification.kind == "moderation")
        .order_by(Notification.id)
    ).all()
    assert [n.data["action"] for n in told] == ["post.hide", "review.reject"]
    assert told[1].data["reason"] == "Advertising for a reseller"
    assert told[1].actor_id == moderator.id
    login(client, answer.author)
    page = client.get("/notifications").get_data(as_text=True)
    assert "The team hid your post." in page and "Advertising for a reseller" in page


def test_the_queue_runs_the_same_statements_for_few_and_many_items(client, app):
    from tests.conftest import count_statements

    moderator = make_user(role="moderator")
    login(client, moderator)
    client.get("/")  # the first page of the day counts the visit

    def statements():
        with count_statements(app) as counted:
            assert client.get("/review").status_code == 200
        return len(counted)

    moderation.flag_post(moderator, make_answer(make_topic()), "spam")
    events.commit()
    few = statements()
    for _ in range(6):
        moderation.flag_post(moderator, make_answer(make_topic()), "spam")
    events.commit()
    assert statements() == few


def test_the_hide_reason_is_shown_in_the_authors_language(client, app):
    answer = make_answer(make_topic(), author=make_user(locale="de"))
    flaggers = [make_user(locale="en") for _ in range(3)]
    for flagger in flaggers:
        moderation.flag_post(flagger, answer, "offensive")
    events.commit()
    login(client, answer.author)
    topic = answer.topic
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "Beleidigend" in page and "Offensive: rude" not in page
    notes = client.get("/notifications").get_data(as_text=True)
    assert "Beleidigend" in notes and "Offensive: rude" not in notes


def test_flagging_is_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_FLAGGING="2 per minute")
    with app.app_context():
        client = app.test_client()
        member = make_user()
        answers = [make_answer(make_topic()) for _ in range(3)]
        login(client, member)
        codes = [
            client.post(f"/p/{a.id}/flag", data={"reason": "spam"}).status_code for a in answers
        ]
        assert codes == [302, 302, 429]
        db.session.remove()
        db.engine.dispose()
