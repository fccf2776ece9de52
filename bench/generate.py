"""Generate a large, realistic community in a fresh database, fast (printed, never asserted).

Usage: `.venv/bin/python bench/generate.py [--topics N] [--posts N] [--users N]
[--data-dir PATH] [--database-url URL] [--seed N] [--revisions]`. Defaults: 100,000
topics and 1,000,000 posts (opening posts included) in .bench/data/community.db.

The schema comes from the real migrations; the rows go in through SQLAlchemy Core bulk
inserts in a few transactions, with every denormalised counter computed on the way:
topic answer counts, scores, last activity and accepted answers, category and tag topic
counts, post scores from the votes, and the reputation ledger with its cached totals.
German and English (about 60/40) sentences from a telecom and energy support community,
members whose activity follows a Zipf curve, three years of history. No events are
recorded: bench/search.py rebuilds the search index in one go.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import shutil
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import flask_migrate
from sqlalchemy import MetaData, bindparam, func, insert, inspect, select, update
from sqlalchemy.engine import make_url
from vocabulary import (
    ANSWER_SENTENCES,
    CITIES,
    EXTRA_TAGS,
    FIRST_NAMES,
    GENERIC,
    KINDS,
    QUESTION_SENTENCES,
    SURNAME_INITIALS,
    THEMES,
    TITLES,
)

from community import create_app, markup
from community.accounts import services as accounts
from community.accounts.models import User
from community.demo.people import CATEGORIES
from community.extensions import db
from community.forum.models import Category, Post, Revision, Tag, Topic, Vote, topic_tags
from community.reputation.models import ReputationEvent
from community.timeutil import utcnow

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".bench" / "data"
BENCH_PASSWORD = "bench-password-2026"
YEARS = 3
GERMAN_SHARE = 0.6
# Rows per executemany, and posts per transaction.
CHUNK = 20_000
COMMIT_EVERY = 250_000
STAFF = [
    ("admin", "admin"),
    ("mod_jana", "moderator"),
    ("mod_omar", "moderator"),
    ("mod_ulla", "moderator"),
    ("brand_nina", "brand_manager"),
]
# Points as in community.config (the ledger must add up the way the services add it).
POINTS = {
    "question_upvoted": 5,
    "answer_upvoted": 10,
    "post_downvoted": -2,
    "downvote_cast": -1,
    "answer_accepted": 15,
    "accepted": 2,
}
DAILY_VOTE_CAP = 200
# Posting by hour of day (UTC, roughly German evenings).
HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 9, 10, 9, 9, 9, 10, 11, 12, 12, 10, 7, 4, 2]
MONTHS_EN = "January February March April May June July August September October November "
MONTHS_EN = (MONTHS_EN + "December").split()


# -- text ------------------------------------------------------------------------------------


def _options(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|"))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


class Slots(dict):
    """Fills a template's slots at random: each {slot} is drawn anew."""

    def __init__(self, rng: random.Random, language: str, theme: dict):
        super().__init__()
        self.rng = rng
        self.language = language
        self.words = {key: _options(value) for key, value in theme[language].items()}
        self.when = _options(GENERIC[language]["when"])
        self.errors = _options(GENERIC[language]["error"])

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "subject":
            return _lower_first(rng.choice(self.words["subject"]))
        if key in self.words:
            return rng.choice(self.words[key])
        if key == "Subject":
            return rng.choice(self.words["subject"])
        if key == "Nouns":
            return _upper_first(rng.choice(self.words["nouns"]))
        if key == "when":
            return rng.choice(self.when)
        if key == "city":
            return rng.choice(CITIES)
        if key == "error":
            return rng.choice(self.errors).replace("{code}", self._code())
        if key == "amount":
            euros, cents = int(rng.lognormvariate(4.3, 0.8)), rng.randrange(100)
            return f"{euros},{cents:02d} €" if self.language == "de" else f"€{euros}.{cents:02d}"
        if key == "date":
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            return f"{day}.{month}." if self.language == "de" else f"{day} {MONTHS_EN[month - 1]}"
        if key == "years":
            return str(rng.randint(2, 15))
        if key == "days":
            return str(rng.randint(2, 14))
        if key == "number":
            return str(rng.randint(1, 12))
        raise KeyError(key)

    def _code(self) -> str:
        rng = self.rng
        shape = rng.random()
        if shape < 0.4:
            return str(rng.randrange(100, 1000))
        if shape < 0.7:
            return f"0x{rng.randrange(0x100, 0x1000):X}"
        if shape < 0.85:
            return f"PPP-{rng.randrange(600, 700)}"
        return f"E{rng.randrange(10, 100)}"

    def sentence(self, template: str) -> str:
        return template.format_map(self)


