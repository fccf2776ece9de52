"""Campaigns, ideas and guides: customers as producers, and what a campaign achieved."""
