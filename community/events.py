"""The domain-event outbox.

Services append events in the same transaction as the change they describe.
After the commit, consumers (email now; the search indexer and notifications
later) read the events they have not handled yet. A consumer that fails leaves
its events unhandled and gets them again on the next dispatch, so nothing that
was committed is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import JSON, ForeignKey, String, exists, func, insert, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from community.extensions import db
from community.timeutil import utcnow

log = logging.getLogger(__name__)


class Event(db.Model):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(60), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class EventReceipt(db.Model):
    """That one consumer has handled one event."""

    __tablename__ = "event_receipts"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    consumer: Mapped[str] = mapped_column(String(40), primary_key=True)
    handled_at: Mapped[datetime] = mapped_column(default=utcnow)


@dataclass(frozen=True)
class Consumer:
    name: str
    kinds: frozenset[str]
    handle: Callable
    # A batch consumer gets every pending event at once and succeeds or fails as a whole
    # (the search indexer: one index write for all the changes).
    batch: bool = False


_consumers: dict[str, Consumer] = {}


def consumer(name: str, *kinds: str, batch: bool = False) -> Callable[[Callable], Callable]:
    """Register a function as the consumer `name` of the given event kinds.

    It is called with one event, or with batch=True with the list of pending events.
    """

    def register(handle: Callable) -> Callable:
        _consumers[name] = Consumer(name, frozenset(kinds), handle, batch)
        return handle

    return register


def record(kind: str, **payload: Any) -> Event:
    """Append an event to the current transaction."""
    event = Event(kind=kind, payload=payload)
    db.session.add(event)
    db.session.info["events_recorded"] = True
    return event


def commit() -> None:
    """End the unit of work: commit, then dispatch its events if configured inline.

    Inline, the after-dispatch hooks run next (the mail queue's delivery), whenever events
    were dispatched or the unit of work asked for them with wake_after_dispatch().
    """
    recorded = db.session.info.pop("events_recorded", False)
    woken = db.session.info.pop("after_dispatch_due", False)
    db.session.commit()
    if current_app.config["EVENTS_DISPATCH"] != "inline":
        return
    if recorded:
        dispatch_pending()
    # Consumers may have asked too (a notification's email); one run serves them all.
    woken = db.session.info.pop("after_dispatch_due", False) or woken
    if recorded or woken:
        _run_after_dispatch()


_after_dispatch: list[Callable[[], object]] = []


def after_dispatch(hook: Callable[[], object]) -> Callable[[], object]:
    """Register a function that commit() calls after an inline dispatch, with no arguments.

    It runs outside any unit of work and may commit; it should be cheap when it has
    nothing to do. A failing hook is logged and never breaks the request that committed.
    """
    if hook not in _after_dispatch:
        _after_dispatch.append(hook)
    return hook


def wake_after_dispatch() -> None:
    """Ask the next commit() to run the after-dispatch hooks even if it records no event."""
    db.session.info["after_dispatch_due"] = True


def _run_after_dispatch() -> None:
    for hook in list(_after_dispatch):
        try:
            hook()
        except Exception:
            db.session.rollback()
            log.exception("after-dispatch hook %s failed", getattr(hook, "__qualname__", hook))


# Where each consumer's search for unhandled events starts: events below were all handled
# when it last looked, give or take SCAN_MARGIN ids for transactions that committed late
# (an id is taken at insert, the commit may come later). Kept per app, since an app is
# one database; a new process starts from the beginning once.
SCAN_MARGIN = 1_000


def dispatch_pending(batch: int = 200, rounds: int = 5) -> int:
    """Hand every consumer the events it has not handled; return how many were handled.

    Consumers may record events themselves (a badge awarded while handling a vote);
    further rounds hand those on, so a badge is announced in the same request.
    """
    handled = 0
    for _ in range(rounds):
        newest = db.session.scalar(select(func.max(Event.id))) or 0
        this_round = sum(_dispatch_to(c, batch, newest) for c in list(_consumers.values()))
        handled += this_round
        if not this_round:
            break
    return handled


def _dispatch_to(cons: Consumer, batch: int, newest: int) -> int:
    starts = current_app.extensions.setdefault("event_scan_from", {})
    done = exists().where(EventReceipt.event_id == Event.id, EventReceipt.consumer == cons.name)
    pending = db.session.scalars(
        select(Event)
        .where(Event.id >= starts.get(cons.name, 0), Event.kind.in_(cons.kinds), ~done)
        .order_by(Event.id)
        .limit(batch)
    ).all()
    first_open = pending[0].id if pending else newest + 1
    starts[cons.name] = max(0, first_open - SCAN_MARGIN)
    if cons.batch:
        return len(pending) if pending and _handle(cons, pending, pending) else 0
    count = 0
    for event in pending:
        if not _handle(cons, [event], event):
            break
        count += 1
    return count


def _handle(cons: Consumer, handled: list[Event], argument) -> bool:
    """Call the consumer and record its receipts in one transaction; False if it failed."""
    try:
        cons.handle(argument)
        db.session.add_all(EventReceipt(event_id=e.id, consumer=cons.name) for e in handled)
        db.session.commit()
        return True
    except IntegrityError:
        # Another process (a second web worker) handled the same events at the same time.
        db.session.rollback()
        log.warning(
            "consumer %s: events from %s on were handled elsewhere", cons.name, handled[0].id
        )
        return False
    except Exception:
        db.session.rollback()
        log.exception(
            "consumer %s failed on events from %s on; they will be retried",
            cons.name,
            handled[0].id,
        )
        return False


def mark_handled(*names: str) -> None:
    """Record that these consumers need not see the events so far (a backfill covered them)."""
    for name in names:
        cons = _consumers[name]
        done = select(EventReceipt.event_id).where(EventReceipt.consumer == name)
        pending = select(Event.id).where(Event.kind.in_(cons.kinds), Event.id.not_in(done))
        db.session.execute(
            insert(EventReceipt).from_select(
                ["event_id", "consumer", "handled_at"],
                pending.add_columns(literal(name), literal(utcnow())),
            )
        )