def _escape(text: str) -> str:
    # The escaping markdown-it applies to text (bleach keeps it): & < > and ".
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def paragraphs_html(paragraphs: list[str]) -> str:
    """What `markup.render` stores for plain paragraphs, without running Markdown."""
    return "".join(f"<p>{_escape(paragraph)}</p>\n" for paragraph in paragraphs)


# -- drawing ---------------------------------------------------------------------------------


def zipf_weights(count: int, exponent: float, offset: float) -> list[float]:
    """Zipf-Mandelbrot: the weight of rank r is 1 / (r + offset) ** exponent."""
    return [1.0 / (rank + offset) ** exponent for rank in range(1, count + 1)]


class Drawer:
    """Draws items by weight, many at a time (random.choices per item is slow)."""

    def __init__(self, rng: random.Random, items: list, weights: list[float], batch: int = 5_000):
        self.rng, self.items, self.batch = rng, items, batch
        self.cum = list(itertools.accumulate(weights))
        self.pending: list = []

    def __call__(self):
        if not self.pending:
            self.pending = self.rng.choices(self.items, cum_weights=self.cum, k=self.batch)
        return self.pending.pop()


def answer_counts(rng: random.Random, topics: int, answers: int) -> list[int]:
    """Answers per topic summing to `answers`: many topics with few, some with hundreds."""
    weights = [0.0 if rng.random() < 0.07 else rng.lognormvariate(0, 1.1) for _ in range(topics)]
    total = sum(weights) or 1.0
    counts = [int(w / total * answers) for w in weights]
    candidates = [i for i, w in enumerate(weights) if w > 0] or list(range(topics))
    missing = answers - sum(counts)
    cum = list(itertools.accumulate(weights[i] or 1.0 for i in candidates))
    for i in rng.choices(candidates, cum_weights=cum, k=missing):
        counts[i] += 1
    return counts


def topic_times(rng: random.Random, count: int, start: datetime, now: datetime) -> list[datetime]:
    """Creation times over the span, busier lately (the community grew), by hour of day."""
    days = (now - start).days
    hours = list(range(24))
    hour_cum = list(itertools.accumulate(HOUR_WEIGHTS))
    chosen_hours = rng.choices(hours, cum_weights=hour_cum, k=count)
    times = []
    for hour in chosen_hours:
        day = int(days * math.sqrt(rng.random()))
        times.append(start + timedelta(days=day, hours=hour, seconds=rng.randrange(3600)))
    times.sort()
    # The last day may run past now by a few hours.
    return [min(moment, now - timedelta(minutes=5)) for moment in times]


# -- the community ---------------------------------------------------------------------------


