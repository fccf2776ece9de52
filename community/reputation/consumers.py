"""Outbox consumers of the reputation package."""

from __future__ import annotations

from community import events
from community.events import Event
from community.reputation import badges


@events.consumer("badges", *badges.EVENT_KINDS)
def award_badges(event: Event) -> None:
    """Award the badges an event may have earned; the dispatcher commits them with its receipt."""
    badges.evaluate(event)
