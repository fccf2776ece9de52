"""Forum pages: lists, the topic page, asking, answering, editing, voting."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required
from wtforms.fields.choices import SelectChoice

from community import events, markup
from community.errors import RuleViolation
from community.extensions import limiter
from community.forum import services
from community.forum.forms import AnswerForm, AskForm, CommentForm, EditPostForm, category_form
from community.forum.models import TOPIC_KINDS
from community.permissions import can, require
from community.web import asked, post_url, show_violation

bp = Blueprint("forum", __name__)


def _posting_limit():
    return limiter.limit(lambda: current_app.config["RATELIMIT_POSTING"], methods=["POST"])


def _user():
    return current_user._get_current_object()


def _page() -> int:
    return max(request.args.get("page", 1, type=int), 1)


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


# -- lists -------------------------------------------------------------------------------


@bp.route("/")
@bp.route("/topics/<any(latest, newest, unanswered, unsolved, top):sort>")
def index(sort: str = "latest"):
    topics = services.list_topics(
        current_user, sort=sort, page=_page(), per_page=current_app.config["PAGE_SIZE"]
    )
    return render_template(
        "forum/index.html",
        topics=topics,
        sort=sort,
        categories=services.list_categories(),
        tags=services.popular_tags(20),
    )


@bp.route("/categories")
def categories():
    return render_template("forum/categories.html", categories=services.list_categories())


@bp.route("/c/<slug>")
@bp.route("/c/<slug>/<any(latest, newest, unanswered, unsolved, top):sort>")
def category(slug: str, sort: str = "latest"):
    cat = services.get_category(slug)
    topics = services.list_topics(
        current_user,
        sort=sort,
        category=cat,
        page=_page(),
        per_page=current_app.config["PAGE_SIZE"],
    )
    return render_template("forum/category.html", category=cat, topics=topics, sort=sort)


@bp.route("/tags")
def tags():
    return render_template("forum/tags.html", tags=services.popular_tags(200))


@bp.route("/tags/<name>")
@bp.route("/tags/<name>/<any(latest, newest, unanswered, unsolved, top):sort>")
def tag(name: str, sort: str = "latest"):
    found = services.get_tag(name)
    topics = services.list_topics(
        current_user,
        sort=sort,
        tag=found,
        page=_page(),
        per_page=current_app.config["PAGE_SIZE"],
    )
    return render_template("forum/tag.html", tag=found, topics=topics, sort=sort)


# -- asking and the topic page ----------------------------------------------------------


def _category_choices():
    return [SelectChoice(c.id, c.local_name) for c in services.list_categories()]


@bp.route("/ask", methods=["GET", "POST"])
@login_required
@_posting_limit()
def ask():
    require(current_user, "topic.create")
    form = AskForm()
    form.category.choices = _category_choices()
    if request.method == "GET" and request.args.get("category"):
        chosen = next(
            (c for c in services.list_categories() if c.slug == request.args["category"]), None
        )
        if chosen:
            form.category.data = chosen.id
    if request.method == "GET" and request.args.get("kind") in TOPIC_KINDS:
        form.kind.data = request.args["kind"]
    if form.validate_on_submit():
        chosen = next((c for c in services.list_categories() if c.id == form.category.data), None)
        try:
            topic = services.ask_question(
                _user(),
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
    return render_template("forum/ask.html", form=form), 400 if form.errors else 200


@bp.route("/t/<int:topic_id>")
@bp.route("/t/<int:topic_id>/<slug>")
def topic(topic_id: int, slug: str | None = None):
    found = services.get_topic(current_user, topic_id)
    if found.status == "merged" and found.merged_into_id is not None:
        # Its posts live on in the target: old links and search results lead there.
        target = services.get_topic(current_user, found.merged_into_id)
        return redirect(url_for("forum.topic", topic_id=target.id, slug=target.slug), 301)
    if slug != found.slug:
        return redirect(url_for("forum.topic", topic_id=found.id, slug=found.slug), 301)
    services.record_view(current_user, found, found.answer_count + 1)
    events.commit()
    return _render_topic(found)


def _render_topic(found, answer_form=None, comment_errors=None, status: int = 200):
    page = services.load_topic_page(current_user, found)
    return render_template(
        "forum/topic.html",
        page=page,
        topic=found,
        answer_form=answer_form or AnswerForm(formdata=None),
        comment_errors=comment_errors or {},
    ), status


@bp.route("/t/<int:topic_id>/answer", methods=["POST"])
@login_required
@_posting_limit()
def answer(topic_id: int):
    found = services.get_topic(current_user, topic_id)
    form = AnswerForm()
    if form.validate_on_submit():
        try:
            post = services.post_answer(
                _user(), found, form.body.data, official=bool(form.official.data)
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            if post.status == "pending":
                flash(
                    _(
                        "Thank you! The team looks at new members' first posts and at "
                        "posts that may be spam: your answer appears once it is approved."
                    ),
                    "info",
                )
            else:
                flash(_("Thank you for your answer!"), "success")
            return redirect(post_url(post))
    return _render_topic(found, answer_form=form, status=400)


@bp.route("/p/<int:post_id>/comment", methods=["POST"])
@login_required
@_posting_limit()
def comment(post_id: int):
    post = services.get_post(current_user, post_id)
    topic = post.topic
    form = CommentForm()
    if form.validate_on_submit():
        try:
            created = services.add_comment(_user(), post, form.body.data)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            return redirect(
                url_for("forum.topic", topic_id=topic.id, slug=topic.slug, _anchor=f"c{created.id}")
            )
    errors = [str(e) for e in form.body.errors] or [str(e) for e in form.form_errors]
    return _render_topic(
        topic, comment_errors={post.id: (form.body.data or "", errors)}, status=400
    )


@bp.route("/comments/<int:comment_id>/delete", methods=["POST"])
@login_required
def delete_comment(comment_id: int):
    found = services.get_comment(comment_id)
    post = services.get_post(current_user, found.post_id)
    services.delete_comment(_user(), found)
    events.commit()
    flash(_("The comment was deleted."), "info")
    return redirect(url_for("forum.topic", topic_id=post.topic_id, slug=post.topic.slug))


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
def edit(post_id: int):
    post = services.get_post(current_user, post_id)
    require(current_user, "post.edit", post)
    topic = post.topic
    form = EditPostForm()
    form.category.choices = _category_choices()
    if request.method == "GET":
        form.body.data = post.body
        if post.is_question:
            form.title.data = topic.title
            form.tags.data = " ".join(t.name for t in topic.tags)
            form.category.data = topic.category_id
    if form.validate_on_submit():
        category = None
        if post.is_question:
            category = next(
                (c for c in services.list_categories() if c.id == form.category.data), None
            )
        try:
            services.edit_post(
                _user(),
                post,
                body=form.body.data,
                reason=form.reason.data,
                title=form.title.data if post.is_question else None,
                tags=form.tags.data if post.is_question else None,
                category=category,
            )
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("Your edit is saved."), "success")
            return redirect(post_url(post))
    status = 400 if request.method == "POST" else 200
    return render_template("forum/edit.html", form=form, post=post, topic=topic), status


@bp.route("/p/<int:post_id>/history")
def history(post_id: int):
    post = services.get_post(current_user, post_id)
    revisions = services.post_revisions(current_user, post)
    changes = []
    for newer, older in zip(revisions, revisions[1:] + [None], strict=True):
        changes.append(
            {
                "revision": newer,
                "body": services.diff_words(older.body, newer.body)
                if older
                else [("=", newer.body)],
                "title": services.diff_words(older.title or "", newer.title or "")
                if older and newer.title != older.title
                else None,
                "tags": (older.tags, newer.tags) if older and newer.tags != older.tags else None,
            }
        )
    return render_template("forum/history.html", post=post, topic=post.topic, changes=changes)


@bp.route("/p/<int:post_id>/delete", methods=["POST"])
@login_required
def delete(post_id: int):
    post = services.get_post(current_user, post_id)
    topic = post.topic
    services.delete_post(_user(), post)
    events.commit()
    flash(_("The post was deleted. Moderators can restore it."), "info")
    if post.is_question and not can(current_user, "topic.view", topic):
        return redirect(url_for("forum.index"))
    return redirect(url_for("forum.topic", topic_id=topic.id, slug=topic.slug))


@bp.route("/p/<int:post_id>/restore", methods=["POST"])
@login_required
def restore(post_id: int):
    post = services.get_post(current_user, post_id)
    services.restore_post(_user(), post)
    events.commit()
    flash(_("The post was restored."), "success")
    return redirect(post_url(post))


@bp.route("/p/<int:post_id>/vote", methods=["POST"])
@login_required
def vote(post_id: int):
    post = services.get_post(current_user, post_id)
    try:
        value = int(request.form.get("value", ""))
        score = services.cast_vote(_user(), post, value)
    except (ValueError, RuleViolation):
        abort(400)
    events.commit()
    if _wants_json():
        return jsonify({"post_id": post.id, "score": score, "vote": value})
    return redirect(post_url(post))


@bp.route("/p/<int:post_id>/accept", methods=["POST"])
@login_required
def accept(post_id: int):
    post = services.get_post(current_user, post_id)
    services.accept_answer(_user(), post)
    events.commit()
    flash(_("The answer is marked as the solution."), "success")
    return redirect(post_url(post))


@bp.route("/t/<int:topic_id>/unaccept", methods=["POST"])
@login_required
def unaccept(topic_id: int):
    found = services.get_topic(current_user, topic_id)
    services.unaccept_answer(_user(), found)
    events.commit()
    flash(_("The solution mark was removed."), "info")
    return redirect(url_for("forum.topic", topic_id=found.id, slug=found.slug))


@bp.route("/preview", methods=["POST"])
def preview():
    """The Markdown preview: the same renderer the post will get."""
    source = request.form.get("body", "")[:30000]
    return jsonify({"html": markup.render(source)})


# -- category administration --------------------------------------------------------------


@bp.route("/admin/categories")
@login_required
def admin_categories():
    require(current_user, "category.manage")
    return render_template("forum/admin_categories.html", categories=services.list_categories())


@bp.route("/admin/categories/new", methods=["GET", "POST"])
@bp.route("/admin/categories/<slug>/edit", methods=["GET", "POST"])
@login_required
def admin_category(slug: str | None = None):
    require(current_user, "category.manage")
    found = services.get_category(slug) if slug else None
    config = current_app.config
    shown = found if request.method == "GET" else None
    form = category_form(config["LOCALES"], config["BABEL_DEFAULT_LOCALE"], shown)
    if form.validate_on_submit():
        values = dict(
            name=form.name.data,
            slug=form.slug.data,
            description=form.description.data or "",
            position=form.position.data or 0,
            translations=form.translations(),
        )
        try:
            if found is None:
                services.create_category(_user(), **values)
            else:
                services.update_category(_user(), found, **values)
        except RuleViolation as violation:
            show_violation(form, violation)
        else:
            events.commit()
            flash(_("The category was saved."), "success")
            return redirect(url_for("forum.admin_categories"))
    status = 400 if request.method == "POST" else 200
    return render_template("forum/admin_category.html", form=form, category=found), status


@bp.route("/admin/categories/<slug>/delete", methods=["POST"])
@login_required
def admin_delete_category(slug: str):
    found = services.get_category(slug)
    try:
        services.delete_category(_user(), found)
    except RuleViolation as violation:
        flash(str(violation.message), "error")
    else:
        events.commit()
        flash(_("The category was deleted."), "info")
    return redirect(url_for("forum.admin_categories"))
