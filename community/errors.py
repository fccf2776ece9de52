"""The error a service raises when input breaks a rule; views show it on the form."""

from __future__ import annotations


class RuleViolation(Exception):
    """Input that breaks a business rule. `message` is a lazy, translatable string."""

    def __init__(self, message, field: str | None = None, code: str = "invalid"):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.code = code


class NotFound(Exception):
    """The thing asked for does not exist, or the viewer may not know it exists."""
