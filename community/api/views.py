"""JSON API v1: the same services as the pages, authenticated by bearer tokens.

No cookies: a request is the member its `Authorization: Bearer` token names,
or an anonymous visitor. Errors are `{"error": {"code", "message"}}`.
"""

from __future__ import annotations

import time
from functools import wraps

from flask import Blueprint, current_app, g, jsonify, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import AnonymousUserMixin
from markupsafe import Markup

from community import events, markup
from community.accounts import services as accounts
from community.campaigns import services as campaign_services
from community.errors import NotFound, RuleViolation
from community.extensions import limiter
from community.forum import services as forum
from community.notifications import messages as notification_messages
from community.notifications import services as notifications
from community.notifications import watching
from community.search import insights as search_insights
from community.search import services as search_services
from community.web import error_response

bp = Blueprint("api", __name__)


def _rate_key() -> str:
    header = request.headers.get("Authorization", "")
    return (
        "token:" + accounts.hash_token(header[7:])
        if header.startswith("Bearer ")
        else ("ip:" + (request.remote_addr or ""))
    )


limiter.limit(lambda: current_app.config["RATELIMIT_API"], key_func=_rate_key)(bp)


@bp.before_request
def authenticate():
    g.api_user = None
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _sep, secret = header.partition(" ")
        user = accounts.user_for_api_token(secret.strip()) if scheme == "Bearer" else None
        if user is None:
            return error_response(
                401, _("The bearer token is missing, invalid or revoked."), "unauthorized"
            )
        g.api_user = user
        events.commit()


def viewer():
    return g.api_user or AnonymousUserMixin()


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.api_user is None:
            return error_response(
                401, _("This needs a bearer token: create one in your settings."), "unauthorized"
            )
        return view(*args, **kwargs)

    return wrapper


@bp.errorhandler(RuleViolation)
def invalid(violation: RuleViolation):
    response, status = error_response(422, violation.message, violation.code)
    if violation.field:
        body = response.get_json()
        body["error"]["field"] = violation.field
        response = jsonify(body)
    return response, status


@bp.errorhandler(NotFound)
def not_found(error):
    return error_response(404, _("Not found."), "not_found")


def _json_body() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise RuleViolation(_("Send a JSON object."), code="bad_json")
    return data


def _text(data: dict, key: str, default: str = "") -> str:
    """A string member of the body; missing or null gives the default, anything else is 422."""
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise RuleViolation(_("This field has the wrong type."), field=key)
    return value


def _tags(data: dict) -> str | list[str]:
    """Tags as one comma- or space-separated string, or as a list of strings."""
    value = data.get("tags")
    if value is None:
        return []
    if isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(tag, str) for tag in value)
    ):
        return value
    raise RuleViolation(_("This field has the wrong type."), field="tags")


def _flag(data: dict, key: str) -> bool:
    """A boolean member of the body; missing or null is false, anything else is 422."""
    value = data.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise RuleViolation(_("This field has the wrong type."), field=key)
    return value


def user_json(user) -> dict:
    return {
        "username": user.username,
        "name": user.name,
        "role": user.role,
        "reputation": user.reputation,
        "url": url_for("accounts.profile", username=user.username, _external=True),
    }


def topic_json(topic) -> dict:
    return {
        "id": topic.id,
        "kind": topic.kind,
        "title": topic.title,
        "status": topic.status,
        "category": {"slug": topic.category.slug, "name": topic.category.local_name},
        "tags": [t.name for t in topic.tags],
        "author": user_json(topic.author),
        "score": topic.score,
        "answer_count": topic.answer_count,
        "view_count": topic.view_count,
        "accepted_post_id": topic.accepted_post_id,
        "created_at": topic.created_at.isoformat() + "Z",
        "last_activity_at": topic.last_activity_at.isoformat() + "Z",
        "url": url_for("forum.topic", topic_id=topic.id, slug=topic.slug, _external=True),
    }


def post_json(post, accepted_id=None) -> dict:
    return {
        "id": post.id,
        "topic_id": post.topic_id,
        "position": post.position,
        "author": user_json(post.author),
        "body": post.body,
        "body_html": post.body_html,
        "score": post.score,
        "is_official": post.is_official,
        "is_accepted": post.id == accepted_id,
        "status": post.status,
        "created_at": post.created_at.isoformat() + "Z",
        "edited_at": post.edited_at.isoformat() + "Z" if post.edited_at else None,
    }


