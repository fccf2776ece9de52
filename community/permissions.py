"""The one policy table: who may do what to which target.

`can(user, action, target)` is asked by services (which refuse), views (which
answer 403) and templates (which hide a button). Each rule is a small
predicate named for the question it answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from community.timeutil import utcnow

MODERATOR_ROLES = frozenset({"moderator", "admin"})
STAFF_ROLES = frozenset({"moderator", "brand_manager", "admin"})


class PermissionDenied(Exception):
    """The acting user may not do this; views turn it into 403."""

    def __init__(self, action: str):
        super().__init__(action)
        self.action = action


def _member(user: Any) -> bool:
    return bool(user is not None and getattr(user, "is_authenticated", False))


def _moderator(user: Any) -> bool:
    return _member(user) and user.role in MODERATOR_ROLES


def _admin(user: Any) -> bool:
    return _member(user) and user.role == "admin"


def _staff(user: Any) -> bool:
    return _member(user) and user.role in STAFF_ROLES


def is_silenced(user: Any) -> bool:
    """A silenced member reads but may not write until the silence ends."""
    until = getattr(user, "silenced_until", None)
    return until is not None and until > utcnow()


def _writer(user: Any) -> bool:
    return _member(user) and not is_silenced(user)


def _own(user: Any, thing: Any) -> bool:
    return _member(user) and thing is not None and thing.author_id == user.id


def _level(user: Any) -> int:
    """The trust level a member acts with; staff have every level's privileges."""
    if not _member(user):
        return -1
    return 4 if user.role in STAFF_ROLES else user.trust_level


def _expert_in(user: Any, category_id: int | None) -> bool:
    from community.reputation.services import expert_category_ids

    # A silenced expert keeps the title but not the privileges until the silence ends.
    if not _writer(user) or not getattr(user, "is_expert", False):
        return False
    categories = expert_category_ids(user)
    return None in categories or category_id in categories


def _regular_in(user: Any, category_id: int) -> bool:
    """Level 3 members curate the categories where they are active."""
    from community.reputation.services import active_category_ids

    return _writer(user) and _level(user) == 3 and category_id in active_category_ids(user)


def _curator(user: Any, topic: Any) -> bool:
    """Who may edit and retag others' posts in this topic's category."""
    return _moderator(user) or (
        _member(user)
        and (_expert_in(user, topic.category_id) or _regular_in(user, topic.category_id))
    )


def allows_view_topic(user, topic) -> bool:
    if topic.status in ("hidden", "pending"):
        # The author sees their hidden or held topic, with the reason, and may mend it.
        return _moderator(user) or _own(user, topic) or _expert_in(user, topic.category_id)
    return topic.status != "deleted" or _moderator(user)


def allows_answer(user, topic) -> bool:
    return (
        _writer(user)
        and allows_view_topic(user, topic)
        and topic.status != "merged"
        and (topic.status == "open" or _moderator(user))
    )


def allows_view_post(user, post) -> bool:
    if post.status in ("hidden", "pending"):
        return _moderator(user) or _own(user, post) or _expert_in(user, post.topic.category_id)
    return post.status == "visible" or _moderator(user)


def allows_comment(user, post) -> bool:
    """Level 2 comments everywhere; newer members under their own posts and topics."""
    return (
        _writer(user)
        and post.status == "visible"
        and allows_answer(user, post.topic)
        and (_level(user) >= 2 or _own(user, post) or _own(user, post.topic))
    )


def allows_edit_post(user, post) -> bool:
    if _moderator(user):
        return True
    if not _writer(user):
        return False
    if post.status in ("hidden", "pending") and _own(user, post):
        return True  # mending a hidden post sends it back to review
    if post.status != "visible" or post.topic.status != "open":
        return False
    return _own(user, post) or _curator(user, post.topic)


def allows_retag(user, topic) -> bool:
    return _moderator(user) or (
        _writer(user) and topic.status == "open" and (_own(user, topic) or _curator(user, topic))
    )


def allows_delete_post(user, post) -> bool:
    if post.status == "deleted":
        return False
    return _moderator(user) or (_own(user, post) and post.topic.status == "open")


def allows_restore_post(user, post) -> bool:
    return _moderator(user) and post.status == "deleted"


def allows_vote(user, post) -> bool:
    return (
        _member(user)
        and post.status == "visible"
        and post.author_id != user.id
        and post.topic.status not in ("deleted", "hidden")
    )


def allows_vote_up(user, post) -> bool:
    return allows_vote(user, post) and _level(user) >= 1


