"""The forum's rules, called as the services (no HTTP)."""

import pytest
from sqlalchemy import func, select

from community import events
from community.errors import RuleViolation
from community.events import Event
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Revision, Tag, Vote
from community.permissions import PermissionDenied
from tests.conftest import make_answer, make_category, make_topic, make_user


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def kinds():
    return [e.kind for e in db.session.scalars(select(Event).order_by(Event.id))]


def test_ask_creates_topic_post_revision_tags_and_events(app):
    category = make_category()
    author = make_user()
    topic = forum.ask_question(
        author,
        title="  Router  verliert nachts die Verbindung ",
        category=category,
        body="Seit dem Update trennt die Box jede Nacht um 3 Uhr.",
        tags="Router, WLAN router",
    )
    events.commit()
    assert topic.title == "Router verliert nachts die Verbindung"
    assert [t.name for t in topic.tags] == ["router", "wlan"]
    assert category.topic_count == 1
    assert db.session.scalar(select(Tag.topic_count).where(Tag.name == "router")) == 1
    question = question_of(topic)
    assert question.body_html.startswith("<p>Seit dem Update")
    assert (
        db.session.scalar(select(func.count(Revision.id)).where(Revision.post_id == question.id))
        == 1
    )
    assert {"topic.created", "post.created"} <= set(kinds())


@pytest.mark.parametrize(
    ("title", "body", "tags", "field"),
    [
        ("short", "A long enough body for the question.", "", "title"),
        ("A perfectly fine title", "too short", "", "body"),
        ("A perfectly fine title", "A long enough body for the question.", "a b c d e f", "tags"),
        ("A perfectly fine title", "A long enough body for the question.", "bad/tag", "tags"),
    ],
)
def test_ask_refuses_bad_input_with_the_field(app, title, body, tags, field):
    with pytest.raises(RuleViolation) as caught:
        forum.ask_question(make_user(), title=title, body=body, category=make_category(), tags=tags)
    assert caught.value.field == field


def test_visitors_cannot_ask(app):
    from flask_login import AnonymousUserMixin

    with pytest.raises(PermissionDenied):
        forum.ask_question(
            AnonymousUserMixin(),
            title="A perfectly fine title",
            category=make_category(),
            body="A long enough body for the question.",
        )


def test_normalize_tags_keeps_umlauts_and_drops_duplicates(app):
    assert forum.normalize_tags("Zählerstand, #Strom strom") == ["zählerstand", "strom"]
    assert forum.normalize_tags(["A", "a", " "]) == ["a"]


def test_answer_updates_counters_and_last_activity(app):
    topic = make_topic()
    before = topic.last_activity_at
    answerer = make_user()
    post = make_answer(topic, author=answerer)
    assert post.position == 2
    assert topic.answer_count == 1
    assert topic.last_poster_id == answerer.id
    assert topic.last_activity_at >= before


def test_only_staff_may_give_official_answers(app):
    topic = make_topic()
    with pytest.raises(PermissionDenied):
        forum.post_answer(make_user(), topic, "I am not staff but say so.", official=True)
    post = forum.post_answer(
        make_user(role="moderator"), topic, "Official: we fixed it.", official=True
    )
    assert post.is_official


def test_edit_creates_revision_and_changes_title_tags_category(app):
    topic = make_topic(tags=["router"])
    question = question_of(topic)
    other_category = make_category()
    forum.edit_post(
        topic.author,
        question,
        body=question.body + " Edit.",
        reason="more detail",
        title="A completely new and better title",
        tags="fritzbox",
        category=other_category,
    )
    events.commit()
    assert topic.title == "A completely new and better title"
    assert [t.name for t in topic.tags] == ["fritzbox"]
    assert topic.category_id == other_category.id
    assert other_category.topic_count == 1
    assert db.session.scalar(select(Tag.topic_count).where(Tag.name == "router")) == 0
    revisions = forum.post_revisions(topic.author, question)
    assert [r.number for r in revisions] == [2, 1]
    assert revisions[0].reason == "more detail"
    assert revisions[0].title == "A completely new and better title"
    assert question.edit_count == 1


def test_edit_without_change_is_refused(app):
    topic = make_topic()
    question = question_of(topic)
    with pytest.raises(RuleViolation):
        forum.edit_post(topic.author, question, body=question.body)


def test_others_cannot_edit_but_moderators_can(app):
    topic = make_topic()
    question = question_of(topic)
    with pytest.raises(PermissionDenied):
        forum.edit_post(make_user(), question, body="Someone else rewrites this question.")
    forum.edit_post(make_user(role="moderator"), question, body="A moderator fixes the formatting.")
    assert question.body == "A moderator fixes the formatting."


def test_delete_answer_is_soft_and_restorable_by_moderators(app):
    topic = make_topic()
    answer = make_answer(topic)
    forum.accept_answer(topic.author, answer)
    forum.delete_post(answer.author, answer)
    events.commit()
    assert answer.status == "deleted"
    assert topic.answer_count == 0
    assert topic.accepted_post_id is None
    with pytest.raises(PermissionDenied):
        forum.restore_post(answer.author, answer)
    forum.restore_post(make_user(role="moderator"), answer)
    assert answer.status == "visible"
    assert topic.answer_count == 1
    assert db.session.get(Post, answer.id) is not None


