"""Screening: held posts, suspected spam, watched words, and the queue's decisions on them."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from community import events
from community.errors import NotFound, RuleViolation
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.moderation import screening
from community.moderation import services as moderation
from community.moderation.models import Flag, ModerationAction, ReviewItem, WatchedWord
from community.notifications.models import Notification
from community.permissions import PermissionDenied
from community.reputation import experts
from community.timeutil import utcnow
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def actions(name):
    return db.session.scalars(
        select(ModerationAction)
        .where(ModerationAction.action == name)
        .order_by(ModerationAction.id)
    ).all()


def item_for(post, kind="held"):
    return db.session.scalar(
        select(ReviewItem).where(ReviewItem.post_id == post.id, ReviewItem.kind == kind)
    )


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def watch(pattern, action, **kwargs):
    word = moderation.add_watched_word(
        make_user(role="admin"), pattern=pattern, action=action, **kwargs
    )
    events.commit()
    return word


# -- held posts ------------------------------------------------------------------------------


def test_a_new_members_first_topic_waits_in_the_queue_until_approved(app):
    category = make_category()
    newcomer = make_user(trust_level=0)
    topic = make_topic(author=newcomer, category=category, tags=("tarif",))
    question = question_of(topic)
    assert (topic.status, question.status) == ("pending", "pending")
    assert category.topic_count == 0 and topic.tags[0].topic_count == 0
    assert topic not in forum.list_topics(None).items
    item = item_for(question)
    assert (item.kind, item.reason, item.status) == ("held", "first_post", "pending")
    # The author sees it (with a note); other members and visitors do not.
    assert forum.get_topic(newcomer, topic.id) is topic
    for outsider in (None, make_user()):
        with pytest.raises(NotFound):
            forum.get_topic(outsider, topic.id)
    assert not db.session.scalars(
        select(Notification).where(Notification.user_id == newcomer.id)
    ).all()

    moderator = make_user(role="moderator")
    with pytest.raises(PermissionDenied):
        moderation.decide(make_user(), item, "approve")
    moderation.decide(moderator, item, "approve")
    events.commit()
    assert (topic.status, question.status, item.status) == ("open", "visible", "approved")
    assert category.topic_count == 1 and topic.tags[0].topic_count == 1
    assert topic in forum.list_topics(None).items
    entry = actions("review.publish")[0]
    assert (entry.actor_id, entry.user_id, entry.post_id) == (
        moderator.id,
        newcomer.id,
        question.id,
    )
    told = db.session.scalar(
        select(Notification).where(
            Notification.user_id == newcomer.id, Notification.kind == "moderation"
        )
    )
    assert told.data["action"] == "review.publish"


def test_a_held_answer_is_not_counted_or_announced_until_published(app):
    topic = make_topic()
    newcomer = make_user(trust_level=0)
    answer = make_answer(topic, author=newcomer)
    assert answer.status == "pending" and topic.answer_count == 0
    asked = select(Notification).where(
        Notification.user_id == topic.author_id, Notification.kind == "answer"
    )
    assert db.session.scalar(asked) is None
    moderation.decide(make_user(role="moderator"), item_for(answer), "approve")
    events.commit()
    assert answer.status == "visible" and topic.answer_count == 1
    assert db.session.scalar(asked).post_id == answer.id
    # Once a post of theirs is through, the member's next post is published at once.
    second = make_answer(make_topic(), author=newcomer, body="A second, friendly answer here.")
    assert second.status == "visible"


def test_rejecting_a_held_post_keeps_it_off_the_site_and_tells_the_author_why(client, app):
    newcomer = make_user(trust_level=0)
    topic = make_topic(author=newcomer, title="Cheap electricity, click my site now")
    item = item_for(question_of(topic))
    moderator = make_user(role="moderator")
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item, "reject", "")
    moderation.decide(moderator, item, "reject", "Advertising")
    events.commit()
    assert topic.status == "deleted" and question_of(topic).status == "deleted"
    assert actions("review.discard")[0].reason == "Advertising"
    login(client, newcomer)
    page = client.get("/notifications").get_data(as_text=True)
    assert "The team did not publish your post." in page and "Advertising" in page


def test_level_0_links_repeated_text_and_bursts_are_held(app):
    newcomer = make_user(trust_level=0)
    moderator = make_user(role="moderator")
    first = make_answer(make_topic(), author=newcomer, body="Switching the channel helped me.")
    moderation.decide(moderator, item_for(first), "approve")
    events.commit()
    linked = make_answer(make_topic(), author=newcomer, body="See https://example.org/deal now")
    assert linked.status == "pending" and item_for(linked).reason == "links"

    member = make_user(trust_level=1)
    text = "Great offer, write to me for a better tariff today."
    make_answer(make_topic(), author=member, body=text)
    repeated = make_answer(
        make_topic(), author=member, body="  great offer, write to me for a better TARIFF today."
    )
    assert repeated.status == "pending" and item_for(repeated).reason == "repeated_text"
    hurried = make_user(trust_level=1)
    bodies = [f"Answer number {n} with enough words." for n in range(6)]
    posts = [make_answer(make_topic(), author=hurried, body=body) for body in bodies]
    assert [p.status for p in posts[:5]] == ["visible"] * 5
    assert posts[5].status == "pending" and item_for(posts[5]).reason == "burst"
    # Regular members and the team are not held for bursts or repeats.
    regular = make_user(trust_level=2)
    for _ in range(6):
        assert make_answer(make_topic(), author=regular, body=text).status == "visible"


def test_the_team_and_trusted_members_are_not_held(app):
    for author in (make_user(role="moderator", trust_level=0), make_user(trust_level=2)):
        topic = make_topic(author=author, body="Look at https://example.org/faq for the details.")
        assert topic.status == "open"


def test_experts_review_held_posts_of_their_category_only(app):
    home, elsewhere = make_category(), make_category()
    expert = make_user()
    experts.appoint(make_user(role="moderator"), expert, home, "Knows tariffs")
    events.commit()
    here = question_of(make_topic(author=make_user(trust_level=0), category=home))
    there = question_of(make_topic(author=make_user(trust_level=0), category=elsewhere))
    assert [i.post_id for i in moderation.review_items(expert).items] == [here.id]
    with pytest.raises(PermissionDenied):
        moderation.decide(expert, item_for(there), "approve")
    with pytest.raises(PermissionDenied):
        moderation.decide(expert, item_for(here), "delete", "Spam")
    moderation.decide(expert, item_for(here), "approve")
    events.commit()
    assert here.status == "visible"


# -- decisions on flagged posts --------------------------------------------------------------


def flagged(reason="spam"):
    answer = make_answer(make_topic())
    flagger = make_user()
    moderation.flag_post(flagger, answer, reason)
    events.commit()
    return answer, flagger, item_for(answer, "flagged")


def test_agree_keeps_the_post_and_trains_the_flagger(app):
    answer, flagger, item = flagged()
    moderation.decide(make_user(role="moderator"), item, "agree")
    events.commit()
    assert answer.status == "visible" and item.status == "approved"
    assert flagger.flags_agreed == 1
    assert db.session.scalar(select(Flag.status)) == "agreed"
    assert actions("review.agree")


def test_delete_and_restore_are_for_moderators(app):
    answer, _flagger, item = flagged()
    moderator = make_user(role="moderator")
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item, "restore")
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item, "delete", "")
    moderation.decide(moderator, item, "delete", "Spam for a reseller")
    events.commit()
    assert answer.status == "deleted" and answer.topic.answer_count == 0
    assert item.status == "rejected"
    moderation.decide(moderator, item, "restore", "It was a real tip after all")
    events.commit()
    assert answer.status == "visible" and answer.topic.answer_count == 1
    assert item.status == "approved"
    assert [e.reason for e in actions("review.restore")] == ["It was a real tip after all"]


def test_agree_is_only_for_reports_and_defer_brings_an_item_back(app):
    held = question_of(make_topic(author=make_user(trust_level=0)))
    moderator = make_user(role="moderator")
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item_for(held), "agree")
    with pytest.raises(RuleViolation):
        moderation.decide(moderator, item_for(held), "ignore")
    moderation.decide(moderator, item_for(held), "defer")
    events.commit()
    assert item_for(held).status == "deferred"
    assert moderation.review_items(moderator, status="deferred").items == [item_for(held)]


def test_the_queue_filters_by_reason_category_and_age(app):
    moderator = make_user(role="moderator")
    category = make_category()
    old = question_of(make_topic(author=make_user(trust_level=0), category=category))
    item_for(old).created_at = utcnow() - timedelta(days=4)
    new_answer, _flagger, _item = flagged()
    events.commit()

    def ids(**filters):
        return [item.post_id for item in moderation.review_items(moderator, **filters).items]

    assert ids() == [old.id, new_answer.id]
    assert ids(newest_first=True) == [new_answer.id, old.id]
    assert ids(reason="first_post") == [old.id]
    assert ids(category_id=category.id) == [old.id]
    assert ids(older_than_hours=72) == [old.id]


def test_queue_decisions_through_the_browser_keep_the_typed_reason(client, app):
    held = question_of(
        make_topic(author=make_user(trust_level=0), title="Solar panels for my flat")
    )
    answer, _flagger, flag_item = flagged()
    login(client, make_user(role="moderator"))
    page = client.get("/review").get_data(as_text=True)
    assert "first posts" in page and "Approve and publish" in page
    assert "Agree, keep visible" in page and "Solar panels for my flat" in page
    item = item_for(held)
    response = client.post(
        f"/review/decide?item={item.id}",
        data={"decision": "reject", f"reason_{item.id}": "", f"reason_{flag_item.id}": "kept"},
    )
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Please give a reason the author will see." in text and 'value="kept"' in text
    response = client.post(
        f"/review/decide?item={flag_item.id}",
        data={"decision": "delete", f"reason_{flag_item.id}": "Spam"},
    )
    assert response.status_code == 302
    db.session.refresh(answer)
    assert answer.status == "deleted"
    both = client.post(
        "/review/decide", data={"decision": "approve", "item": [item.id], "reason": ""}
    )
    assert both.status_code == 302
    assert question_of(held.topic).status == "visible"
    assert "Nothing to review" in client.get("/review").get_data(as_text=True)


# -- watched words ---------------------------------------------------------------------------


def test_watched_words_are_case_and_umlaut_insensitive_whole_words():
    def matches(pattern, text, is_regex=False):
        return bool(
            screening.word_regex(WatchedWord(pattern=pattern, is_regex=is_regex)).search(text)
        )

    assert matches("Straße", "in der STRASSE")
    assert matches("strasse", "Die Straße ist gesperrt")
    assert matches("Betrüger", "alles betrueger hier")
    assert matches("betrueger", "Alles BETRÜGER hier")
    assert matches("gewinn*", "Jetzt Gewinnspiel!")
    assert not matches("gewinn", "Gewinnspiel")
    assert not matches("ass", "class")
    assert matches(r"\d{4} ?€", "nur 1000 € heute", is_regex=True)


def test_block_refuses_with_the_message_on_the_field_that_has_it(app):
    watch("casino", "block", message="Glücksspiel-Werbung ist hier nicht erlaubt.")
    watch("schrott", "block")
    with pytest.raises(RuleViolation) as caught:
        make_topic(title="Best Casino bonus for customers")
    assert caught.value.field == "title"
    assert str(caught.value.message) == "Glücksspiel-Werbung ist hier nicht erlaubt."
    with pytest.raises(RuleViolation) as caught:
        make_answer(make_topic(), body="Der Router ist Schrott, wirklich.")
    assert caught.value.field == "body" and "Schrott" in str(caught.value.message)
    answer = make_answer(make_topic())
    with pytest.raises(RuleViolation):
        forum.edit_post(answer.author, answer, body="Jetzt ist es Schrott geworden.")


def test_replace_approve_and_flag(app):
    watch("idiot*", "replace", replacement="■■■")
    watch("kostenlos gewinnen", "approve")
    watch("kündigen", "flag")
    replaced = make_answer(make_topic(), body="Only idiots reboot the router daily.")
    assert replaced.body == "Only ■■■ reboot the router daily." and replaced.status == "visible"
    held = make_answer(
        make_topic(), author=make_user(trust_level=3), body="Hier KOSTENLOS   gewinnen, sofort!"
    )
    assert held.status == "pending" and item_for(held).reason == "watched_word"
    assert item_for(held).detail == "kostenlos gewinnen"
    flagged_post = make_answer(make_topic(), body="Ich will meinen Vertrag kuendigen.")
    assert flagged_post.status == "visible"
    assert item_for(flagged_post, "flagged").reason == "watched_word"
    # An edit that brings in a watched word goes to the team; the post stays where it is.
    plain = make_answer(make_topic())
    forum.edit_post(plain.author, plain, body="Kostenlos gewinnen? Nein, danke.")
    events.commit()
    assert plain.status == "visible" and item_for(plain, "flagged").detail == "kostenlos gewinnen"


def test_watched_words_apply_to_usernames(app):
    from community.accounts import services as accounts

    watch("admin*", "block", message="This name is reserved for the team.")
    watch("gewinn*", "flag")
    with pytest.raises(RuleViolation) as caught:
        accounts.register_user(
            username="Admin_Real", email="a@example.org", password="x" * 4 + "yz123456"
        )
    assert caught.value.field == "username"
    user = accounts.register_user(
        username="gewinner77", email="g@example.org", password="correct horse battery"
    )
    events.commit()
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.user_id == user.id))
    assert (item.kind, item.reason, item.detail, item.post_id) == (
        "flagged",
        "watched_word",
        "gewinn*",
        None,
    )


def test_admins_manage_watched_words_in_the_browser(client, app):
    admin, moderator = make_user(role="admin"), make_user(role="moderator")
    for outsider in (None, make_user(), moderator):
        with pytest.raises(PermissionDenied):
            moderation.add_watched_word(outsider, pattern="spam", action="block")
    login(client, moderator)
    assert client.get("/admin/watched-words").status_code == 403
    client.post("/logout")
    login(client, admin)
    bad = client.post(
        "/admin/watched-words", data={"pattern": "(unclosed", "action": "block", "is_regex": "y"}
    )
    assert bad.status_code == 400
    text = bad.get_data(as_text=True)
    assert "not a valid regular expression" in text and "(unclosed" in text
    missing = client.post("/admin/watched-words", data={"pattern": "idiot", "action": "replace"})
    assert "Please say what replaces the word." in missing.get_data(as_text=True)
    done = client.post("/admin/watched-words", data={"pattern": "Betrüger", "action": "approve"})
    assert done.status_code == 302
    again = client.post("/admin/watched-words", data={"pattern": "betrüger", "action": "approve"})
    assert "This word is watched already." in again.get_data(as_text=True)
    word = db.session.scalar(select(WatchedWord))
    assert "Betrüger" in client.get("/admin/watched-words").get_data(as_text=True)
    client.post("/logout")
    login(client, moderator)
    assert client.post(f"/admin/watched-words/{word.id}/delete").status_code == 403
    client.post("/logout")
    login(client, admin)
    assert client.post(f"/admin/watched-words/{word.id}/delete").status_code == 302
    assert db.session.scalar(select(WatchedWord)) is None
    assert [e.action for e in db.session.scalars(select(ModerationAction))] == [
        "watched_word.add",
        "watched_word.remove",
    ]


def test_a_held_topic_through_the_browser(client, app):
    category = make_category()
    newcomer = make_user(trust_level=0)
    login(client, newcomer)
    response = client.post(
        "/ask",
        data={
            "title": "Mein erster Beitrag hier im Forum",
            "body": "Hallo zusammen, wie melde ich einen Zählerstand?",
            "category": category.id,
            "tags": "zaehler",
            "kind": "question",
        },
    )
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).where(Topic.author_id == newcomer.id))
    text = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "appears once it is approved" in text and "Waiting for approval" in text
    client.post("/logout")
    assert client.get(f"/t/{topic.id}/{topic.slug}").status_code == 404
    assert "Mein erster Beitrag" not in client.get("/").get_data(as_text=True)


def test_members_find_their_own_held_posts_on_their_profile(client, app):
    newcomer = make_user(trust_level=0)
    topic = make_topic(author=newcomer, title="Wie melde ich den Zählerstand?")
    answer = make_answer(make_topic(), author=newcomer, body="Mein Zähler zeigt nichts an.")
    assert answer.status == "pending"
    login(client, newcomer)
    mine = client.get(f"/u/{newcomer.username}").get_data(as_text=True)
    assert "Wie melde ich den Zählerstand?" in mine and "waiting for approval" in mine
    answers = client.get(f"/u/{newcomer.username}?tab=answers").get_data(as_text=True)
    assert answer.topic.title in answers and "waiting for approval" in answers
    client.post("/logout")
    login(client, make_user())
    theirs = client.get(f"/u/{newcomer.username}").get_data(as_text=True)
    assert topic.title not in theirs


def test_a_silenced_member_is_told_why_they_cannot_post(client, app):
    from community.moderation import sanctions

    member = make_user()
    topic = make_topic()
    sanctions.silence_member(make_user(role="moderator"), member, "1d", "Cool down")
    events.commit()
    login(client, member)
    page = client.get(f"/t/{topic.id}/{topic.slug}").get_data(as_text=True)
    assert "You are silenced until" in page and "/account/standing" in page
    refused = client.get("/ask")
    assert refused.status_code == 403 and "You are silenced until" in refused.get_data(as_text=True)


def test_an_expert_of_all_categories_reviews_every_categorys_items_but_no_appeals(client, app):
    from community.moderation import sanctions

    moderator = make_user(role="moderator")
    everywhere, one = make_user(), make_user()
    home, other = make_category(), make_category()
    experts.appoint(moderator, everywhere, None, "Knows it all")
    experts.appoint(moderator, one, home, "Knows tariffs")
    events.commit()
    held = [
        question_of(make_topic(author=make_user(trust_level=0), category=c)) for c in (home, other)
    ]
    silenced = make_user()
    silence = sanctions.silence_member(moderator, silenced, "1d", "Cool down")
    sanctions.appeal_sanction(silenced, silence, "Please reconsider.")
    events.commit()
    assert {i.post_id for i in moderation.review_items(everywhere).items} == {p.id for p in held}
    assert [i.post_id for i in moderation.review_items(one).items] == [held[0].id]
    assert len(moderation.review_items(moderator).items) == 3
    assert moderation.review_categories(one) == [home]
    login(client, one)
    page = client.get("/review").get_data(as_text=True)
    assert home.name in page and other.name not in page


def test_the_queue_of_held_posts_and_appeals_runs_the_same_statements_for_few_and_many(client, app):
    from community.moderation import sanctions
    from tests.conftest import count_statements

    moderator = make_user(role="moderator")
    category = make_category()
    expert = make_user()
    experts.appoint(moderator, expert, category, "Knows tariffs")
    events.commit()

    def add_items():
        make_topic(author=make_user(trust_level=0), category=category)
        member = make_user()
        silence = sanctions.silence_member(moderator, member, "1d", "Cool down")
        sanctions.appeal_sanction(member, silence, "Please reconsider.")
        events.commit()

    def statements(user):
        client.post("/logout")
        login(client, user)
        client.get("/")  # the first page of the day counts the visit
        with count_statements(app) as counted:
            assert client.get("/review").status_code == 200
        return len(counted)

    add_items()
    few = {user.id: statements(user) for user in (moderator, expert)}
    for _ in range(5):
        add_items()
    assert {user.id: statements(user) for user in (moderator, expert)} == few
