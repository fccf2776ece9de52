"""Notifications: email now; in-app notifications and subscriptions later."""