def test_deleting_the_question_deletes_the_topic_and_fixes_counters(app):
    topic = make_topic(tags=["router"])
    forum.delete_post(topic.author, question_of(topic))
    events.commit()
    assert topic.status == "deleted"
    assert topic.category.topic_count == 0
    assert db.session.scalar(select(Tag.topic_count).where(Tag.name == "router")) == 0
    forum.restore_post(make_user(role="admin"), question_of(topic))
    assert topic.status == "open"
    assert topic.category.topic_count == 1


def test_others_cannot_delete(app):
    topic = make_topic()
    answer = make_answer(topic)
    with pytest.raises(PermissionDenied):
        forum.delete_post(make_user(), answer)


def test_votes_are_one_per_member_changeable_and_revocable(app):
    topic = make_topic()
    answer = make_answer(topic)
    voter = make_user()
    assert forum.cast_vote(voter, answer, 1) == 1
    assert forum.cast_vote(voter, answer, 1) == 1
    assert forum.cast_vote(voter, answer, -1) == -1
    assert forum.cast_vote(make_user(), answer, -1) == -2
    assert forum.cast_vote(voter, answer, 0) == -1
    events.commit()
    assert db.session.scalar(select(func.count(Vote.id)).where(Vote.post_id == answer.id)) == 1
    assert db.session.scalar(select(func.sum(Vote.value)).where(Vote.post_id == answer.id)) == -1


def test_question_votes_count_for_the_topic_score(app):
    topic = make_topic()
    forum.cast_vote(make_user(), question_of(topic), 1)
    events.commit()
    db.session.refresh(topic)
    assert topic.score == 1


def test_no_votes_on_own_posts_or_by_visitors(app):
    from flask_login import AnonymousUserMixin

    topic = make_topic()
    with pytest.raises(PermissionDenied):
        forum.cast_vote(topic.author, question_of(topic), 1)
    with pytest.raises(PermissionDenied):
        forum.cast_vote(AnonymousUserMixin(), question_of(topic), 1)
    with pytest.raises(RuleViolation):
        forum.cast_vote(make_user(), question_of(topic), 2)


def test_asker_accepts_and_changes_the_accepted_answer(app):
    topic = make_topic()
    first, second = make_answer(topic), make_answer(topic)
    forum.accept_answer(topic.author, first)
    forum.accept_answer(topic.author, second)
    events.commit()
    assert topic.accepted_post_id == second.id
    forum.unaccept_answer(topic.author, topic)
    assert topic.accepted_post_id is None
    accepted = [e for e in db.session.scalars(select(Event).where(Event.kind == "answer.accepted"))]
    assert accepted[-1].payload["previous_post_id"] == first.id


def test_only_asker_or_moderator_accepts(app):
    topic = make_topic()
    answer = make_answer(topic)
    with pytest.raises(PermissionDenied):
        forum.accept_answer(answer.author, answer)
    with pytest.raises(PermissionDenied):
        forum.accept_answer(topic.author, question_of(topic))
    forum.accept_answer(make_user(role="moderator"), answer)
    assert topic.accepted_post_id == answer.id


def test_discussions_have_no_accepted_answer(app):
    topic = make_topic(kind="discussion")
    answer = make_answer(topic)
    with pytest.raises(PermissionDenied):
        forum.accept_answer(topic.author, answer)


def test_comments_are_rendered_inline_and_deleted_softly(app):
    topic = make_topic()
    commenter = make_user()
    comment = forum.add_comment(
        commenter, question_of(topic), "Which **model** is it? # not a heading"
    )
    events.commit()
    assert comment.body_html == "Which <strong>model</strong> is it? # not a heading"
    with pytest.raises(PermissionDenied):
        forum.delete_comment(make_user(), comment)
    forum.delete_comment(commenter, comment)
    assert comment.status == "deleted"
    with pytest.raises(RuleViolation):
        forum.add_comment(commenter, question_of(topic), "no")


def test_topic_page_orders_accepted_first_then_score_then_age(app):
    topic = make_topic()
    old, accepted, best = make_answer(topic), make_answer(topic), make_answer(topic)
    forum.cast_vote(make_user(), best, 1)
    forum.accept_answer(topic.author, accepted)
    events.commit()
    page = forum.load_topic_page(topic.author, topic)
    assert [p.id for p in page.answers] == [accepted.id, best.id, old.id]
    assert page.accepted.id == accepted.id


def test_deleted_answers_are_hidden_from_members_but_not_moderators(app):
    topic = make_topic()
    answer = make_answer(topic)
    forum.delete_post(answer.author, answer)
    events.commit()
    assert forum.load_topic_page(make_user(), topic).answers == []
    assert [p.id for p in forum.load_topic_page(make_user(role="moderator"), topic).answers] == [
        answer.id
    ]


