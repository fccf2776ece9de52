"""The outbox: events are recorded with the change and handled after the commit, once."""

import pytest
from sqlalchemy import select

from community import events
from community.events import Event, EventReceipt, _consumers, consumer
from community.extensions import db


@pytest.fixture
def probe():
    seen = []
    state = {"fail": False}

    @consumer("probe", "probe.happened")
    def handle(event):
        if state["fail"]:
            raise RuntimeError("consumer is down")
        seen.append(event.payload["n"])

    yield seen, state
    _consumers.pop("probe", None)


def test_events_are_dispatched_after_commit(app, probe):
    seen, _ = probe
    events.record("probe.happened", n=1)
    assert seen == []
    events.commit()
    assert seen == [1]
    events.commit()
    assert seen == [1]


def test_rolled_back_events_are_never_dispatched(app, probe):
    seen, _ = probe
    events.record("probe.happened", n=1)
    db.session.rollback()
    events.dispatch_pending()
    assert seen == []


def test_a_failing_consumer_gets_the_event_again(app, probe, caplog):
    seen, state = probe
    state["fail"] = True
    events.record("probe.happened", n=7)
    events.commit()
    assert seen == []
    assert "will be retried" in caplog.text
    event = db.session.scalar(select(Event).where(Event.kind == "probe.happened"))
    assert db.session.get(EventReceipt, (event.id, "probe")) is None
    state["fail"] = False
    assert events.dispatch_pending() == 1
    assert seen == [7]
    assert events.dispatch_pending() == 0


def test_worker_mode_only_records(make_app, probe):
    app = make_app(EVENTS_DISPATCH="worker")
    seen, _ = probe
    with app.app_context():
        events.record("probe.happened", n=3)
        events.commit()
        assert seen == []
        events.dispatch_pending()
        assert seen == [3]
        db.session.remove()
        db.engine.dispose()
