"""Accounts: members, sign-in, profiles, settings and API tokens."""
