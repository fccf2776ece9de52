"""The campaign report pages (brand managers and admins): figures, charts and CSV."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask_babel import format_date
from flask_babel import gettext as _
from flask_login import current_user, login_required

from community.campaigns import report as reports
from community.campaigns import services
from community.permissions import require

bp = Blueprint("campaign_reports", __name__)


def _campaign(slug: str):
    """The campaign, if the viewer may see it (else 404) and read its report (else 403)."""
    campaign = services.get_campaign(current_user, slug)
    require(current_user, "campaign.report", campaign)
    return campaign


def _short_date(day) -> str:
    return format_date(day, "short")


@bp.route("/campaigns/<slug>/report")
@login_required
def report(slug: str):
    campaign = _campaign(slug)
    result = reports.report(current_user, campaign)
    return render_template(
        "campaigns/report.html",
        campaign=campaign,
        report=result,
        rows=reports.rows(result),
    )


@bp.route("/campaigns/<slug>/report.csv")
@login_required
def report_csv(slug: str):
    campaign = _campaign(slug)
    result = reports.report(current_user, campaign)
    name = f"campaign-{campaign.slug}-{result.window.until:%Y-%m-%d}.csv"
    return (
        reports.to_csv(result),
        200,
        {
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "private, no-store",
        },
    )


def _svg(svg: bytes):
    response = current_app.response_class(svg, mimetype="image/svg+xml")
    # In its own tab the chart needs pygal's inline <style>; it has no script. The labels
    # follow the language, so a cached chart must not outlive a switch of it.
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    response.headers["Cache-Control"] = "private, max-age=300"
    response.headers["Vary"] = "Cookie, Accept-Language"
    return response


@bp.route("/campaigns/<slug>/report/activity.svg")
@login_required
def activity_chart(slug: str):
    campaign = _campaign(slug)
    return _svg(
        reports.activity_chart(
            reports.daily(current_user, campaign),
            title=_("New topics and answers per day"),
            topics_label=_("Topics"),
            answers_label=_("Answers"),
            date_format=_short_date,
        )
    )


@bp.route("/campaigns/<slug>/report/participants.svg")
@login_required
def participants_chart(slug: str):
    campaign = _campaign(slug)
    return _svg(
        reports.participants_chart(
            reports.daily(current_user, campaign),
            title=_("Participants so far"),
            date_format=_short_date,
        )
    )