def allows_vote_down(user, post) -> bool:
    # An idea gets votes for it, one each; disagreement goes into the discussion.
    is_idea = post.position == 1 and post.topic.kind == "idea"
    return allows_vote(user, post) and _level(user) >= 2 and not is_idea


def allows_write_guide(user, target=None) -> bool:
    """Guides come from members of trust level 2 and up, experts and the team."""
    return _writer(user) and (_level(user) >= 2 or getattr(user, "is_expert", False))


def allows_promote_guide(user, post) -> bool:
    """A moderator turns a solved question's accepted answer into a guide, once."""
    return (
        _moderator(user)
        and post is not None
        and post.status == "visible"
        and post.position > 1
        and post.topic.accepted_post_id == post.id
    )


def allows_view_campaign(user, campaign) -> bool:
    return campaign.published_at is not None or _staff(user)


def allows_join_campaign(user, campaign) -> bool:
    return _member(user) and campaign.status in ("scheduled", "live")


def allows_take_part(user, campaign) -> bool:
    return _writer(user) and campaign.status == "live"


def allows_set_idea_status(user, topic) -> bool:
    return _staff(user) and topic is not None and topic.kind == "idea"


def allows_flag(user, post) -> bool:
    return (
        _writer(user)
        and _level(user) >= 1
        and post.status == "visible"
        and post.author_id != user.id
    )


def allows_close_duplicate(user, topic) -> bool:
    """Experts close duplicates in their category; moderators close anything."""
    return _moderator(user) or _expert_in(user, topic.category_id)


def allows_mark_official(user, post) -> bool:
    """Only an answer by a team member can be the official one."""
    return (
        _moderator(user)
        and post.position > 1
        and post.author.role in STAFF_ROLES
        and post.status == "visible"
    )


def allows_hide_post(user, post) -> bool:
    """Staff, and experts in their category, hide a post at once."""
    return _moderator(user) or _expert_in(user, post.topic.category_id)


def allows_review(user, target=None) -> bool:
    return _moderator(user) or (_member(user) and getattr(user, "is_expert", False))


def allows_decide_review(user, item) -> bool:
    return _moderator(user) or (item.category_id is not None and _expert_in(user, item.category_id))


def allows_merge(user, topic) -> bool:
    return _moderator(user) and topic.status in ("open", "closed", "locked")


def allows_sanction(user, member) -> bool:
    """Moderators warn, silence and suspend members; never themselves or the team."""
    return (
        _moderator(user)
        and member is not None
        and member.id != user.id
        and member.role not in STAFF_ROLES
    )


def allows_delete_spammer(user, member) -> bool:
    """Removing everything a member wrote is for new accounts; admins may do it to any member."""
    return allows_sanction(user, member) and (_admin(user) or member.trust_level <= 1)


def allows_appeal(user, sanction) -> bool:
    """A silenced or suspended member may appeal once while the sanction lasts."""
    return (
        sanction is not None
        and getattr(user, "id", None) == sanction.user_id
        and sanction.kind in ("silence", "suspension")
        and sanction.is_active
        and sanction.appealed_at is None
    )


def allows_acknowledge(user, sanction) -> bool:
    return (
        _member(user)
        and sanction.user_id == user.id
        and sanction.kind == "warning"
        and sanction.acknowledged_at is None
    )


def allows_set_trust_level(user, member) -> bool:
    return _moderator(user) and member is not None and member.id != user.id


def allows_manage_experts(user, category=None) -> bool:
    return _moderator(user)


def allows_feature_experts(user, category=None) -> bool:
    return _staff(user)


def allows_solve(user, topic) -> bool:
    """The asker (or a moderator) decides which answer solves a question."""
    return (
        topic.kind == "question"
        and topic.status in ("open", "closed")
        and (_moderator(user) or _own(user, topic))
    )


def allows_accept(user, post) -> bool:
    return post.position > 1 and post.status == "visible" and allows_solve(user, post.topic)


def allows_official_answer(user, topic=None) -> bool:
    return _moderator(user)


def allows_delete_comment(user, comment) -> bool:
    return comment.status == "visible" and (_moderator(user) or _own(user, comment))


def allows_edit_profile(user, profile) -> bool:
    return _member(user) and (user.id == profile.id or _admin(user))


def allows_write_profile(user, profile) -> bool:
    """The public name and bio are text the member publishes: not while silenced."""
    return _admin(user) or (_writer(user) and user.id == profile.id)


def allows_view_deleted(user, target=None) -> bool:
    return _moderator(user)


