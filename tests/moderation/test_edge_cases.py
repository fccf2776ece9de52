"""Moderation where paths cross: items whose subject changed elsewhere, silenced experts,
moved topics, held posts with watched words, and new members' edits."""

import pytest
from sqlalchemy import select

from community import events
from community.accounts import services as accounts
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.moderation import sanctions
from community.moderation import services as moderation
from community.moderation.models import ModerationAction, ReviewItem
from community.notifications.models import Notification
from community.permissions import PermissionDenied, can
from community.reputation import experts
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def items_of(post):
    return db.session.scalars(
        select(ReviewItem).where(ReviewItem.post_id == post.id).order_by(ReviewItem.id)
    ).all()


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def notices(user):
    return db.session.scalars(
        select(Notification).where(
            Notification.user_id == user.id, Notification.kind == "moderation"
        )
    ).all()


def test_deleting_a_hidden_accepted_answer_takes_the_solution_mark(app):
    topic = make_topic()
    answer = make_answer(topic)
    forum.accept_answer(topic.author, answer)
    moderator = make_user(role="moderator")
    moderation.flag_post(moderator, answer, "offensive")
    events.commit()
    assert answer.status == "hidden" and topic.answer_count == 0
    moderation.decide(moderator, items_of(answer)[0], "delete", "Insults")
    events.commit()
    assert topic.accepted_post_id is None and topic.answer_count == 0


def test_a_silenced_expert_loses_the_privileges_until_the_silence_ends(app):
    category = make_category()
    moderator, expert = make_user(role="moderator"), make_user()
    experts.appoint(moderator, expert, category, "Knows routers")
    topic = make_topic(category=category)
    held = question_of(make_topic(author=make_user(trust_level=0), category=category))
    events.commit()
    item = items_of(held)[0]
    assert can(expert, "review.decide", item) and can(expert, "topic.close_duplicate", topic)
    silence = sanctions.silence_member(moderator, expert, "1d", "Harsh words")
    events.commit()
    for action, target in (
        ("review.decide", item),
        ("topic.close_duplicate", topic),
        ("post.hide", question_of(topic)),
        ("topic.retag", topic),
    ):
        assert not can(expert, action, target), action
    sanctions.lift_sanction(moderator, silence)
    events.commit()
    assert can(expert, "review.decide", item)


def test_review_items_follow_a_moved_topic_to_its_new_categorys_experts(app):
    old, new = make_category(), make_category()
    moderator, old_expert, new_expert = make_user(role="moderator"), make_user(), make_user()
    experts.appoint(moderator, old_expert, old, "Old")
    experts.appoint(moderator, new_expert, new, "New")
    topic = make_topic(author=make_user(trust_level=0), category=old)
    events.commit()
    item = items_of(question_of(topic))[0]
    forum.edit_post(
        topic.author, question_of(topic), body=question_of(topic).body + " More.", category=new
    )
    events.commit()
    assert item.category_id == new.id
    assert not can(old_expert, "review.decide", item) and can(new_expert, "review.decide", item)


def test_a_held_post_with_a_flag_word_has_one_item_and_only_it_decides(app):
    moderation.add_watched_word(make_user(role="admin"), pattern="kündigen", action="flag")
    events.commit()
    held = make_answer(make_topic(), author=make_user(trust_level=0), body="Wie kann ich kündigen?")
    items = items_of(held)
    assert [(i.kind, i.reason, i.detail) for i in items] == [("held", "first_post", "kündigen")]


def test_an_item_whose_post_was_deleted_meanwhile_is_settled_without_telling_anyone(app):
    answer = make_answer(make_topic())
    moderation.flag_post(make_user(), answer, "spam")
    events.commit()
    forum.delete_post(answer.author, answer)
    events.commit()
    moderator = make_user(role="moderator")
    moderation.decide(moderator, items_of(answer)[0], "approve")
    events.commit()
    assert items_of(answer)[0].status == "rejected"
    assert [e.action for e in db.session.scalars(select(ModerationAction))] == ["review.settle"]
    assert notices(answer.author) == []