class Community:
    """Plans members, topics, posts and votes, and streams the rows to the database."""

    def __init__(self, args, conn, now: datetime):
        self.args = args
        self.conn = conn
        self.rng = random.Random(args.seed)
        self.now = now
        self.start = now - timedelta(days=365 * YEARS)
        self.rows: Counter[str] = Counter()
        self.buffers: dict = defaultdict(list)
        self.pending_posts = 0
        self.posts_since_commit = 0
        self.started = time.perf_counter()
        # Per member: posts, topics, votes cast, first and last activity, ledger sum.
        self.posts_by = Counter()
        self.topics_by = Counter()
        self.votes_by = Counter()
        self.downvotes_by = Counter()
        self.first_seen: dict[int, datetime] = {}
        self.last_seen: dict[int, datetime] = {}
        self.ledger = Counter()
        self.vote_points_today: dict[int, int] = {}
        self.category_counts = Counter()
        self.tag_counts = Counter()
        self.accepted: list[dict] = []
        self.next_ids = {"post": 1, "vote": 1, "ledger": 1}

    # -- members ------------------------------------------------------------------------

    def plan_members(self) -> None:
        rng = self.rng
        count = max(self.args.users, len(STAFF) + 20)
        self.user_locale: dict[int, str | None] = {}
        self.usernames: dict[int, str] = {}
        self.roles: dict[int, str] = {}
        pools = {"de": [], "en": []}
        for user_id, (name, role) in enumerate(STAFF, start=1):
            self.usernames[user_id], self.roles[user_id] = name, role
            self.user_locale[user_id] = "de"
        for user_id in range(len(STAFF) + 1, count + 1):
            language = "de" if rng.random() < GERMAN_SHARE + 0.02 else "en"
            first = rng.choice(FIRST_NAMES[language])
            self.usernames[user_id] = f"{first.lower()}_{rng.choice(SURNAME_INITIALS)}{user_id}"
            self.roles[user_id] = "member"
            # Some German members never chose a language: the default applies.
            self.user_locale[user_id] = (
                None if language == "de" and rng.random() < 0.2 else language
            )
            pools[language].append(user_id)
        self.askers, self.answerers = {}, {}
        staff_answerers = [2, 3, 4]
        for language, members in pools.items():
            # A third never write (they read, vote, follow); answers come from few members.
            writers = [m for m in members if rng.random() > 0.35] or members
            ask_order = rng.sample(writers, len(writers))
            answer_order = rng.sample(writers, len(writers))
            ask_weights = zipf_weights(len(ask_order), 0.55, 5)
            answer_weights = zipf_weights(len(answer_order), 1.1, 8)
            # The moderators answer a lot, about as much as the fortieth most active member.
            staff_weight = answer_weights[min(40, len(answer_weights) - 1)]
            self.askers[language] = Drawer(rng, ask_order, ask_weights)
            self.answerers[language] = Drawer(
                rng,
                answer_order + staff_answerers,
                answer_weights + [staff_weight] * len(staff_answerers),
            )
        everyone = list(range(1, count + 1))
        voter_order = rng.sample(everyone, len(everyone))
        self.voters = Drawer(rng, voter_order, zipf_weights(len(voter_order), 0.8, 20))
        self.user_count = count
        password_hash = accounts.hash_password(BENCH_PASSWORD)
        rows = []
        for user_id in everyone:
            name = self.usernames[user_id]
            rows.append(
                {
                    "id": user_id,
                    "username": name,
                    "username_key": name.lower(),
                    "email": f"{name}@bench.example",
                    "password_hash": password_hash,
                    "display_name": "",
                    "bio": "",
                    "bio_html": "",
                    "role": self.roles[user_id],
                    "locale": self.user_locale[user_id],
                    "reputation": 1,
                    "is_expert": False,
                    "trust_level": 0,
                    "days_visited": 0,
                    "last_visit_on": None,
                    "topics_entered": 0,
                    "posts_read": 0,
                    "flags_agreed": 0,
                    "flags_disagreed": 0,
                    "created_at": self.start,
                    "last_seen_at": None,
                    "silenced_until": None,
                    "suspended_until": None,
                    "warning_pending": False,
                    "session_nonce": f"bench{user_id}",
                }
            )
        self._insert(User.__table__, rows)

    def _seen(self, user_id: int, moment: datetime) -> None:
        first = self.first_seen.get(user_id)
        if first is None or moment < first:
            self.first_seen[user_id] = moment
        last = self.last_seen.get(user_id)
        if last is None or moment > last:
            self.last_seen[user_id] = moment

    # -- categories and tags ------------------------------------------------------------

    def plan_categories_and_tags(self) -> None:
        rows = []
        self.category_ids = {}
        for position, spec in enumerate(CATEGORIES, start=1):
            self.category_ids[spec["slug"]] = position
            rows.append(
                {
                    "id": position,
                    "slug": spec["slug"],
                    "name": spec["name"],
                    "description": spec["description"],
                    "translations": spec.get("translations") or {},
                    "position": position * 10,
                    "topic_count": 0,
                    "created_at": self.start - timedelta(days=10),
                }
            )
        self._insert(Category.__table__, rows)
        names: list[str] = []
        for theme in THEMES:
            for name in theme["tags"].split():
                if name not in names:
                    names.append(name)
        for name in EXTRA_TAGS:
            if name not in names:
                names.append(name)
        self.tag_ids = {name: number for number, name in enumerate(names, start=1)}
        self.tag_names = names
        self._insert(
            Tag.__table__, [{"id": i, "name": n, "topic_count": 0} for n, i in self.tag_ids.items()]
        )
        rng = self.rng
        self.theme_tags = [
            Drawer(rng, theme["tags"].split(), zipf_weights(len(theme["tags"].split()), 1.0, 0.5))
            for theme in THEMES
        ]
        self.any_tag = Drawer(rng, names, zipf_weights(len(names), 1.05, 3))
        self.themes = Drawer(rng, list(range(len(THEMES))), [t["weight"] for t in THEMES])
        self.kinds = Drawer(rng, list(KINDS), list(KINDS.values()))
        self.slots = {
            (language, index): Slots(rng, language, theme)
            for language in ("de", "en")
            for index, theme in enumerate(THEMES)
        }

    # -- topics -------------------------------------------------------------------------

    def generate_topics(self) -> None:
        args, rng = self.args, self.rng
        counts = answer_counts(rng, args.topics, args.posts - args.topics)
        times = topic_times(rng, args.topics, self.start, self.now)
        for topic_id, (created, answers) in enumerate(zip(times, counts, strict=True), start=1):
            self._topic(topic_id, created, answers)
            if self.pending_posts >= CHUNK:
                self._flush_topics()
                self._progress(topic_id)
        if self.pending_posts:
            self._flush_topics()
            self._progress(args.topics)

    def _topic(self, topic_id: int, created: datetime, answers: int) -> None:
        rng, now = self.rng, self.now
        language = "de" if rng.random() < GERMAN_SHARE else "en"
        theme_index = self.themes()
        theme = THEMES[theme_index]
        slots = self.slots[(language, theme_index)]
        kind = self.kinds()
        if language == "en" and rng.random() < 0.25:
            category_id = self.category_ids["english-corner"]
        else:
            category_id = self.category_ids[theme["category"]]
        title = self._title(slots, language, kind)
        tags = [self.theme_tags[theme_index]()]
        for _ in range(rng.choices((0, 1, 2), weights=(35, 40, 25))[0]):
            tag = self.theme_tags[theme_index]() if rng.random() < 0.6 else self.any_tag()
            if tag not in tags:
                tags.append(tag)
        roll = rng.random()
        status = (
            "deleted"
            if roll < 0.004
            else "hidden"
            if roll < 0.005
            else "locked"
            if roll < 0.008
            else "closed"
            if roll < 0.028
            else "open"
        )
        listed = status in ("open", "closed", "locked")
        asker = self.askers[language]()
        if kind == "article" and rng.random() < 0.5:
            asker = rng.choice((2, 3, 4, 5))  # staff write many of the guides

        # The opening post, then the answers, spread out after it.
        posts = [self._post_row(topic_id, asker, 1, created, self._opening(slots, kind))]
        offsets, moment = [], 0.0
        mean_gap = 3600 * (10 if answers < 50 else 4)
        for number in range(answers):
            moment += rng.expovariate(1 / (4 * 3600 if number == 0 else mean_gap))
            offsets.append(moment)
        room = (now - created).total_seconds() * 0.98
        if offsets and offsets[-1] > room:
            offsets = [o * room / offsets[-1] for o in offsets]
        for position, offset in enumerate(offsets, start=2):
            other = language == "de" and rng.random() < 0.05
            answer_language = "en" if other else language
            author = asker if rng.random() < 0.12 else self.answerers[answer_language]()
            text = self._answer(self.slots[(answer_language, theme_index)])
            post = self._post_row(
                topic_id, author, position, created + timedelta(seconds=offset), text
            )
            if author in (2, 3, 4) and rng.random() < 0.4:
                post["is_official"] = True
            roll = rng.random()
            if roll < 0.01:
                post["status"] = "deleted"
                post["deleted_at"] = min(post["created_at"] + timedelta(days=1), now)
                post["deleted_by_id"] = author if rng.random() < 0.5 else 2
            elif roll < 0.013:
                post["status"], post["hidden_reason"] = "hidden", "spam"
                post["hidden_at"] = min(post["created_at"] + timedelta(hours=3), now)
            posts.append(post)
        opening = posts[0]
        if status == "deleted":
            opening["status"], opening["deleted_by_id"] = "deleted", asker
            opening["deleted_at"] = min(created + timedelta(days=2), now)
        elif status == "hidden":
            opening["status"], opening["hidden_reason"] = "hidden", "spam"
            opening["hidden_at"] = min(created + timedelta(hours=2), now)

        visible_answers = [p for p in posts[1:] if p["status"] == "visible"]
        accepted = None
        if kind == "question" and listed:
            candidates = [p for p in visible_answers if p["author_id"] != asker]
            if candidates and rng.random() < 0.5:
                accepted = candidates[0] if rng.random() < 0.5 else rng.choice(candidates)
        if listed:
            for post in posts:
                if post["status"] == "visible":
                    self._votes(post, is_question=post is opening, accepted=post is accepted)
        if accepted is not None:
            moment = min(accepted["created_at"] + timedelta(hours=rng.expovariate(1 / 12)), now)
            self._credit(accepted["author_id"], "answer_accepted", accepted["id"], asker, moment)
            self._credit(asker, "accepted", accepted["id"], asker, moment)
            self._seen(asker, moment)
            self.accepted.append({"b_id": topic_id, "b_accepted": accepted["id"]})

        # What the services keep: the latest post that was published (later deletions do
        # not move last_activity_at back), visible answers, the question's score.
        latest = max(posts, key=lambda p: p["created_at"])
        self.buffers[Topic.__table__].append(
            {
                "id": topic_id,
                "kind": kind,
                "title": title,
                "category_id": category_id,
                "author_id": asker,
                "status": status,
                "accepted_post_id": None,
                "answer_count": len(visible_answers),
                "score": opening["score"],
                "view_count": int(rng.lognormvariate(3.5, 1.0)) + 4 * len(posts),
                "created_at": created,
                "last_activity_at": latest["created_at"],
                "last_poster_id": latest["author_id"],
                "pinned": None,
                "pinned_at": None,
                "close_reason": rng.choice(("duplicate", "resolved", "off_topic"))
                if status == "closed"
                else "",
                "duplicate_of_id": None,
                "merged_into_id": None,
            }
        )
        self.buffers[topic_tags].extend(
            {"topic_id": topic_id, "tag_id": self.tag_ids[tag]} for tag in tags
        )
        if self.args.revisions:
            self.buffers[Revision.__table__].extend(
                {
                    "post_id": post["id"],
                    "number": 1,
                    "editor_id": post["author_id"],
                    "reason": "",
                    "title": title if post is opening else None,
                    "tags": " ".join(sorted(tags)) if post is opening else None,
                    "body": post["body"],
                    "created_at": post["created_at"],
                }
                for post in posts
            )
        self.buffers[Post.__table__].extend(posts)
        self.pending_posts += len(posts)
        self.topics_by[asker] += 1
        for post in posts:
            self.posts_by[post["author_id"]] += 1
            self._seen(post["author_id"], post["created_at"])
        if listed:
            self.category_counts[category_id] += 1
            for tag in tags:
                self.tag_counts[tag] += 1

    def _title(self, slots: Slots, language: str, kind: str) -> str:
        for _ in range(10):
            title = _upper_first(slots.sentence(self.rng.choice(TITLES[language][kind])))
            if 10 <= len(title) <= 150:
                return title
        return title[:150]

    def _opening(self, slots: Slots, kind: str) -> list[str]:
        rng = self.rng
        sentences = QUESTION_SENTENCES[slots.language]
        paragraphs = []
        count = rng.randint(4, 7) if kind == "article" else rng.choice((1, 2, 2, 3))
        for number in range(count):
            lead = [sentences[0]] if number == 0 else []
            body = rng.choices(sentences, k=rng.randint(1, 3))
            paragraphs.append(" ".join(slots.sentence(s) for s in lead + body))
        return paragraphs

    def _answer(self, slots: Slots) -> list[str]:
        rng = self.rng
        sentences = ANSWER_SENTENCES[slots.language]
        return [
            " ".join(slots.sentence(s) for s in rng.choices(sentences, k=rng.randint(1, 3)))
            for _ in range(rng.choice((1, 1, 2, 2, 3)))
        ]

    def _post_row(
        self, topic_id: int, author: int, position: int, created: datetime, text: list[str]
    ) -> dict:
        post_id = self.next_ids["post"]
        self.next_ids["post"] += 1
        body = "\n\n".join(text)
        return {
            "id": post_id,
            "topic_id": topic_id,
            "author_id": author,
            "position": position,
            "body": body,
            "body_html": paragraphs_html(text),
            "score": 0,
            "status": "visible",
            "is_official": False,
            "edit_count": 0,
            "created_at": created,
            "edited_at": None,
            "deleted_at": None,
            "deleted_by_id": None,
            "hidden_reason": "",
            "hidden_at": None,
        }

    # -- votes and the ledger -----------------------------------------------------------

    def _votes(self, post: dict, *, is_question: bool, accepted: bool) -> None:
        rng = self.rng
        mean = 1.2 if is_question else 0.6
        if accepted:
            mean += 2.5
        if post["is_official"]:
            mean += 1.0
        ups = int(rng.expovariate(1 / mean))
        downs = 1 if rng.random() < 0.05 else 0
        wanted = min(ups + downs, self.user_count - 1)
        voters: list[int] = []
        for _ in range(wanted * 4):
            if len(voters) == wanted:
                break
            voter = self.voters()
            if voter != post["author_id"] and voter not in voters:
                voters.append(voter)
        score = 0
        for number, voter in enumerate(voters):
            value = -1 if number >= ups else 1
            score += value
            moment = min(post["created_at"] + timedelta(hours=rng.expovariate(1 / 48)), self.now)
            vote_id = self.next_ids["vote"]
            self.next_ids["vote"] += 1
            self.buffers[Vote.__table__].append(
                {
                    "id": vote_id,
                    "user_id": voter,
                    "post_id": post["id"],
                    "value": value,
                    "created_at": moment,
                    "updated_at": moment,
                }
            )
            self.votes_by[voter] += 1
            self._seen(voter, moment)
            author = post["author_id"]
            if value == 1:
                reason = "question_upvoted" if is_question else "answer_upvoted"
                self._credit(author, reason, post["id"], voter, moment)
            else:
                self.downvotes_by[voter] += 1
                self._credit(author, "post_downvoted", post["id"], voter, moment)
                if not is_question:
                    self._credit(voter, "downvote_cast", post["id"], voter, moment)
        post["score"] = score

    def _credit(self, user_id: int, reason: str, post_id: int, actor_id: int, moment) -> None:
        """A ledger row as community.reputation writes it, with the daily cap on vote gains."""
        delta = POINTS[reason]
        if reason in ("question_upvoted", "answer_upvoted"):
            key = user_id * 1_000_000 + moment.toordinal()
            today = self.vote_points_today.get(key, 0)
            delta = max(0, min(delta, DAILY_VOTE_CAP - today))
            self.vote_points_today[key] = today + delta
        ledger_id = self.next_ids["ledger"]
        self.next_ids["ledger"] += 1
        self.ledger[user_id] += delta
        self.buffers[ReputationEvent.__table__].append(
            {
                "id": ledger_id,
                "user_id": user_id,
                "delta": delta,
                "reason": reason,
                "post_id": post_id,
                "actor_id": actor_id,
                "reverses_id": None,
                "reversed_at": None,
                "created_at": moment,
            }
        )

    # -- writing ------------------------------------------------------------------------

    def _insert(self, table, rows: list[dict]) -> None:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            self.conn.execute(insert(table), chunk)
            self.rows[table.name] += len(chunk)

    def _flush_topics(self) -> None:
        # Parents before children, so that foreign keys hold at every statement.
        for table in (
            Topic.__table__,
            topic_tags,
            Post.__table__,
            Revision.__table__,
            Vote.__table__,
            ReputationEvent.__table__,
        ):
            rows = self.buffers.pop(table, [])
            if rows:
                self._insert(table, rows)
        self.posts_since_commit += self.pending_posts
        self.pending_posts = 0
        if self.posts_since_commit >= COMMIT_EVERY:
            self.conn.commit()
            self.posts_since_commit = 0

    def _progress(self, topics: int) -> None:
        seconds = time.perf_counter() - self.started
        posts = self.rows["posts"]
        print(
            f"  {topics:>9,} topics {posts:>11,} posts {sum(self.rows.values()):>11,} rows"
            f" {seconds:7.1f} s {posts / max(seconds, 1e-9):>9,.0f} posts/s",
            flush=True,
        )

    def finish(self) -> None:
        """The counters only known at the end: accepted answers, members, category and tags."""
        conn, rng = self.conn, self.rng
        topics = Topic.__table__
        if self.accepted:
            conn.execute(
                update(topics)
                .where(topics.c.id == bindparam("b_id"))
                .values(accepted_post_id=bindparam("b_accepted")),
                self.accepted,
            )
        categories = Category.__table__
        conn.execute(
            update(categories)
            .where(categories.c.id == bindparam("b_id"))
            .values(topic_count=bindparam("b_count")),
            [{"b_id": i, "b_count": n} for i, n in self.category_counts.items()],
        )
        tags = Tag.__table__
        if self.tag_counts:
            conn.execute(
                update(tags)
                .where(tags.c.id == bindparam("b_id"))
                .values(topic_count=bindparam("b_count")),
                [{"b_id": self.tag_ids[n], "b_count": c} for n, c in self.tag_counts.items()],
            )
        members = []
        for user_id in range(1, self.user_count + 1):
            first, last = self.first_seen.get(user_id), self.last_seen.get(user_id)
            if first is None:
                joined = self.start + timedelta(
                    seconds=rng.uniform(0, (self.now - self.start).total_seconds())
                )
                last = None
            else:
                joined = max(
                    first - timedelta(hours=rng.expovariate(1 / 72)),
                    self.start - timedelta(days=400),
                )
            posts, votes = self.posts_by[user_id], self.votes_by[user_id]
            level = 3 if posts >= 50 else 2 if posts >= 3 else 1 if posts or votes else 0
            if self.downvotes_by[user_id]:
                level = max(level, 2)
            elif votes:
                level = max(level, 1)
            if self.roles[user_id] != "member":
                level = 3
            span_days = max(((last or joined) - joined).days, 0) + 1
            visited = min(span_days, 1 + int(posts * 0.8 + votes * 0.3))
            total = self.ledger[user_id]
            members.append(
                {
                    "b_id": user_id,
                    "b_reputation": 1 if total < 0 else 1 + total,
                    "b_trust_level": level,
                    "b_days_visited": visited,
                    "b_last_visit_on": last.date() if last else None,
                    "b_topics_entered": posts * 3 + votes,
                    "b_posts_read": (posts * 3 + votes) * 5,
                    "b_created_at": joined,
                    "b_last_seen_at": last,
                }
            )
        users = User.__table__
        conn.execute(
            update(users)
            .where(users.c.id == bindparam("b_id"))
            .values(
                reputation=bindparam("b_reputation"),
                trust_level=bindparam("b_trust_level"),
                days_visited=bindparam("b_days_visited"),
                last_visit_on=bindparam("b_last_visit_on"),
                topics_entered=bindparam("b_topics_entered"),
                posts_read=bindparam("b_posts_read"),
                created_at=bindparam("b_created_at"),
                last_seen_at=bindparam("b_last_seen_at"),
            ),
            members,
        )
        conn.commit()