POLICY: dict[str, Callable[..., bool]] = {
    "topic.view": allows_view_topic,
    "topic.create": lambda user, target=None: _writer(user),
    "topic.answer": allows_answer,
    "post.view": allows_view_post,
    "post.comment": allows_comment,
    "post.edit": allows_edit_post,
    "post.delete": allows_delete_post,
    "post.restore": allows_restore_post,
    "post.vote": allows_vote,
    "post.vote_up": allows_vote_up,
    "post.vote_down": allows_vote_down,
    "post.flag": allows_flag,
    # Level 0 members: few links, no images, a daily allowance of topics and posts.
    "post.many_links": lambda user, target=None: _level(user) >= 1,
    "post.images": lambda user, target=None: _level(user) >= 1,
    "post.unlimited": lambda user, target=None: _level(user) >= 1,
    "topic.retag": allows_retag,
    "post.hide": allows_hide_post,
    "topic.close": lambda user, topic=None: _moderator(user),
    "topic.close_duplicate": allows_close_duplicate,
    "topic.lock": lambda user, topic=None: _moderator(user),
    "topic.pin": lambda user, topic=None: _moderator(user),
    "topic.move": lambda user, topic=None: _moderator(user),
    "post.mark_official": allows_mark_official,
    "topic.merge": allows_merge,
    "topic.split": allows_merge,
    "user.warn": allows_sanction,
    "user.silence": allows_sanction,
    "user.suspend": allows_sanction,
    "user.lift_sanction": allows_sanction,
    "user.delete_spammer": allows_delete_spammer,
    "user.moderate": lambda user, member=None: _moderator(user),
    "sanction.appeal": allows_appeal,
    "sanction.acknowledge": allows_acknowledge,
    "watched_word.manage": lambda user, target=None: _admin(user),
    "review.view": allows_review,
    "review.all": lambda user, target=None: _moderator(user),
    "review.decide": allows_decide_review,
    "moderation.audit": lambda user, target=None: _moderator(user),
    # Every search is counted, anonymously (no user id is kept): visitors' searches too.
    "search.log": lambda user, target=None: True,
    # What people search for and do not find: for moderators, brand managers and admins.
    "search.insights": lambda user, target=None: _staff(user),
    "campaign.view": allows_view_campaign,
    "campaign.view_drafts": lambda user, target=None: _staff(user),
    "campaign.manage": lambda user, target=None: (
        _member(user) and user.role in ("brand_manager", "admin")
    ),
    "campaign.report": lambda user, target=None: (
        _member(user) and user.role in ("brand_manager", "admin")
    ),
    "campaign.join": allows_join_campaign,
    "campaign.leave": lambda user, campaign=None: _member(user),
    "campaign.take_part": allows_take_part,
    "idea.set_status": allows_set_idea_status,
    "guide.write": allows_write_guide,
    "guide.promote": allows_promote_guide,
    "post.official": allows_official_answer,
    "answer.accept": allows_accept,
    "topic.solve": allows_solve,
    "comment.delete": allows_delete_comment,
    "content.view_deleted": allows_view_deleted,
    "category.manage": lambda user, target=None: _admin(user),
    "user.edit": allows_edit_profile,
    "user.write_profile": allows_write_profile,
    "user.set_trust_level": allows_set_trust_level,
    "expert.manage": allows_manage_experts,
    "expert.feature": allows_feature_experts,
    "account.manage": lambda user, target=None: _member(user),
    "notification.read": lambda user, note: _member(user) and note.user_id == user.id,
    "notification.read_all": lambda user, target=None: _member(user),
    # Following (or muting) what one may see.
    "watch.topic": lambda user, topic: _member(user) and allows_view_topic(user, topic),
    "watch.category": lambda user, target=None: _member(user),
    "watch.tag": lambda user, target=None: _member(user),
    "watch.campaign": lambda user, campaign: _member(user) and allows_view_campaign(user, campaign),
    "email_preferences.update": lambda user, owner: _member(user) and owner.id == user.id,
}


def can(user: Any, action: str, target: Any = None) -> bool:
    """True if `user` (None or anonymous for visitors) may do `action` to `target`."""
    try:
        rule = POLICY[action]
    except KeyError:
        raise ValueError(f"unknown action {action!r}") from None
    return bool(rule(user, target))


def require(user: Any, action: str, target: Any = None) -> None:
    """Raise PermissionDenied unless `can(user, action, target)`."""
    if not can(user, action, target):
        raise PermissionDenied(action)