def test_decisions_on_a_username_are_not_sent_to_the_member_as_a_post_notice(app):
    moderation.add_watched_word(make_user(role="admin"), pattern="casino*", action="flag")
    member = accounts.register_user(
        username="casino_fan", email="fan@example.org", password="correct horse battery"
    )
    events.commit()
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.user_id == member.id))
    moderation.decide(make_user(role="moderator"), item, "reject", "Please rename")
    events.commit()
    assert item.status == "rejected" and notices(member) == []


def test_lifting_a_sanction_settles_the_appeal_against_it(app):
    moderator, member = make_user(role="moderator"), make_user()
    silence = sanctions.silence_member(moderator, member, "1w", "Spam links")
    sanctions.appeal_sanction(member, silence, "Only one link, to the manual.")
    events.commit()
    sanctions.lift_sanction(moderator, silence, "Fair point")
    events.commit()
    appeal = db.session.scalar(select(ReviewItem).where(ReviewItem.kind == "appeal"))
    assert (appeal.status, appeal.resolution) == ("approved", "Fair point")


def test_a_new_member_who_adds_a_link_by_editing_goes_to_the_team(app):
    newcomer = make_user(trust_level=0)
    moderator = make_user(role="moderator")
    answer = make_answer(make_topic(), author=newcomer, body="Restart the router first.")
    moderation.decide(moderator, items_of(answer)[0], "approve")
    events.commit()
    forum.edit_post(newcomer, answer, body="Restart it, or [buy one](https://spam.example/shop).")
    events.commit()
    assert answer.status == "visible"
    assert [(i.kind, i.reason) for i in items_of(answer)][-1] == ("flagged", "links")


def test_a_silenced_member_cannot_change_their_public_profile(client, app):
    member = make_user()
    sanctions.silence_member(make_user(role="moderator"), member, "1d", "Spam in the bio")
    events.commit()
    with pytest.raises(PermissionDenied):
        accounts.update_profile(member, member, display_name="Cheap deals", bio="", locale=None)
    login(client, member)
    refused = client.post(
        "/settings/profile", data={"display_name": "Cheap deals", "bio": "", "locale": ""}
    )
    assert refused.status_code == 403
    # Their language and password stay theirs to change.
    accounts.set_locale(member, "de")


def test_a_silenced_member_may_still_change_the_language_in_the_profile_form(app):
    member = make_user(display_name="Nina")
    sanctions.silence_member(make_user(role="moderator"), member, "1d", "Cool down")
    events.commit()
    accounts.update_profile(member, member, display_name="Nina", bio="", locale="de")
    assert member.locale == "de"


def test_the_queue_after_a_refused_decision_filters_on_the_queue_and_names_held_words(client, app):
    moderation.add_watched_word(make_user(role="admin"), pattern="kündigen", action="flag")
    events.commit()
    held = make_answer(make_topic(), author=make_user(trust_level=0), body="Wie kann ich kündigen?")
    item = items_of(held)[0]
    login(client, make_user(role="moderator"))
    refused = client.post(f"/review/decide?item={item.id}", data={"decision": "reject"})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 400 and 'action="/review" class="filters"' in page
    assert "<q>kündigen</q>" in page


def test_audit_details_are_in_words(client, app):
    moderator = make_user(role="moderator")
    topic, target = make_topic(), make_topic()
    moderation.merge_topic(moderator, topic, target, "Same question")
    sanctions.silence_member(moderator, make_user(), "1d", "Cool down")
    events.commit()
    login(client, moderator)
    page = client.get("/admin/audit").get_data(as_text=True)
    assert "Topic merged" in page
    assert f'into topic <a href="/t/{target.id}">#{target.id}</a>' in page
    assert "sanction_id" not in page and "item_id" not in page and "until " in page
