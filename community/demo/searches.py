"""The demo's search log, so the staff's search insights show something after `make run`.

Runs once the search index is built: every query is searched for real, as a visitor or a
member, through the same service the search page uses, so what the log says a query found
is what the search page finds for it. Then the searches are spread over the past weeks.
"""

from __future__ import annotations

import random
import time
from datetime import timedelta

from flask_login import AnonymousUserMixin
from sqlalchemy import select

from community.accounts.models import User
from community.extensions import db
from community.search import insights, services
from community.timeutil import utcnow

# (query as typed, how often, how many of those searches opened a result)
SEARCHES = (
    ("Zählerstand melden", 14, 9),
    ("zählerstand  melden", 3, 2),
    ("Abschlag ändern", 11, 6),
    ("Rechnung", 8, 5),
    ("eSIM iPhone", 7, 5),
    ("Vertrag kündigen", 6, 3),
    ("Glasfaser tag:glasfaser", 4, 2),
    ("Umzug", 5, 3),
    ("moving house", 3, 2),
    # Results, but nobody opened one: the titles do not look like the answer.
    ("Wärmepumpe Tarif", 5, 0),
    ("Balkonkraftwerk Anmeldung Netzbetreiber", 6, 0),
    ("Ladekarte E-Auto", 3, 0),
    # No demo topic is about these: the content gaps.
    ("Photovoltaik Einspeisevergütung", 6, 0),
    ("Fritzbox", 5, 0),
    ("Stromsperre", 4, 0),
    ("Mieterstrom", 3, 0),
    ("Fernwärme", 3, 0),
    ("Rufumleitung", 2, 0),
)


def load_scene(seed: int = 2026, days: int = 40) -> int:
    """Search each query as often as listed; returns how many searches were logged."""
    rng = random.Random(seed)
    members = list(
        db.session.scalars(select(User).where(User.role == "member").order_by(User.id).limit(8))
    )
    visitor = AnonymousUserMixin()
    logged = []
    for text, times, opens in SEARCHES:
        for number in range(times):
            viewer = rng.choice(members) if members and rng.random() < 0.4 else visitor
            started = time.perf_counter()
            found = services.search(viewer, text)
            log = insights.record_search(
                viewer, found, duration_ms=(time.perf_counter() - started) * 1000
            )
            if log is None:
                continue
            if number < opens and found.results:
                position = rng.randint(1, min(3, len(found.results)))
                topic = found.results[position - 1].topic
                insights.record_open(viewer, insights.open_refs(log, found)[topic.id], topic.id)
            # Each query was searched in the last week at least once.
            back = rng.uniform(0, 7) if number == 0 else rng.uniform(0, days)
            logged.append((log, back))
    db.session.flush()
    now = utcnow()
    for log, back in logged:
        log.created_at = now - timedelta(days=back)
    db.session.flush()
    return len(logged)
