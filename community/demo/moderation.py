"""The demo's moderation scene, made through the same services members and staff use.

After the content is in: watched words, a spam post from a brand-new account
waiting in the review queue, a new member's honest first question waiting too, an
offensive answer that two trusted members have flagged (a third flag hides it),
and a topic that duplicates an earlier one, ready to be merged.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from community.accounts import services as accounts
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, Topic
from community.moderation import services as moderation
from community.timeutil import utcnow

WATCHED_WORDS = (
    {
        "pattern": "casino",
        "action": "block",
        "message": "Werbung für Glücksspiel ist hier nicht erlaubt. / "
        "Gambling ads are not allowed here.",
    },
    {"pattern": "kostenlos gewinnen", "action": "approve"},
    {"pattern": "free money", "action": "approve"},
    {"pattern": "anwalt*", "action": "flag"},
    {"pattern": "idiot*", "action": "replace", "replacement": "■■■"},
)

SPAM_BODY = (
    "Strom fast geschenkt! Jetzt beim Gewinnspiel kostenlos gewinnen und 12 Monate "
    "nichts zahlen: https://stromdeals24.example/aktion – nur heute!"
)
FIRST_QUESTION = {
    "title": "Neu hier: Wie gebe ich meinen Zählerstand online an?",
    "body": (
        "Hallo zusammen, ich bin gerade umgezogen und soll meinen Zählerstand melden. "
        "Geht das hier im Kundenportal, oder muss ich anrufen? Danke für eure Hilfe!"
    ),
}
OFFENSIVE_ANSWER = (
    "Wer so eine Frage stellt, hat die Anleitung nie gelesen. Echt peinlich, "
    "such halt selbst, statt alle hier zu nerven."
)
DUPLICATE = {
    "author": "nina_l",
    "title": "WLAN oben im Haus bricht dauernd ab – Mesh oder Repeater kaufen?",
    "body": (
        "Im Obergeschoss habe ich kaum WLAN, die FRITZ!Box steht unten im Flur. "
        "Lohnt sich Mesh oder reicht ein Repeater? Was habt ihr für Erfahrungen?"
    ),
}


def load_scene(users: dict, admin) -> dict:
    """Create the scene; returns what a walk-through needs to know."""
    for spec in WATCHED_WORDS:
        moderation.add_watched_word(admin, **spec)
    now = utcnow()
    spammer = accounts.register_user(
        username="stromdeals24",
        email="stromdeals24@spam.example",
        password="demo-spam-2026-x",
        locale="de",
    )
    newcomer = accounts.register_user(
        username="lea_neu",
        email="lea_neu@demo.community.example",
        password="community-demo-2026",
        locale="de",
        display_name="Lea N.",
    )
    topics = list(forum.list_topics(None, sort="top", per_page=40).items)
    german = [t for t in topics if t.category.slug != "english-corner"]
    spam = forum.post_answer(spammer, german[0], SPAM_BODY)
    spam.created_at = now - timedelta(minutes=40)
    energy = forum.get_category("strom-gas")
    held = forum.ask_question(newcomer, category=energy, tags=["zaehlerstand"], **FIRST_QUESTION)
    held.created_at = held.last_activity_at = now - timedelta(minutes=25)
    _first_post(held).created_at = held.created_at

    rude = forum.post_answer(users["dieter_r"], german[2], OFFENSIVE_ANSWER)
    rude.created_at = now - timedelta(hours=3)
    # Two members whose flags count 1 each: the threshold is 3, so a third flag hides it.
    flaggers = [
        u
        for u in users.values()
        if u.role == "member" and u.id != rude.author_id and moderation.flag_weight(u) == 1.0
    ]
    for flagger in flaggers[:2]:
        moderation.flag_post(flagger, rude, "offensive")

    original = db.session.scalar(select(Topic).where(Topic.title.like("FRITZ!Box 7590:%")))
    duplicate = forum.ask_question(
        users[DUPLICATE["author"]],
        title=DUPLICATE["title"],
        body=DUPLICATE["body"],
        category=original.category,
        tags=["wlan", "mesh"],
    )
    duplicate.created_at = duplicate.last_activity_at = now - timedelta(hours=5)
    _first_post(duplicate).created_at = duplicate.created_at
    forum.post_answer(
        users["mehmet_y"],
        duplicate,
        "Schau mal in das ältere Thema zur FRITZ!Box 7590, da steht alles zu Mesh.",
    )
    return {
        "spam_post": spam.id,
        "held_topic": held.id,
        "offensive_post": rude.id,
        "duplicate_topic": duplicate.id,
        "original_topic": original.id,
    }


def _first_post(topic: Topic) -> Post:
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))
