"""Campaign pages: the list, a campaign, taking part; the brand team's forms; ideas boards
and guides."""

from __future__ import annotations

from datetime import timedelta

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import format_timedelta, to_user_timezone, to_utc
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice

from community import events
from community.campaigns import guides, ideas, report, services
from community.campaigns.forms import CampaignForm, IdeaStatusForm, PromoteForm
from community.campaigns.models import IDEA_STATUSES, Campaign
from community.errors import NotFound, RuleViolation
from community.extensions import db, limiter
from community.forum import services as forum
from community.forum.forms import AskForm
from community.forum.models import Topic
from community.permissions import require
from community.timeutil import utcnow
from community.web import NowAndThen, asked, show_violation

bp = Blueprint("campaigns", __name__)

# What a campaign of each type asks members to write.
KIND_FOR_TYPE = {"questions": "question", "ask_the_expert": "question", "ideas": "idea"}
KIND_FOR_TYPE["guides"] = "article"


def _user():
    return current_user._get_current_object()


def _page() -> int:
    return max(request.args.get("page", 1, type=int), 1)


# -- what other pages show ----------------------------------------------------------------


@bp.app_context_processor
def _campaign_helpers():
    def live_campaigns(category=None):
        """The live campaigns (of a category): once per request and category."""
        cache = g.setdefault("live_campaigns", {})
        key = category.id if category is not None else None
        if key not in cache:
            cache[key] = services.live_campaigns(key)
        return cache[key]

    def topic_campaign(topic):
        if topic.campaign_id is None:
            return None
        return db.session.get(Campaign, topic.campaign_id)

    return {
        "live_campaigns": live_campaigns,
        "topic_campaign": topic_campaign,
        "idea_history": ideas.history,
        "idea_statuses": IDEA_STATUSES,
        "idea_status_form": lambda topic: IdeaStatusForm(
            formdata=None, status=topic.idea_status or "new"
        ),
        "guide_source": guide_source,
        "now_utc": utcnow,
        "relative_time": relative_time,
    }


def relative_time(moment, now) -> str:
    """ "in 7 days" / "in 7 Tagen": days up to four weeks, then weeks, then months."""
    return format_timedelta(moment - now, add_direction=True, threshold=4)


def guide_source(topic: Topic):
    """The answer a guide was made from, if the viewer may see it."""
    if topic.source_post_id is None:
        return None
    try:
        return forum.get_post(current_user, topic.source_post_id)
    except NotFound:
        return None


# A page view, at most once a minute per process, records the starts and ends that have
# come (`flask worker` does too).
announce_now_and_then = NowAndThen(
    "CAMPAIGN_ANNOUNCE_SECONDS", services.announce_due, "announcing campaign starts and ends"
)
bp.before_app_request(announce_now_and_then)


# -- the list and a campaign ---------------------------------------------------------------


@bp.route("/campaigns")
def index():
    campaigns = services.list_campaigns(current_user)
    groups = {status: [] for status in ("live", "scheduled", "draft", "ended")}
    now = utcnow()
    for campaign in campaigns:
        groups[campaign.status_at(now)].append(campaign)
    return render_template("campaigns/index.html", groups=groups)


def _progress(campaign: Campaign):
    value = report.goal_value(campaign)
    share = min(value / campaign.goal_target, 1.0) if campaign.goal_target else 0.0
    return value, share


@bp.route("/campaigns/<slug>")
def campaign(slug: str):
    found = services.get_campaign(current_user, slug)
    kind = KIND_FOR_TYPE.get(found.type)
    sort = request.args.get("sort", "latest")
    sort = sort if sort in ("latest", "top") else "latest"
    topics = services.campaign_topics(
        current_user, found, sort=sort, page=_page(), per_page=current_app.config["PAGE_SIZE"]
    )
    value, share = _progress(found)
    transcript = None
    if found.type == "ask_the_expert" and found.status == "ended":
        transcript = services.transcript(current_user, found)
    return render_template(
        "campaigns/campaign.html",
        campaign=found,
        topics=topics,
        sort=sort,
        kind=kind,
        people=services.people(found),
        leaders=services.leaderboard(found),
        joined=services.is_member(current_user, found),
        member_count=len(services.member_ids(found)),
        goal_value=value,
        goal_share=share,
        transcript=transcript,
        now=utcnow(),
    )


@bp.route("/campaigns/<slug>/join", methods=["POST"])
@login_required
def join(slug: str):
    found = services.get_campaign(current_user, slug)
    if services.join(_user(), found):
        joined = _("You take part: we tell you when it starts, when experts answer, when it ends.")
        flash(joined, "success")
    events.commit()
    return redirect(url_for("campaigns.campaign", slug=found.slug))