@bp.get("/topics")
def list_topics():
    args = request.args
    category = forum.get_category(args["category"]) if args.get("category") else None
    tag = forum.get_tag(args["tag"]) if args.get("tag") else None
    sort = args.get("sort", "latest")
    if sort not in forum.SORTS:
        raise RuleViolation(_("Unknown sort order."), field="sort")
    page = forum.list_topics(
        viewer(),
        sort=sort,
        category=category,
        tag=tag,
        page=max(args.get("page", 1, type=int), 1),
        per_page=min(max(args.get("per_page", 20, type=int), 1), 100),
    )
    return jsonify(
        {
            "topics": [topic_json(t) for t in page.items],
            "page": page.page,
            "per_page": page.per_page,
            "total": page.total,
            "pages": page.pages,
        }
    )


@bp.get("/search")
def search():
    """The same search as /search: words, "phrases" and filters in `q`; sort; page."""
    sort = request.args.get("sort", "relevance")
    if sort not in search_services.SORTS:
        raise RuleViolation(_("Unknown sort order."), field="sort")
    started = time.perf_counter()
    found = search_services.search(
        viewer(),
        request.args.get("q", ""),
        sort=sort,
        page=max(request.args.get("page", 1, type=int), 1),
    )
    search_log = search_insights.record_search(
        viewer(), found, duration_ms=(time.perf_counter() - started) * 1000, source="api"
    )
    refs = search_insights.open_refs(search_log, found)

    def open_url(topic) -> str:
        if topic.id not in refs:
            return url_for("forum.topic", topic_id=topic.id, slug=topic.slug, _external=True)
        return url_for("search.open_result", topic_id=topic.id, ref=refs[topic.id], _external=True)

    body = jsonify(
        {
            "query": found.text,
            "filters": [f"{key}:{value}" for key, value in found.applied],
            "ignored": found.ignored,
            "results": [
                {
                    "topic": topic_json(result.topic),
                    "snippet": markup.snippet_text(str(result.snippet)),
                    "open_url": open_url(result.topic),
                }
                for result in found.results
            ],
            "page": found.page,
            "has_next": found.has_next,
        }
    )
    # After the body is built: a commit would expire the topics it shows.
    if search_log is not None:
        events.commit()
    return body


@bp.get("/topics/<int:topic_id>")
def get_topic(topic_id: int):
    topic = forum.get_topic(viewer(), topic_id)
    if topic.status == "merged" and topic.merged_into_id is not None:
        # Clients follow the Location; the body names the target for those that do not.
        url = url_for("api.get_topic", topic_id=topic.merged_into_id, _external=True)
        response = jsonify({"merged_into": topic.merged_into_id, "url": url})
        response.status_code = 301
        response.headers["Location"] = url
        return response
    page = forum.load_topic_page(viewer(), topic)
    posts = [page.question, *page.answers]
    return jsonify(
        {
            "topic": topic_json(topic),
            "posts": [post_json(p, topic.accepted_post_id) for p in posts],
        }
    )


@bp.post("/topics")
@token_required
def ask():
    data = _json_body()
    category = None
    if slug := _text(data, "category"):
        try:
            category = forum.get_category(slug)
        except NotFound:
            raise RuleViolation(_("Unknown category."), field="category") from None
    topic = forum.ask_question(
        g.api_user,
        title=_text(data, "title"),
        body=_text(data, "body"),
        category=category,
        tags=_tags(data),
        kind=_text(data, "kind", "question"),
    )
    events.commit()
    return jsonify({"topic": topic_json(topic)}), 201


@bp.post("/topics/<int:topic_id>/posts")
@token_required
def answer(topic_id: int):
    topic = forum.get_topic(viewer(), topic_id)
    data = _json_body()
    post = forum.post_answer(
        g.api_user, topic, _text(data, "body"), official=_flag(data, "official")
    )
    events.commit()
    return jsonify({"post": post_json(post)}), 201


@bp.get("/posts/<int:post_id>")
def get_post(post_id: int):
    post = forum.get_post(viewer(), post_id)
    return jsonify({"post": post_json(post, post.topic.accepted_post_id)})


@bp.post("/posts/<int:post_id>/vote")
@token_required
def vote(post_id: int):
    post = forum.get_post(viewer(), post_id)
    value = _json_body().get("value")
    if not isinstance(value, int) or isinstance(value, bool):
        raise RuleViolation(_("A vote is 1, -1 or 0."), field="value")
    score = forum.cast_vote(g.api_user, post, value)
    events.commit()
    return jsonify({"post_id": post.id, "score": score, "vote": value})


@bp.post("/posts/<int:post_id>/accept")
@token_required
def accept(post_id: int):
    post = forum.get_post(viewer(), post_id)
    forum.accept_answer(g.api_user, post)
    events.commit()
    return jsonify({"topic": topic_json(post.topic)})