# -- the database ----------------------------------------------------------------------------


def sqlite_path(url: str | None, data_dir: Path) -> Path | None:
    if url is None:
        return data_dir / "community.db"
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" else None


def remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def database_size(path: Path | None) -> int:
    if path is not None:
        return sum(
            Path(f"{path}{suffix}").stat().st_size
            for suffix in ("", "-wal")
            if Path(f"{path}{suffix}").exists()
        )
    return int(db.session.scalar(select(func.pg_database_size(func.current_database()))))


def check_html(community: Community) -> int:
    """How many sample bodies differ from what markup.render would store (should be 0)."""
    wrong = 0
    for index in range(len(THEMES)):
        for language in ("de", "en"):
            slots = community.slots[(language, index)]
            for _ in range(10):
                text = community._opening(slots, "question") + community._answer(slots)
                if paragraphs_html(text) != markup.render("\n\n".join(text)):
                    wrong += 1
    return wrong


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=100_000)
    parser.add_argument("--posts", type=int, default=1_000_000, help="opening posts included")
    parser.add_argument("--users", type=int, help="default: topics / 2")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--database-url", help="default: DATA_DIR/community.db (SQLite)")
    parser.add_argument(
        "--reset", action="store_true", help="drop all tables first (non-SQLite databases)"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--revisions", action="store_true", help="also write revision 1 of every post"
    )
    args = parser.parse_args(argv)
    if args.users is None:
        args.users = max(args.topics // 2, 50)
    if args.posts < args.topics:
        parser.error("--posts counts the opening posts: it must be at least --topics")
    return args


def main(argv=None) -> None:
    args = parse_args(argv)
    started = time.perf_counter()
    data_dir = args.data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    path = sqlite_path(args.database_url, data_dir)
    if path is not None:
        remove_sqlite(path)
    # An index of other data would be taken as current: it goes with the database.
    shutil.rmtree(data_dir / "search", ignore_errors=True)
    config = {"DATA_DIR": str(data_dir), "SECRET_KEY": "bench", "LOG_LEVEL": "WARNING"}
    if args.database_url:
        config["DATABASE_URL"] = args.database_url
    app = create_app(config)
    with app.app_context():
        if path is None:
            existing = inspect(db.engine).get_table_names()
            if existing and not args.reset:
                sys.exit(f"The database has {len(existing)} tables; add --reset to drop them.")
            if existing:
                metadata = MetaData()
                metadata.reflect(db.engine)
                metadata.drop_all(db.engine)
        flask_migrate.upgrade()
        migrated = time.perf_counter()
        print(f"schema migrated in {migrated - started:.1f} s ({db.engine.url.render_as_string()})")
        now = utcnow().replace(microsecond=0)
        with db.engine.connect() as conn:
            if path is not None:
                # A bulk load: no fsync, a large page cache, temporary b-trees in memory.
                conn.exec_driver_sql("PRAGMA synchronous=OFF")
                conn.exec_driver_sql("PRAGMA cache_size=-400000")
                conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
            community = Community(args, conn, now)
            community.plan_members()
            community.plan_categories_and_tags()
            conn.commit()
            wrong = check_html(community)
            print(
                f"{community.user_count:,} members, {len(CATEGORIES)} categories, "
                f"{len(community.tag_ids)} tags; body_html differs from markup.render "
                f"in {wrong} of {len(THEMES) * 20} samples"
            )
            community.started = time.perf_counter()
            community.generate_topics()
            community.finish()
            if path is None:
                for table in ("users", "categories", "tags", "topics", "posts", "votes"):
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 1) FROM {table}))"
                    )
                conn.exec_driver_sql(
                    "SELECT setval(pg_get_serial_sequence('reputation_events', 'id'), "
                    "(SELECT coalesce(max(id), 1) FROM reputation_events))"
                )
                conn.commit()
            else:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        loaded = time.perf_counter() - community.started
        size = database_size(path)
        db.session.remove()
        db.engine.dispose()
    total = time.perf_counter() - started
    rows = sum(community.rows.values())
    print()
    print(f"{'table':<20} {'rows':>12}")
    for table, count in sorted(community.rows.items(), key=lambda item: -item[1]):
        print(f"{table:<20} {count:>12,}")
    print(f"{'all':<20} {rows:>12,}")
    print()
    top = community.posts_by.most_common()
    writers = len(top)
    top_share = sum(n for _, n in top[: max(writers // 100, 1)]) / max(args.posts, 1)
    listed = sum(community.category_counts.values())
    print(
        f"{writers:,} of {community.user_count:,} members wrote; the busiest wrote "
        f"{top[0][1]:,} posts, the top 1% wrote {top_share:.0%} of all posts"
    )
    print(
        f"{listed:,} listed topics, {len(community.accepted):,} with an accepted answer; "
        f"most used tags: "
        + ", ".join(f"{n} ({c:,})" for n, c in community.tag_counts.most_common(5))
    )
    print(
        f"loaded in {loaded:.1f} s ({rows / loaded:,.0f} rows/s, "
        f"{community.rows['posts'] / loaded:,.0f} posts/s); {total:.1f} s in all; "
        f"database {size / 2**20:,.0f} MiB"
    )


if __name__ == "__main__":
    main()