@pytest.mark.parametrize("sort", forum.SORTS)
def test_lists_hide_deleted_topics(app, sort):
    visible = make_topic()
    gone = make_topic(category=visible.category)
    forum.delete_post(gone.author, question_of(gone))
    events.commit()
    ids = [t.id for t in forum.list_topics(make_user(), sort=sort).items]
    assert gone.id not in ids
    assert visible.id in ids


def test_list_filters_unanswered_unsolved_and_tags(app):
    category = make_category()
    unanswered = make_topic(category=category, tags=["dsl"])
    solved = make_topic(category=category, tags=["router"])
    forum.accept_answer(solved.author, make_answer(solved))
    open_question = make_topic(category=category, tags=["router"])
    make_answer(open_question)
    events.commit()
    viewer = make_user()

    def ids(**kwargs):
        return {t.id for t in forum.list_topics(viewer, category=category, **kwargs).items}

    assert ids(sort="unanswered") == {unanswered.id}
    assert ids(sort="unsolved") == {unanswered.id, open_question.id}
    assert ids(sort="latest", tag=forum.get_tag("router")) == {solved.id, open_question.id}


def test_top_sorts_by_score(app):
    category = make_category()
    low, high = make_topic(category=category), make_topic(category=category)
    forum.cast_vote(make_user(), question_of(high), 1)
    events.commit()
    assert [t.id for t in forum.list_topics(None, sort="top", category=category).items] == [
        high.id,
        low.id,
    ]


def test_lists_are_paged(app):
    category = make_category()
    for _ in range(5):
        make_topic(category=category)
    page = forum.list_topics(None, category=category, page=2, per_page=2)
    assert page.total == 5 and page.pages == 3 and len(page.items) == 2


def test_categories_are_admin_only_and_unique(app):
    admin = make_user(role="admin")
    with pytest.raises(PermissionDenied):
        forum.create_category(make_user(role="moderator"), name="Smart Home", slug="smart-home")
    forum.create_category(admin, name="Smart Home", slug="smart-home")
    with pytest.raises(RuleViolation) as caught:
        forum.create_category(admin, name="Smart Home 2", slug="smart-home")
    assert caught.value.field == "slug"
    with pytest.raises(RuleViolation):
        forum.create_category(admin, name="Bad", slug="Bad Slug")


def test_category_names_are_translated_and_fall_back_to_the_default(app):
    admin = make_user(role="admin")
    category = forum.create_category(
        admin,
        name="Balkonkraftwerk",
        slug="balkonkraftwerk",
        description="Steckersolargeräte",
        translations={"en": {"name": "  Balcony   solar ", "description": ""}},
    )
    assert category.translations == {"en": {"name": "Balcony solar"}}
    assert category.name_in("en") == "Balcony solar"
    assert category.description_in("en") == "Steckersolargeräte"
    assert category.name_in("de") == "Balkonkraftwerk"
    assert category.name_in(None) == "Balkonkraftwerk"
    with pytest.raises(RuleViolation) as caught:
        forum.update_category(
            admin,
            category,
            name="Balkonkraftwerk",
            slug="balkonkraftwerk",
            description="",
            position=0,
            translations={"en": {"name": "B"}},
        )
    assert caught.value.field == "name_en"
    with pytest.raises(RuleViolation):
        forum.create_category(
            admin, name="Other", slug="other", translations={"fr": {"name": "Autre"}}
        )
    with pytest.raises(PermissionDenied):
        forum.update_category(
            make_user(role="moderator"),
            category,
            name="Balkonkraftwerk",
            slug="balkonkraftwerk",
            description="",
            position=0,
            translations={"en": {"name": "Plug-in solar"}},
        )


def test_a_category_with_topics_cannot_be_deleted(app):
    topic = make_topic()
    admin = make_user(role="admin")
    with pytest.raises(RuleViolation):
        forum.delete_category(admin, topic.category)
    empty = make_category()
    forum.delete_category(admin, empty)
    events.commit()
    assert forum.list_categories() == [topic.category]


def test_diff_words_marks_insertions_and_deletions(app):
    pieces = forum.diff_words("the old router", "the new router")
    assert ("-", "old") in pieces and ("+", "new") in pieces
    assert "".join(text for op, text in pieces if op != "-") == "the new router"


def test_record_view_counts_visible_topics_only(app):
    topic = make_topic()
    forum.record_view(None, topic)
    events.commit()
    db.session.refresh(topic)
    assert topic.view_count == 1


def test_reordering_tags_is_not_an_edit_and_revisions_keep_tags_sorted(app):
    author = make_user()
    topic = make_topic(author=author, tags=["router", "dsl", "pppoe"])
    question = question_of(topic)
    with pytest.raises(RuleViolation):
        forum.edit_post(author, question, body=question.body, tags=["pppoe", "dsl", "router"])
    forum.edit_post(author, question, body=question.body + " Update.", tags="router dsl pppoe")
    events.commit()
    revisions = db.session.scalars(
        select(Revision).where(Revision.post_id == question.id).order_by(Revision.number)
    ).all()
    assert [r.tags for r in revisions] == ["dsl pppoe router", "dsl pppoe router"]