@bp.route("/campaigns/<slug>/leave", methods=["POST"])
@login_required
def leave(slug: str):
    found = services.get_campaign(current_user, slug)
    if services.leave(_user(), found):
        flash(_("You no longer take part in this campaign."), "info")
    events.commit()
    return redirect(url_for("campaigns.campaign", slug=found.slug))


@bp.route("/campaigns/<slug>/ask", methods=["GET", "POST"])
@login_required
@limiter.limit(lambda: current_app.config["RATELIMIT_POSTING"], methods=["POST"])
def ask(slug: str):
    found = services.get_campaign(current_user, slug)
    require(current_user, "campaign.take_part", found)
    form = AskForm()
    categories = forum.list_categories()
    form.category.choices = [SelectChoice(c.id, c.local_name) for c in categories]
    if request.method == "GET":
        form.category.data = found.category_id
        form.kind.data = KIND_FOR_TYPE.get(found.type, "question")
    if form.validate_on_submit():
        chosen = next((c for c in categories if c.id == form.category.data), None)
        try:
            topic = services.ask_in_campaign(
                _user(),
                found,
                title=form.title.data,
                body=form.body.data,
                category=chosen,
                tags=form.tags.data,
                kind=form.kind.data,
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            return asked(topic)
    status = 400 if form.errors else 200
    return render_template("forum/ask.html", form=form, campaign=found), status


# -- the brand team ------------------------------------------------------------------------


def _campaign_form(campaign: Campaign | None = None) -> CampaignForm:
    form = CampaignForm(obj=None)
    form.category.choices = [SelectChoice(c.id, c.local_name) for c in forum.list_categories()]
    if campaign is not None and request.method == "GET":
        form.title.data, form.slug.data = campaign.title, campaign.slug
        form.type.data, form.category.data = campaign.type, campaign.category_id
        form.tags.data = ", ".join(campaign.tag_names)
        form.starts_at.data = to_user_timezone(campaign.starts_at).replace(tzinfo=None)
        form.ends_at.data = to_user_timezone(campaign.ends_at).replace(tzinfo=None)
        form.goal_target.data, form.goal_metric.data = campaign.goal_target, campaign.goal_metric
        form.call_to_action.data, form.brief.data = campaign.call_to_action, campaign.brief
        people = services.people(campaign)
        form.experts.data = ", ".join(p.user.username for p in people if p.role == "expert")
        form.hosts.data = ", ".join(p.user.username for p in people if p.role == "host")
    elif campaign is None and request.method == "GET":
        start = to_user_timezone(utcnow() + timedelta(days=7)).replace(
            hour=9, minute=0, second=0, microsecond=0, tzinfo=None
        )
        form.starts_at.data, form.ends_at.data = start, start + timedelta(days=14)
    return form


def _input(form: CampaignForm):
    categories = {c.id: c for c in forum.list_categories()}
    return services.CampaignInput(
        title=form.title.data,
        slug=form.slug.data,
        brief=form.brief.data or "",
        type=form.type.data,
        category=categories.get(form.category.data),
        starts_at=to_utc(form.starts_at.data) if form.starts_at.data else None,
        ends_at=to_utc(form.ends_at.data) if form.ends_at.data else None,
        goal_metric=form.goal_metric.data,
        goal_target=form.goal_target.data,
        call_to_action=form.call_to_action.data or "",
        tags=form.tags.data or "",
        experts=form.experts.data or "",
        hosts=form.hosts.data or "",
    )


@bp.route("/campaigns/new", methods=["GET", "POST"])
@login_required
def new():
    require(current_user, "campaign.manage")
    form = _campaign_form()
    if form.validate_on_submit():
        try:
            created = services.create_campaign(_user(), _input(form))
        except RuleViolation as violation:
            db.session.rollback()
            show_violation(form, violation)
        else:
            events.commit()
            flash(
                _("The campaign is saved as a draft. Only the team sees it until you publish it."),
                "success",
            )
            return redirect(url_for("campaigns.campaign", slug=created.slug))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("campaigns/edit.html", form=form, campaign=None), status


@bp.route("/campaigns/<slug>/edit", methods=["GET", "POST"])
@login_required
def edit(slug: str):
    found = services.get_campaign(current_user, slug)
    require(current_user, "campaign.manage", found)
    form = _campaign_form(found)
    if form.validate_on_submit():
        try:
            services.update_campaign(_user(), found, _input(form))
        except RuleViolation as violation:
            db.session.rollback()
            found = services.get_campaign(current_user, slug)
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("The campaign is saved."), "success")
            return redirect(url_for("campaigns.campaign", slug=found.slug))
    status = 400 if form.errors or form.form_errors else 200
    return render_template("campaigns/edit.html", form=form, campaign=found), status


