"""The search page."""

from __future__ import annotations

import logging
import time

from flask import Blueprint, current_app, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from community import events
from community.errors import RuleViolation
from community.extensions import limiter
from community.forum import services as forum
from community.permissions import require
from community.search import (
    indexer,  # noqa: F401  (registers the outbox consumer)
    insights,
    services,
    similar,
)

bp = Blueprint("search", __name__)
log = logging.getLogger(__name__)


@bp.app_template_global()
def related_topics(topic) -> list:
    """The topic page's related topics; the forum never imports search (see STYLE.md).

    An index that cannot be read costs the page its related box, not the page.
    """
    try:
        return similar.related(current_user, topic)
    except Exception:
        log.exception("related topics for topic %s failed", topic.id)
        return []


@bp.route("/search")
@limiter.limit(lambda: "60 per minute")
def search():
    started = time.perf_counter()
    found = services.search(
        current_user,
        request.args.get("q", ""),
        sort=request.args.get("sort", "relevance"),
        page=request.args.get("page", 1, type=int),
    )
    search_log = insights.record_search(
        current_user, found, duration_ms=(time.perf_counter() - started) * 1000
    )
    page = render_template(
        "search/results.html",
        found=found,
        sorts=services.SORTS,
        open_refs=insights.open_refs(search_log, found),
    )
    # After rendering: a commit would expire the topics the page shows.
    if search_log is not None:
        events.commit()
    return page


@bp.route("/search/open/<int:topic_id>")
def open_result(topic_id: int):
    """A result opened from a logged search: count it for the insights, then go there.

    A GET that writes, like a topic's view count: only the signed ref can mark a search,
    and a missing or forged ref still leads to the topic.
    """
    topic = forum.get_topic(current_user, topic_id)
    if insights.record_open(current_user, request.args.get("ref", ""), topic.id):
        events.commit()
    return redirect(url_for("forum.topic", topic_id=topic.id, slug=topic.slug))


def _insights_request():
    """The period the staff page asks for, its report, and the typed dates or the error."""
    require(current_user, "search.insights")
    typed = {"from": request.args.get("from", ""), "to": request.args.get("to", "")}
    try:
        period = insights.period_from(
            request.args.get("days", type=int), typed["from"], typed["to"]
        )
    except RuleViolation as violation:
        return None, None, typed, violation
    report = insights.insights(current_user, since=period.since, until=period.until)
    return period, report, typed, None


@bp.route("/admin/search", endpoint="insights")
@login_required
def search_insights():
    """Staff: the top searches, those that found nothing and those nobody opened."""
    period, report, typed, error = _insights_request()
    return render_template(
        "search/insights.html",
        period=period,
        report=report,
        typed=typed,
        error=error,
        choices=insights.PERIOD_DAYS,
    ), 400 if error else 200


@bp.route("/admin/search.csv", endpoint="insights_csv")
@login_required
def search_insights_csv():
    period, report, typed, error = _insights_request()
    if error is not None:
        return str(error.message), 400, {"Content-Type": "text/plain; charset=utf-8"}
    name = f"searches-{period.since:%Y-%m-%d}-{period.until:%Y-%m-%d}.csv"
    return (
        insights.to_csv(report),
        200,
        {
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="{name}"',
        },
    )


@bp.route("/search/similar")
@limiter.limit(lambda: "120 per minute")
def similar_questions():
    """Topics like the title being typed on the ask page, as JSON for static/js/similar.js."""
    topics = similar.similar(current_user, request.args.get("title", ""))
    return jsonify(
        {
            "topics": [
                {
                    "id": topic.id,
                    "title": topic.title,
                    "url": url_for("forum.topic", topic_id=topic.id, slug=topic.slug),
                    "answers": topic.answer_count,
                    "solved": topic.is_solved,
                }
                for topic in topics
            ]
        }
    )


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
