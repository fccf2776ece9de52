"""Reputation, trust levels, badges and expert roles: how helping others is seen and rewarded."""