@bp.route("/campaigns/<slug>/<any(publish, unpublish, end):action>", methods=["POST"])
@login_required
def lifecycle(slug: str, action: str):
    found = services.get_campaign(current_user, slug)
    change = {
        "publish": services.publish_campaign,
        "unpublish": services.unpublish_campaign,
        "end": services.end_campaign,
    }[action]
    try:
        change(_user(), found)
    except RuleViolation as violation:
        db.session.rollback()
        flash(str(violation.message), "error")
    else:
        events.commit()
        messages = {
            "publish": _("The campaign is published."),
            "unpublish": _("The campaign is a draft again."),
            "end": _("The campaign has ended."),
        }
        flash(messages[action], "success")
    return redirect(url_for("campaigns.campaign", slug=slug))


# -- ideas ---------------------------------------------------------------------------------


def _ideas_board(category=None, campaign=None):
    """A board of ideas (of a category, a campaign or everything), sorted and filtered."""
    sort = request.args.get("sort", "votes")
    status = request.args.get("status") or None
    if sort not in ideas.BOARD_SORTS or (status is not None and status not in IDEA_STATUSES):
        raise NotFound(sort)
    topics = ideas.board(
        current_user,
        category=category,
        campaign=campaign,
        status=status,
        sort=sort,
        page=_page(),
        per_page=current_app.config["PAGE_SIZE"],
    )
    return render_template(
        "campaigns/ideas.html",
        topics=topics,
        category=category,
        campaign=campaign,
        sort=sort,
        status=status,
    )


@bp.route("/ideas")
@bp.route("/c/<slug>/ideas")
def ideas_board(slug: str | None = None):
    return _ideas_board(category=forum.get_category(slug) if slug else None)


@bp.route("/campaigns/<slug>/ideas")
def campaign_ideas(slug: str):
    return _ideas_board(campaign=services.get_campaign(current_user, slug))


@bp.route("/t/<int:topic_id>/idea-status", methods=["POST"])
@login_required
def idea_status(topic_id: int):
    topic = forum.get_topic(current_user, topic_id)
    require(current_user, "idea.set_status", topic)
    form = IdeaStatusForm()
    if form.validate_on_submit():
        try:
            ideas.set_status(_user(), topic, form.status.data, form.note.data or "")
        except RuleViolation as violation:
            db.session.rollback()
            # The note as typed comes back in the form, with the error above it.
            return render_template(
                "campaigns/idea_status.html", topic=topic, form=form, error=violation
            ), 400
        else:
            events.commit()
            flash(_("The idea's status is saved; its voters hear of it."), "success")
    else:
        return render_template("campaigns/idea_status.html", topic=topic, form=form), 400
    return redirect(
        url_for("forum.topic", topic_id=topic.id, slug=topic.slug, _anchor="idea-status")
    )


# -- guides --------------------------------------------------------------------------------


@bp.route("/guides")
@bp.route("/c/<slug>/guides")
def guides_list(slug: str | None = None):
    category = forum.get_category(slug) if slug else None
    sort = request.args.get("sort", "newest")
    if sort not in guides.SORTS:
        raise NotFound(sort)
    topics = guides.guides(
        current_user,
        category=category,
        sort=sort,
        page=_page(),
        per_page=current_app.config["PAGE_SIZE"],
    )
    return render_template("campaigns/guides.html", topics=topics, category=category, sort=sort)


@bp.route("/p/<int:post_id>/promote", methods=["GET", "POST"])
@login_required
def promote(post_id: int):
    answer = forum.get_post(current_user, post_id)
    require(current_user, "guide.promote", answer)
    existing = guides.already_promoted(answer)
    form = PromoteForm()
    if request.method == "GET":
        form.title.data = answer.topic.title
    if form.validate_on_submit():
        try:
            guide = guides.promote_answer(_user(), answer, form.title.data)
        except RuleViolation as violation:
            db.session.rollback()
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("The answer is now a guide, credited to its author."), "success")
            return redirect(url_for("forum.topic", topic_id=guide.id, slug=guide.slug))
    status = 400 if form.errors else 200
    return render_template(
        "campaigns/promote.html", form=form, answer=answer, existing=existing
    ), status
