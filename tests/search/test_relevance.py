"""Relevance over the demo content: what members would type, and the topic they must find.

Each query is worded the way a member asks, not copied from the title: other inflections,
words from the answers, German and English. The expected topic must be among the first
three results, on both backends.
"""

from __future__ import annotations

import shutil
from itertools import count

import pytest

from community import create_app, events
from community.demo.loader import load_demo
from community.extensions import db
from community.search import indexer, services
from tests.conftest import TEST_CONFIG

# (query, the start of the title that must be in the top 3)
EXPECTED = [
    ("WLAN oben bricht ab Repeater", "FRITZ!Box 7590: WLAN im Obergeschoss"),
    ("Glasfasermodem LOS Lampe rot", "Glasfaser: Techniker war da"),
    ("Portfreigabe Minecraft", "DS-Lite: Portfreigabe"),
    ("Telefon klingelt nicht nach Routertausch", "Seit dem Routertausch klingelt"),
    ("PUK vergessen", "PIN dreimal falsch eingegeben"),
    ("eSIM neues iPhone übertragen", "eSIM auf neues iPhone 15"),
    ("Nummer vom alten Anbieter mitnehmen", "Rufnummer vom alten Anbieter"),
    ("Nachzahlung Stromverbrauch doppelt", "640 € Nachzahlung"),
    ("Zählernummer digitaler Zähler", "Wo steht die Zählernummer"),
    ("Abschlag senken", "Abschlag von 89 € auf 142 €"),
    ("Kubikmeter Kilowattstunden Gas", "Gasabrechnung: Wie wird aus Kubikmetern"),
    ("Kündigung Mindestlaufzeit vorbei", "Mindestlaufzeit von 24 Monaten vorbei"),
    ("Rundfunkbeitrag letter scam", "A letter asks me for 55.08 EUR"),
    ("SCHUFA credit check rejected", "Contract rejected after credit check"),
    ("FRITZ!Box menu English language", "How do I switch the FRITZ!Box 7530 menu"),
    ("withdraw online contract", "Can I still withdraw from a contract"),
    ("VLAN PPPoE own router fibre", "Own router on fibre: which VLAN ID"),
    ("which meter reading 1.8.0", "My meter shows 1.8.0 and 2.8.0"),
    ("balcony solar register", "800 W balcony kit"),
    ("cancel everything leaving Germany", "Leaving Germany after my PhD"),
]

_numbers = count(1)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_app(request, template_db, tmp_path_factory):
    """The demo community, loaded once per backend for the whole module."""
    folder = tmp_path_factory.mktemp("relevance")
    settings = {**TEST_CONFIG, "DATA_DIR": str(folder)}
    if request.param == "postgresql":
        server = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("postgres_template")
        name = f"{server.prefix}_relevance_{next(_numbers)}"
        settings["DATABASE_URL"] = server.create(name, template=template)
        request.addfinalizer(lambda: server.drop(name))
    else:
        shutil.copy(template_db, folder / "community.db")
    app = create_app(settings)
    with app.app_context():
        load_demo()
        events.commit()
        while events.dispatch_pending(batch=1000):
            pass
        indexer.rebuild()
        db.session.commit()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize(("text", "title"), EXPECTED, ids=[q for q, _ in EXPECTED])
def test_the_topic_a_member_looks_for_is_in_the_top_three(demo_app, text, title):
    found = [result.topic.title for result in services.search(None, text).results]
    assert any(t.startswith(title) for t in found[:3]), found[:5]


def test_pages_neither_repeat_nor_lose_topics_after_the_index_changed(demo_app):
    """Whoosh's shortcuts for the top N lost topics once a new post added a segment."""
    from community.accounts.models import User
    from community.forum.models import Topic
    from tests.conftest import make_answer

    member = db.session.scalar(db.select(User).where(User.username == "emily_r"))
    topic = db.session.scalar(db.select(Topic).where(Topic.title.startswith("Wo steht die Zähler")))
    make_answer(topic, author=member, body="Bei mir steht die Zählernummer oben links.")
    demo_app.config["SEARCH_PAGE_SIZE"] = 10
    pages = [services.search(None, "Zähler", page=page) for page in (1, 2, 3)]
    shown = [result.topic.id for found in pages for result in found.results]
    demo_app.config["SEARCH_PAGE_SIZE"] = 1000
    everything = [result.topic.id for result in services.search(None, "Zähler").results]
    assert len(shown) == len(set(shown))
    assert shown == everything[: len(shown)]
