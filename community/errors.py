"""The error a service raises when input breaks a rule; views show it on the form."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l


class RuleViolation(Exception):
    """Input that breaks a business rule. `message` is a lazy, translatable string."""

    def __init__(self, message, field: str | None = None, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.code = code


class NotFound(Exception):
    """The thing asked for does not exist, or the viewer may not know it exists."""


def clean_reason(text: str | None, *, required: bool = True, limit: int = 300, missing=None) -> str:
    """A reason a moderator gives and a member reads: one line, not empty, not too long."""
    reason = " ".join((text or "").split())
    if required and not reason:
        raise RuleViolation(missing or _l("Please give a reason."), field="reason")
    if len(reason) > limit:
        raise RuleViolation(_l("At most %(num)s characters.", num=limit), field="reason")
    return reason
