"""JSON API v1 over the same services as the HTML views."""
