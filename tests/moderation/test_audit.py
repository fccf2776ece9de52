"""Every moderation action writes its audit entry, named in words on the audit page."""

from sqlalchemy import select

from community import events
from community.accounts import services as accounts
from community.extensions import db
from community.forum.models import Post
from community.moderation import sanctions
from community.moderation import services as moderation
from community.moderation.models import ModerationAction, ReviewItem
from tests.conftest import login, make_answer, make_category, make_topic, make_user


def item_for(post, kind):
    return db.session.scalar(
        select(ReviewItem).where(ReviewItem.post_id == post.id, ReviewItem.kind == kind)
    )


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def test_every_action_is_in_the_audit_log_with_its_actor(client, app):
    admin, moderator = make_user(role="admin"), make_user(role="moderator")
    member = make_user()

    # Posts: flags and the queue's decisions.
    hidden = make_answer(make_topic())
    moderation.flag_post(moderator, hidden, "spam")
    moderation.decide(moderator, item_for(hidden, "flagged"), "approve")
    kept = make_answer(make_topic())
    moderation.flag_post(member, kept, "offensive")
    moderation.decide(moderator, item_for(kept, "flagged"), "agree")
    rejected = make_answer(make_topic())
    moderation.flag_post(member, rejected, "spam")
    moderation.decide(moderator, item_for(rejected, "flagged"), "reject", "Advertising")
    moderation.decide(moderator, item_for(rejected, "flagged"), "restore", "A real tip")
    removed = make_answer(make_topic())
    moderation.flag_post(member, removed, "spam")
    moderation.decide(moderator, item_for(removed, "flagged"), "defer")
    moderation.decide(moderator, item_for(removed, "flagged"), "delete", "Spam")
    published = question_of(make_topic(author=make_user(trust_level=0)))
    moderation.decide(moderator, item_for(published, "held"), "approve")
    discarded = question_of(make_topic(author=make_user(trust_level=0)))
    moderation.decide(moderator, item_for(discarded, "held"), "reject", "Advertising")

    # Topics.
    topic, other = make_topic(), make_topic()
    moderation.close_topic(moderator, topic, "resolved")
    moderation.reopen_topic(moderator, topic)
    moderation.lock_topic(moderator, topic, "Heated")
    moderation.unlock_topic(moderator, topic)
    moderation.pin_topic(moderator, topic, "global")
    moderation.unpin_topic(moderator, topic)
    moderation.move_topic(moderator, topic, make_category())
    official = make_answer(topic, author=make_user(role="moderator"))
    moderation.mark_official(moderator, official, True)
    moderation.mark_official(moderator, official, False)
    replies = [make_answer(other), make_answer(other)]
    moderation.split_topic(moderator, other, replies[1:], title="A question of its own here")
    moderation.merge_topic(moderator, other, topic)

    # Members.
    warning = sanctions.warn_member(moderator, member, "Please stay friendly")
    sanctions.acknowledge_warning(member, warning)
    silence = sanctions.silence_member(moderator, member, "1d", "Insults")
    sanctions.appeal_sanction(member, silence, "I am sorry.")
    sanctions.deny_appeal(
        moderator,
        db.session.scalar(select(ReviewItem).where(ReviewItem.kind == "appeal")),
        "Not yet",
    )
    sanctions.lift_sanction(moderator, silence, "Served enough")
    suspended = make_user()
    suspension = sanctions.suspend_member(moderator, suspended, "1w", "Threats")
    sanctions.appeal_sanction(suspended, suspension, "It was a joke.")
    sanctions.grant_appeal(
        moderator,
        db.session.scalar(
            select(ReviewItem).where(ReviewItem.kind == "appeal", ReviewItem.status == "pending")
        ),
        "Accepted",
    )
    sanctions.delete_spammer(moderator, make_user(trust_level=0), "Spam")

    # Watched words, and an item that changes nothing for the member (a username).
    word = moderation.add_watched_word(admin, pattern="casino*", action="flag")
    named = accounts.register_user(
        username="casino_fan", email="fan@example.org", password="correct horse battery"
    )
    moderation.decide(
        moderator,
        db.session.scalar(select(ReviewItem).where(ReviewItem.user_id == named.id)),
        "approve",
    )
    moderation.remove_watched_word(admin, word.id)
    events.commit()

    entries = db.session.scalars(select(ModerationAction)).all()
    assert {e.action for e in entries} == set(moderation.ACTION_LABELS)
    # Only the flag threshold acts on its own; members act on their own account only.
    for entry in entries:
        if entry.action in ("sanction.appeal", "warning.acknowledge"):
            assert entry.actor_id == entry.user_id
        elif entry.action.startswith("watched_word."):
            assert entry.actor_id == admin.id
        else:
            assert entry.actor_id == moderator.id, entry.action

    login(client, admin)
    page = client.get("/admin/audit?page=1").get_data(as_text=True)
    assert "Member silenced" in page and "Appeal accepted" in page and "Topic merged" in page
    german = client.get("/admin/audit", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Mitglied stummgeschaltet" in german and "Member silenced" not in german
