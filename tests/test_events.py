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


def test_a_batch_consumer_gets_all_pending_events_at_once_or_again(app, caplog):
    calls, state = [], {"fail": True}

    @consumer("probe_batch", "probe.happened", batch=True)
    def handle(batch):
        if state["fail"]:
            raise RuntimeError("index is locked")
        calls.append([event.payload["n"] for event in batch])

    try:
        for n in (1, 2, 3):
            events.record("probe.happened", n=n)
        events.commit()
        assert calls == [] and "will be retried" in caplog.text
        state["fail"] = False
        events.dispatch_pending()
        assert calls == [[1, 2, 3]]
        events.dispatch_pending()
        assert calls == [[1, 2, 3]]
    finally:
        _consumers.pop("probe_batch", None)


def test_events_another_process_handled_meanwhile_are_not_an_error(app, probe, caplog):
    """Two web workers may take the same events; the second one's receipts clash."""
    seen, _ = probe
    event = events.record("probe.happened", n=5)
    db.session.commit()

    # Another worker handles the event while this one is at it.
    def and_meanwhile(target):
        seen.append("elsewhere")
        with db.engine.begin() as elsewhere:
            elsewhere.execute(
                EventReceipt.__table__.insert().values(event_id=target.id, consumer="probe")
            )

    original = _consumers["probe"]
    _consumers["probe"] = original.__class__(
        "probe", original.kinds, lambda e: (and_meanwhile(e), original.handle(e))
    )
    events.dispatch_pending()
    assert seen == ["elsewhere", 5]
    assert "handled elsewhere" in caplog.text and "Traceback" not in caplog.text
    receipts = db.session.scalars(select(EventReceipt).where(EventReceipt.event_id == event.id))
    assert len(receipts.all()) == 1


def test_the_search_for_unhandled_events_starts_near_the_newest(app, probe, monkeypatch):
    """Scanning every event ever recorded on each commit would grow with the community."""
    seen, _ = probe
    monkeypatch.setattr(events, "SCAN_MARGIN", 3)
    for n in range(1, 7):
        events.record("probe.happened", n=n)
    events.commit()
    assert seen == [1, 2, 3, 4, 5, 6]
    assert app.extensions["event_scan_from"]["probe"] == 7 - 3
    # Event 5 committed late (its id was taken before 6's): within the margin, it is found.
    db.session.execute(
        EventReceipt.__table__.delete().where(
            EventReceipt.event_id == 5, EventReceipt.consumer == "probe"
        )
    )
    db.session.commit()
    events.dispatch_pending()
    assert seen == [1, 2, 3, 4, 5, 6, 5]
    # A new process (or another app, another database) looks from the start once.
    app.extensions.pop("event_scan_from")
    db.session.execute(
        EventReceipt.__table__.delete().where(
            EventReceipt.event_id == 1, EventReceipt.consumer == "probe"
        )
    )
    db.session.commit()
    events.dispatch_pending()
    assert seen[-1] == 1
