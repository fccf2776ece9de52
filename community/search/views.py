"""The search page."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from community.extensions import limiter
from community.search import (
    indexer,  # noqa: F401  (registers the outbox consumer)
    services,
)

bp = Blueprint("search", __name__)


@bp.route("/search")
@limiter.limit(lambda: "60 per minute")
def search():
    found = services.search(
        current_user,
        request.args.get("q", ""),
        sort=request.args.get("sort", "relevance"),
        page=request.args.get("page", 1, type=int),
    )
    return render_template("search/results.html", found=found, sorts=services.SORTS)
