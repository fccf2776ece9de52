"""The search page."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request, url_for
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


@bp.route("/opensearch.xml")
def opensearch():
    """The OpenSearch description, so that browsers can add the community as a search engine."""
    body = render_template(
        "search/opensearch.xml",
        site_name=current_app.config["SITE_NAME"],
        search_url=url_for("search.search", _external=True),
        icon_url=url_for("static", filename="img/logo.svg", _external=True),
    )
    return body, 200, {"Content-Type": "application/opensearchdescription+xml; charset=utf-8"}