@bp.delete("/topics/<int:topic_id>/accepted")
@token_required
def unaccept(topic_id: int):
    topic = forum.get_topic(viewer(), topic_id)
    forum.unaccept_answer(g.api_user, topic)
    events.commit()
    return jsonify({"topic": topic_json(topic)})


@bp.get("/me")
@token_required
def me():
    return jsonify({"user": user_json(g.api_user)})


# -- notifications and watching ---------------------------------------------------------------


def notification_json(note, member, context: dict) -> dict:
    sentence = render_template("notifications/email/sentence.html", note=note, **context)
    return {
        "id": note.id,
        "kind": note.kind,
        "text": " ".join(Markup(sentence).striptags().split()),
        "read": not note.is_unread,
        "created_at": note.created_at.isoformat() + "Z",
        "actor": user_json(note.actor) if note.actor else None,
        "topic": (
            {"id": note.topic.id, "title": note.topic.title} if note.topic is not None else None
        ),
        "post_id": note.post_id,
        "data": note.data,
        "url": notification_messages.target_url(note, member, _external=True),
    }


@bp.get("/notifications")
@token_required
def list_notifications():
    member = g.api_user
    page = notifications.list_for(
        member,
        page=request.args.get("page", 1, type=int),
        unread_only=request.args.get("unread") in ("1", "true"),
    )
    context = notification_messages.notification_context(page.items)
    return jsonify(
        {
            "notifications": [notification_json(n, member, context) for n in page.items],
            "unread": notifications.unread_count(member),
            "page": page.page,
            "has_next": page.has_next,
        }
    )


@bp.post("/notifications/<int:notification_id>/read")
@token_required
def read_notification(notification_id: int):
    note = notifications.get_notification(g.api_user, notification_id)
    notifications.mark_read(g.api_user, note)
    events.commit()
    context = notification_messages.notification_context([note])
    return jsonify({"notification": notification_json(note, g.api_user, context)})


@bp.post("/notifications/read-all")
@token_required
def read_all_notifications():
    marked = notifications.mark_all_read(g.api_user)
    events.commit()
    return jsonify({"marked": marked, "unread": 0})


def _watch_target(kind: str, key: str):
    """The thing a watching URL names: a topic by id, a category or campaign by slug, a tag
    by name; what the member may not see is not found."""
    member = g.api_user
    if kind == "topic" and key.isdigit():
        return forum.get_topic(member, int(key))
    if kind == "category":
        return forum.get_category(key)
    if kind == "tag":
        return forum.get_tag(key)
    if kind == "campaign":
        return campaign_services.get_campaign(member, key)
    raise NotFound(key)


def watch_json(kind: str, target, level: str | None, automatic: bool = False) -> dict:
    if kind == "topic":
        name = target.title
        url = url_for("forum.topic", topic_id=target.id, slug=target.slug, _external=True)
        key = str(target.id)
    elif kind == "category":
        name, key = target.local_name, target.slug
        url = url_for("forum.category", slug=target.slug, _external=True)
    elif kind == "tag":
        name = key = target.name
        url = url_for("forum.tag", name=target.name, _external=True)
    else:
        name, key = target.title, target.slug
        url = url_for("campaigns.campaign", slug=target.slug, _external=True)
    return {
        "target": kind,
        "key": key,
        "name": name,
        "url": url,
        "level": level,
        "automatic": automatic,
    }


@bp.get("/watching")
@token_required
def list_watching():
    kind = request.args.get("target")
    page = max(request.args.get("page", 1, type=int), 1)
    watches, has_next = watching.watches_for(g.api_user, kind, page=page)
    return jsonify(
        {
            "watching": [
                watch_json(w.target_type, w.target, w.level, w.automatic)
                for w in watches
                if hasattr(w, "target")
            ],
            "page": page,
            "has_next": has_next,
        }
    )


@bp.route("/watching/<any(topic, category, tag, campaign):kind>/<key>", methods=["GET"])
@token_required
def get_watching(kind: str, key: str):
    target = _watch_target(kind, key)
    watch = watching.watch_of(g.api_user, target)
    return jsonify(
        {
            "watch": watch_json(
                kind, target, watch.level if watch else None, bool(watch and watch.automatic)
            )
        }
    )


@bp.route("/watching/<any(topic, category, tag, campaign):kind>/<key>", methods=["PUT", "DELETE"])
@token_required
def set_watching(kind: str, key: str):
    target = _watch_target(kind, key)
    level = None
    if request.method == "PUT":
        level = _json_body().get("level")
        if level is not None and not isinstance(level, str):
            raise RuleViolation(_("This field has the wrong type."), field="level")
    watch = watching.set_level(g.api_user, target, level)
    events.commit()
    return jsonify({"watch": watch_json(kind, target, watch.level if watch else None)})
