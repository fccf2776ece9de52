"""Moderation: flags, the review queue, topic and member actions, watched words, the audit log."""
